"""The operations behind every command: plain functions over a `Database`.

Each write runs in one transaction that holds the append lock; any error rolls it back,
so a failed command leaves the database exactly as it was.
"""

import getpass
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import zip_longest
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from tracker.domain.dates import date_key, format_instant, utc_now
from tracker.domain.duplicates import (
    DuplicateKey,
    duplicate_digest,
    duplicate_key,
    view_duplicate_key,
)
from tracker.domain.events import (
    GENESIS_HASH,
    Event,
    canonical_json,
    chain_hash,
    event_from_dict,
    event_to_dict,
    new_event_id,
)
from tracker.domain.plausibility import check_statement
from tracker.domain.projection import (
    RETRACTED,
    StanceChange,
    StanceRow,
    StanceStep,
    StatementView,
    apply_correction,
    changes_between,
    fold_stance,
    project,
    replay,
    replay_one,
    stance_matrix,
    timeline_order,
    view_from_statement,
)
from tracker.domain.projection import stance_history as history_of
from tracker.domain.registry import REGISTRY, event_type
from tracker.domain.topics import TopicDefinition, definition_of, differences
from tracker.errors import (
    Conflict,
    EventNotFound,
    InvalidRecord,
    InvalidValue,
    TrackerError,
    UnknownTopic,
    VerificationFailed,
)
from tracker.store import eventstore, projectors
from tracker.store import projection as stored
from tracker.store.database import Database

if TYPE_CHECKING:
    from tracker.formats.readers import Located

DEFAULT_TOPIC_ENV = "TRACKER_TOPIC"


def default_editor() -> str:
    """Who records: `TRACKER_EDITOR`, else the OS user."""
    editor = os.environ.get("TRACKER_EDITOR")
    if editor:
        return editor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


_NOUNS = {"stance": "a stance", "contributions": "a contribution", "type": "an event type"}
_LOCALE_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def validation_problems(error: ValidationError) -> list[str]:
    """Each problem of a pydantic error as `field: problem`, with the value given and,
    for a closed vocabulary, the nearest allowed word."""
    parts = []
    for item in error.errors():
        loc = [str(p) for p in item["loc"] if not str(p).startswith("function-")]
        where = ".".join(loc)
        message = str(item["msg"]).removeprefix("Value error, ")
        given = item.get("input")
        if item.get("type") == "extra_forbidden":
            message = "unknown field"
        elif item.get("type") == "enum" and isinstance(given, str):
            field_name = loc[0] if loc else ""
            allowed = list(
                item.get("ctx", {})
                .get("expected", "")
                .replace("'", "")
                .replace(" or ", ", ")
                .split(", ")
            )
            message = f"{given!r} is not {_NOUNS.get(field_name, 'allowed')}"
            nearest = nearest_word(given, allowed)
            message += (
                f"; did you mean {nearest}?" if nearest else f"; use one of {', '.join(allowed)}"
            )
        if (
            "ctx" in item
            and "error" in item["ctx"]
            and isinstance(item["ctx"]["error"], TrackerError)
        ):
            message = str(item["ctx"]["error"])
        if loc and loc[-1] in ("date", "published") and isinstance(given, str):
            match = _LOCALE_DATE.match(given)
            if match:
                first, second, year = match.groups()
                message = (
                    f"invalid date {given!r}: it looks like a locale date, whose day and "
                    f"month order is ambiguous; dates are ISO: write {year}-{int(second):02d}-{int(first):02d} "
                    f"or {year}-{int(first):02d}-{int(second):02d}"
                )
        parts.append(f"{where}: {message}" if where else message)
    return parts


def validation_message(error: ValidationError) -> str:
    """One line out of a pydantic error: `field: problem; field: problem`."""
    return "; ".join(validation_problems(error))


def nearest_word(given: str, allowed: list[str]) -> str | None:
    """The allowed word closest to `given`, if any is close: a suggestion, never applied."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(given.lower(), allowed, scorer=fuzz.ratio, score_cutoff=60)
    return found[0] if found else None


def _validated(record: dict[str, Any]) -> Event:
    try:
        return event_from_dict(record)
    except ValidationError as error:
        raise InvalidValue(validation_message(error)) from None
    except ValueError as error:
        raise InvalidValue(str(error)) from None


def _stamped(record: dict[str, Any], editor: str | None) -> dict[str, Any]:
    record = {
        k: v for k, v in record.items() if v is not None or k in ("note", "speaker", "troops")
    }
    # Defaults are computed only when missing (an import of a million records gives them).
    if "event_id" not in record:
        record["event_id"] = new_event_id()
    if "recorded_at" not in record:
        record["recorded_at"] = format_instant(utc_now())
    if "recorded_by" not in record:
        record["recorded_by"] = editor or default_editor()
    return record


def default_topic(database: Database, topic: str | None) -> str:
    """`--topic`, else `TRACKER_TOPIC`, else the database's only topic."""
    if topic:
        return topic
    with database.reading() as conn:
        known = eventstore.topics(conn, limit=2)
        if len(known) > 1:  # only then are they all needed, to name them
            known = eventstore.topics(conn)
        return _default_topic(known)


