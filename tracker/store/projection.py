"""The stored projection: one `statements` row per statement (corrections applied, status
known) and one `stances` row per (topic, country), both folded by `tracker.domain`."""

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, and_, delete, insert, or_, select, tuple_, update

from tracker.domain.dates import date_key
from tracker.domain.projection import (
    RETRACTED,
    StanceRow,
    StatementView,
    apply_correction,
    apply_retraction,
    fold_stance,
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


def _views_of_keys(conn: Connection, keys: Iterable[Key]) -> Iterator[StatementView]:
    query = select(statements).where(statements.c.status != RETRACTED)
    key_list = sorted(set(keys))
    for start in range(0, len(key_list), 500):
        chunk = key_list[start : start + 500]
        condition = or_(
            *(and_(statements.c.topic == t, statements.c.country == c) for t, c in chunk)
        )
        for row in conn.execute(query.where(condition)).mappings():
            yield view_from_row(row)


def _stance_row(row: StanceRow) -> dict[str, Any]:
    return {
        "topic": row.topic,
        "country": row.country,
        "stance": row.stance,
        "since": row.since,
        "last_statement": row.last_statement,
        "disputed": row.disputed,
        "contributions": list(row.contributions),
        "troops": row.troops,
        "conditions": list(row.conditions),
        "event_id": row.event_id,
        "statements": row.statements,
    }


_FULL_REFRESH_KEYS = 2_000


def refresh_stances(conn: Connection, keys: set[Key]) -> None:
    """Re-fold the stance of each key from its statements (the incremental update)."""
    if not keys:
        return
    if len(keys) > _FULL_REFRESH_KEYS:
        refresh_all_stances(conn)
        return
    groups: dict[Key, list[StatementView]] = {key: [] for key in keys}
    for view in _views_of_keys(conn, keys):
        groups[(view.topic, view.country)].append(view)
    key_list = sorted(keys)
    for start in range(0, len(key_list), 500):
        chunk = key_list[start : start + 500]
        conn.execute(delete(stances).where(tuple_(stances.c.topic, stances.c.country).in_(chunk)))
    rows = [_stance_row(r) for key in key_list if (r := fold_stance(groups[key])) is not None]
    if rows:
        conn.execute(insert(stances), rows)


def refresh_all_stances(conn: Connection) -> None:
    """Re-fold every stance, streaming the statements in key order."""
    conn.execute(delete(stances))
    query = (
        select(statements)
        .where(statements.c.status != RETRACTED)
        .order_by(statements.c.topic, statements.c.country)
    )
    # Statement-level option: on a Connection, execution_options() would change it for
    # good, and PostgreSQL refuses executemany on the server-side cursor that follows.
    result = conn.execute(query.execution_options(yield_per=5_000)).mappings()
    batch: list[dict[str, Any]] = []
    for _key, rows in groupby(result, key=lambda r: (r["topic"], r["country"])):
        folded = fold_stance(view_from_row(r) for r in rows)
        if folded is not None:
            batch.append(_stance_row(folded))
        if len(batch) >= 1_000:
            conn.execute(insert(stances), batch)
            batch = []
    result.close()
    if batch:
        conn.execute(insert(stances), batch)


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
