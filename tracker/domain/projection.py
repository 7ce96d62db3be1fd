"""The projection of SPEC §3, written once as pure functions.

A statement's view and what each amendment does to it (`apply_correction`,
`apply_retraction`, `apply_citation`: the rules the registry names); `fold_stance`
folds the active statements of one (topic, country) into its current stance, and
`advance_stance` is the same rule for one more statement given only the current row.
`tracker.domain.replay` applies events to views in recording order, by the registry
(this module imports neither, so that registry and projection form no cycle). `--as-of`, `--known-at`, `diff`, the report
and `verify` use them directly; the stored projection's projectors
(`tracker.store.projectors`) fold stances with `fold_stance` and `advance_stance` too and
project statements in SQL, and property tests hold the stored and pure results equal.
"""

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tracker.domain.dates import date_key

ACTIVE = "active"
CORRECTED = "corrected"
RETRACTED = "retracted"


@dataclass(frozen=True, slots=True)
class StatementView:
    """A statement as the projection sees it: corrections applied, status known."""

    event_id: str
    seq: int
    topic: str
    country: str
    stance: str
    date: str
    approximate: bool = False
    contributions: tuple[str, ...] = ()
    troops: Mapping[str, Any] | None = None
    conditions: tuple[str, ...] = ()
    speaker: str | None = None
    sources: tuple[Mapping[str, Any], ...] = ()
    note: str | None = None
    deployment: str | None = None
    recorded_at: str = ""
    recorded_by: str = ""
    status: str = ACTIVE
    corrections: tuple[str, ...] = ()
    retraction: str | None = None
    original: Mapping[str, Any] | None = field(default=None, compare=False)

    @property
    def sort_key(self) -> tuple[str, int]:
        """Statements order by date (a partial date stands for its first day), then record."""
        return (date_key(self.date), self.seq)

    @property
    def is_active(self) -> bool:
        return self.status != RETRACTED


@dataclass(frozen=True, slots=True)
class StanceRow:
    """One row of the projection: a country's current stance on a topic."""

    topic: str
    country: str
    stance: str
    since: str
    last_statement: str
    disputed: bool
    contributions: tuple[str, ...]
    troops: Mapping[str, Any] | None
    conditions: tuple[str, ...]
    event_id: str
    statements: int
    deployment: str | None = None  # the latest statement's


def view_from_statement(record: Mapping[str, Any], seq: int) -> StatementView:
    """A fresh (uncorrected, active) view of a statement record."""
    return StatementView(
        event_id=record["event_id"],
        seq=seq,
        topic=record["topic"],
        country=record["country"],
        stance=record["stance"],
        date=record["date"],
        approximate=bool(record.get("approximate", False)),
        contributions=tuple(record.get("contributions") or ()),
        troops=record.get("troops"),
        conditions=tuple(record.get("conditions") or ()),
        speaker=record.get("speaker"),
        sources=tuple(record.get("sources") or ()),
        note=record.get("note"),
        deployment=record.get("deployment"),
        recorded_at=record.get("recorded_at", ""),
        recorded_by=record.get("recorded_by", ""),
    )


_TUPLE_FIELDS = ("contributions", "conditions", "sources")


def apply_correction(view: StatementView, correction: Mapping[str, Any]) -> StatementView:
    """The view with a correction's changes applied; the first original is kept."""
    changes = dict(correction["changes"])
    original = view.original
    if original is None:
        original = {name: _plain(getattr(view, name)) for name in changes}
    else:
        original = {
            **{n: _plain(getattr(view, n)) for n in changes if n not in original},
            **original,
        }
    for name in _TUPLE_FIELDS:
        if name in changes:
            changes[name] = tuple(changes[name] or ())
    return replace(
        view,
        **changes,
        status=CORRECTED if view.status != RETRACTED else RETRACTED,
        corrections=(*view.corrections, correction["event_id"]),
        original=original,
    )


def apply_retraction(view: StatementView, retraction: Mapping[str, Any]) -> StatementView:
    """The view marked retracted by `retraction`."""
    return replace(view, status=RETRACTED, retraction=retraction["event_id"])


def apply_citation(view: StatementView, citation: Mapping[str, Any]) -> StatementView:
    """The view with one more source (a corroborating report); nothing else changes."""
    return replace(view, sources=(*view.sources, dict(citation["source"])))


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def fold_stance(statements: Iterable[StatementView]) -> StanceRow | None:
    """The stance of one (topic, country) from its statements; None when none is active."""
    active = sorted((s for s in statements if s.is_active), key=lambda s: s.sort_key)
    if not active:
        return None
    since, disputed = fold_run([(s.date, s.stance) for s in active])
    return _stance_of(active[-1], since=since, disputed=disputed, statements=len(active))


def fold_run(dated: Sequence[tuple[str, str]]) -> tuple[str, bool]:
    """The rule of `fold_stance` on (date, stance) pairs of the active statements of one
    key in (date_key, seq) order, the last being the latest: `since` is the first date of
    the latest run of its stance, `disputed` whether another stance shares its date.
    The stored projection folds rows streamed in that order with it."""
    latest_date, latest_stance = dated[-1]
    since = latest_date
    for date, stance in reversed(dated[:-1]):
        if stance != latest_stance:
            break
        since = date
    disputed = any(date == latest_date and stance != latest_stance for date, stance in dated)
    return since, disputed