def _default_topic(known: list[str]) -> str:
    if os.environ.get(DEFAULT_TOPIC_ENV):
        return os.environ[DEFAULT_TOPIC_ENV]
    if len(known) == 1:
        return known[0]
    if not known:
        raise InvalidValue("the database holds no topic yet; pass --topic")
    raise InvalidValue(f"the database holds {len(known)} topics ({', '.join(known)}); pass --topic")


def check_topic(topic: str, known: set[str], *, new_topic: bool) -> bool:
    """Whether `topic` is new and may be created; raises `UnknownTopic` when it is new and
    was not asked for (a mistyped slug would otherwise become a topic for good).

    The first topic of a database that holds none is created without asking: there is
    nothing to mistype it against.
    """
    if topic in known:
        return False
    if new_topic or not known:
        return True
    close = sorted(t for t in known if nearest_word(topic, [t]))
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise UnknownTopic(
        f"unknown topic {topic!r}{hint}; to create it on purpose, pass --new-topic "
        f"or run `tracker topics add {topic}`"
    )


def _admit_topic(conn: Any, topic: str, *, new_topic: bool) -> None:
    """`check_topic` for one topic, reading only what it needs: one index seek for a
    known topic (every `add`), the whole list only to suggest close ones."""
    if eventstore.topic_known(conn, topic):
        return
    known = set(eventstore.topics(conn, limit=1))
    if known and not new_topic:
        known = set(eventstore.topics(conn))
    check_topic(topic, known, new_topic=new_topic)


def create_topic(
    database: Database,
    topic: str,
    title: str | None = None,
    editor: str | None = None,
    *,
    pledges: Iterable[str] = (),
) -> dict[str, Any]:
    """Create a topic on purpose (a `topic` event) with its title and pledge phrases
    (SPEC §7: what `draft` looks for); an existing slug is refused."""
    record = _stamped(
        {"type": "topic", "topic": topic, "title": title, "pledges": list(pledges)}, editor
    )
    event = _validated(record)
    record = event_to_dict(event)
    with database.writing() as conn:
        if eventstore.topic_known(conn, topic):
            raise Conflict(
                f"topic {topic!r} exists already; change it with `tracker topics edit {topic}`"
            )
        _append(conn, event, record)
    return record


def edit_topic(
    database: Database,
    topic: str,
    *,
    title: str | None = None,
    pledges: Iterable[str] = (),
    clear_pledges: bool = False,
    editor: str | None = None,
) -> dict[str, Any]:
    """Change a topic's definition: append a `topic` event declaring it in full (SPEC
    §7), so that its earlier definitions stay in the log.

    `title` replaces the title (None keeps it, blank text clears it); `pledges` are
    added to the current phrases, or to none with `clear_pledges`. An unknown topic is
    refused with the closest known ones, and so is an edit that changes nothing. A topic
    that statements named before any `topic` event declared it gets its first definition.
    """
    with database.writing() as conn:
        _require_known_topic(conn, topic)
        current = eventstore.topic_definition(conn, topic)
        record = _stamped(
            {
                "type": "topic",
                "topic": topic,
                "title": current.title if title is None else title,
                "pledges": [*(() if clear_pledges else current.pledges), *pledges],
            },
            editor,
        )
        event = _validated(record)
        record = event_to_dict(event)
        if definition_of(record) == current:
            raise Conflict(f"topic {topic!r} has {current.describe()} already: nothing to change")
        _append(conn, event, record)
    return record


def topic_definition(database: Database, topic: str) -> TopicDefinition:
    """What `topic`'s pledge is: the title and pledge phrases of its latest `topic`
    event (title None and no pledges when none declares it). An unknown topic is an
    `UnknownTopic` naming the closest known ones."""
    with database.reading() as conn:
        _require_known_topic(conn, topic)
        return eventstore.topic_definition(conn, topic)


def _require_known_topic(conn: Any, topic: str) -> None:
    if not eventstore.topic_known(conn, topic):
        check_topic(topic, set(eventstore.topics(conn)) or {""}, new_topic=False)


