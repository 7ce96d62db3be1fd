"""The append-only event store: chained appends, lookups by id or prefix, the raw log."""

import contextlib
import json
import re
from collections import namedtuple
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, case, func, select

from tracker.domain.dates import date_key, format_instant, utc_now
from tracker.domain.duplicates import DuplicateKey, duplicate_digest, duplicate_key
from tracker.domain.events import (
    GENESIS_HASH,
    Event,
    Stamp,
    canonical_json,
    chain_hash,
    event_to_dict,
)
from tracker.domain.projection import RETRACTED, StatementView, view_from_statement
from tracker.domain.registry import TOPIC_TYPES, event_type
from tracker.domain.topics import TopicDefinition, definition_of
from tracker.errors import Conflict, EventNotFound, InvalidValue
from tracker.store import projection, projectors
from tracker.store.raw import Raw, chunks, json_text, stored_instant
from tracker.store.schema import UTCDateTime, events, stances, statements

MIN_PREFIX = 6
_HEX_PREFIX = re.compile(r"^[0-9a-f-]+$")


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored: its place in the log, its body and its chain hash."""

    seq: int
    event_id: str
    type: str
    body: str
    hash: str

    @property
    def record(self) -> dict[str, Any]:
        record: dict[str, Any] = json.loads(self.body)
        return record


def chain_head(conn: Connection) -> tuple[int, str]:
    """The last (seq, hash) of the log; (0, 64 zeros) when empty."""
    seq, head, _ = chain_head_with_time(conn)
    return seq, head


def chain_head_with_time(conn: Connection) -> tuple[int, str, datetime | None]:
    """The last (seq, hash, recorded_at) of the log; (0, 64 zeros, None) when empty."""
    row = Raw(conn).one(_CHAIN_HEAD)
    return (row[0], row[1], stored_instant(row[2])) if row else (0, GENESIS_HASH, None)


_CHAIN_HEAD = "SELECT seq, hash, recorded_at FROM events ORDER BY seq DESC LIMIT 1"


VIEW_COLUMNS = ("stance", "date", "contributions", "troops", "conditions", "deployment")
NO_VIEW_COLUMNS: dict[str, Any] = dict.fromkeys((*VIEW_COLUMNS, "duplicate_key"))


# `Appender`'s rows are tuples in this order of the log's columns.
EVENT_ROW = (
    "seq", "event_id", "type", "topic", "country", "target_id", "recorded_at", "body", "hash",
    *VIEW_COLUMNS, "duplicate_key",
)  # fmt: skip
assert tuple(column.name for column in events.c) == EVENT_ROW


def view_columns(record: Mapping[str, Any], digest: str | None = None) -> dict[str, Any]:
    """The `events` columns a statement view is projected from, and its duplicate key
    (`digest`, when the caller has hashed it already), as its body holds them (`verify`
    holds the two equal)."""
    return {
        **{name: record.get(name) for name in VIEW_COLUMNS},
        "duplicate_key": digest or duplicate_digest(duplicate_key(record)),
    }


class Appender:
    """Appends events inside one write transaction: validates, chains and inserts them,
    and hands each inserted batch to the projectors (`tracker.store.projectors`).

    Events are buffered and written in batches with one executemany each; the
    projectors then apply the batch (its statements projected by one INSERT ... SELECT,
    its amendments written back with one executemany) and settle when the transaction
    finishes (the stances of the touched keys folded once). An amendment is checked
    against the buffer first (its target may be a statement of this very batch, or
    amended earlier in it), then the database; profiling showed that flushing for each
    amendment cut batches to ~30 rows.
    """

    BATCH = 2_000

    def __init__(
        self,
        conn: Connection,
        *,
        restamp: bool = False,
        dry: bool = False,
        ahead: "StatementAhead | None" = None,
    ) -> None:
        """`dry`: check and chain every event exactly as an append would, but write
        nothing, so that a dry run needs only a read transaction and never waits for, or
        blocks, another editor's write. `views` then holds what the events would make of
        each statement they touch. `ahead`: what `read_ahead` read in this transaction
        for the one statement to append (the chain head, the projectors' status, its
        key); its writes are then sent in one round trip when it finishes."""
        self.conn = conn
        self.dry = dry
        self.views: dict[str, StatementView] = {}
        if ahead is None:
            self.seq, self.hash, self.head_time = chain_head_with_time(conn)
        else:
            self.seq, self.hash, self.head_time = ahead.head
        # A database that holds no event yet is being restored or first loaded: the
        # record times that come with the events are kept (SPEC §6, "Record time").
        self.restoring = self.seq == 0
        self.restamp = restamp
        self.restamped = 0
        self._touched: set[tuple[str, str]] = set()  # keys of the flushed events
        self.appended = 0
        self._rows: list[tuple[Any, ...]] = []  # as the driver takes them (`EVENT_ROW`)
        self._instant = Raw(conn).instant
        self._statements: dict[str, tuple[int, dict[str, Any]]] = {}  # buffered, by id
        self._amended: dict[str, StatementView] = {}  # views as this batch leaves them
        self._amendment_types: dict[str, str] = {}  # amendments buffered, by id
        self._amendments: list[dict[str, Any]] = []  # amendment records buffered, in order
        self._batch_keys: set[tuple[str, str]] = set()  # keys the buffered events touch
        self.projectors = [] if dry else projectors.projectors()
        self._analyzed_at = 0  # the log's size at the last ANALYZE of this transaction
        self._ahead = ahead
        self._deferred: list[Any] = []  # view indexes dropped for a load, made at `finish`
        if not dry:
            # Under the write lock: a projection left behind (events stored behind the
            # projectors' back since the command checked) is rebuilt before appending,
            # or moving its position to the new head would hide the gap for good.
            found = ahead.status if ahead is not None else None
            if projectors.rebuild_if_stale(conn, head=self.seq, found=found):
                self._ahead = None  # its key, read before the rebuild, is read again

    @property
    def touched(self) -> set[tuple[str, str]]:
        """The (topic, country) keys the events appended so far may change."""
        return self._touched | self._batch_keys

    def append(
        self,
        event: Event | Stamp,
        record: dict[str, Any] | None = None,
        *,
        stamped: bool = True,
        digest: str | None = None,
    ) -> int:
        """Check, chain and buffer one validated event (or the `Stamp` of a record an
        import made without the models, given with it); returns its seq.

        Record time is monotonic along the chain and never in the future. `stamped`: the
        system set the record time, which moves up to the chain head's if a clock lags.
        A record time that came with the event (an import) is kept only by a restore,
        into a database that held no event when the appender was made, and there must
        lie between the chain head's and now; otherwise it is refused
        (`check_given_time`), or replaced by the current time when the appender was made
        with `restamp`. `digest`: the statement's duplicate key, if the caller hashed it.
        """
        if record is None:
            if isinstance(event, Stamp):
                raise TypeError("an event made without the models comes with its record")
            record = event_to_dict(event)
        moment = self._record_time(event.recorded_at, stamped)
        if moment != event.recorded_at:
            record["recorded_at"] = format_instant(moment)  # the caller sees what was stored
        kind = event_type(event.type)
        target = kind.target_of(record)
        topic: str
        country: str | None
        if kind.amend is not None and target is not None:
            view = self._current_view(target, event.type)
            topic, country = view.topic, view.country
            amended = kind.amend(view, record)
            self._amended[target] = amended
            self._amendment_types[record["event_id"]] = event.type
            self._batch_keys |= {(topic, country), (amended.topic, amended.country)}
        else:
            topic, country = record["topic"], record.get("country")  # a topic has none
            if kind.creates_view:
                self._statements[record["event_id"]] = (self.seq + 1, record)
                self._batch_keys.add((topic, record["country"]))
        # A record made without the models is a plain tree of exact types already.
        body = canonical_json(record, plain=isinstance(event, Stamp))
        if kind.amend is not None and target is not None:
            # As stored, keys sorted: the projection then holds what a rebuild makes of
            # the body, byte for byte (a cited source's keys in the order typed, else).
            self._amendments.append(json.loads(body))
        self.seq += 1
        self.hash = chain_hash(self.hash, body)
        # The row as the driver takes it, in the order of `events`' columns (`EVENT_ROW`).
        head = (
            self.seq,
            record["event_id"],
            event.type,
            topic,
            country,
            target,
            self._instant(moment),
            body,
            self.hash,
        )
        if kind.creates_view:
            self._rows.append(
                (
                    *head,
                    record.get("stance"),
                    record.get("date"),
                    json_text(record.get("contributions")),
                    json_text(record.get("troops")),
                    json_text(record.get("conditions")),
                    record.get("deployment"),
                    digest or duplicate_digest(duplicate_key(record)),
                )
            )
        else:
            self._rows.append((*head, None, None, None, None, None, None, None))
        self.appended += 1
        self.head_time = moment
        if len(self._rows) >= self.BATCH:
            self.flush()
        return self.seq

    def check_given_time(self, given: datetime) -> None:
        """Refuse a record time that came with an event, unless restoring or restamping.

        Record time is when *this* database learned the event: into a database that
        already held events, a time from elsewhere would let `--known-at` show it
        knowing the event earlier than it did. Independent of the chain's position, so
        an import names every such record, not only the first."""
        if self.restoring or self.restamp:
            return
        raise Conflict(
            f"recorded_at {format_instant(given)}: this database already holds events, so "
            "it records an imported event at the time it learns it; leave recorded_at "
            "out, or pass --restamp to record it now"
        )

    def _record_time(self, given: datetime, stamped: bool) -> datetime:
        head = self.head_time
        if stamped:
            return given if head is None or given >= head else head
        self.check_given_time(given)
        if self.restoring:
            problem = None
            if head is not None and given < head:
                problem = f"is before the chain head's ({format_instant(head)})"
            elif given > utc_now():
                problem = "is in the future"
            if problem is None:
                return given
            if not self.restamp:
                raise Conflict(
                    f"recorded_at {format_instant(given)} {problem}: record time only moves "
                    "forward; use --restamp to record it now"
                )
        self.restamped += 1
        now = utc_now()
        return now if head is None or now >= head else head

    def _current_view(self, target: str, kind: str) -> StatementView:
        """The view an amendment applies to: amended or recorded in this batch, or stored."""
        view = self._amended.get(target)
        if view is None and target in self._statements:
            view = view_from_statement(self._statements[target][1], self._statements[target][0])
        if view is not None:
            refuse_retracted(view, kind)
            return view
        buffered = self._amendment_types.get(target)
        if buffered is not None:
            raise Conflict(
                f"event {target[:8]} is a {buffered}; only statements can be {_verb(kind)}"
            )
        return check_target(self.conn, target, kind)

    def flush(self) -> None:
        """Insert the buffered events and let every projector apply them."""
        if not self._rows:
            return
        self._touched |= self._batch_keys
        if self.dry:
            # Nothing is written: keep what the batch made, which later batches read.
            self._rows, self._batch_keys = [], set()
            return
        raw = Raw(self.conn)
        if self.restoring and self._rows[0][0] == 1 and len(self._rows) >= self.BATCH:
            # A load into an empty log (a restore, a first import): the views' order
            # indexes, which nothing reads before the projectors settle, are built once,
            # sorted, at `finish`, as a rebuild does, instead of updated row by row.
            self._deferred = projectors.drop_order_indexes(self.conn)
        raw.many(raw.insert_values_sql(events), self._rows)
        lone, ahead = None, None
        if len(self._rows) == len(self._statements) == 1:
            seq, record = next(iter(self._statements.values()))
            lone = view_from_statement(record, seq)
            if self._ahead is not None and self._ahead.key.key == (lone.topic, lone.country):
                ahead = self._ahead.key
        self._ahead = None  # what it read is used once, for the first batch
        batch = projectors.Batch(
            first=self._rows[0][0],
            last=self.seq,
            amendments=self._amendments,
            touched=self._batch_keys,
            statements=bool(self._statements),
            lone=lone,
            ahead=ahead,
        )
        for projector in self.projectors:
            projector.apply(self.conn, batch)
        self._analyze_as_it_grows(raw)
        self._rows, self._statements, self._amended, self._amendment_types = [], {}, {}, {}
        self._amendments, self._batch_keys = [], set()

    # PostgreSQL: the log's size at which a long import last refreshed the statistics.
    ANALYZE_FROM = 10_000
    ANALYZE_GROWTH = 4

    def _analyze_as_it_grows(self, raw: Raw) -> None:
        """PostgreSQL, inside a long import: ANALYZE the log and the views each time the
        log has grown `ANALYZE_GROWTH` times since the statistics were last taken (from
        `ANALYZE_FROM` events; a handful of times however long the import). Without
        statistics (a new schema, or autovacuum off or behind) the planner took the
        duplicate lookup's `duplicate_key IN (500 keys)` for most of the table and read
        `statements` whole for every batch: a 1M import into an empty PostgreSQL log
        slowed to ~300 events a second. ANALYZE inside the transaction samples its own
        rows; a role that may not analyze is only warned by the server."""
        if not raw.postgresql or self.seq < self.ANALYZE_FROM:
            return
        if self._analyzed_at and self.seq < self._analyzed_at * self.ANALYZE_GROWTH:
            return
        if not self._analyzed_at and self.seq - self.appended >= self.ANALYZE_FROM:
            # The log held events before this transaction: their statistics stand
            # until it has grown `ANALYZE_GROWTH` times.
            self._analyzed_at = self.seq - self.appended
            if self.seq < self._analyzed_at * self.ANALYZE_GROWTH:
                return
        raw.run("ANALYZE events, statements").close()
        self._analyzed_at = self.seq

    def finish(self, *, commit: bool = False) -> None:
        """Flush, let the projectors settle (the touched stances are folded once) and
        record the projection's new position. `commit`: the caller's transaction ends
        here (its last statement): on PostgreSQL, with one statement read ahead, its
        COMMIT goes in the same round trip as the writes (the transaction's own commit,
        afterwards, then has nothing left to do)."""
        if self.dry:
            self.views = {
                **{i: view_from_statement(r, seq) for i, (seq, r) in self._statements.items()},
                **self._amended,
            }
            self.flush()
            return
        # One statement read ahead: its writes, which read nothing back, are sent together.
        raw = Raw(self.conn)
        sent_ahead = self._ahead is not None and raw.postgresql
        with raw.pipeline() if self._ahead is not None else contextlib.nullcontext():
            self.flush()
            projectors.create_indexes(self.conn, self._deferred)
            self._deferred = []
            if self.appended:
                for projector in self.projectors:
                    projector.settle(self.conn)
                projectors.mark_position(self.conn, self.seq)
            if commit and sent_ahead:
                raw.commit()
        self._touched = set()


@dataclass(frozen=True)
class StatementAhead:
    """What appending one statement reads under the chain lock, sent together
    (`read_ahead`): whether its topic is known, the active statement it duplicates (when
    asked), the chain head, the projectors' status and its key's stance and latest run."""

    topic_known: bool
    twin: str | None
    digest: str
    head: tuple[int, str, datetime | None]
    status: projectors.Status
    key: projection.KeyAhead


_TOPIC_SEEK = "SELECT seq FROM events WHERE topic = :topic LIMIT 1"
# A statement's twin: an exact seek of the views' covering index (`schema.TWIN_INDEX`)
# on its (topic, country, date_key), its stance, date and status read from the index
# entries, the rows left visited for their duplicate key (revision 0009).
_TWIN_OF = (
    "SELECT event_id FROM statements WHERE topic = {t} AND country = {c}"
    " AND date_key = {dk} AND stance = {s} AND date = {d}"
    f" AND status != '{RETRACTED}' AND duplicate_key = {{k}} ORDER BY seq LIMIT 1"
)
_TWIN = _TWIN_OF.format(
    t=":topic", c=":country", dk=":date_key", s=":stance", d=":date", k=":digest"
)
# What a statement's append reads, but its key's latest run, in one query of one row
# per projector (`projectors.POSITIONS`): whether its topic is known, its twin, the
# chain head and its key's stance (`projection.STANCE_BY_KEY`'s columns).
_AHEAD = (
    f"SELECT ({_TOPIC_SEEK}), {{twin}}, h.seq, h.hash, h.recorded_at,"
    " p.name, p.version, p.position, s.* FROM (SELECT 1 AS one) AS o"
    f" LEFT JOIN ({_CHAIN_HEAD}) AS h ON 1 = 1"
    f" LEFT JOIN ({projectors.POSITIONS}) AS p ON 1 = 1"
    f" LEFT JOIN ({projection.STANCE_BY_KEY}) AS s ON 1 = 1"
)
_AHEAD_WITH_TWIN = _AHEAD.format(twin=f"({_TWIN})")
_AHEAD_WITHOUT = _AHEAD.format(twin="NULL")


def read_ahead(conn: Connection, record: Mapping[str, Any], *, duplicates: bool) -> StatementAhead:
    """Everything appending the statement `record` reads before it writes: two queries
    (`_AHEAD`, and its key's latest page), in one round trip on PostgreSQL
    (`Raw.pipeline`) with the chain lock sent before them; in the caller's write
    transaction, so that nothing changes between these reads and the append's writes.
    `duplicates`: look its duplicate key up among the active statements."""
    raw = Raw(conn)
    digest = duplicate_digest(duplicate_key(record))
    key = (record["topic"], record["country"])
    bound = {"topic": key[0], "country": key[1], "digest": digest}
    if duplicates:
        bound |= {"stance": record["stance"], "date": record["date"]}
        bound["date_key"] = date_key(record["date"])
    with contextlib.ExitStack() as sent:

        def send(sql: str, params: Mapping[str, Any] | None = None) -> Any:
            # Closed however the reads end (SQLite: a statement left open holds a snapshot).
            return sent.enter_context(contextlib.closing(raw.run(sql, params)))

        with raw.pipeline():
            ahead = send(_AHEAD_WITH_TWIN if duplicates else _AHEAD_WITHOUT, bound)
            page = projection.send_latest_page(send, key)
        rows = ahead.fetchall()
        topic_seq, twin, seq, hash_, recorded_at = rows[0][:5]
        positions = [row[5:8] for row in rows if row[5] is not None]
        stance = rows[0][8:] if rows[0][8] is not None else None
        head = (seq, hash_, stored_instant(recorded_at)) if seq is not None else None
        return StatementAhead(
            topic_known=topic_seq is not None,
            twin=twin,
            digest=digest,
            head=head or (0, GENESIS_HASH, None),
            status=projectors.status_of(head[0] if head else 0, positions),
            key=projection.key_ahead(key, stance, page),
        )


def check_target(conn: Connection, event_id: str, kind: str) -> StatementView:
    """The stored statement an amendment (correction, retraction, citation) may target,
    or a clear refusal."""
    view = projection.load_view(conn, event_id)
    if view is None:
        stored = conn.execute(select(events.c.type).where(events.c.event_id == event_id)).scalar()
        if stored is None:
            raise EventNotFound(f"no event {event_id}")
        raise Conflict(f"event {event_id[:8]} is a {stored}; only statements can be {_verb(kind)}")
    refuse_retracted(view, kind)
    return view


def refuse_retracted(view: StatementView, kind: str) -> None:
    """A retracted statement can be neither corrected, retracted again, nor cited."""
    if view.status == RETRACTED:
        raise Conflict(f"statement {view.event_id[:8]} is retracted; it cannot be {_verb(kind)}")


def _verb(kind: str) -> str:
    return event_type(kind).verb


def resolve_event_id(conn: Connection, text: str) -> str:
    """The full event_id for a full id or a unique prefix of at least 6 characters."""
    prefix = text.strip().lower()
    if len(prefix) < MIN_PREFIX or not _HEX_PREFIX.match(prefix):
        raise InvalidValue(
            f"event id {text!r}: give the full id or a prefix of at least {MIN_PREFIX} hex characters"
        )
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found: list[str] = list(
        conn.execute(
            select(events.c.event_id)
            .where(events.c.event_id >= prefix, events.c.event_id < upper)
            .limit(2)
        ).scalars()
    )
    if not found:
        raise EventNotFound(f"no event with id {text!r}")
    if len(found) > 1:
        raise EventNotFound(f"event id prefix {text!r} is ambiguous; give more characters")
    return found[0]


def stored_event(conn: Connection, event_id: str) -> StoredEvent:
    """One stored event by full id."""
    row = conn.execute(
        select(events.c.seq, events.c.event_id, events.c.type, events.c.body, events.c.hash).where(
            events.c.event_id == event_id
        )
    ).first()
    if row is None:
        raise EventNotFound(f"no event {event_id}")
    return StoredEvent(row.seq, row.event_id, row.type, row.body, row.hash)


def amendments_of(conn: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Corrections and retractions of each of `event_ids`, in recording order."""
    found: dict[str, list[dict[str, Any]]] = {event_id: [] for event_id in event_ids}
    for chunk in chunks(event_ids):
        rows = conn.execute(
            select(events.c.target_id, events.c.body)
            .where(events.c.target_id.in_(chunk))
            .order_by(events.c.seq)
        )
        for row in rows:
            found[row.target_id].append(json.loads(row.body))
    return found


def amendment_targets(conn: Connection) -> set[str]:
    """The event_ids that corrections, retractions or citations name (the partial
    target_id index alone; a few percent of a log)."""
    query = select(events.c.target_id).where(events.c.target_id.is_not(None)).distinct()
    return {str(target) for target in conn.execute(query).scalars()}


def stored_bodies(conn: Connection, event_ids: list[str]) -> dict[str, str]:
    """Bodies of those of `event_ids` that are stored."""
    found: dict[str, str] = {}
    for chunk in chunks(event_ids):
        rows = conn.execute(
            select(events.c.event_id, events.c.body).where(events.c.event_id.in_(chunk))
        )
        found.update((row.event_id, row.body) for row in rows)
    return found


def iter_events(
    conn: Connection,
    *,
    topic: str | None = None,
    countries: list[str] | None = None,
    types: list[str] | None = None,
    known_at: datetime | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Iterator[StoredEvent]:
    """The raw log in recording order, streamed."""
    query = select(
        events.c.seq, events.c.event_id, events.c.type, events.c.body, events.c.hash
    ).order_by(events.c.seq)
    if topic:
        query = query.where(events.c.topic == topic)
    if countries:
        query = query.where(events.c.country.in_(countries))
    if types:
        query = query.where(events.c.type.in_(types))
    if known_at is not None:
        query = query.where(events.c.recorded_at <= known_at)
    if since is not None:
        query = query.where(events.c.recorded_at >= since)
    if until is not None:
        query = query.where(events.c.recorded_at <= until)
    result = conn.execute(query.execution_options(yield_per=5_000))
    for row in result:
        yield StoredEvent(row.seq, row.event_id, row.type, row.body, row.hash)


EventRow = namedtuple("EventRow", [column.name for column in events.c])  # type: ignore[misc]
_EVENT_JSON = tuple(n for n, c in enumerate(events.c) if isinstance(c.type, JSON))
_EVENT_TIME = tuple(n for n, c in enumerate(events.c) if isinstance(c.type, UTCDateTime))
_EVENT_ROWS = f"SELECT {', '.join(EventRow._fields)} FROM events ORDER BY seq"


EVENT_FIELDS: dict[str, int] = {column.name: n for n, column in enumerate(events.c)}


def iter_event_values(conn: Connection) -> Iterator[tuple[Any, ...]]:
    """Every stored column of every event as the driver returns it (SQLite: JSON and
    record times as their text), in recording order, streamed on the driver's cursor
    (for `verify`, which decodes what it compares: `event_row`); by `EVENT_FIELDS`."""
    yield from Raw(conn).stream(_EVENT_ROWS, size=5_000)


def event_row(conn: Connection, values: Sequence[Any]) -> Any:
    """One row of `iter_event_values` as SQLAlchemy's types read it, by name: JSON
    columns decoded, record times UTC-aware."""
    decoded = Raw(conn).decoded
    row = list(values)
    for n in _EVENT_JSON:
        row[n] = decoded(row[n])
    for n in _EVENT_TIME:
        row[n] = stored_instant(row[n])
    return EventRow._make(row)


def head_at(conn: Connection, seq: int) -> tuple[str, str] | None:
    """The chain hash and canonical record time of the event at `seq`, None when none."""
    row = conn.execute(
        select(events.c.hash, events.c.recorded_at).where(events.c.seq == seq)
    ).first()
    return (row.hash, format_instant(row.recorded_at)) if row else None


def amended_after(conn: Connection, known_at: datetime) -> set[str]:
    """The statements that an amendment recorded after `known_at` targets: their stored
    views are not as they were known then (a read of the amendments only)."""
    query = (
        select(events.c.target_id)
        .where(events.c.target_id.is_not(None), events.c.recorded_at > known_at)
        .distinct()
    )
    return {str(target) for target in conn.execute(query).scalars()}


def statement_histories(
    conn: Connection, event_ids: set[str], known_at: datetime
) -> list[tuple[int, dict[str, Any]]]:
    """`(seq, record)` of these statements and of their amendments, recorded up to
    `known_at`, in recording order: what a replay of just them needs."""
    found: dict[int, str] = {}
    for chunk in chunks(sorted(event_ids)):
        for column in (events.c.event_id, events.c.target_id):
            query = select(events.c.seq, events.c.body).where(
                column.in_(chunk), events.c.recorded_at <= known_at
            )
            found.update((seq, body) for seq, body in conn.execute(query))
    return [(seq, json.loads(found[seq])) for seq in sorted(found)]


# PostgreSQL: a batch's twins in one query, a LATERAL seek (`_TWIN_OF`) for each key
# of the keys' arrays.
_TWINS_LATERAL = (
    "SELECT k.k, t.event_id FROM unnest(CAST(:ts AS text[]), CAST(:cs AS text[]),"
    " CAST(:dks AS text[]), CAST(:ss AS text[]), CAST(:ds AS text[]), CAST(:ks AS text[]))"
    " AS k(t, c, dk, s, d, k) CROSS JOIN LATERAL ("
    + _TWIN_OF.format(t="k.t", c="k.c", dk="k.dk", s="k.s", d="k.d", k="k.k")
    + ") AS t"
)


def active_duplicates(
    conn: Connection, records: Sequence[Mapping[str, Any]]
) -> dict[DuplicateKey, str]:
    """For the keys of `records` that an active stored statement shares: its event_id
    (the earliest recorded).

    One exact seek of the views' covering index per key (revision 0009): no scan of
    statements, no body parsed.
    """
    wanted = {duplicate_digest(key): key for key in {duplicate_key(r) for r in records}}
    return {wanted[digest]: event_id for digest, event_id in twins_of(conn, wanted).items()}


def twins_of(conn: Connection, wanted: Mapping[str, DuplicateKey]) -> dict[str, str]:
    """For the duplicate keys (digest: key, `duplicate_digest`) that an active stored
    statement has: its event_id (the earliest recorded). An exact seek of the covering
    index a key, in the index's order: on SQLite one prepared statement run for each
    key (`Raw.firsts`), on PostgreSQL one query over the keys' arrays."""
    raw = Raw(conn)
    rows = sorted(
        (topic, country, date_key(day), stance, day, digest)
        for digest, (topic, country, stance, day, _) in wanted.items()
    )
    if not raw.postgresql:
        firsts = raw.firsts(_TWIN_OF.format(t="?", c="?", dk="?", s="?", d="?", k="?"), rows)
        return {row[5]: first[0] for row, first in zip(rows, firsts, strict=True) if first}
    found: dict[str, str] = {}
    for chunk in chunks(rows, 5_000):
        columns = [list(column) for column in zip(*chunk, strict=True)]
        arrays = dict(zip(("ts", "cs", "dks", "ss", "ds", "ks"), columns, strict=True))
        found.update(raw.run(_TWINS_LATERAL, arrays).fetchall())
    return found


def duplicates_of(conn: Connection, records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Event ids of active statements that duplicate any of `records`."""
    found = active_duplicates(conn, records)
    return [found[duplicate_key(r)] for r in records if duplicate_key(r) in found]


def short_counts(conn: Connection) -> dict[str, int]:
    """How many events and active statements (two index counts; `counts` groups every
    event by type, a scan of the whole log: 0.6 s at a million events)."""
    return {
        "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
        "active_statements": conn.execute(
            select(func.count()).select_from(statements).where(statements.c.status != RETRACTED)
        ).scalar_one(),
    }


def counts(conn: Connection) -> dict[str, int]:
    """How many events of each type, statements and stances."""
    rows = conn.execute(select(events.c.type, func.count()).group_by(events.c.type))
    by_type = {kind: count for kind, count in rows}
    return {
        "events": sum(by_type.values()),
        "statements": by_type.get("statement", 0),
        "corrections": by_type.get("correction", 0),
        "retractions": by_type.get("retraction", 0),
        "citations": by_type.get("citation", 0),
        "active_statements": conn.execute(
            select(func.count()).select_from(statements).where(statements.c.status != RETRACTED)
        ).scalar_one(),
    }


def topics(conn: Connection, limit: int | None = None) -> list[str]:
    """Every topic the database knows: created on purpose or named by a statement.

    `limit` stops early (the index is read in order): asking whether there are none, one
    or several costs a few index entries, not a scan of the log."""
    query = (
        select(events.c.topic)
        .where(events.c.topic.is_not(None))
        .distinct()
        .order_by(events.c.topic)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(conn.execute(query).scalars())


def topic_known(conn: Connection, topic: str) -> bool:
    """Whether the log names `topic` (one index seek)."""
    return Raw(conn).one(_TOPIC_SEEK, {"topic": topic}) is not None


def topic_definition(conn: Connection, topic: str) -> TopicDefinition:
    """The definition of `topic`: that of its latest `topic` event, or none (no title,
    no pledges) when no `topic` event declares it."""
    body = conn.execute(
        select(events.c.body)
        # Of a topic's events only `topic` events have no country: a seek of the
        # (topic, country) index, not a walk through the topic's statements.
        .where(events.c.topic == topic, events.c.country.is_(None), events.c.type.in_(TOPIC_TYPES))
        .order_by(events.c.seq.desc())
        .limit(1)
    ).scalar()
    return definition_of(json.loads(body)) if body is not None else TopicDefinition(topic)


def topic_definitions(conn: Connection) -> dict[str, TopicDefinition]:
    """The definition of every topic a `topic` event declares, by slug."""
    found: dict[str, TopicDefinition] = {}
    for row in conn.execute(
        select(events.c.body).where(events.c.type.in_(TOPIC_TYPES)).order_by(events.c.seq)
    ):
        definition = definition_of(json.loads(row.body))
        found[definition.slug] = definition
    return found


def topic_title(conn: Connection, topic: str) -> str | None:
    """A topic's current title (that of its latest definition), None where it has none."""
    return topic_definition(conn, topic).title


@dataclass(frozen=True)
class TopicSummary:
    """One topic with its definition (title, pledge phrases) and counts."""

    topic: str
    title: str | None
    pledges: tuple[str, ...]
    statements: int
    active_statements: int
    countries: int


def topic_summaries(conn: Connection) -> list[TopicSummary]:
    """Every known topic with its current definition and its counts, sorted by slug."""
    definitions = topic_definitions(conn)
    s = statements.c
    counted = {
        row.topic: row
        for row in conn.execute(
            select(
                s.topic,
                func.count().label("n"),
                func.sum(case((s.status != RETRACTED, 1), else_=0)).label("active"),
            ).group_by(s.topic)
        )
    }
    countries: dict[str, int] = {
        topic: count
        for topic, count in conn.execute(
            select(stances.c.topic, func.count()).group_by(stances.c.topic)
        )
    }
    return [
        TopicSummary(
            topic=topic,
            title=definitions[topic].title if topic in definitions else None,
            pledges=definitions[topic].pledges if topic in definitions else (),
            statements=counted[topic].n if topic in counted else 0,
            active_statements=int(counted[topic].active or 0) if topic in counted else 0,
            countries=countries.get(topic, 0),
        )
        for topic in topics(conn)
    ]


def stored_event_at(conn: Connection, seq: int) -> str | None:
    """The record time of the event at `seq`, canonical text."""
    moment = conn.execute(select(events.c.recorded_at).where(events.c.seq == seq)).scalar()
    return format_instant(moment) if moment is not None else None