def fold_run_backwards(dated_backwards: Iterable[tuple[str, str]]) -> tuple[str, bool]:
    """`fold_run` read from the latest statement backwards, stopping as soon as both are
    known: `since` at the first change of stance, `disputed` once the dates fall before
    the latest day. A key's stance then costs its latest run, not its history (the
    stored projection reads its index backwards with it). `dated_backwards` must not be
    empty."""
    pairs = iter(dated_backwards)
    latest_date, latest_stance = next(pairs)
    latest_key = date_key(latest_date)
    since, disputed, in_run = latest_date, False, True
    for day, stance in pairs:
        if in_run:
            if stance == latest_stance:
                since = day
            else:
                in_run = False
        if day == latest_date and stance != latest_stance:
            disputed = True
        if not in_run and date_key(day) < latest_key:
            break
    return since, disputed


def advance_stance(current: StanceRow | None, new: StatementView) -> StanceRow | None:
    """`fold_stance` after one more active statement, from the current row alone.

    `new` must be the last recorded statement of its (topic, country), so unless it is
    backdated it becomes the latest. Returns None when the row alone cannot tell: `new`
    is dated before the latest statement, or on its day under another spelling of a
    partial date (`2025-09` and `2025-09-01`); the caller then folds all statements.
    """
    if current is None:
        return _stance_of(new, since=new.date, disputed=False, statements=1)
    last = current.last_statement
    if date_key(new.date) < date_key(last):
        return None
    if date_key(new.date) == date_key(last) and new.date != last:
        return None
    same = current.stance == new.stance
    disputed = (current.disputed if same else True) if new.date == last else False
    return _stance_of(
        new,
        since=current.since if same else new.date,
        disputed=disputed,
        statements=current.statements + 1,
    )


TailRow = tuple[str, str, int, str]  # (date, stance, seq, date_key) of an active statement


def fold_page(rows: Sequence[Sequence[Any]], *, complete: bool) -> tuple[str, bool] | None:
    """`fold_run_backwards` over rows whose first two values are (date, stance), latest
    first: a key's statements (`complete`), or a page of its latest. None when the fold
    read every row of a page, so that the run may go on before it."""
    read = 0

    def pairs() -> Iterator[tuple[str, str]]:
        nonlocal read
        for row in rows:
            read += 1
            yield row[0], row[1]

    folded = fold_run_backwards(pairs())
    return None if not complete and read == len(rows) else folded


def advance_stance_over(
    current: StanceRow, new: StatementView, tail: Sequence[TailRow], *, complete: bool
) -> StanceRow | None:
    """`fold_stance` after one more active statement `new` (the last recorded of its key)
    that `advance_stance` cannot place from the row alone (backdated, or another spelling
    of the latest day), from `tail`: the key's latest active statements, latest first
    (`new` among them or not). `complete`: `tail` is every active statement of the key;
    else it is a page of the latest, and None is returned when the fold reads to its end
    (the run may go on before it). The latest statement and its columns are `current`'s,
    unless `new` sorts after it (a partial date's other spelling of its day)."""
    rows = [row for row in tail if row[2] != new.seq]
    mine: TailRow = (new.date, new.stance, new.seq, date_key(new.date))
    if complete or (rows and (mine[3], mine[2]) > (rows[-1][3], rows[-1][2])):
        rows.append(mine)  # within what was read: in its place (else older than it all)
    rows.sort(key=lambda row: (row[3], row[2]), reverse=True)
    if not rows or (
        rows[0][2] != new.seq and rows[0][:2] != (current.last_statement, current.stance)
    ):
        return None  # the stored row is not the latest statement's: fold the key
    folded = fold_page(rows, complete=complete)
    if folded is None:
        return None
    since, disputed = folded
    count = current.statements + 1
    if rows[0][2] == new.seq:
        return _stance_of(new, since=since, disputed=disputed, statements=count)
    return replace(current, since=since, disputed=disputed, statements=count)


def _stance_of(latest: StatementView, *, since: str, disputed: bool, statements: int) -> StanceRow:
    return StanceRow(
        topic=latest.topic,
        country=latest.country,
        stance=latest.stance,
        since=since,
        last_statement=latest.date,
        disputed=disputed,
        contributions=latest.contributions,
        troops=latest.troops,
        conditions=latest.conditions,
        event_id=latest.event_id,
        statements=statements,
        deployment=latest.deployment,
    )


def group_by_key(
    statements: Iterable[StatementView],
) -> dict[tuple[str, str], list[StatementView]]:
    """Statements grouped by (topic, country)."""
    groups: dict[tuple[str, str], list[StatementView]] = {}
    for statement in statements:
        groups.setdefault((statement.topic, statement.country), []).append(statement)
    return groups


