"""The stored projection: one `statements` row per statement (corrections applied, status
known) and one `stances` row per (topic, country).

The rules are those of `tracker.domain.projection`. Where rows are many (imports,
rebuilds) they run as set-based SQL in the database: statements are projected from the
stored event bodies and stances folded with window functions. The property tests and
`tracker verify` hold the stored projection equal to the pure Python replay and fold.
"""

from collections.abc import Iterable, Mapping
from dataclasses import asdict, replace
from functools import cache
from itertools import islice
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Insert,
    Select,
    Text,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    select,
    text,
    tuple_,
    update,
)

from tracker.domain.dates import date_key
from tracker.domain.projection import RETRACTED, StanceRow, StatementView
from tracker.domain.projection import (
    advance_stance as advance,
)
from tracker.domain.registry import event_type
from tracker.store.schema import stances, statements

Key = tuple[str, str]
_DETAIL_FIELDS = ("approximate", "speaker", "sources", "note", "recorded_at", "recorded_by")


def row_from_view(view: StatementView) -> dict[str, Any]:
    """The `statements` row that stores a view."""
    detail = {name: _plain(getattr(view, name)) for name in _DETAIL_FIELDS}
    detail["corrections"] = list(view.corrections)
    detail["retraction"] = view.retraction
    detail["original"] = dict(view.original) if view.original is not None else None
    return {
        "event_id": view.event_id,
        "seq": view.seq,
        "topic": view.topic,
        "country": view.country,
        "stance": view.stance,
        "date": view.date,
        "date_key": date_key(view.date),
        "status": view.status,
        "contributions": list(view.contributions),
        "troops": view.troops,
        "conditions": list(view.conditions),
        "deployment": view.deployment,
        "detail": detail,
    }


def view_from_row(row: Mapping[Any, Any]) -> StatementView:
    """The view a `statements` row stores."""
    detail = row["detail"]
    return StatementView(
        event_id=row["event_id"],
        seq=row["seq"],
        topic=row["topic"],
        country=row["country"],
        stance=row["stance"],
        date=row["date"],
        approximate=detail.get("approximate", False),
        contributions=tuple(row["contributions"]),
        troops=row["troops"],
        conditions=tuple(row["conditions"]),
        speaker=detail.get("speaker"),
        sources=tuple(detail.get("sources") or ()),
        note=detail.get("note"),
        deployment=row.get("deployment"),
        recorded_at=detail.get("recorded_at", ""),
        recorded_by=detail.get("recorded_by", ""),
        status=row["status"],
        corrections=tuple(detail.get("corrections") or ()),
        retraction=detail.get("retraction"),
        original=detail.get("original"),
    )


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


# Fresh views of the statement events in a seq range, projected by the database from the
# stored canonical JSON (every field is present in it), so that neither an import nor a
# rebuild parses bodies in Python. A fresh view's `detail` is the event body itself (its
# detail fields are among the body's keys, and it has no corrections yet); an amended
# view's is written by `row_from_view`; `view_from_row` reads both. PostgreSQL reads the
# bodies as `json`, not `jsonb`, which would reorder the keys of sources.
# `view_from_statement` is the same rule in Python; the property tests and `verify` hold
# the two equal.
_STATEMENTS_COLUMNS = (
    "event_id, seq, topic, country, stance, date, date_key, status,"
    " contributions, troops, conditions, deployment, detail"
)
_DATE_KEY = "CASE length({d}) WHEN 4 THEN {d} || '-01-01' WHEN 7 THEN {d} || '-01' ELSE {d} END"
_PROJECT_STATEMENTS = {
    "sqlite": f"""
        INSERT INTO statements ({_STATEMENTS_COLUMNS})
        SELECT event_id, seq, topic, country,
            json_extract(body, '$.stance'), json_extract(body, '$.date'),
            {_DATE_KEY.format(d="json_extract(body, '$.date')")}, 'active',
            json_extract(body, '$.contributions'), json_extract(body, '$.troops'),
            json_extract(body, '$.conditions'), json_extract(body, '$.deployment'), body
        FROM events
        WHERE type = 'statement' AND seq BETWEEN :first AND :last
    """,
    "postgresql": f"""
        INSERT INTO statements ({_STATEMENTS_COLUMNS})
        SELECT event_id, seq, topic, country, b ->> 'stance', b ->> 'date',
            {_DATE_KEY.format(d="(b ->> 'date')")}, 'active',
            b -> 'contributions',
            CASE WHEN json_typeof(b -> 'troops') = 'null' THEN NULL ELSE b -> 'troops' END,
            b -> 'conditions', b ->> 'deployment', b
        FROM (
            SELECT event_id, seq, topic, country, body::json AS b FROM events
            WHERE type = 'statement' AND seq BETWEEN :first AND :last
        ) AS e
    """,
}