def topic_title(database: Database, topic: str) -> str:
    """What a topic is called where readers see it: its title, or its slug without one."""
    with database.reading() as conn:
        return eventstore.topic_title(conn, topic) or topic


def topic_summaries(database: Database) -> list[eventstore.TopicSummary]:
    """Every topic with its title and counts."""
    with database.reading() as conn:
        return eventstore.topic_summaries(conn)


# -- writing --------------------------------------------------------------------------

Warn = Callable[[str], None]


def record_statement(
    database: Database,
    fields: dict[str, Any],
    editor: str | None = None,
    *,
    new_topic: bool = False,
    allow_duplicate: bool = False,
    on_warning: Warn | None = None,
) -> dict[str, Any]:
    """Validate and append one statement; returns the stored event.

    Refuses an unknown topic unless `new_topic`, a duplicate of an active statement
    unless `allow_duplicate`, and an implausible date; `on_warning` hears what is
    recorded but doubtful (no source, a date long before its report).
    """
    record = _stamped({"type": "statement", **fields}, editor)
    event = _validated(record)
    record = event_to_dict(event)
    problems, warnings = check_statement(record)
    if problems:
        raise InvalidValue("; ".join(problems))
    with database.writing() as conn:
        _admit_topic(conn, record["topic"], new_topic=new_topic)
        if not allow_duplicate:
            found = eventstore.duplicates_of(conn, [record])
            if found:
                raise Conflict(
                    f"a duplicate of active statement {found[0][:8]} (same topic, country, "
                    "stance, date and source URL); pass --allow-duplicate to record it anyway"
                )
        _append(conn, event, record)
    for warning in warnings:
        if on_warning is not None:
            on_warning(warning)
    return record


def record_correction(
    database: Database,
    target: str,
    patch: dict[str, Any],
    reason: str,
    editor: str | None = None,
    clear: Iterable[str] = (),
) -> dict[str, Any]:
    """Append a correction of the statement `target` (full id or unique prefix).

    `patch` names only what changes; every other field, nested ones included, keeps its
    value (`tracker.domain.corrections`). The merge reads the statement inside the write
    transaction, so two editors correcting different fields at once both keep theirs.
    """
    from tracker.domain.corrections import correction_changes

    with database.writing() as conn:
        full_id = eventstore.resolve_event_id(conn, target)
        view = eventstore.check_target(conn, full_id, "correction")
        changes = correction_changes(view, patch, clear)
        record = _stamped(
            {"type": "correction", "corrects": full_id, "changes": changes, "reason": reason},
            editor,
        )
        # Validated first: the plausibility rule reads dates, which must be real ones.
        event = _validated(record)
        record = event_to_dict(event)
        _check_plausible(
            apply_correction(view, {"changes": record["changes"], "event_id": full_id})
        )
        _append(conn, event, record)
    return record


def record_retraction(
    database: Database, target: str, reason: str, editor: str | None = None
) -> dict[str, Any]:
    """Append a retraction of the statement `target` (full id or unique prefix)."""
    with database.reading() as conn:
        full_id = eventstore.resolve_event_id(conn, target)
    record = _stamped({"type": "retraction", "retracts": full_id, "reason": reason}, editor)
    return _append_one(database, _validated(record))


def _check_plausible(view: StatementView) -> None:
    """Refuse a statement that a correction or a citation would date after its report."""
    record = {"date": view.date, "approximate": view.approximate, "sources": list(view.sources)}
    problems, _warnings = check_statement(record)
    if problems:
        raise InvalidValue("; ".join(problems))


def read_topic(database: Database, topic: str | None) -> str | None:
    """The topic a read is narrowed to: `--topic`, else `TRACKER_TOPIC` (reads are
    narrowed as writes default to it), else None for every topic. The one named must
    exist: an unknown one is `UnknownTopic`, saying when `TRACKER_TOPIC` named it."""
    if topic:
        require_topic(database, topic)
        return topic
    from_environment = os.environ.get(DEFAULT_TOPIC_ENV)
    if not from_environment:
        return None
    try:
        require_topic(database, from_environment)
    except UnknownTopic as error:
        raise UnknownTopic(f"{DEFAULT_TOPIC_ENV}: {error}") from None
    return from_environment


def require_topic(database: Database, topic: str | None) -> None:
    """A topic named to a read command must exist: a typo is an error with suggestions,
    not an empty answer."""
    if not topic:
        return
    with database.reading() as conn:
        _require_known_topic(conn, topic)