def project(statements: Iterable[StatementView], *, as_of: str | None = None) -> list[StanceRow]:
    """Every (topic, country) stance, sorted by topic then country.

    `as_of` (an ISO day) keeps only statements whose date is on or before it.
    """
    if as_of is not None:
        statements = (s for s in statements if date_key(s.date) <= as_of)
    rows = []
    for _key, group in sorted(group_by_key(statements).items()):
        row = fold_stance(group)
        if row is not None:
            rows.append(row)
    return rows


def timeline_order(statements: Sequence[StatementView]) -> list[StatementView]:
    """Statements in date order, recording order breaking ties."""
    return sorted(statements, key=lambda s: s.sort_key)


@dataclass(frozen=True, slots=True)
class StanceChange:
    """A (topic, country) whose stance differs between two dates, and the deciding events."""

    topic: str
    country: str
    from_stance: str | None
    to_stance: str | None
    from_event: str | None
    to_event: str | None
    # The move's date (the `since` of the stance on `end`) and the deciding statement
    # (`to_event`) as the diff saw it; None where the country holds no stance on `end`.
    since: str | None = None
    deciding: StatementView | None = None


def stance_changes(statements: Sequence[StatementView], start: str, end: str) -> list[StanceChange]:
    """Every (topic, country) whose stance as of `start` differs from that as of `end`,
    with the date of the move (`deciding` is the caller's to fill)."""
    return changes_between(project(statements, as_of=start), project(statements, as_of=end))


def changes_between(
    start_rows: Iterable[StanceRow], end_rows: Iterable[StanceRow]
) -> list[StanceChange]:
    """Every (topic, country) whose stance in `start_rows` differs from `end_rows` (the
    projection as of two days, however it was read), with the date of the move."""
    before = {(r.topic, r.country): r for r in start_rows}
    after = {(r.topic, r.country): r for r in end_rows}
    moved = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if (old.stance if old else None) != (new.stance if new else None):
            moved.append((key, old, new))
    return [
        StanceChange(
            topic=key[0],
            country=key[1],
            from_stance=old.stance if old else None,
            to_stance=new.stance if new else None,
            from_event=old.event_id if old else None,
            to_event=new.event_id if new else None,
            since=new.since if new else None,
        )
        for key, old, new in moved
    ]


@dataclass(frozen=True, slots=True)
class StanceStep:
    """One move of a (topic, country): the stance it held before `date`, and after."""

    topic: str
    country: str
    date: str
    from_stance: str | None
    to_stance: str
    event_id: str
    disputed: bool


def stance_history(statements: Iterable[StatementView]) -> list[StanceStep]:
    """Every change of stance of each (topic, country), by (topic, country) then date.

    The stance held on a day is `fold_stance` of the active statements dated up to it, the
    rule of `project(as_of=day)`; a step is recorded on each statement day where it differs
    from the stance held before. A country's first stance is a step from None; `date` and
    `event_id` are those of the deciding (latest) statement on that day.
    """
    steps: list[StanceStep] = []
    for _key, group in sorted(group_by_key(statements).items()):
        active = sorted((s for s in group if s.is_active), key=lambda s: s.sort_key)
        held: str | None = None
        row: StanceRow | None = None
        for end, statement in enumerate(active, start=1):
            # In date order each statement is the latest so far: advance the row, and
            # fold the prefix only where `advance_stance` cannot tell alone.
            row = advance_stance(row, statement) or fold_stance(active[:end])
            assert row is not None  # `active[:end]` is never empty
            # Only the last statement of each day decides that day's stance.
            if end < len(active) and date_key(active[end].date) == date_key(statement.date):
                continue
            if row.stance != held:
                steps.append(
                    StanceStep(
                        topic=row.topic,
                        country=row.country,
                        date=row.last_statement,
                        from_stance=held,
                        to_stance=row.stance,
                        event_id=row.event_id,
                        disputed=row.disputed,
                    )
                )
            held = row.stance
    return steps


def stance_matrix(
    statements: Iterable[StatementView], dates: Iterable[str], value: str = "stance"
) -> dict[tuple[str, str], dict[str, Any]]:
    """For each (topic, country), the field `value` of its stance row as of each of
    `dates` (ISO days, partial ones standing for their first day) on which it held one:
    `project(as_of=day)` for every day, in one sweep. Each key's active statements are
    sorted once and the dates swept forward with `advance_stance` (folding a prefix only
    where it cannot tell): O(statements + keys x dates), not dates x statements."""
    swept = sorted((date_key(text), len(text), text) for text in set(dates))
    cells: dict[tuple[str, str], dict[str, Any]] = {}
    for key, group in sorted(group_by_key(statements).items()):
        active = sorted((s for s in group if s.is_active), key=lambda s: s.sort_key)
        keys = [date_key(s.date) for s in active]
        row: StanceRow | None = None
        held: Any = None
        taken = 0
        line: dict[str, Any] = {}
        for cut, _length, day in swept:
            if taken < len(active) and keys[taken] <= cut:
                while taken < len(active) and keys[taken] <= cut:
                    taken += 1
                    row = advance_stance(row, active[taken - 1]) or fold_stance(active[:taken])
                held = getattr(row, value)
            if row is not None:
                line[day] = held
        if active:
            cells[key] = line
    return cells