def project_statements(conn: Connection, first: int, last: int) -> None:
    """Add fresh views for the statement events with seq in `first..last`, in one query."""
    conn.execute(text(_PROJECT_STATEMENTS[conn.dialect.name]), {"first": first, "last": last})


def load_view(conn: Connection, event_id: str) -> StatementView | None:
    """The stored view of one statement, or None."""
    row = (
        conn.execute(select(statements).where(statements.c.event_id == event_id)).mappings().first()
    )
    return view_from_row(row) if row else None


def apply_amendments(conn: Connection, amendments: Iterable[Mapping[str, Any]]) -> None:
    """Apply corrections and retractions, in recording order, to the stored views.

    Batches of amendments read their targets with one query and write the
    amended views back with one executemany, instead of a read and a write each. An
    amendment whose target is not a stored statement is ignored, as `replay` does.
    """
    iterator = iter(amendments)
    while batch := list(islice(iterator, 2_000)):
        kinds = [event_type(a["type"]) for a in batch]
        views = _load_views(conn, {str(k.target_of(a)) for k, a in zip(kinds, batch, strict=True)})
        changed: dict[str, StatementView] = {}
        for kind, amendment in zip(kinds, batch, strict=True):
            target = views.get(str(kind.target_of(amendment)))
            if target is None or kind.amend is None:
                continue
            amended = kind.amend(target, amendment)
            views[amended.event_id] = changed[amended.event_id] = amended
        save_views(conn, changed.values())


def save_views(conn: Connection, views: Iterable[StatementView]) -> None:
    """Write amended views over their stored rows, with one executemany."""
    rows = []
    for view in views:
        row = row_from_view(view)
        row["target"] = row.pop("event_id")
        rows.append(row)
    if rows:
        conn.execute(update(statements).where(statements.c.event_id == bindparam("target")), rows)


def _load_views(conn: Connection, event_ids: set[str]) -> dict[str, StatementView]:
    ids = sorted(event_ids)
    views: dict[str, StatementView] = {}
    for start in range(0, len(ids), 500):
        query = select(statements).where(statements.c.event_id.in_(ids[start : start + 500]))
        for row in conn.execute(query).mappings():
            views[row["event_id"]] = view_from_row(row)
    return views


def _stance_fold(keys: ColumnElement[bool] | None) -> Select[Any]:
    """`fold_stance` for every (topic, country), as one set-based query.

    Window functions over the active statements of each key, in (date_key, seq) order,
    pick the latest statement; the last statement of another stance ends the run whose
    first date is `since`; `disputed` is another stance on the latest date. A test holds
    it equal to the pure fold on both backends.
    """
    s = statements.c
    key = (s.topic, s.country)
    newest_first = (s.date_key.desc(), s.seq.desc())
    active = select(
        s.topic,
        s.country,
        s.stance,
        s.date,
        s.date_key,
        s.seq,
        s.event_id,
        s.contributions,
        s.troops,
        s.conditions,
        s.deployment,
        func.row_number().over(partition_by=key, order_by=(s.date_key, s.seq)).label("rn"),
        func.count().over(partition_by=key).label("n"),
        func.first_value(s.stance).over(partition_by=key, order_by=newest_first).label("last"),
        func.first_value(s.date).over(partition_by=key, order_by=newest_first).label("on"),
    ).where(s.status != RETRACTED)
    if keys is not None:
        active = active.where(keys)
    a = active.subquery("a")
    other = a.c.stance != a.c.last
    b = select(
        a,
        func.max(case((other, a.c.rn), else_=0))
        .over(partition_by=(a.c.topic, a.c.country))
        .label("run_after"),
        func.max(case((and_(other, a.c.date == a.c.on), 1), else_=0))
        .over(partition_by=(a.c.topic, a.c.country))
        .label("disputed"),
    ).subquery("b")
    c = select(
        b,
        func.first_value(b.c.date)
        .over(
            partition_by=(b.c.topic, b.c.country, b.c.rn > b.c.run_after),
            order_by=(b.c.date_key, b.c.seq),
        )
        .label("since"),
    ).subquery("c")
    return select(
        c.c.topic,
        c.c.country,
        c.c.stance,
        c.c.since,
        c.c.date.label("last_statement"),
        (c.c.disputed == 1).label("disputed"),
        c.c.contributions,
        c.c.troops,
        c.c.conditions,
        c.c.event_id,
        c.c.n.label("statements"),
        c.c.deployment,
    ).where(c.c.rn == c.c.n)