def record_citation(
    database: Database, target: str, source: dict[str, Any], editor: str | None = None
) -> dict[str, Any]:
    """Append a citation: one more report of the statement `target` (id or prefix).

    Changes no stance. A report the statement already lists (same URL) is refused."""
    with database.writing() as conn:
        full_id = eventstore.resolve_event_id(conn, target)
        view = eventstore.check_target(conn, full_id, "citation")
        record = _stamped(
            {
                "type": "citation",
                "cites": full_id,
                "source": {k: v for k, v in source.items() if v},
            },
            editor,
        )
        # Validated first: the plausibility rule reads dates, which must be real ones.
        event = _validated(record)
        record = event_to_dict(event)
        _check_plausible(replace(view, sources=(dict(record["source"]),)))
        url = record["source"].get("url")
        if url and any(s.get("url") == url for s in view.sources):
            raise Conflict(f"statement {full_id[:8]} already lists the report {url}")
        _append(conn, event, record)
    return record


@dataclass(frozen=True)
class Withdrawal:
    """What withdrawing a report does to one statement."""

    event_id: str
    topic: str
    country: str
    stance: str
    date: str
    action: str  # "retracted" (the report was its only source) or "source removed"
    remaining_sources: int


def withdraw_report(
    database: Database,
    url: str,
    reason: str,
    editor: str | None = None,
    *,
    dry_run: bool = False,
) -> list[Withdrawal]:
    """An outlet withdrew the story at `url`: retract every active statement resting on
    it alone, and remove it from the sources of those that others still carry, in one
    transaction. `dry_run` checks and chains the same events in a read transaction and
    writes nothing: a preview never waits for, or blocks, another editor's write."""
    url = url.strip()
    done: list[Withdrawal] = []
    with database.reading() if dry_run else database.writing() as conn:
        views = stored.views_citing(conn, url)
        if not views:
            raise InvalidValue(f"no active statement lists the report {url}")
        appender = eventstore.Appender(conn, dry=dry_run)
        for view in views:
            remaining = [dict(s) for s in view.sources if s.get("url") != url]
            if remaining:
                fields: dict[str, Any] = {
                    "type": "correction",
                    "corrects": view.event_id,
                    "changes": {"sources": remaining},
                    "reason": f"report withdrawn: {reason}",
                }
                action = "source removed"
            else:
                fields = {"type": "retraction", "retracts": view.event_id, "reason": reason}
                action = "retracted"
            record = _stamped(fields, editor)
            event = _validated(record)
            appender.append(event, event_to_dict(event))
            done.append(
                Withdrawal(
                    view.event_id,
                    view.topic,
                    view.country,
                    view.stance,
                    view.date,
                    action,
                    len(remaining),
                )
            )
        appender.finish()
    return done


def _append_one(database: Database, event: Event) -> dict[str, Any]:
    record = event_to_dict(event)
    with database.writing() as conn:
        _append(conn, event, record)
    return record


