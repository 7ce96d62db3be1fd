"""Upkeep of a database: `verify` (chain, stored columns, projection against a replay,
saved anchors), `rebuild`, `anchor` and `info`."""

import json
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from pydantic import ValidationError

from tracker.domain.dates import date_key, format_instant
from tracker.domain.duplicates import duplicate_digest, duplicate_key, view_duplicate_key
from tracker.domain.events import (
    GENESIS_HASH,
    chain_hash,
    event_from_dict,
    is_stored_statement,
)
from tracker.domain.projection import ACTIVE, StanceRow, StatementView, view_from_statement
from tracker.domain.registry import event_type
from tracker.domain.replay import replay_one
from tracker.errors import InvalidValue, TrackerError, VerificationFailed
from tracker.store import eventstore, projectors
from tracker.store import projection as stored
from tracker.store.database import Database
from tracker.store.raw import Raw, json_loads, stored_instant


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


_STATEMENT = event_type("statement")
# The columns of an event row and a view row, by name (as the driver returns them).
_E = eventstore.EVENT_FIELDS
_E_SEQ, _E_ID, _E_TYPE, _E_TOPIC, _E_COUNTRY = (
    _E[n] for n in ("seq", "event_id", "type", "topic", "country")
)
_E_TARGET, _E_AT, _E_BODY, _E_HASH = (_E[n] for n in ("target_id", "recorded_at", "body", "hash"))
_E_STANCE, _E_DATE, _E_DEPLOYMENT, _E_KEY = (
    _E[n] for n in ("stance", "date", "deployment", "duplicate_key")
)
_E_JSON = tuple(_E[n] for n in ("contributions", "troops", "conditions"))
_E_CONTRIBUTIONS, _E_TROOPS, _E_CONDITIONS = _E_JSON
_V = stored.VIEW_FIELDS
_V_SEQ, _V_ID, _V_TOPIC, _V_COUNTRY = (_V[n] for n in ("seq", "event_id", "topic", "country"))
_V_STANCE, _V_DATE, _V_DATE_KEY, _V_STATUS = (
    _V[n] for n in ("stance", "date", "date_key", "status")
)
_V_DETAIL, _V_DEPLOYMENT, _V_KEY = (_V[n] for n in ("detail", "deployment", "duplicate_key"))
_V_CONTRIBUTIONS, _V_TROOPS, _V_CONDITIONS = (
    _V[n] for n in ("contributions", "troops", "conditions")
)
_EMPTY_DETAIL: tuple[Any, ...] = (
    "{}",
    {},
)  # a fresh view's detail, as SQLite's text or psycopg's value