@cache
def _fold_statement(keyed: bool) -> Insert:
    """The INSERT of folded stances, for all keys or for the expanding parameter `keys`
    (built once: constructing the query cost more than running it for one key)."""
    keys = None
    if keyed:
        keys = tuple_(statements.c.topic, statements.c.country).in_(
            bindparam("keys", expanding=True)
        )
    fold = _stance_fold(keys)
    return insert(stances).from_select([c.name for c in fold.selected_columns], fold)


_FULL_REFRESH_KEYS = 500


def refresh_stances(conn: Connection, keys: set[Key]) -> None:
    """Re-fold the stance of each key from its statements (the incremental update)."""
    if not keys:
        return
    if len(keys) > _FULL_REFRESH_KEYS:
        refresh_all_stances(conn)
        return
    key_list = sorted(keys)
    conn.execute(delete(stances).where(tuple_(stances.c.topic, stances.c.country).in_(key_list)))
    conn.execute(_fold_statement(keyed=True), {"keys": key_list})


def refresh_all_stances(conn: Connection) -> None:
    """Re-fold every stance in one statement."""
    conn.execute(delete(stances))
    conn.execute(_fold_statement(keyed=False))


def advance_stance(conn: Connection, view: StatementView) -> bool:
    """Fold one newly recorded statement into its stored stance, in constant time
    (`tracker.domain.projection.advance_stance`); False, changing nothing, when the
    stored row alone cannot tell and the caller must re-fold the key."""
    key = and_(stances.c.topic == view.topic, stances.c.country == view.country)
    found = conn.execute(select(stances).where(key)).mappings().first()
    advanced = advance(_stance_from_row(found) if found else None, view)
    if advanced is None:
        return False
    if found:
        conn.execute(delete(stances).where(key))
    conn.execute(insert(stances).values(asdict(advanced)))
    return True


def clear(conn: Connection) -> None:
    """Empty the projection tables (before a rebuild)."""
    conn.execute(delete(stances))
    conn.execute(delete(statements))


def stored_stances(
    conn: Connection, topic: str | None = None, countries: list[str] | None = None
) -> list[StanceRow]:
    """The stored projection, sorted by topic then country."""
    query = select(stances).order_by(stances.c.topic, stances.c.country)
    if topic:
        query = query.where(stances.c.topic == topic)
    if countries:
        query = query.where(stances.c.country.in_(countries))
    return [_stance_from_row(r) for r in conn.execute(query).mappings()]


def _stance_from_row(r: Mapping[Any, Any]) -> StanceRow:
    return StanceRow(
        topic=r["topic"],
        country=r["country"],
        stance=r["stance"],
        since=r["since"],
        last_statement=r["last_statement"],
        disputed=bool(r["disputed"]),
        contributions=tuple(r["contributions"]),
        troops=r["troops"],
        conditions=tuple(r["conditions"]),
        event_id=r["event_id"],
        statements=r["statements"],
        deployment=r.get("deployment"),
    )


def stored_views(
    conn: Connection,
    *,
    topic: str | None = None,
    countries: list[str] | None = None,
    as_of: str | None = None,
    include_retracted: bool = True,
    folding: bool = False,
) -> list[StatementView]:
    """Stored statement views, in date then recording order.

    `folding` reads only what `fold_stance` uses: active statements, without the detail
    column (speaker, sources, quotes), whose JSON decoding cost most of an as-of fold.
    """
    columns = [c for c in statements.c if not (folding and c.name == "detail")]
    query = select(*columns).order_by(statements.c.date_key, statements.c.seq)
    if folding:
        include_retracted = False
    if topic:
        query = query.where(statements.c.topic == topic)
    if countries:
        query = query.where(statements.c.country.in_(countries))
    if as_of:
        query = query.where(statements.c.date_key <= as_of)
    if not include_retracted:
        query = query.where(statements.c.status != RETRACTED)
    rows = conn.execute(query).mappings()
    if folding:
        return [view_from_row({**r, "detail": {}}) for r in rows]
    return [view_from_row(r) for r in rows]


def views_citing(conn: Connection, url: str) -> list[StatementView]:
    """Active statements that list the report at `url` among their sources."""
    pattern = "%" + url.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        select(statements)
        .where(
            statements.c.status != RETRACTED,
            cast(statements.c.detail, Text).like(pattern, escape="\\"),
        )
        .order_by(statements.c.seq)
    )
    found = [view_from_row(row) for row in conn.execute(query).mappings()]
    return [v for v in found if any(s.get("url") == url for s in v.sources)]


def without_history(view: StatementView) -> StatementView:
    """A view stripped of its correction bookkeeping (for comparisons)."""
    return replace(view, original=None)