def _append(conn: Any, event: Event, record: dict[str, Any]) -> None:
    """Append one validated event in the caller's write transaction (`record` is
    updated to what was stored)."""
    appender = eventstore.Appender(conn)
    appender.append(event, record)
    appender.finish()


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
    event: Event
    ignore: tuple[str, ...]  # fields a stored event of the same id may differ in
    stamped: bool
    content_check: bool  # a new statement without an id: is it a duplicate?


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
    """
    result = ImportResult(dry_run=dry_run)
    editor = editor or default_editor()
    # A dry run validates and chains exactly as an import would, in a read transaction:
    # it never takes the write lock, so a preview never blocks another editor.
    with database.reading() if dry_run else database.writing() as conn:
        appender = eventstore.Appender(conn, restamp=restamp, dry=dry_run)
        dry_ids: dict[str, dict[str, Any]] = {}  # a dry run stores nothing: remember ids
        pending: list[_Pending] = []
        known_topics = set(eventstore.topics(conn))
        topics_before = frozenset(known_topics)
        definitions_before: dict[str, TopicDefinition] = {}
        # Into a database that holds no topic (a restore, a first load), every topic the
        # records name is created: there is nothing to mistype them against.
        new_topic = new_topic or not known_topics
        seen_ids: list[str] = []  # ids of this import not yet stored, for prefixes
        fallback_topic: list[str] = []

        def problem(text: str) -> None:
            if len(result.problems) < MAX_REPORTED_PROBLEMS:
                result.problems.append(text)

        def keeps_topic(item: _Pending) -> bool:
            """False for a `topic` record that must not be appended: one declaring the
            current definition of a topic held before the import (skipped), or another
            one (a problem; with `fill_undefined_topics`, skipped unless undefined)."""
            topic = item.record.get("topic")
            if not event_type(item.event.type).declares_topic or topic not in topics_before:
                return True
            if topic not in definitions_before:
                definitions_before[topic] = eventstore.topic_definition(conn, topic)
            current = definitions_before[topic]
            if definition_of(item.record) == current:
                result.skipped += 1
                return False
            if fill_undefined_topics:
                if current == TopicDefinition(topic):
                    return True
                result.skipped += 1  # the seed leaves the editor's definition as it is
                return False
            problem(
                f"{item.location}: topic {topic!r} exists, and this record would change it "
                f"({differences(current, definition_of(item.record))}); import never "
                f"changes a topic: use `tracker topics edit {topic}`"
            )
            return False

        def row_topic() -> str:
            if not fallback_topic:
                fallback_topic.append(topic or _default_topic(sorted(known_topics)))
            return fallback_topic[0]

        def write_pending() -> None:
            if not pending:
                return
            existing = eventstore.stored_bodies(conn, [p.record["event_id"] for p in pending])
            stored_twins = eventstore.active_duplicates(
                conn, [p.record for p in pending if p.content_check]
            )
            in_batch: dict[str, dict[str, Any]] = dry_ids if dry_run else {}
            for item in pending:
                record = item.record
                event_id = record["event_id"]
                stored_body = existing.get(event_id)
                if stored_body is None and event_id in in_batch:
                    stored_body = canonical_json(in_batch[event_id])
                if stored_body is not None:
                    if _same_content(stored_body, record, item.ignore):
                        result.skipped += 1
                    else:
                        problem(
                            f"{item.location}: event_id {event_id} is already stored with other content"
                        )
                    continue
                if not keeps_topic(item):
                    continue
                if event_type(item.event.type).is_report and not allow_duplicate:
                    key = duplicate_key(record)
                    twin = stored_twins.get(key) or twins.get(key)
                    if twin is not None and item.content_check:
                        result.duplicates.append(
                            f"{item.location}: duplicate of active statement {twin[:8]} "
                            "(same topic, country, stance, date and source URL); skipped"
                        )
                        continue
                    twins.setdefault(key, event_id)
                if not item.stamped:
                    try:
                        appender.check_given_time(item.event.recorded_at)
                    except TrackerError as error:
                        problem(f"{item.location}: {error}")
                        continue
                if result.problems:
                    continue  # nothing is written after a problem; keep validating
                try:
                    appender.append(item.event, record, stamped=item.stamped)
                except TrackerError as error:
                    problem(f"{item.location}: {error}")
                    continue
                in_batch[event_id] = record
                result.added += 1
            pending.clear()
            if not dry_run and not result.problems:
                # What this batch wrote is in the database now, where the next batch's
                # duplicate and prefix lookups find it: memory stays flat however long
                # the file (a million-record import kept every key: 407 MB).
                appender.flush()
                twins.clear()
                seen_ids.clear()

        twins: dict[DuplicateKey, str] = {}
        for location, item in records:
            result.read += 1
            if progress is not None:
                progress(result.read)
            if isinstance(item, Exception):
                problem(f"{location}: {item}")
                continue
            given = set(item)
            raw = dict(item)
            kind = REGISTRY.get(str(raw.get("type", "statement")))
            try:
                if kind is not None and kind.is_report:
                    if not raw.get("topic"):
                        raw["topic"] = row_topic()
                    if source and not raw.get("sources"):
                        raw["sources"] = [dict(source)]
                elif kind is not None and kind.amend is not None:
                    name = str(kind.target_field)
                    raw[name] = _resolve_target(conn, raw.get(name), seen_ids)
            except TrackerError as error:
                problem(f"{location}: {error}")
                continue
            read_problems = getattr(item, "problems", None) or []
            for text in read_problems:
                problem(f"{location}: {text}")
            try:
                record = _stamped(raw, editor)
                event = event_from_dict(record)
            except ValidationError as error:
                # A field the reader already found wrong is reported once, not again as
                # missing: "country: expected a text", never also "country: Field required".
                reported = {text.split(":", 1)[0] for text in read_problems}
                for text in validation_problems(error):
                    if text.split(":", 1)[0].split(".", 1)[0] not in reported:
                        problem(f"{location}: {text}")
                continue
            except (ValueError, TrackerError) as error:
                problem(f"{location}: {error}")
                continue
            if read_problems:
                continue
            record = event_to_dict(event)
            kind = event_type(event.type)
            if kind.names_topic:
                try:
                    if check_topic(
                        record["topic"], known_topics, new_topic=new_topic or kind.declares_topic
                    ):
                        result.created_topics.append(record["topic"])
                        known_topics.add(record["topic"])
                except UnknownTopic as error:
                    problem(f"{location}: topic: {error}")
                    continue
            if kind.is_report:
                troubles, warnings = check_statement(record)
                for text in troubles:
                    problem(f"{location}: {text}")
                if troubles:
                    continue
                result.warnings.extend(f"{location}: {text}" for text in warnings)
            seen_ids.append(record["event_id"])
            # A record's own time is when some database learned the event; this one's
            # stays, so a stored event is the record whatever time the record gives.
            ignore = ("recorded_at",) if {"recorded_at", "recorded_by"} <= given else _RECORDING
            content_check = kind.is_report and "event_id" not in given and not allow_duplicate
            pending.append(
                _Pending(location, record, event, ignore, "recorded_at" not in given, content_check)
            )
            if len(pending) >= eventstore.Appender.BATCH:
                write_pending()
        write_pending()
        if result.problems:
            raise InvalidRecord(result.problems)
        touched = sorted(appender.touched)
        # The stored stances move only when the appender finishes (its projectors settle).
        before = _stances_of(conn, touched) if touched and not dry_run else {}
        appender.finish()
        result.restamped = appender.restamped
        if dry_run and touched:
            result.changes = _dry_run_changes(conn, touched, appender.views)
        elif touched:
            after = _stances_of(conn, touched)
            result.changes = [
                (topic, country, before.get((topic, country)), after.get((topic, country)))
                for topic, country in touched
                if before.get((topic, country)) != after.get((topic, country))
            ]
    if not dry_run:
        database.tidy_after_bulk_write(appender.appended, appender.seq)
    return result


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


# -- reading --------------------------------------------------------------------------


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


# -- maintenance ----------------------------------------------------------------------


def rebuild(database: Database) -> dict[str, int]:  # events, active_statements, head, reached
    """Rebuild the projection from the events (every projector reset, then the whole log
    applied as one batch, as an append applies its own); returns counts, the log's `head`
    and `reached`: the position the projection had before. Above `head`, the log was
    truncated and the rebuild has accepted the shorter log (the one path that does)."""
    with database.writing() as conn:
        before = projectors.rebuild(conn)
        counts = {**eventstore.short_counts(conn), "head": before.head, "reached": before.reached}
    database.tidy_after_bulk_write(before.head, before.head)
    return counts


@dataclass(frozen=True)
class Anchor:
    """A chain head saved earlier: position, hash and record time."""

    seq: int
    hash: str
    recorded_at: str

    def line(self) -> str:
        """The one-line form `tracker anchor` prints and `verify --anchor` reads."""
        return f"{self.seq} {self.hash} {self.recorded_at}"


@dataclass
class VerifyReport:
    """What `verify` checked."""

    events: int = 0
    stances: int = 0
    head: str = ""
    anchors: int = 0
    warnings: list[str] = field(default_factory=list)


def verify(database: Database, anchors: Iterable[tuple[str, Anchor]] = ()) -> VerifyReport:
    """Recompute the hash chain, check every stored column against the hashed body, and
    compare the stored projection with a fresh replay; then check saved chain heads.

    Runs in one read snapshot. Raises `VerificationFailed` naming the first bad event,
    or the events missing from a log shorter than its projection's position (checked
    before the projection is brought up to date, which would rebuild over the loss).
    """
    with database.reading() as conn:
        standing = projectors.status(conn)
    if standing.truncated:
        raise VerificationFailed(
            f"the log is truncated: {standing.missing} (the stored projection "
            f"had reached event {standing.reached}, the log ends at {standing.head}); "
            "restore what is missing from a backup, or run `tracker rebuild` to accept the shorter log"
        )
    projectors.ensure_current(database)
    report = VerifyReport()
    with database.reading() as conn, ExitStack() as streams:
        _verify_log_and_views(conn, report, streams)
        misordered = stored.misordered_statement(conn)
        if misordered:
            raise VerificationFailed(
                f"stored projection differs from a rebuild at statement {misordered} (its "
                "date order); run `tracker rebuild`"
            )
        report.stances = _verify_stances(conn, streams)
        standing = projectors.status(conn)
        if not standing.current:
            raise VerificationFailed(
                "the projections table does not match the log and this code ("
                + "; ".join(standing.stale)
                + "); run `tracker rebuild`"
            )
        for where, anchor in anchors:
            if anchor.seq == 0:  # saved on an empty log: the genesis is on every chain
                if anchor.hash != GENESIS_HASH:
                    raise VerificationFailed(f"{where}: seq 0 can only hold the genesis hash")
                report.anchors += 1
                continue
            on_chain = eventstore.head_at(conn, anchor.seq)
            if on_chain is None:
                raise VerificationFailed(
                    f"{where}: the chain has no event {anchor.seq} any more "
                    f"(it holds {report.events}): it was truncated"
                )
            stored_hash, stored_time = on_chain
            if stored_hash != anchor.hash:
                raise VerificationFailed(
                    f"{where}: event {anchor.seq} no longer has the saved hash "
                    f"{anchor.hash[:16]}…: the chain was rewritten"
                )
            if anchor.recorded_at not in ("", "-") and anchor.recorded_at != stored_time:
                raise VerificationFailed(
                    f"{where}: event {anchor.seq} was saved as recorded at "
                    f"{anchor.recorded_at}, the chain says {stored_time}: its time was changed"
                )
            report.anchors += 1
    return report


def _verify_log_and_views(conn: Any, report: VerifyReport, streams: ExitStack) -> None:
    """Walk the log once, in order: chain, seq and every stored column against the hashed
    body; replay each statement and compare its view with the stored one, merged by seq
    from a second stream. Only the views of amended statements (the log's targets, one
    index read) are held until the walk ends; every other view is compared as it comes,
    so memory stays bounded however long the log."""
    previous = GENESIS_HASH
    last_time: datetime | None = None
    amended = eventstore.amendment_targets(conn)
    held: dict[str, StatementView] = {}  # replayed views of amended statements
    held_stored: dict[str, tuple[StatementView, str | None]] = {}
    kept = streams.enter_context(closing(stored.iter_stored_views(conn)))  # closed on failure
    pending = next(kept, None)  # the next stored view, by seq

    def differs(event_id: str, detail: str = "") -> VerificationFailed:
        return VerificationFailed(
            f"stored projection differs from a rebuild at statement {event_id}{detail}; "
            "run `tracker rebuild`"
        )

    def compare(fresh: StatementView, found: tuple[StatementView, str | None]) -> None:
        view, key = found
        if fresh != view:  # `original`, the correction bookkeeping, is not compared
            raise differs(fresh.event_id)
        if key != duplicate_digest(view_duplicate_key(fresh)):
            raise differs(fresh.event_id, " (its duplicate key)")

    for row in eventstore.iter_event_rows(conn):
        where = f"event {row.event_id} (seq {row.seq})"
        if row.seq != report.events + 1:
            raise VerificationFailed(
                f"{where}: expected seq {report.events + 1}; events are missing"
            )
        if not isinstance(row.body, str):
            raise VerificationFailed(f"{where}: its stored body is not text")
        if chain_hash(previous, row.body) != row.hash:
            raise VerificationFailed(
                f"hash chain broken at {where}: its stored content or hash was altered"
            )
        try:
            record = json.loads(row.body)
            parsed = event_from_dict(record)
        except (ValueError, TypeError, ValidationError, TrackerError):
            raise VerificationFailed(f"{where} is not a valid event") from None
        mismatch = _column_mismatch(row, record, parsed, held)
        if mismatch:
            raise VerificationFailed(
                f"{where}: stored column {mismatch} disagrees with the hashed event"
            )
        if last_time is not None and row.recorded_at < last_time:
            report.warnings.append(
                f"{where}: recorded_at {record['recorded_at']} is before the previous "
                "event's (imported by an older tracker)"
            )
        last_time = row.recorded_at
        kind = event_type(parsed.type)
        if kind.creates_view:
            if pending is not None and pending[0].seq < row.seq:  # a view of no statement
                raise differs(pending[0].event_id)
            if pending is None or pending[0].seq != row.seq:
                raise differs(record["event_id"])
            fresh = view_from_statement(record, row.seq)
            if record["event_id"] in amended or not _same_view(fresh, pending):
                # Compared at the end (a view that differs now may yet be amended by an
                # event whose stored target was edited: that column is named first).
                held[fresh.event_id] = fresh
                held_stored[fresh.event_id] = pending
            pending = next(kept, None)
        elif kind.amend is not None:
            replay_one(held, row.seq, record)  # its target, if a statement, is held
        previous = row.hash
        report.events += 1
    if pending is not None:
        raise differs(pending[0].event_id)
    for event_id in sorted(held, key=lambda i: held[i].seq):
        compare(held[event_id], held_stored[event_id])
    report.head = previous


def _same_view(fresh: StatementView, found: tuple[StatementView, str | None]) -> bool:
    view, key = found
    return fresh == view and key == duplicate_digest(view_duplicate_key(fresh))


def _verify_stances(conn: Any, streams: ExitStack) -> int:
    """Compare the stored stances, key by key in order, with `fold_stance` of each key's
    stored views (held equal to the replay just before); how many there are."""
    groups = streams.enter_context(closing(stored.iter_fold_groups(conn)))
    kept_rows = streams.enter_context(closing(stored.iter_stored_stances(conn)))
    months: Counter[tuple[str, str, str]] = Counter()  # a few rows a key and month

    def counted(group: list[StatementView]) -> list[StatementView]:
        for view in group:
            months[(view.topic, view.country, date_key(view.date)[:7])] += 1
        return group

    rebuilt = (row for row in (fold_stance(counted(group)) for group in groups) if row)
    count = 0
    for fresh, kept in zip_longest(rebuilt, kept_rows):
        if fresh != kept:
            bad = f"{fresh.topic}/{fresh.country}" if fresh and kept else "row count"
            if fresh and kept and (fresh.topic, fresh.country) != (kept.topic, kept.country):
                first = min((fresh.topic, fresh.country), (kept.topic, kept.country))
                bad = "/".join(first)
            raise VerificationFailed(
                f"stored stances differ from a rebuild ({bad}); run `tracker rebuild`"
            )
        count += 1
    kept_months = streams.enter_context(closing(stored.iter_stored_months(conn)))
    for fresh_month, kept_month in zip_longest(sorted(months.items()), kept_months):
        if kept_month is None or fresh_month != (kept_month[:3], kept_month[3]):
            found = fresh_month[0] if fresh_month else kept_month[:3]
            raise VerificationFailed(
                f"stored month counts differ from a rebuild ({'/'.join(found)}); "
                "run `tracker rebuild`"
            )
    return count


def _column_mismatch(
    row: Any, record: dict[str, Any], event: Event, views: dict[str, StatementView]
) -> str | None:
    """The first stored column that the hashed body does not account for, or None."""
    if row.event_id != record.get("event_id"):
        return "event_id"
    if row.type != event.type:
        return "type"
    if row.recorded_at is None or format_instant(row.recorded_at) != record.get("recorded_at"):
        return "recorded_at"
    kind = event_type(event.type)
    target = kind.target_of(record)
    if row.target_id != target:
        return "target_id"
    if kind.amend is None:
        subject = (record["topic"], record.get("country"))
    else:
        view = views.get(str(target))
        subject = (view.topic, view.country) if view else (None, None)
    if (row.topic, row.country) != subject:
        return "topic" if row.topic != subject[0] else "country"
    # A statement chained without its view columns (all NULL) is projected from its body.
    written = kind.creates_view and row.stance is not None
    expected = eventstore.view_columns(record) if written else eventstore.NO_VIEW_COLUMNS
    for name, value in expected.items():
        if getattr(row, name) != value:
            return name
    return None


def anchor(database: Database) -> Anchor:
    """The current chain head as an anchor."""
    with database.reading() as conn:
        seq, head, moment = eventstore.chain_head_with_time(conn)
    return Anchor(seq, head, format_instant(moment) if moment else "-")


def parse_anchors(lines: Iterable[str], name: str) -> list[tuple[str, Anchor]]:
    """Anchors from a file of `tracker anchor` lines (blank and `#` lines ignored)."""
    found = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        parts = text.split()
        if (
            len(parts) < 2
            or not parts[0].isascii()
            or not parts[0].isdigit()
            or len(parts[1]) != 64
            or not all(c in "0123456789abcdef" for c in parts[1])
        ):
            raise InvalidValue(
                f"{name}:{number}: not an anchor line; expected `SEQ HASH [RECORDED_AT]` "
                "as `tracker anchor` prints"
            )
        found.append((f"{name}:{number}", Anchor(int(parts[0]), parts[1], " ".join(parts[2:]))))
    if not found:
        raise InvalidValue(f"{name}: no anchor lines in it (append `tracker anchor` output)")
    return found


@dataclass
class DatabaseInfo:
    """What `info` prints."""

    location: str
    backend: str
    schema_revision: str | None
    counts: dict[str, int]
    topics: list[str]
    chain_head: str
    last_recorded_at: str | None


def info(database: Database) -> DatabaseInfo:
    """Location (password masked), revision, counts, topics and chain head."""
    with database.reading() as conn:
        seq, head = eventstore.chain_head(conn)
        last = None
        if seq:
            last = eventstore.stored_event_at(conn, seq)
        return DatabaseInfo(
            location=database.display_url,
            backend=database.dialect,
            schema_revision=database.schema_revision(),
            counts=eventstore.counts(conn),
            topics=eventstore.topics(conn),
            chain_head=head,
            last_recorded_at=last,
        )
