"""Importing a batch of records, all or nothing: each record checked (its problems
collected, never raised one by one), then the batch appended only if none has any."""

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from tracker.domain.duplicates import duplicate_digest, duplicate_key
from tracker.domain.events import (
    Event,
    Stamp,
    canonical_json,
    event_from_dict,
    event_to_dict,
    stored_statement,
)
from tracker.domain.plausibility import check_statement
from tracker.domain.projection import StatementView, project
from tracker.domain.registry import REGISTRY, EventType, event_type
from tracker.domain.topics import TopicDefinition, definition_of, differences
from tracker.errors import EventNotFound, InvalidRecord, TrackerError, UnknownTopic
from tracker.service.topic_lookup import check_topic, topic_by_default
from tracker.service.validation import default_editor, stamped, validation_problems
from tracker.store import eventstore
from tracker.store import projection as stored
from tracker.store.database import Database

if TYPE_CHECKING:
    from tracker.formats.readers import Located


@dataclass
class ImportResult:
    """What an import did (or, with --dry-run, would do)."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    restamped: int = 0
    dry_run: bool = False
    problems: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    created_topics: list[str] = field(default_factory=list)
    # (topic, country, stance before, stance after) for every stance it moves (or would).
    changes: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


MAX_REPORTED_PROBLEMS = 1_000


_FULL_ID = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)


@dataclass
class _Pending:
    location: str
    record: dict[str, Any]
    event: Event | Stamp
    ignore: tuple[str, ...]  # fields a stored event of the same id may differ in
    stamped: bool
    content_check: bool  # a new statement without an id: is it a duplicate?
    id_given: bool  # the record came with its event_id (else a fresh one: never stored)
    digest: str | None = None  # a report's duplicate key, hashed once (`write_pending`)


def import_records(
    database: Database,
    records: "Iterable[Located]",
    *,
    dry_run: bool = False,
    editor: str | None = None,
    progress: Callable[[int], None] | None = None,
    restamp: bool = False,
    topic: str | None = None,
    new_topic: bool = False,
    allow_duplicate: bool = False,
    source: dict[str, Any] | None = None,
    fill_undefined_topics: bool = False,
) -> ImportResult:
    """Validate and append every record, all or nothing.

    `records` yields `(location, record)` pairs ("file.jsonl:12"), or `(location, error)`
    for a record that could not even be parsed. Every problem of every record is
    reported, and any problem means nothing is written. Records whose `event_id` is
    stored with identical content are skipped; the same id with other content is a
    problem. Statements are held to the same rules as `add`: a row without `topic` takes
    `topic` or `add`'s default, an unknown topic needs `new_topic` (unless the database
    holds none), a duplicate of an active statement is skipped and reported unless
    `allow_duplicate`, an implausible date is a problem. `source` fills rows that have
    none. Corrections and retractions may name their target by a unique prefix of 6+
    characters.

    Record time is when this database learned an event (SPEC §6): a record's own
    `recorded_at` is kept only by a restore, into a database that held no event before
    the import (and there must not go back along the file or lie in the future). Into a
    database that holds events, every new record carrying one is a problem of its line;
    `restamp` gives such records the current time instead. An event stored already
    (same id) is skipped when the record differs from it in its time alone: the time
    this database learned it stays (two databases seeded at different times exchange
    exports harmlessly).

    Import never changes a topic silently (SPEC §7): a new `topic` record for a topic
    the database held before the import is skipped when it declares the topic's current
    definition, and otherwise a problem of its line (`tracker topics edit` changes it).
    The `topic` records of a topic the import itself creates are its history and kept,
    so a log with edits restores exactly. `fill_undefined_topics` (the seed) gives a
    topic with no title and no pledges the record's definition and leaves a defined
    one as the editor made it.

    The steps, each a method of `_Import`: `checked` turns one record into a pending
    event or problems of its line; `write_pending` appends a batch of pending events
    (skipping those stored already, duplicates and unchanged topics) unless a problem
    was found; `settle` finishes the appends and says which stances moved.
    """
    result = ImportResult(dry_run=dry_run)
    editor = editor or default_editor()
    # A dry run validates and chains exactly as an import would, in a read transaction:
    # it never takes the write lock, so a preview never blocks another editor.
    with database.reading() if dry_run else database.writing() as conn:
        run = _Import(
            conn,
            result,
            editor=editor,
            restamp=restamp,
            topic=topic,
            new_topic=new_topic,
            allow_duplicate=allow_duplicate,
            source=source,
            fill_undefined_topics=fill_undefined_topics,
        )
        for location, item in records:
            result.read += 1
            if progress is not None:
                progress(result.read)
            pending = run.checked(location, item)
            if pending is not None:
                run.pending.append(pending)
                if len(run.pending) >= eventstore.Appender.BATCH:
                    run.write_pending()
        run.write_pending()
        if result.problems:
            raise InvalidRecord(result.problems)
        run.settle()
    if not dry_run:
        database.tidy_after_bulk_write(run.appender.appended, run.appender.seq)
    return result


class _Import:
    """One import's state inside its transaction: the appender, the records checked but
    not yet appended, the topics known, and what the result reports."""

    def __init__(
        self,
        conn: Any,
        result: ImportResult,
        *,
        editor: str,
        restamp: bool,
        topic: str | None,
        new_topic: bool,
        allow_duplicate: bool,
        source: dict[str, Any] | None,
        fill_undefined_topics: bool,
    ) -> None:
        self.conn = conn
        self.result = result
        self.dry_run = result.dry_run
        self.editor = editor
        self.topic = topic
        self.allow_duplicate = allow_duplicate
        self.source = source
        self.fill_undefined_topics = fill_undefined_topics
        self.appender = eventstore.Appender(conn, restamp=restamp, dry=self.dry_run)
        self.dry_ids: dict[str, dict[str, Any]] = {}  # a dry run stores nothing: remember ids
        self.pending: list[_Pending] = []
        self.known_topics = set(eventstore.topics(conn))
        self.topics_before = frozenset(self.known_topics)
        self.definitions_before: dict[str, TopicDefinition] = {}
        # Into a database that holds no topic (a restore, a first load), every topic the
        # records name is created: there is nothing to mistype them against.
        self.new_topic = new_topic or not self.known_topics
        self.seen_ids: list[str] = []  # ids of this import not yet stored, for prefixes
        self.fallback_topic: str | None = None
        self.no_fallback_topic = False  # reported, once
        self.twins: dict[str, str] = {}  # by duplicate digest
        # The problems and warnings said of the record's location, each said once (the
        # records of one sheet entry are read one after another; memory stays flat).
        self.said: set[str] = set()
        self.location = ""

    def problem(self, text: str) -> None:
        """Report a problem once: the records of one sheet entry that names several
        countries share its location, and its mistake is one line, not one per country."""
        if text in self.said:
            return
        self.said.add(text)
        if len(self.result.problems) < MAX_REPORTED_PROBLEMS:
            self.result.problems.append(text)

    def row_topic(self, location: str) -> str | None:
        """The topic of a report that names none; None when there is none to give, which
        is one problem of the import, reported at the first such record only."""
        if self.fallback_topic is None and not self.no_fallback_topic:
            try:
                self.fallback_topic = self.topic or topic_by_default(sorted(self.known_topics))
            except TrackerError as error:
                self.no_fallback_topic = True
                self.problem(f"{location}: {error} (this and every later record without a topic)")
        return self.fallback_topic

    # -- checking one record ------------------------------------------------------------

    def checked(self, location: str, item: dict[str, Any] | Exception) -> _Pending | None:
        """The pending event of one record, or None with its problems reported."""
        if location != self.location:
            self.location = location
            self.said.clear()
        if isinstance(item, Exception):
            self.problem(f"{location}: {item}")
            return None
        given = set(item)
        raw = self.filled(location, dict(item))
        if raw is None:
            return None
        read_problems = getattr(item, "problems", None) or []
        for text in read_problems:
            self.problem(f"{location}: {text}")
        # A field the reader already found wrong is reported once, not again as
        # missing: "country: expected a text", never also "country: missing".
        explained = {text.split(":", 1)[0] for text in read_problems}
        explained |= getattr(item, "explained", frozenset())
        if "topic" in raw and raw["topic"] is None:
            explained.add("topic")  # no default topic: said once, by `row_topic`
        found = self.parsed(location, raw, explained)
        if found is None or read_problems or explained:
            return None
        event, record = found
        kind = event_type(event.type)
        if not self.admitted(location, record, kind):
            return None
        self.seen_ids.append(record["event_id"])
        # A record's own time is when some database learned the event; this one's
        # stays, so a stored event is the record whatever time the record gives.
        ignore = ("recorded_at",) if {"recorded_at", "recorded_by"} <= given else _RECORDING
        content_check = kind.is_report and "event_id" not in given and not self.allow_duplicate
        return _Pending(
            location,
            record,
            event,
            ignore,
            "recorded_at" not in given,
            content_check,
            id_given="event_id" in given,
        )

    def filled(self, location: str, raw: dict[str, Any]) -> dict[str, Any] | None:
        """`raw` with what the import supplies: a report's topic and source when it has
        none, an amendment's target resolved from a prefix; None after a problem."""
        kind = REGISTRY.get(str(raw.get("type", "statement")))
        try:
            if kind is not None and kind.is_report:
                if not raw.get("topic"):
                    raw["topic"] = self.row_topic(location)
                if self.source and not raw.get("sources"):
                    raw["sources"] = [dict(self.source)]
            elif kind is not None and kind.amend is not None:
                name = str(kind.target_field)
                raw[name] = _resolve_target(self.conn, raw.get(name), self.seen_ids)
        except TrackerError as error:
            self.problem(f"{location}: {error}")
            return None
        return raw

    def parsed(
        self, location: str, raw: dict[str, Any], explained: set[str]
    ) -> tuple[Event | Stamp, dict[str, Any]] | None:
        """The stamped record as an event and its record (as `event_to_dict` gives it),
        or None with its validation problems. A statement whose values need only the
        models' readers is made without them (`stored_statement`: the same record)."""
        try:
            record = stamped(raw, self.editor)
            made = stored_statement(record)
            if made is not None:
                return made[1], made[0]
            event = event_from_dict(record)
            return event, event_to_dict(event)
        except ValidationError as error:
            for text in validation_problems(error):
                if text.split(":", 1)[0].split(".", 1)[0] not in explained:
                    self.problem(f"{location}: {text}")
            return None
        except (ValueError, TrackerError) as error:
            self.problem(f"{location}: {error}")
            return None

    def admitted(self, location: str, record: dict[str, Any], kind: EventType) -> bool:
        """Whether a valid event passes `add`'s rules: its topic known (or one to create),
        a report's date plausible (its warnings kept)."""
        result = self.result
        if kind.names_topic:
            try:
                if check_topic(
                    record["topic"],
                    self.known_topics,
                    new_topic=self.new_topic or kind.declares_topic,
                ):
                    result.created_topics.append(record["topic"])
                    self.known_topics.add(record["topic"])
            except UnknownTopic as error:
                self.problem(f"{location}: topic: {error}")
                return False
        if kind.is_report:
            troubles, warnings = check_statement(record)
            for text in troubles:
                self.problem(f"{location}: {text}")
            if troubles:
                return False
            for text in warnings:
                if f"{location}: {text}" not in self.said:  # an entry's warning, once
                    self.said.add(f"{location}: {text}")
                    result.warnings.append(f"{location}: {text}")
        return True

    # -- appending a batch ----------------------------------------------------------------

    def write_pending(self) -> None:
        """Append the pending events (none once a problem is found: the rest are still
        checked), skipping those stored already, duplicates and unchanged topics."""
        if not self.pending:
            return
        conn, result = self.conn, self.result
        # Only a given id can be stored already: a fresh one (uuid4) is looked up nowhere.
        given = [p.record["event_id"] for p in self.pending if p.id_given]
        existing = eventstore.stored_bodies(conn, given) if given else {}
        for item in self.pending:
            if event_type(item.event.type).is_report:
                item.digest = duplicate_digest(duplicate_key(item.record))
        stored_twins = eventstore.twins_of(
            conn, {str(p.digest): duplicate_key(p.record) for p in self.pending if p.content_check}
        )
        in_batch: dict[str, dict[str, Any]] = self.dry_ids if self.dry_run else {}
        for item in self.pending:
            record = item.record
            event_id = record["event_id"]
            stored_body = existing.get(event_id)
            if stored_body is None and event_id in in_batch:
                stored_body = canonical_json(in_batch[event_id])
            if stored_body is not None:
                if _same_content(stored_body, record, item.ignore):
                    result.skipped += 1
                else:
                    self.problem(
                        f"{item.location}: event_id {event_id} is already stored with other content"
                    )
                continue
            if not self.keeps_topic(item):
                continue
            if self.is_duplicate(item, stored_twins):
                continue
            if not item.stamped:
                try:
                    self.appender.check_given_time(item.event.recorded_at)
                except TrackerError as error:
                    self.problem(f"{item.location}: {error}")
                    continue
            if result.problems:
                continue  # nothing is written after a problem; keep validating
            try:
                self.appender.append(item.event, record, stamped=item.stamped, digest=item.digest)
            except TrackerError as error:
                self.problem(f"{item.location}: {error}")
                continue
            in_batch[event_id] = record
            result.added += 1
        self.pending.clear()
        if not self.dry_run and not result.problems:
            # What this batch wrote is in the database now, where the next batch's
            # duplicate and prefix lookups find it: memory stays flat however long
            # the file (a million-record import kept every key: 407 MB).
            self.appender.flush()
            self.twins.clear()
            self.seen_ids.clear()

    def keeps_topic(self, item: _Pending) -> bool:
        """False for a `topic` record that must not be appended: one declaring the
        current definition of a topic held before the import (skipped), or another
        one (a problem; with `fill_undefined_topics`, skipped unless undefined)."""
        topic = item.record.get("topic")
        if not event_type(item.event.type).declares_topic or topic not in self.topics_before:
            return True
        if topic not in self.definitions_before:
            self.definitions_before[topic] = eventstore.topic_definition(self.conn, topic)
        current = self.definitions_before[topic]
        if definition_of(item.record) == current:
            self.result.skipped += 1
            return False
        if self.fill_undefined_topics:
            if current == TopicDefinition(topic):
                return True
            self.result.skipped += 1  # the seed leaves the editor's definition as it is
            return False
        self.problem(
            f"{item.location}: topic {topic!r} exists, and this record would change it "
            f"({differences(current, definition_of(item.record))}); import never "
            f"changes a topic: use `tracker topics edit {topic}`"
        )
        return False

    def is_duplicate(self, item: _Pending, stored_twins: dict[str, str]) -> bool:
        """Whether a new report without an id repeats an active statement, stored or
        earlier in the import (reported and skipped); each report's key (its digest,
        `stored_twins`' key too) is remembered."""
        if not event_type(item.event.type).is_report or self.allow_duplicate:
            return False
        key = str(item.digest)
        twin = stored_twins.get(key) or self.twins.get(key)
        if twin is not None and item.content_check:
            from tracker.countries import country_name

            self.result.duplicates.append(
                f"{item.location}: duplicate of active statement {twin[:8]} of "
                f"{country_name(item.record['country'])} "
                "(same topic, country, stance, date and source URL); skipped"
            )
            return True
        self.twins.setdefault(key, item.record["event_id"])
        return False

    # -- finishing --------------------------------------------------------------------------

    def settle(self) -> None:
        """Finish the appends (the projectors settle) and list the stances that moved."""
        conn, appender, result = self.conn, self.appender, self.result
        touched = sorted(appender.touched)
        # The stored stances move only when the appender finishes (its projectors settle).
        before = _stances_of(conn, touched) if touched and not self.dry_run else {}
        appender.finish()
        result.restamped = appender.restamped
        if self.dry_run and touched:
            result.changes = _dry_run_changes(conn, touched, appender.views)
        elif touched:
            after = _stances_of(conn, touched)
            result.changes = [
                (topic, country, before.get((topic, country)), after.get((topic, country)))
                for topic, country in touched
                if before.get((topic, country)) != after.get((topic, country))
            ]


