"""Recording by hand: statements, corrections, retractions, citations, topics and a
withdrawn report, each validated and appended in one write transaction."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from tracker.domain.events import Event, Stamp, event_to_dict, stored_statement
from tracker.domain.plausibility import check_statement
from tracker.domain.projection import StatementView, apply_correction
from tracker.domain.topics import definition_of
from tracker.errors import Conflict, InvalidValue
from tracker.service.topic_lookup import admit_topic, require_known_topic
from tracker.service.validation import stamped, validated
from tracker.store import eventstore
from tracker.store import projection as stored
from tracker.store.database import Database


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
    record = stamped(
        {"type": "topic", "topic": topic, "title": title, "pledges": list(pledges)}, editor
    )
    event = validated(record)
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
        require_known_topic(conn, topic)
        current = eventstore.topic_definition(conn, topic)
        record = stamped(
            {
                "type": "topic",
                "topic": topic,
                "title": current.title if title is None else title,
                "pledges": [*(() if clear_pledges else current.pledges), *pledges],
            },
            editor,
        )
        event = validated(record)
        record = event_to_dict(event)
        if definition_of(record) == current:
            raise Conflict(f"topic {topic!r} has {current.describe()} already: nothing to change")
        _append(conn, event, record)
    return record


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
    record = stamped({"type": "statement", **fields}, editor)
    # As an import makes it: without the models when its values need only their readers
    # (`stored_statement`, held equal to the models by a property test), else by them.
    made = stored_statement(record)
    event: Event | Stamp
    if made is not None:
        record, event = made
    else:
        event = validated(record)
        record = event_to_dict(event)
    problems, warnings = check_statement(record)
    if problems:
        raise InvalidValue("; ".join(problems))
    with database.writing() as conn:
        # Its checks' reads and the append's own, sent together (one round trip on
        # PostgreSQL); the list of topics only when the topic is not known.
        ahead = eventstore.read_ahead(conn, record, duplicates=not allow_duplicate)
        if not ahead.topic_known:
            admit_topic(conn, record["topic"], new_topic=new_topic)
        if ahead.twin is not None:
            raise Conflict(
                f"a duplicate of active statement {ahead.twin[:8]} (same topic, country, "
                "stance, date and source URL); pass --allow-duplicate to record it anyway"
            )
        _append(conn, event, record, ahead, commit=True)
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
        record = stamped(
            {"type": "correction", "corrects": full_id, "changes": changes, "reason": reason},
            editor,
        )
        # Validated first: the plausibility rule reads dates, which must be real ones.
        event = validated(record)
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
    record = stamped({"type": "retraction", "retracts": full_id, "reason": reason}, editor)
    return _append_one(database, validated(record))


def _check_plausible(view: StatementView) -> None:
    """Refuse a statement that a correction or a citation would date after its report."""
    record = {"date": view.date, "approximate": view.approximate, "sources": list(view.sources)}
    problems, _warnings = check_statement(record)
    if problems:
        raise InvalidValue("; ".join(problems))


def record_citation(
    database: Database, target: str, source: dict[str, Any], editor: str | None = None
) -> dict[str, Any]:
    """Append a citation: one more report of the statement `target` (id or prefix).

    Changes no stance. A report the statement already lists (same URL) is refused."""
    with database.writing() as conn:
        full_id = eventstore.resolve_event_id(conn, target)
        view = eventstore.check_target(conn, full_id, "citation")
        record = stamped(
            {
                "type": "citation",
                "cites": full_id,
                "source": {k: v for k, v in source.items() if v},
            },
            editor,
        )
        # Validated first: the plausibility rule reads dates, which must be real ones.
        event = validated(record)
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
            record = stamped(fields, editor)
            event = validated(record)
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


def _append(
    conn: Any,
    event: Event | Stamp,
    record: dict[str, Any],
    ahead: eventstore.StatementAhead | None = None,
    *,
    commit: bool = False,
) -> None:
    """Append one validated event in the caller's write transaction (`record` is
    updated to what was stored); `ahead`: what `eventstore.read_ahead` read for it;
    `commit`: the append is the transaction's last statement (`Appender.finish`)."""
    appender = eventstore.Appender(conn, ahead=ahead)
    appender.append(event, record, digest=ahead.digest if ahead is not None else None)
    appender.finish(commit=commit)
