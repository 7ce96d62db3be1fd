"""The stored projection: one `statements` row per statement (corrections applied, status
known) and one `stances` row per (topic, country).

The rules are those of `tracker.domain.projection`, run by the projectors of
`tracker.store.projectors`. Statements are projected from the stored event bodies by the
database (one INSERT ... SELECT a batch); stances are folded by `fold_stance` itself over
the statements streamed in index order. The property tests and `tracker verify` hold the
stored projection equal to the pure Python replay and fold.
"""

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, replace
from itertools import groupby, islice
from typing import Any, TypeVar
from typing import cast as cast_type

from sqlalchemy import (
    Connection,
    Select,
    Text,
    and_,
    bindparam,
    cast,
    delete,
    insert,
    or_,
    select,
    text,
    tuple_,
    type_coerce,
    update,
)

from tracker.domain.dates import date_key
from tracker.domain.projection import RETRACTED, StanceRow, StatementView, fold_run
from tracker.domain.projection import (
    advance_stance as advance,
)
from tracker.domain.registry import VIEW_TYPES, event_type
from tracker.errors import TrackerError, VerificationFailed
from tracker.store.schema import events, stances, statements

F = TypeVar("F", bound=Callable[..., Any])

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
    """The view a `statements` row stores. A fresh statement's row keeps no detail of
    its own (`{}`): its detail fields are those of its event body, which the row's
    query joins in as `body` (`_with_body`); a fold, which reads neither, gets none."""
    detail = row["detail"] or _body_record(row)
    if not isinstance(detail, Mapping):
        raise TypeError(f"statement {row['event_id']}: its detail is not an object")
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


def _body_record(row: Mapping[Any, Any]) -> dict[str, Any]:
    body = row.get("body")
    return json_record(body) if body else {}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _with_body(*columns: Any) -> Select[Any]:
    """Statement rows (all columns unless given) with their event's body joined in."""
    return select(*(columns or statements.c), events.c.body).join_from(
        statements, events, events.c.seq == statements.c.seq, isouter=True
    )  # outer: a row whose event is missing still shows, and `verify` names it


