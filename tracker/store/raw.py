"""The driver's own cursor, for the few statements that run once per event or per row.

SQLAlchemy Core costs tens of microseconds per execution (cache key, compiled
parameters, result metadata, type processors): more than SQLite itself takes to append a
row, and most of a single append's time. The write path's per-event statements (the
chain head, the insert, the projection's upkeep) and the rebuild's row streams run here,
on the DBAPI cursor of the SQLAlchemy connection, so inside its transaction and under its
write lock. Statements are written once, with `:name` parameters, and turned into the
driver's paramstyle once; values are passed as the columns store them (`json_text`,
`sqlite_instant`), the same bytes SQLAlchemy's types would write.
"""

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Table
from sqlalchemy.exc import DBAPIError

from tracker.store.schema import UTCDateTime, stored_instant

__all__ = [
    "Raw",
    "chunks",
    "decoded_json",
    "json_loads",
    "json_text",
    "sqlite_instant",
    "stored_instant",
]

json_loads = orjson.loads


def json_text(value: Any) -> str | None:
    """A JSON column's stored text; None stays SQL NULL."""
    return None if value is None else orjson.dumps(value).decode()


# Any constant works; it names "the tracker's chain" among advisory locks.
CHAIN_LOCK_KEY = 0x7472_6163_6B65_72  # "tracker"
# Set on a PostgreSQL write transaction's connection (`Database.writing`) until the lock
# is sent, just before the transaction's first statement.
CHAIN_LOCK_PENDING = "tracker_chain_lock_pending"
_CHAIN_LOCK = "SELECT pg_advisory_xact_lock(:key)"


def chain_lock(dialect: str) -> tuple[str, dict[str, int]]:
    """The statement that takes the chain lock, in the driver's paramstyle, and its
    parameters."""
    return _for_driver(_CHAIN_LOCK, dialect), {"key": CHAIN_LOCK_KEY}


def decoded_json(value: Any) -> Any:
    """A JSON column as read on the driver's cursor: text on SQLite, already decoded by
    psycopg."""
    return json_loads(value) if isinstance(value, str | bytes) else value


_STREAMS = itertools.count(1)  # server-side cursors open at once need their own names
_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)")


@functools.cache
def _for_driver(sql: str, dialect: str) -> str:
    """`sql` with `:name` parameters in the driver's paramstyle (psycopg: `%(name)s`)."""
    if dialect == "postgresql":
        return _NAMED.sub(r"%(\1)s", sql)
    return sql  # sqlite3 takes `:name` itself