def _verify_log_and_views(conn: Any, report: VerifyReport, streams: ExitStack) -> None:
    """Walk the log once, in order: chain, seq and every stored column against the hashed
    body; replay each statement and compare its view with the stored one, merged by seq
    from a second stream (and each stored view's date order). Only the views of amended
    statements (the log's targets, one index read) are held until the walk ends; every
    other view is compared as it comes, so memory stays bounded however long the log.
    Each body is parsed once: a stored fresh view's detail is taken from the walk's
    record of its event.

    The common case costs least: a statement body in its stored form
    (`is_stored_statement`, which the models would accept and give back unchanged) is
    not put through them, and its stored columns and fresh view are compared with its
    record as the driver returns them (SQLite's JSON text: a view column the projection
    copied from its event's column is that column's text); anything that differs there
    is compared again the general way, which names the column or the statement."""
    previous = GENESIS_HASH
    last_time = ""  # the previous event's canonical record time (they sort as times)
    amended = eventstore.amendment_targets(conn)
    held: dict[str, StatementView] = {}  # replayed views of amended statements
    held_stored: dict[str, tuple[StatementView, str | None]] = {}
    misordered: str | None = None  # the first view whose date_key is not its date's
    decoded = Raw(conn).decoded
    kept = streams.enter_context(closing(stored.iter_stored_view_values(conn)))  # closed on failure
    pending = next(kept, None)  # the next stored view row, by seq

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

    for values in eventstore.iter_event_values(conn):
        seq = values[_E_SEQ]
        if seq != report.events + 1:
            raise VerificationFailed(
                f"{_where(values)}: expected seq {report.events + 1}; events are missing"
            )
        body = values[_E_BODY]
        if not isinstance(body, str):
            raise VerificationFailed(f"{_where(values)}: its stored body is not text")
        if chain_hash(previous, body) != values[_E_HASH]:
            raise VerificationFailed(
                f"hash chain broken at {_where(values)}: its stored content or hash was altered"
            )
        try:
            record = _parsed_body(body)
            stored_form = is_stored_statement(record)
            kind = _STATEMENT if stored_form else event_type(event_from_dict(record).type)
        except (ValueError, TypeError, ValidationError, TrackerError):
            raise VerificationFailed(f"{_where(values)} is not a valid event") from None
        # A fresh view's duplicate key is its record's: hashed once, for both columns.
        digest = duplicate_digest(duplicate_key(record)) if kind.creates_view else None
        if not (stored_form and _statement_columns_agree(decoded, values, record, digest)):
            row = eventstore.event_row(conn, values)
            mismatch = _column_mismatch(row, record, kind.name, held, digest)
            if mismatch:
                raise VerificationFailed(
                    f"{_where(values)}: stored column {mismatch} disagrees with the hashed event"
                )
        moment = record["recorded_at"]  # the stored column's, canonical (checked above)
        if moment < last_time:
            report.warnings.append(
                f"{_where(values)}: recorded_at {moment} is before the previous "
                "event's (imported by an older tracker)"
            )
        last_time = moment
        if kind.creates_view:
            if pending is not None and pending[_V_SEQ] < seq:  # a view of no statement
                raise differs(pending[_V_ID])
            if pending is None or pending[_V_SEQ] != seq:
                raise differs(record["event_id"])
            if misordered is None and pending[_V_DATE_KEY] != date_key(pending[_V_DATE]):
                misordered = pending[_V_ID]
            event_id = record["event_id"]
            if (
                event_id in amended
                or not stored_form
                or not _fresh_view_agrees(pending, values, record, digest)
            ):
                fresh = view_from_statement(record, seq)
                row_found = stored.stored_view_row(conn, pending)
                found = (stored.view_with_record(row_found, record), row_found["duplicate_key"])
                if event_id in amended or found[0] != fresh or found[1] != digest:
                    # Compared at the end (a view that differs now may yet be amended by
                    # an event whose stored target was edited: that column is named first).
                    held[fresh.event_id] = fresh
                    held_stored[fresh.event_id] = found
            pending = next(kept, None)
        elif kind.amend is not None:
            replay_one(held, seq, record)  # its target, if a statement, is held
        previous = values[_E_HASH]
        report.events += 1
    if pending is not None:
        raise differs(pending[_V_ID])
    for event_id in sorted(held, key=lambda i: held[i].seq):
        compare(held[event_id], held_stored[event_id])
    if misordered is not None:
        raise VerificationFailed(
            f"stored projection differs from a rebuild at statement {misordered} (its "
            "date order); run `tracker rebuild`"
        )
    report.head = previous


def _where(values: Any) -> str:
    return f"event {values[_E_ID]} (seq {values[_E_SEQ]})"