def import_seed(
    database: Database, records: "Iterable[Located]", editor: str | None = None
) -> ImportResult:
    """Import the shipped seed (`tracker init --seed`), idempotent on every database.

    Into an empty database the seed is restored as shipped, record times included. Into
    one that holds events (seeded by an earlier release, or the editor's own), what is
    new of it is recorded now (`restamp`: this database learns it now), and its topic's
    definition fills a topic that has none, leaving one the editor gave as it is."""
    return import_records(
        database, records, editor=editor, restamp=True, fill_undefined_topics=True
    )


def _dry_run_changes(
    conn: Any, touched: list[tuple[str, str]], new_views: dict[str, StatementView]
) -> list[tuple[str, str, str | None, str | None]]:
    """(topic, country, before, after) for each touched stance a dry run would move: the
    stored stance, and the pure fold of the stored views with the run's views applied."""
    before = _stances_of(conn, touched)
    views: dict[str, StatementView] = {}
    for topic in sorted({t for t, _ in touched}):
        countries = [c for t, c in touched if t == topic]
        views.update(
            (v.event_id, v) for v in stored.stored_views(conn, topic=topic, countries=countries)
        )
    views.update(new_views)
    wanted = set(touched)
    after = {
        (row.topic, row.country): row.stance
        for row in project(v for v in views.values() if (v.topic, v.country) in wanted)
    }
    return [
        (topic, country, before.get((topic, country)), after.get((topic, country)))
        for topic, country in touched
        if before.get((topic, country)) != after.get((topic, country))
    ]


