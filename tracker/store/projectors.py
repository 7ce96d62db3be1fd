"""Projectors: the read models kept from the log, each with `reset`, `apply` and a VERSION.

A projector turns a `Batch` of stored events (a seq range of the log) into rows of its
tables. Appending and rebuilding run the same `apply`: the appender hands over each batch
it has just inserted, with the amendments and touched keys it already holds in memory;
a rebuild or a catch-up hands over a range of the stored log, whose amendments `apply`
reads back itself. `settle` ends a transaction's batches (the stance fold runs once per
transaction, not once per batch).

The `projections` table keeps each projector's VERSION and position (the last seq it
has applied). `ensure_current` compares them with the code and the chain head before a
command reads: when a projector's VERSION differs from the code's or its position from the
chain head (events stored behind its back), the projection is rebuilt first, with a
progress line; a stale projection is never read. A rebuild rather than a catch-up from
the position: what wrote events without the projectors may have left the projection in
any state.

A position is also a witness: the log held at least that many events. A log that ends
before a position already reached has lost events (deleted behind the tracker's back),
and rebuilding over it would make the loss invisible. No read or write does: they
refuse (`LogTruncated`), `verify` names the missing range, and only an explicit
`tracker rebuild`, run once someone has looked, accepts the shorter log.
"""

import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from sqlalchemy import Connection, delete, insert
from sqlalchemy.exc import DBAPIError

from tracker.domain.projection import StatementView
from tracker.domain.registry import AMENDMENT_TYPES
from tracker.errors import DatabaseError, LogTruncated
from tracker.store import projection, schema
from tracker.store.raw import Raw, json_loads, sql_names
from tracker.store.schema import projections

Key = tuple[str, str]


@dataclass
class Batch:
    """Events `first..last` of the log, already stored.

    `amendments`: the batch's amendment records in recording order, when the caller holds
    them (an append); None reads them from the log. `touched`: the (topic, country) keys
    the batch may change; None for every key (a rebuild). `statements`: False when the
    range holds no statement (a correction alone), which saves a query. `lone`: the view
    of the batch's only event when it is a statement (an editor's `add`); `ahead`, its
    key's stance and latest run as read before it was stored, when the caller read them.
    """

    first: int
    last: int
    amendments: Sequence[Mapping[str, Any]] | None = None
    touched: set[Key] | None = None
    statements: bool = True
    lone: StatementView | None = None
    ahead: projection.KeyAhead | None = None

    def amendment_records(self, conn: Connection) -> Iterable[Mapping[str, Any]]:
        if self.amendments is not None:
            return self.amendments
        rows = Raw(conn).stream(
            f"SELECT body FROM events WHERE type IN ({sql_names(AMENDMENT_TYPES)})"
            " AND seq BETWEEN :first AND :last ORDER BY seq",
            {"first": self.first, "last": self.last},
            size=5_000,
        )
        return (json_loads(body) for (body,) in rows)


class Projector(Protocol):
    """A read model kept from the log."""

    NAME: ClassVar[str]
    VERSION: ClassVar[int]

    def reset(self, conn: Connection) -> None:
        """Empty the projector's tables."""

    def apply(self, conn: Connection, batch: Batch) -> None:
        """Project the events of `batch` (after every earlier batch)."""

    def settle(self, conn: Connection) -> None:
        """Finish the transaction's batches."""


class StatementViews:
    """`statements`: one view per statement, corrections, citations and retraction applied."""

    NAME: ClassVar[str] = "statements"
    # 2: a fresh view's detail is `{}`, read from its event body (1 copied the body);
    # 3: the table is keyed by seq, the view columns copied from `events` (revision 0005)
    # 4: each view holds its duplicate key (revision 0006)
    VERSION: ClassVar[int] = 4

    def reset(self, conn: Connection) -> None:
        Raw(conn).empty(schema.statements.name)

    def apply(self, conn: Connection, batch: Batch) -> None:
        if batch.statements:
            # An append hands over its amendments; a batch read from the log does not.
            from_log = batch.amendments is None
            projection.project_statements(conn, batch.first, batch.last, from_log=from_log)
        projection.apply_amendments(conn, batch.amendment_records(conn))

    def settle(self, conn: Connection) -> None:
        return None