# Fresh views of the statement events in a seq range, projected by the database from the
# stored canonical JSON (every field is present in it), so that neither an import nor a
# rebuild parses bodies in Python. A fresh view's `detail` is `{}`: its detail fields are
# among its body's keys, and it has no corrections yet, so the body is not copied (it
# made up 43% of a database); an amended view's is written by `row_from_view`;
# `view_from_row` reads both. `view_from_statement` is the same rule in Python; the
# property tests and `verify` hold the two equal.
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
            json_extract(body, '$.conditions'), json_extract(body, '$.deployment'), '{{}}'
        FROM events
        WHERE type IN :types AND seq BETWEEN :first AND :last
    """,
    "postgresql": f"""
        INSERT INTO statements ({_STATEMENTS_COLUMNS})
        SELECT event_id, seq, topic, country, b ->> 'stance', b ->> 'date',
            {_DATE_KEY.format(d="(b ->> 'date')")}, 'active',
            b -> 'contributions',
            CASE WHEN json_typeof(b -> 'troops') = 'null' THEN NULL ELSE b -> 'troops' END,
            b -> 'conditions', b ->> 'deployment', '{{}}'::json
        FROM (
            SELECT event_id, seq, topic, country, body::json AS b FROM events
            WHERE type IN :types AND seq BETWEEN :first AND :last
        ) AS e
    """,
}


def project_statements(conn: Connection, first: int, last: int) -> None:
    """Add fresh views for the statement events with seq in `first..last`, in one query."""
    query = text(_PROJECT_STATEMENTS[conn.dialect.name]).bindparams(
        bindparam("types", expanding=True)
    )
    conn.execute(query, {"first": first, "last": last, "types": list(VIEW_TYPES)})


def readable(read: F) -> F:
    """Reads of the stored projection: a row that cannot be decoded (tampered with, or
    written behind the tracker's back) is one clear error naming the remedy, not a
    traceback."""

    @functools.wraps(read)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            return read(*args, **kwargs)
        except TrackerError:
            raise
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise VerificationFailed(
                f"the stored projection is damaged ({str(error).splitlines()[0] or type(error).__name__}); "
                "run `tracker rebuild`"
            ) from None

    return cast_type(F, checked)


@readable
def load_view(conn: Connection, event_id: str) -> StatementView | None:
    """The stored view of one statement, or None."""
    row = conn.execute(_VIEW_BY_ID, {"event_id": event_id}).mappings().first()
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


@readable
def _load_views(conn: Connection, event_ids: set[str]) -> dict[str, StatementView]:
    ids = sorted(event_ids)
    views: dict[str, StatementView] = {}
    for start in range(0, len(ids), 500):
        query = _with_body().where(statements.c.event_id.in_(ids[start : start + 500]))
        for row in conn.execute(query).mappings():
            views[row["event_id"]] = view_from_row(row)
    return views


@readable
def refold_stances(conn: Connection, keys: set[Key] | None) -> None:
    """Fold the stance of each key (None: of every key) from its active statements.

    The rule is `fold_stance`'s (`fold_run`): the statements of each key are streamed in
    (date_key, seq) order along an index, without their detail column, and folded in
    Python; only the latest statement's contributions, troops and conditions are decoded.
    """
    if keys is None:
        conn.execute(delete(stances))
        chunks: list[list[Key] | None] = [None]
    else:
        ordered = sorted(keys)
        chunks = [ordered[i : i + 500] for i in range(0, len(ordered), 500)]
    for chunk in chunks:
        query = _FOLD_QUERY
        if chunk is not None:
            match = tuple_(stances.c.topic, stances.c.country).in_(chunk)
            conn.execute(delete(stances).where(match))
            query = query.where(tuple_(statements.c.topic, statements.c.country).in_(chunk))
        rows = conn.execute(query.execution_options(yield_per=10_000))
        folded: list[dict[str, Any]] = []
        for _key, group in groupby(rows, key=_key_of_row):
            folded.append(_folded(list(group)))
            if len(folded) >= 2_000:
                conn.execute(insert(stances), folded)
                folded = []
        if folded:
            conn.execute(insert(stances), folded)


_FOLD_QUERY = (
    select(
        statements.c.topic,
        statements.c.country,
        statements.c.stance,
        statements.c.date,
        statements.c.seq,
        statements.c.event_id,
        type_coerce(statements.c.contributions, Text).label("contributions"),
        type_coerce(statements.c.troops, Text).label("troops"),
        type_coerce(statements.c.conditions, Text).label("conditions"),
        statements.c.deployment,
    )
    .where(statements.c.status != RETRACTED)
    .order_by(statements.c.topic, statements.c.country, statements.c.date_key, statements.c.seq)
)


def _key_of_row(row: Any) -> Key:
    return (row[0], row[1])  # (topic, country) of a `_FOLD_QUERY` row


def _folded(rows: list[Any]) -> dict[str, Any]:
    """The stance row of one key from its active statements in (date_key, seq) order
    (`fold_stance` on rows: its latest is the last)."""
    since, disputed = fold_run([(r[3], r[2]) for r in rows])  # (date, stance)
    latest = rows[-1]
    return {
        "topic": latest.topic,
        "country": latest.country,
        "stance": latest.stance,
        "since": since,
        "last_statement": latest.date,
        "disputed": disputed,
        "contributions": _decoded(latest.contributions),
        "troops": _decoded(latest.troops),
        "conditions": _decoded(latest.conditions),
        "event_id": latest.event_id,
        "statements": len(rows),
        "deployment": latest.deployment,
    }


def _decoded(value: Any) -> Any:
    """A JSON column read as text (SQLite), or already decoded by the driver (psycopg)."""
    return json.loads(value) if isinstance(value, str) else value


def json_record(body: str) -> dict[str, Any]:
    """An event body as a record."""
    record: dict[str, Any] = json.loads(body)
    return record


_VIEW_BY_ID = _with_body().where(statements.c.event_id == bindparam("event_id"))
_BY_KEY = and_(stances.c.topic == bindparam("topic"), stances.c.country == bindparam("country"))
_STANCE_BY_KEY = select(stances).where(_BY_KEY)
_DELETE_STANCE_BY_KEY = delete(stances).where(_BY_KEY)
_INSERT_STANCE = insert(stances)


def advance_stance_at(conn: Connection, event_id: str) -> bool:
    """Fold the newly recorded statement `event_id` into its stored stance in constant
    time (`tracker.domain.projection.advance_stance`); False, changing nothing, when it
    is not a stored statement or the stored row alone cannot tell (the caller re-folds).
    Its queries are built once (building them cost more than running them)."""
    found = conn.execute(_VIEW_BY_ID, {"event_id": event_id}).mappings().first()
    if found is None:
        return False
    view = view_from_row(found)
    key = {"topic": view.topic, "country": view.country}
    current = conn.execute(_STANCE_BY_KEY, key).mappings().first()
    advanced = advance(_stance_from_row(current) if current else None, view)
    if advanced is None:
        return False
    if current:
        conn.execute(_DELETE_STANCE_BY_KEY, key)
    conn.execute(_INSERT_STANCE, asdict(advanced))
    return True


@readable
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


@readable
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
    lean = select(*(c for c in statements.c if c.name != "detail"))
    query = (lean if folding else _with_body()).order_by(statements.c.date_key, statements.c.seq)
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


@readable
def views_citing(conn: Connection, url: str) -> list[StatementView]:
    """Active statements that list the report at `url` among their sources."""
    pattern = "%" + url.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        _with_body()
        .where(
            statements.c.status != RETRACTED,
            or_(
                cast(statements.c.detail, Text).like(pattern, escape="\\"),
                events.c.body.like(pattern, escape="\\"),
            ),
        )
        .order_by(statements.c.seq)
    )
    found = [view_from_row(row) for row in conn.execute(query).mappings()]
    return [v for v in found if any(s.get("url") == url for s in v.sources)]


def misordered_statement(conn: Connection) -> str | None:
    """The first statement whose stored `date_key` (the order of timelines and the cut of
    `--as-of`) is not the one its date stands for, or None."""
    query = select(statements.c.event_id, statements.c.date, statements.c.date_key).order_by(
        statements.c.seq
    )
    for event_id, day, key in conn.execute(query.execution_options(yield_per=10_000)):
        if key != date_key(day):
            return str(event_id)
    return None


def without_history(view: StatementView) -> StatementView:
    """A view stripped of its correction bookkeeping (for comparisons)."""
    return replace(view, original=None)