def sqlite_instant(moment: datetime) -> str:
    """A UTC instant as SQLite's DateTime column stores it (naive UTC, microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


class Raw:
    """The DBAPI connection under a SQLAlchemy `Connection` (same transaction)."""

    def __init__(self, conn: Connection) -> None:
        self.dialect = conn.dialect.name
        self.postgresql = self.dialect == "postgresql"
        self._dbapi: Any = conn.connection.driver_connection
        self._info = conn.info if self.postgresql else None
        self._errors: type[Exception] = conn.dialect.loaded_dbapi.Error

    @contextmanager
    def _driver(self, sql: str, params: Any) -> Iterator[None]:
        """The driver's errors as SQLAlchemy's (`OperationalError`, `IntegrityError` ...),
        which the commands turn into one error line, as for every other statement."""
        try:
            yield
        except self._errors as error:
            raise DBAPIError.instance(sql, params, error, self._errors) from error

    def instant(self, moment: datetime) -> Any:
        """A record time as the driver takes it for a DateTime column."""
        return moment.astimezone(UTC) if self.postgresql else sqlite_instant(moment)

    def json(self, value: Any) -> Any:
        """A JSON column's value as the driver takes it (SQL NULL for None)."""
        return json_text(value)

    def json_param(self, name: str) -> str:
        """The placeholder of a JSON column's parameter (PostgreSQL casts the text)."""
        return _json_placeholder(name, self.dialect)

    def listed(self, values: Iterable[Any], prefix: str) -> tuple[str, dict[str, Any]]:
        """Placeholders for an `IN (...)` list of `values`, and their parameters."""
        params = {f"{prefix}{n}": value for n, value in enumerate(values)}
        return ", ".join(f":{name}" for name in params), params

    def decoded(self, value: Any) -> Any:
        """A JSON column as read: text on SQLite, already decoded by psycopg."""
        return decoded_json(value)

    def insert_sql(self, table: Table) -> str:
        """INSERT of every column of `table`, its parameters named after the columns."""
        return _insert_sql(table, self.dialect)

    def insert_values_sql(self, table: Table) -> str:
        """INSERT of every column of `table` with positional parameters, for rows given
        as tuples in the order of its columns (values as the driver takes them)."""
        return _insert_sql(table, self.dialect, positional=True)

    def bound(self, table: Table, row: Mapping[str, Any]) -> dict[str, Any]:
        """`row`'s values as the driver takes them for `table`'s columns (JSON as text,
        record times as the DateTime column stores them)."""
        converters = _converters(table)
        out = dict(row)
        for name, kind in converters:
            value = out.get(name)
            if value is None:
                continue
            out[name] = self.json(value) if kind == "json" else self.instant(value)
        return out

    def empty(self, table: str) -> None:
        """Remove every row of `table` (SQLite truncates a DELETE without WHERE itself).
        Not TRUNCATE on PostgreSQL, though it would spare a rebuild scanning a million
        dead rows (10 s against 15 s at a million events): TRUNCATE is not MVCC-safe, and
        a reader whose snapshot predates the rebuild's commit would read the views as
        empty, where after a DELETE it reads them as they were."""
        self.run(f"DELETE FROM {table}").close()

    @contextmanager
    def pipeline(self) -> Iterator[None]:
        """PostgreSQL: the statements run inside the block go to the server together and
        come back in one round trip when the block ends or a read needs its rows (a
        round trip of what was sent so far); a cursor of the block gives its rows then.
        The server runs them one after another in the transaction, each seeing what
        those before it wrote; the first that fails skips the rest, and its error is
        raised (the caller's transaction then rolls back). Only statements run here go
        inside: SQLAlchemy's, which read a result at once, must not. SQLite: each
        statement runs as it is sent, in process.

        A transaction's first statements go in psycopg's pipeline mode, which sends the
        transaction's BEGIN along; later ones as one text of statements bound by the
        client (psycopg's `ClientCursor`, which quotes each value as a literal): the
        pipeline was timed at about a round trip's cost a statement on this shared
        machine (8 statements: 2.7 ms, against 0.6 ms as one text), and the text can end
        with the COMMIT (`commit`), where psycopg's pipeline waits for each result."""
        if not self.postgresql or self._info is None or _BATCH in self._info:
            yield
            return
        if self._dbapi.info.transaction_status == _IDLE:
            self._info[_BATCH] = None  # a block inside this one adds to it
            try:
                with self._driver("(a pipeline of statements)", None), self._dbapi.pipeline():
                    yield
            finally:
                self._info.pop(_BATCH, None)
            return
        batch = _Batch(self)
        self._info[_BATCH] = batch
        try:
            yield
            batch.send()
        finally:
            self._info.pop(_BATCH, None)

    def _batch(self) -> "_Batch | None":
        return self._info.get(_BATCH) if self._info is not None else None

    def commit(self) -> None:
        """Commit the transaction on the driver (inside a `pipeline`: in its round trip).
        SQLAlchemy's own commit afterwards finds no transaction and sends nothing; only
        for a transaction's very last statement."""
        batch = self._batch()
        if batch is not None:
            batch.add("COMMIT", None)
            return
        with self._driver("COMMIT", None):
            self._dbapi.commit()

    def _lock_first(self) -> None:
        """A PostgreSQL write transaction's first statement: the chain lock first
        (`Database.writing`), in the same round trip when inside a `pipeline`."""
        if self._info is not None and self._info.pop(CHAIN_LOCK_PENDING, False):
            sql, params = chain_lock(self.dialect)
            batch = self._batch()
            if batch is not None:
                batch.add(sql, params)
                return
            cursor = self._dbapi.cursor()
            with self._driver(sql, params):
                cursor.execute(sql, params)
            cursor.close()

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        """Execute one statement; the driver's cursor (for `fetchone`/`fetchall`)."""
        self._lock_first()
        batch = self._batch()
        if batch is not None:
            return batch.add(_for_driver(sql, self.dialect), params)
        cursor = self._dbapi.cursor()
        with self._driver(sql, params):
            cursor.execute(_for_driver(sql, self.dialect), params or {})
        return cursor

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> tuple[Any, ...] | None:
        """The first row of a query, or None."""
        cursor = self.run(sql, params)
        row = cursor.fetchone()
        cursor.close()
        return tuple(row) if row is not None else None

    def many(self, sql: str, rows: Sequence[Mapping[str, Any]] | Sequence[Sequence[Any]]) -> None:
        """Execute one statement for each parameter set (one set: a plain execute, which
        psycopg sends without the pipeline and sync of its executemany)."""
        if rows:
            self._lock_first()
            batch = self._batch()
            if batch is not None:
                for row in rows:
                    batch.add(_for_driver(sql, self.dialect), row)
                return
            cursor = self._dbapi.cursor()
            with self._driver(sql, rows[0]):
                if len(rows) == 1:
                    cursor.execute(_for_driver(sql, self.dialect), rows[0])
                else:
                    cursor.executemany(_for_driver(sql, self.dialect), rows)
            cursor.close()

    def firsts(self, sql: str, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...] | None]:
        """SQLite: the first row (or None) of the query `sql` (qmark parameters) for each
        parameter set of `rows`, run on one cursor: the statement is prepared once and
        each set is one step of it, no statement text built for the batch."""
        assert not self.postgresql, "PostgreSQL: one query over arrays instead"
        cursor = self._dbapi.cursor()
        found: list[tuple[Any, ...] | None] = []
        try:
            for row in rows:
                with self._driver(sql, row):
                    first = cursor.execute(sql, row).fetchone()
                found.append(tuple(first) if first is not None else None)
        finally:
            cursor.close()
        return found

    def stream(
        self, sql: str, params: Mapping[str, Any] | None = None, size: int = 10_000
    ) -> Iterator[tuple[Any, ...]]:
        """The rows of a query, fetched `size` at a time (a server-side cursor on
        PostgreSQL, so that a million rows never sit in memory)."""
        self._lock_first()
        batch = self._batch()
        if batch is not None:
            batch.send()  # what the block sent so far, before the stream's own query
        if self.postgresql:
            cursor = self._dbapi.cursor(name=f"tracker_stream_{next(_STREAMS)}")
            cursor.itersize = size
        else:
            cursor = self._dbapi.cursor()
        try:
            with self._driver(sql, params):
                cursor.execute(_for_driver(sql, self.dialect), params or {})
            while True:
                with self._driver(sql, params):
                    rows = cursor.fetchmany(size)
                if not rows:
                    return
                yield from rows
        finally:
            cursor.close()


