"""Reading the log and its projection: stances, timelines, diffs, the event log and one
event, stance histories and matrices; `--as-of` and `--known-at` for each."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from tracker.domain.dates import date_key
from tracker.domain.projection import (
    RETRACTED,
    StanceChange,
    StanceRow,
    StanceStep,
    StatementView,
    changes_between,
    replay,
    stance_matrix,
    timeline_order,
)
from tracker.domain.projection import stance_history as history_of
from tracker.domain.registry import event_type
from tracker.service.topic_lookup import check_topic, require_topic, topic_summaries
from tracker.store import eventstore
from tracker.store import projection as stored
from tracker.store.database import Database


def _views(
    conn: Any,
    *,
    topic: str | None,
    countries: list[str] | None,
    as_of: str | None,
    known_at: datetime | None,
    folding: bool = False,
) -> list[StatementView]:
    """Statement views for a query: the stored projection, or a replay for --known-at.

    `folding`: the caller only folds stances, so the stored views may leave out what the
    fold does not read (see `stored_views`)."""
    if known_at is None:
        return stored.stored_views(
            conn, topic=topic, countries=countries, as_of=as_of, folding=folding
        )
    # As known then: a statement recorded by `known_at` and amended only by then reads
    # as its stored view; one amended later is replayed from its own events up to then.
    late = _late_views(conn, known_at)
    kept = [
        view
        for view in stored.stored_views(
            conn,
            topic=topic,
            countries=countries,
            as_of=as_of,
            folding=folding,
            recorded_by=known_at,
        )
        if view.event_id not in late
    ]
    selected = kept + [
        v
        for v in late.values()
        if (not topic or v.topic == topic)
        and (not countries or v.country in countries)
        and (as_of is None or date_key(v.date) <= as_of)
        and not (folding and v.status == RETRACTED)
    ]
    return timeline_order(selected)


def _late_views(conn: Any, known_at: datetime) -> dict[str, StatementView]:
    """The views, as known at `known_at`, of the statements recorded by then that an
    amendment recorded later targets: replayed from their own events up to then."""
    late = eventstore.amended_after(conn, known_at)
    return replay(eventstore.statement_histories(conn, late, known_at)) if late else {}


def stance_rows(
    database: Database,
    *,
    topic: str | None = None,
    countries: list[str] | None = None,
    as_of: str | None = None,
    known_at: datetime | None = None,
) -> list[StanceRow]:
    """The projection: from the stored tables when current, folded on demand otherwise."""
    with database.reading() as conn:
        if as_of is None and known_at is None:
            return stored.stored_stances(conn, topic, countries)
        if known_at is None:
            return stored.stances_as_of(conn, as_of or "", topic, countries)
        late = _late_views(conn, known_at)
        return stored.stances_known_at(conn, known_at, late, as_of, topic, countries)


def compared_stances(
    database: Database,
    topics: Iterable[str],
    *,
    countries: list[str] | None = None,
    as_of: str | None = None,
    known_at: datetime | None = None,
) -> dict[str, list[StanceRow]]:
    """Each of several topics' stances (`stance --topic A --topic B`), by topic in the
    order given, each topic once; an unknown topic is an error naming the closest."""
    compared = list(dict.fromkeys(topics))
    known = {summary.topic for summary in topic_summaries(database)}
    for topic in compared:
        check_topic(topic, known, new_topic=False)
    return {
        topic: stance_rows(
            database, topic=topic, countries=countries, as_of=as_of, known_at=known_at
        )
        for topic in compared
    }


def timeline(
    database: Database,
    country: str | None,
    *,
    topic: str | None = None,
    as_of: str | None = None,
    known_at: datetime | None = None,
) -> list[StatementView]:
    """A country's statements (every country's for None) in date order, with status."""
    countries = [country] if country else None
    with database.reading() as conn:
        return _views(conn, topic=topic, countries=countries, as_of=as_of, known_at=known_at)


def diff(
    database: Database,
    start: str,
    end: str,
    *,
    topic: str | None = None,
    known_at: datetime | None = None,
) -> list[StanceChange]:
    """Countries whose stance on `start` differs from their stance on `end` (ISO days),
    each with the date of the move and its deciding statement (`to_event`) in full: two
    reads of the index as of each day, or one replay for `known_at`."""
    with database.reading() as conn:
        if known_at is None:
            changes = changes_between(
                stored.stances_as_of(conn, start, topic),
                stored.stances_as_of(conn, end, topic),
            )
            # The index's rows carry no quotes or sources: the deciding views in full.
            deciding = stored.load_views(conn, {c.to_event for c in changes if c.to_event})
        else:
            late = _late_views(conn, known_at)
            changes = changes_between(
                stored.stances_known_at(conn, known_at, late, start, topic),
                stored.stances_known_at(conn, known_at, late, end, topic),
            )
            # As known then: a late statement's view is its replay, any other's is stored.
            ids = {c.to_event for c in changes if c.to_event}
            deciding = stored.load_views(conn, ids - late.keys())
            deciding.update({i: late[i] for i in ids & late.keys()})
    return [replace(c, deciding=deciding.get(c.to_event or "")) for c in changes]


@dataclass(frozen=True)
class EventDetail:
    """One event with what later happened to it (for statements)."""

    record: dict[str, Any]
    hash: str
    seq: int
    amendments: list[dict[str, Any]]
    view: StatementView | None


def show_event(database: Database, event_id: str) -> EventDetail:
    """One event by id or prefix, with its corrections and retraction."""
    with database.reading() as conn:
        full_id = eventstore.resolve_event_id(conn, event_id)
        event = eventstore.stored_event(conn, full_id)
        amendments = eventstore.amendments_of(conn, [full_id])[full_id]
        view = stored.load_view(conn, full_id) if event_type(event.type).creates_view else None
    return EventDetail(event.record, event.hash, event.seq, amendments, view)


def amendments(database: Database, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The corrections and retractions recorded for each statement, in recording order."""
    with database.reading() as conn:
        return eventstore.amendments_of(conn, event_ids)