def _stances_of(conn: Any, keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The stored stance of each of `keys` that has one."""
    found: dict[tuple[str, str], str] = {}
    for topic in sorted({t for t, _ in keys}):
        countries = [c for t, c in keys if t == topic]
        for row in stored.stored_stances(conn, topic, countries):
            found[(row.topic, row.country)] = row.stance
    return found


def _resolve_target(conn: Any, value: Any, seen_ids: list[str]) -> Any:
    """A target given by a unique prefix: of an event stored, or of one earlier in the
    import. Full ids and non-text values go on to validation unchanged."""
    if not isinstance(value, str) or _FULL_ID.match(value.strip()):
        return value
    prefix = value.strip().lower()
    in_file = [i for i in seen_ids if i.startswith(prefix)] if len(prefix) >= 6 else []
    try:
        stored_id = eventstore.resolve_event_id(conn, prefix)
    except EventNotFound:
        if len(in_file) == 1:
            return in_file[0]
        if len(in_file) > 1:
            raise EventNotFound(
                f"event id prefix {value!r} is ambiguous; give more characters"
            ) from None
        raise
    if in_file and in_file != [stored_id]:
        raise EventNotFound(f"event id prefix {value!r} is ambiguous; give more characters")
    return stored_id


_RECORDING = ("recorded_at", "recorded_by")


def _same_content(stored_body: str, record: dict[str, Any], ignore: tuple[str, ...]) -> bool:
    """Whether a stored event is `record`, but for the fields in `ignore`."""
    if stored_body == canonical_json(record):
        return True  # byte for byte (an export re-imported), the most frequent
    stored_record = json.loads(stored_body)
    return {k: v for k, v in stored_record.items() if k not in ignore} == {
        k: v for k, v in record.items() if k not in ignore
    }