_BATCH = "tracker_pipeline"  # the open `Raw.pipeline` of a PostgreSQL connection
_IDLE = 0  # libpq's PQTRANS_IDLE: no transaction begun on the connection yet


class _Sent:
    """A statement of a `Raw.pipeline`, as a cursor: its rows once the text is sent."""

    def __init__(self, batch: "_Batch") -> None:
        self._batch: _Batch | None = batch
        self._rows: list[Any] = []

    def _received(self) -> list[Any]:
        if self._batch is not None:
            self._batch.send()
        return self._rows

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._received(), []
        return rows

    def fetchone(self) -> Any:
        rows = self._received()
        return rows.pop(0) if rows else None

    def close(self) -> None:
        return None


class _Batch:
    """The statements of an open `Raw.pipeline`, bound by the client, not yet sent."""

    def __init__(self, raw: Raw) -> None:
        self._raw = raw
        self._texts: list[str] = []
        self._sent: list[_Sent] = []
        self._cursor: Any = None

    def add(self, sql: str, params: Mapping[str, Any] | Sequence[Any] | None) -> _Sent:
        import psycopg

        if self._cursor is None:
            self._cursor = psycopg.ClientCursor(self._raw._dbapi)
        with self._raw._driver(sql, params):
            self._texts.append(self._cursor.mogrify(sql, params) if params else sql)
        sent = _Sent(self)
        self._sent.append(sent)
        return sent

    def send(self) -> None:
        """Send the statements added so far, as one text, and hand out their rows."""
        if not self._texts:
            return
        text, waiting = ";\n".join(self._texts), self._sent
        self._texts, self._sent = [], []
        cursor = self._cursor
        with self._raw._driver(text, None):
            cursor.execute(text)
            for n, sent in enumerate(waiting):
                sent._rows = cursor.fetchall() if cursor.description is not None else []
                sent._batch = None
                if n + 1 < len(waiting) and not cursor.nextset():
                    break


@functools.cache
def _converters(table: Table) -> tuple[tuple[str, str], ...]:
    found = []
    for column in table.c:
        if isinstance(column.type, JSON):
            found.append((column.name, "json"))
        elif isinstance(column.type, UTCDateTime):
            found.append((column.name, "instant"))
    return tuple(found)


def _json_placeholder(name: str, dialect: str) -> str:
    return f"CAST(:{name} AS json)" if dialect == "postgresql" else f":{name}"


def sql_names(names: Iterable[str]) -> str:
    """Registered event-type names (code, never input) as an SQL list of literals."""
    return ", ".join(f"'{name}'" for name in sorted(names))


@functools.cache
def _insert_sql(table: Table, dialect: str, positional: bool = False) -> str:
    """INSERT of every column of `table`: named parameters, or positional ones for rows
    given as tuples in the order of its columns; JSON cast from text on PostgreSQL."""
    names = [column.name for column in table.c]
    json_names = {name for name, kind in _converters(table) if kind == "json"}
    values = []
    for name in names:
        mark = ("%s" if dialect == "postgresql" else "?") if positional else f":{name}"
        cast = name in json_names and dialect == "postgresql"
        values.append(f"CAST({mark} AS json)" if cast else mark)
    return f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join(values)})"


def chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    """`items` in slices of `size` (bound parameters per statement stay few)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
