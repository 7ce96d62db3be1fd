"""The stored projection: one `statements` row per statement (corrections applied, status
known) and one `stances` row per (topic, country), both folded by `tracker.domain`."""

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    delete,
    func,
    insert,
    select,
    tuple_,
    update,
)

from tracker.domain.dates import date_key
from tracker.domain.projection import (
    RETRACTED,
    StanceRow,
    StatementView,
    apply_correction,
    apply_retraction,
    view_from_statement,
)
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
        recorded_at=detail.get("recorded_at", ""),
        recorded_by=detail.get("recorded_by", ""),
        status=row["status"],
        corrections=tuple(detail.get("corrections") or ()),
        retraction=detail.get("retraction"),
        original=detail.get("original"),
    )


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def insert_statements(conn: Connection, batch: Iterable[tuple[int, Mapping[str, Any]]]) -> None:
    """Add fresh views for new statement events (`(seq, event)` pairs)."""
    rows = [row_from_view(view_from_statement(event, seq)) for seq, event in batch]
    if rows:
        conn.execute(insert(statements), rows)


def load_view(conn: Connection, event_id: str) -> StatementView | None:
    """The stored view of one statement, or None."""
    row = (
        conn.execute(select(statements).where(statements.c.event_id == event_id)).mappings().first()
    )
    return view_from_row(row) if row else None


def _save_view(conn: Connection, view: StatementView) -> None:
    values = row_from_view(view)
    del values["event_id"]
    conn.execute(update(statements).where(statements.c.event_id == view.event_id).values(values))


def record_correction(conn: Connection, correction: Mapping[str, Any]) -> set[Key]:
    """Apply a correction to its target's view; returns the keys whose stance may change."""
    view = load_view(conn, correction["corrects"])
    if view is None:
        return set()
    corrected = apply_correction(view, correction)
    _save_view(conn, corrected)
    return {(view.topic, view.country), (corrected.topic, corrected.country)}


def record_retraction(conn: Connection, retraction: Mapping[str, Any]) -> set[Key]:
    """Mark a retraction's target retracted; returns the key whose stance may change."""
    view = load_view(conn, retraction["retracts"])
    if view is None:
        return set()
    _save_view(conn, apply_retraction(view, retraction))
    return {(view.topic, view.country)}


def _stance_fold(keys: list[Key] | None) -> Select[Any]:
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
        func.row_number().over(partition_by=key, order_by=(s.date_key, s.seq)).label("rn"),
        func.count().over(partition_by=key).label("n"),
        func.first_value(s.stance).over(partition_by=key, order_by=newest_first).label("last"),
        func.first_value(s.date).over(partition_by=key, order_by=newest_first).label("on"),
    ).where(s.status != RETRACTED)
    if keys is not None:
        active = active.where(_key_filter(keys))
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
        c.c.date,
        c.c.disputed == 1,
        c.c.contributions,
        c.c.troops,
        c.c.conditions,
        c.c.event_id,
        c.c.n,
    ).where(c.c.rn == c.c.n)


_STANCE_COLUMNS = [
    "topic",
    "country",
    "stance",
    "since",
    "last_statement",
    "disputed",
    "contributions",
    "troops",
    "conditions",
    "event_id",
    "statements",
]


def _key_filter(keys: list[Key]) -> ColumnElement[bool]:
    if len(keys) == 1:
        ((topic, country),) = keys
        return and_(statements.c.topic == topic, statements.c.country == country)
    return tuple_(statements.c.topic, statements.c.country).in_(keys)


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
    conn.execute(insert(stances).from_select(_STANCE_COLUMNS, _stance_fold(key_list)))


def refresh_all_stances(conn: Connection) -> None:
    """Re-fold every stance in one statement."""
    conn.execute(delete(stances))
    conn.execute(insert(stances).from_select(_STANCE_COLUMNS, _stance_fold(None)))


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
    return [
        StanceRow(
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
        )
        for r in conn.execute(query).mappings()
    ]


def stored_views(
    conn: Connection,
    *,
    topic: str | None = None,
    countries: list[str] | None = None,
    as_of: str | None = None,
    include_retracted: bool = True,
) -> list[StatementView]:
    """Stored statement views, in date then recording order."""
    query = select(statements).order_by(statements.c.date_key, statements.c.seq)
    if topic:
        query = query.where(statements.c.topic == topic)
    if countries:
        query = query.where(statements.c.country.in_(countries))
    if as_of:
        query = query.where(statements.c.date_key <= as_of)
    if not include_retracted:
        query = query.where(statements.c.status != RETRACTED)
    return [view_from_row(r) for r in conn.execute(query).mappings()]


def without_history(view: StatementView) -> StatementView:
    """A view stripped of its correction bookkeeping (for comparisons)."""
    return replace(view, original=None)