class Stances:
    """`stances`: each (topic, country)'s current stance, folded by `fold_stance`.

    `apply` collects the touched keys; `settle` folds them once per transaction, after
    `StatementMonths` has settled, whose counts it sums for each key's. A lone
    new statement (an editor's `add`) advances its stance from the stored row in
    constant time where `advance_stance` can tell.
    """

    NAME: ClassVar[str] = "stances"
    VERSION: ClassVar[int] = 1

    def __init__(self) -> None:
        self._keys: set[Key] | None = set()  # None: every key
        self._lone: StatementView | None = None  # a transaction's only event, a statement
        self._ahead: projection.KeyAhead | None = None  # its key as read before it
        self._batches = 0

    def reset(self, conn: Connection) -> None:
        Raw(conn).empty(schema.stances.name)

    def apply(self, conn: Connection, batch: Batch) -> None:
        self._batches += 1
        self._lone = batch.lone if self._batches == 1 else None
        self._ahead = batch.ahead if self._batches == 1 else None
        if batch.touched is None or self._keys is None:
            self._keys = None
        else:
            self._keys |= batch.touched

    def settle(self, conn: Connection) -> None:
        keys, lone, ahead = self._keys, self._lone, self._ahead
        self._keys, self._lone, self._ahead, self._batches = set(), None, None, 0
        if lone is not None and projection.advance_stance_with(conn, lone, ahead):
            return
        if keys is None:
            projection.refold_stances(conn, None)
        elif keys:
            # Each key's count of active statements from its month counts, settled just
            # before (a few dozen rows a key), not an index count of its statements
            # (which grows with the key: ~1 ms a key at a million statements).
            projection.refold_stances(conn, keys, projection.month_totals(conn, keys))


class StatementMonths:
    """`statement_months`: each key's count of active statements per month (revision
    0007), which as-of and diff sum instead of counting a key's statements up to a day.

    A transaction's fresh statements are added to their months' counts when it settles
    (one upsert from its seq range); the keys of a batch with amendments, which may move
    a view to another month or key or retract it, are counted again from their views
    after that; a rebuild counts every key's in one grouped pass.
    """

    NAME: ClassVar[str] = "statement_months"
    VERSION: ClassVar[int] = 1

    def __init__(self) -> None:
        self._keys: set[Key] | None = set()  # None: every key
        self._range: tuple[int, int] | None = None  # the transaction's fresh statements

    def reset(self, conn: Connection) -> None:
        Raw(conn).empty(schema.statement_months.name)

    def apply(self, conn: Connection, batch: Batch) -> None:
        if self._keys is None:
            return
        if batch.touched is None or batch.amendments is None:
            self._keys = None  # a range of the stored log: counted at settle
            return
        if batch.amendments:
            self._keys |= batch.touched
        if batch.statements:
            first = batch.first if self._range is None else self._range[0]
            self._range = (first, batch.last)

    def settle(self, conn: Connection) -> None:
        """Add the transaction's fresh statements in one upsert (a transaction's batches
        are one seq range; an upsert a batch rewrote each month's row once a batch,
        which PostgreSQL keeps as dead rows until a vacuum), then count the amended
        keys again over it."""
        keys, self._keys = self._keys, set()
        added, self._range = self._range, None
        if keys is not None and added is not None:
            projection.add_months(conn, *added)
        if keys is None or keys:
            projection.recount_months(conn, keys)


# In dependency order: month counts and stances are made from the statement views, and
# a stance's count of statements is its key's month counts summed (so these settle first).
PROJECTORS: tuple[type[StatementViews] | type[StatementMonths] | type[Stances], ...] = (
    StatementViews,
    StatementMonths,
    Stances,
)


def projectors() -> list[Projector]:
    """A fresh instance of every projector, in dependency order."""
    return [kind() for kind in PROJECTORS]


def mark_position(conn: Connection, last: int) -> None:
    """Record that every projector has applied the log up to `last`."""
    Raw(conn).run("UPDATE projections SET position = :last", {"last": last}).close()


@dataclass
class Status:
    """How the stored projections stand against the code and the log."""

    head: int
    stale: list[str] = field(default_factory=list)  # why the projection must be rebuilt
    reached: int = 0  # the furthest position any projector recorded

    @property
    def current(self) -> bool:
        return not self.stale

    @property
    def truncated(self) -> bool:
        """Whether the log ends before a position the projection already reached."""
        return self.reached > self.head

    @property
    def missing(self) -> str:
        """The events a truncated log has lost, as text (`events 25..30 are missing`)."""
        first, last = self.head + 1, self.reached
        if first == last:
            return f"event {first} is missing"
        return f"events {first}..{last} are missing"

    def refuse_truncated(self) -> None:
        """Raise `LogTruncated` when the log is shorter than the projection's position:
        rebuilding over it would hide the lost events for good."""
        if self.truncated:
            raise LogTruncated(
                f"the log ends at event {self.head} but its stored projection had reached "
                f"event {self.reached}: {self.missing} from the log; run "
                "`tracker verify`. Nothing was read or changed"
            )


# The projectors' rows, which `status_of` reads (an append sends it with its other reads).
POSITIONS = "SELECT name, version, position FROM projections"


def status(conn: Connection, head: int | None = None) -> Status:
    """Compare the `projections` rows with each projector's VERSION and the chain head
    (`head`: the caller read it already, in this transaction)."""
    raw = Raw(conn)
    if head is None:
        last = raw.one("SELECT seq FROM events ORDER BY seq DESC LIMIT 1")
        head = last[0] if last else 0
    return status_of(head, raw.run(POSITIONS).fetchall())