def _statement_columns_agree(
    decoded: Callable[[Any], Any], values: Any, record: dict[str, Any], digest: str | None
) -> bool:
    """Whether a statement's stored columns, as the driver returns them, are those of
    its record in the stored form: True only where `_column_mismatch` finds nothing
    (False: let it look)."""
    if (
        values[_E_ID] != record["event_id"]
        or values[_E_TYPE] != "statement"
        or values[_E_TARGET] is not None
        or values[_E_TOPIC] != record["topic"]
        or values[_E_COUNTRY] != record["country"]
        or values[_E_STANCE] != record["stance"]  # NULL (no view columns): the long way
        or values[_E_DATE] != record["date"]
        or values[_E_DEPLOYMENT] != record.get("deployment")
        or values[_E_KEY] != digest
    ):
        return False
    moment, text = values[_E_AT], record["recorded_at"]
    if type(moment) is str:  # SQLite's text of the UTC instant
        if moment != f"{text[:10]} {text[11:26]}":
            return False
    elif moment is None or format_instant(stored_instant(moment)) != text:
        return False
    try:
        return bool(
            decoded(values[_E_CONTRIBUTIONS]) == record["contributions"]
            and decoded(values[_E_TROOPS]) == record["troops"]
            and decoded(values[_E_CONDITIONS]) == record["conditions"]
        )
    except ValueError:
        return False


def _fresh_view_agrees(view: Any, values: Any, record: dict[str, Any], digest: str | None) -> bool:
    """Whether a stored view row (as the driver returns it) is the fresh view of its
    statement, whose stored columns (`values`) agree with its record in the stored form:
    True only where `view_with_record` would give `view_from_statement`'s view and the
    record's duplicate key (False: let them tell). Its detail is empty (the record's),
    and its JSON columns are its event's, which the projection copies."""
    return (
        view[_V_ID] == record["event_id"]
        and view[_V_TOPIC] == record["topic"]
        and view[_V_COUNTRY] == record["country"]
        and view[_V_STANCE] == record["stance"]
        and view[_V_DATE] == record["date"]
        and view[_V_STATUS] == ACTIVE
        and view[_V_DEPLOYMENT] == record.get("deployment")
        and view[_V_KEY] == digest
        and view[_V_DETAIL] in _EMPTY_DETAIL
        and values[_E_STANCE] is not None  # the event's JSON columns are the record's
        and view[_V_CONTRIBUTIONS] == values[_E_CONTRIBUTIONS]
        and view[_V_TROOPS] == values[_E_TROOPS]
        and view[_V_CONDITIONS] == values[_E_CONDITIONS]
    )


def _parsed_body(body: str) -> Any:
    """A stored body parsed: by orjson (the same values, ~2x faster), or by the json
    module for what orjson refuses and json reads (integers beyond 64 bits, lone
    surrogates), so that a body's validity does not depend on the parser."""
    try:
        return json_loads(body)
    except ValueError:
        return json.loads(body)


def _verify_stances(conn: Any, streams: ExitStack) -> int:
    """Compare the stored stances, key by key in order, with each key's active views
    (held equal to the replay just before) folded again (`stored.iter_refolded`), and
    the stored month counts with a count of those views; how many stances there are."""
    refolded = streams.enter_context(closing(stored.iter_refolded(conn)))
    kept_rows = streams.enter_context(closing(stored.iter_stored_stances(conn)))
    months: Counter[tuple[str, str, str]] = Counter()  # a few rows a key and month

    def counted(by_month: dict[str, int], row: StanceRow) -> StanceRow:
        for month, number in by_month.items():
            months[(row.topic, row.country, month)] += number
        return row

    rebuilt = (counted(by_month, row) for by_month, row in refolded)
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
    row: Any,
    record: dict[str, Any],
    type_name: str,
    views: dict[str, StatementView],
    digest: str | None,
) -> str | None:
    """The first stored column that the hashed body does not account for, or None."""
    if row.event_id != record.get("event_id"):
        return "event_id"
    if row.type != type_name:
        return "type"
    if row.recorded_at is None or format_instant(row.recorded_at) != record.get("recorded_at"):
        return "recorded_at"
    kind = event_type(type_name)
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
    expected = (
        {**{name: record.get(name) for name in eventstore.VIEW_COLUMNS}, "duplicate_key": digest}
        if written
        else eventstore.NO_VIEW_COLUMNS
    )
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