def event_log(
    database: Database,
    *,
    topic: str | None = None,
    countries: list[str] | None = None,
    types: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    known_at: datetime | None = None,
) -> Iterator[eventstore.StoredEvent]:
    """The raw log in recording order, streamed inside one read transaction."""
    with database.reading() as conn:
        yield from eventstore.iter_events(
            conn,
            topic=topic,
            countries=countries,
            types=types,
            since=since,
            until=until,
            known_at=known_at,
        )


def matrix(
    database: Database,
    *,
    topic: str | None = None,
    as_of: str | None = None,
    known_at: datetime | None = None,
    topics: list[str] | None = None,
    value: str = "stance",
) -> tuple[list[str], list[dict[str, Any]]]:
    """Stance (or `value`: another field of the stance row, e.g. `deployment`) of every
    country on every statement date: (dates, rows). `topics` takes several topics at
    once: their dates are merged, so each is known on the other's dates too."""
    wanted: list[str | None] = list(topics) if topics else [topic]
    with database.reading() as conn:
        views = [
            view
            for one in wanted
            for view in _views(
                conn, topic=one, countries=None, as_of=as_of, known_at=known_at, folding=True
            )
        ]
    active = [v for v in views if v.is_active]
    # Columns keep the precision statements were dated with (`2025-06`, not 2025-06-01).
    dates = sorted({v.date for v in active}, key=lambda text: (date_key(text), len(text)))
    cells = stance_matrix(active, dates, value)  # one sweep, not a fold per date
    return dates, [{"topic": key[0], "country": key[1], **line} for key, line in cells.items()]


def stance_history(
    database: Database, topic: str, countries: list[str] | None = None
) -> list[StanceStep]:
    """Every change of stance of each country on `topic` (an unknown topic is refused
    with the closest known), by country then date: one sweep of its statements."""
    require_topic(database, topic)
    with database.reading() as conn:
        views = stored.stored_views(conn, topic=topic, countries=countries, folding=True)
    return history_of(views)


def stance_matrix_on(
    database: Database, topic: str, dates: list[str], value: str = "stance"
) -> list[dict[str, Any]]:
    """`value` (the stance, or another field of the stance row) of each country on
    `topic` as of each of `dates` (ISO days): a row per country with a cell per date
    (None before its first statement), in one sweep."""
    require_topic(database, topic)
    with database.reading() as conn:
        views = stored.stored_views(conn, topic=topic, folding=True)
    cells = stance_matrix(views, dates, value)
    return [
        {"topic": key[0], "country": key[1], **{day: line.get(day) for day in dates}}
        for key, line in cells.items()
    ]