def status_of(head: int, positions: Iterable[Sequence[Any]]) -> Status:
    """`status` from the chain head and the `projections` rows read."""
    stored = {name: (version, position) for name, version, position in positions}
    found = Status(head=head)
    found.reached = max((position for _v, position in stored.values()), default=0)
    for kind in PROJECTORS:
        version, position = stored.get(kind.NAME, (None, None))
        if version is None:
            found.stale.append(f"{kind.NAME}: not yet built")
        elif version != kind.VERSION:
            found.stale.append(f"{kind.NAME}: version {version} -> {kind.VERSION}")
        elif position != head:
            found.stale.append(f"{kind.NAME}: at event {position} of {head}")
    return found


def rebuild(conn: Connection) -> Status:
    """Reset every projector and apply the whole log as one batch (inside a write lock).

    The only path that rebuilds over a truncated log (`tracker rebuild`, asked for by
    someone who has looked): the status it returns, read before, tells the caller so."""
    projections.create(conn, checkfirst=True)  # a dropped table is made again
    before = status(conn)
    instances = projectors()
    for projector in reversed(instances):
        projector.reset(conn)
    head = before.head
    # The statement views are written in key (seq) order, their indexes in others:
    # building those once, sorted, after the rows are in beats updating them row by row.
    # Amendments find views through the log's event_id index; the fold, which settles
    # after the indexes are built, reads every key's statements off a covering index.
    if conn.dialect.name == "postgresql":
        # Plan the streams for every row, not the first ones (a cursor's default walks an
        # index into the heap: the fold took 5.6 s at a million statements against 3.4
        # sorted), and without JIT, whose compiling costs these scans more than it saves.
        conn.exec_driver_sql("SET LOCAL cursor_tuple_fraction = 1.0")
        conn.exec_driver_sql("SET LOCAL jit = off")
    secondary = sorted(schema.statements.indexes, key=lambda index: str(index.name))
    for index in secondary:
        index.drop(conn, checkfirst=True)
    batch = Batch(first=1, last=head)
    for projector in instances:
        projector.apply(conn, batch)
    for index in secondary:
        index.create(conn, checkfirst=True)
    for projector in instances:
        projector.settle(conn)
    conn.execute(delete(projections))
    conn.execute(
        insert(projections),
        [{"name": p.NAME, "version": p.VERSION, "position": head} for p in instances],
    )
    return before


def order_indexes() -> list[Any]:
    """The statement views' indexes that only reads in order use (the timeline's): not
    the covering index (`schema.TWIN_INDEX`), which an import looks its records' twins
    up in as it goes."""
    return [
        index
        for index in sorted(schema.statements.indexes, key=lambda index: str(index.name))
        if not index.unique and index is not schema.TWIN_INDEX
    ]


def drop_order_indexes(conn: Connection) -> list[Any]:
    """Drop `order_indexes` inside the caller's write transaction (a load into an empty
    log, which builds them again, sorted, with `create_indexes` before it settles; a
    rollback restores them); the indexes dropped."""
    dropped = order_indexes()
    for index in dropped:
        index.drop(conn, checkfirst=True)
    return dropped


def create_indexes(conn: Connection, indexes: Iterable[Any]) -> None:
    """Build `indexes` (dropped by `drop_order_indexes`) again."""
    for index in indexes:
        index.create(conn, checkfirst=True)


def rebuild_if_stale(
    conn: Connection,
    say: Callable[[str], None] | None = None,
    *,
    head: int | None = None,
    found: Status | None = None,
) -> bool:
    """Inside a write transaction: rebuild when the projection is stale, saying so (to
    standard error by default); whether it was. A truncated log is refused, never
    rebuilt over (`Status.refuse_truncated`). `found`: the status, if the caller read
    it in this transaction."""
    found = found or status(conn, head)
    if found.current:
        return False
    found.refuse_truncated()
    tell = say or _to_stderr
    if not found.head:  # an empty log: nothing to say (a new database)
        tell = _silent
    tell(f"Updating the stored projection ({'; '.join(found.stale)}) ...")
    started = time.perf_counter()
    rebuild(conn)
    tell(f"Projection up to date at event {found.head} in {time.perf_counter() - started:.1f} s")
    return True


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _silent(line: str) -> None:
    return None


def ensure_current(database: Any, say: Callable[[str], None] | None = None) -> None:
    """Before a command reads: bring a stale projection up to date, saying so.

    Checked in a read transaction (two index reads); only a stale database takes the
    write lock, and re-checks under it, since another editor may have caught up first.
    `tracker init` runs it right after creating or upgrading the schema.
    """
    with database.reading() as conn:
        found = status(conn)
        if found.current:
            return
        found.refuse_truncated()
    try:
        with database.writing() as conn:
            rebuild_if_stale(conn, say)  # standard error unless `say`
    except DBAPIError as error:
        raise DatabaseError(
            f"the stored projection of {database.display_url} is out of date and cannot be "
            f"rebuilt here ({str(error.orig or error).strip().splitlines()[0]}); run "
            "`tracker rebuild` where the database can be written. Nothing was read"
        ) from None
