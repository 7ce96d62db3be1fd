"""Where the database is, how to connect, and the schema check at start-up.

A path is a SQLite file; a URL goes to SQLAlchemy. SQLite runs in WAL mode with a busy
timeout, writers take `BEGIN IMMEDIATE`; PostgreSQL writers take a transaction-level
advisory lock. Either way, appends are serialised, so the hash chain stays one line.
"""

import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError

from tracker.errors import DatabaseError, DatabaseFailure
from tracker.store.raw import CHAIN_LOCK_PENDING, chain_lock
from tracker.store.schema import SCHEMA_REVISION

SQLITE_BUSY_TIMEOUT_MS = 60_000
# PostgreSQL: a pooled connection idle this long is pinged before it is used again.
PING_AFTER_IDLE_S = 1.0
_IDLE_SINCE = "tracker_idle_since"


def default_database_path() -> Path:
    """The embedded SQLite file used when neither --db nor TRACKER_DB is given."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "tracker" / "tracker.db"


def database_url(location: str | None) -> str:
    """Turn `--db` (a path or a URL, or None for the default) into a SQLAlchemy URL."""
    if not location:
        location = str(default_database_path())
    if "://" not in location:
        return f"sqlite:///{Path(location).expanduser().resolve()}"
    if location.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + location.split("://", 1)[1]
    return location


def driver_failure(error: BaseException) -> DatabaseFailure | None:
    """The driver's error `error` as one `DatabaseFailure` line ("database error: ...",
    the driver's first line, passwords masked); None for any other exception."""
    import sqlite3
    import sys

    psycopg = sys.modules.get("psycopg")  # loaded only by a PostgreSQL database
    driver = isinstance(error, sqlite3.Error) or (
        psycopg is not None and isinstance(error, psycopg.Error)
    )
    if not (driver or isinstance(error, DBAPIError)):
        return None
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return DatabaseFailure(
        "database error: " + mask_url(lines[0] if lines else type(error).__name__)
    )


def mask_url(url: str) -> str:
    """The URL (or any message that holds one) with every password replaced by `***`.

    A URL is rendered by SQLAlchemy itself (`hide_password=True`), then password-like
    query parameters (`?password=`, `sslpassword=`) are masked too. Text that does not
    parse as a URL (a malformed URL, a driver's message) is masked by pattern, erring
    towards hiding too much.
    """
    try:
        rendered = make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        rendered = url
    return _mask_text(rendered)


def _mask_text(text: str) -> str:
    # `scheme://user:secret@`: everything up to the last `@` of the word is the secret.
    text = re.sub(r"(\w://[^\s:/@]*:)\S*@", r"\1***@", text)
    return re.sub(
        r"(\b(?:ssl)?pass(?:word|wd)?\s*=\s*)('[^']*'|\"[^\"]*\"|[^\s&;]*)",
        r"\1***",
        text,
        flags=re.IGNORECASE,
    )


def _ambiguous_userinfo(url: str) -> bool:
    """More than one `@`: a password holding `@` (or `/`, `?`) unencoded,
    which the driver would read partly as the host and then quote in its error."""
    scheme, _, rest = url.partition("://")
    return not scheme.startswith("sqlite") and rest.count("@") > 1  # `?` may be in it too


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.query.get("uri") == "true" and parsed.database.startswith("file:"):
        # `sqlite:///file:PATH?mode=ro&uri=true`: SQLite's URI form names the same file
        return Path(parsed.database.removeprefix("file:").split("?", 1)[0])
    return Path(parsed.database)


class Database:
    """A connection to one tracker database; engines are made on demand, never at import."""

    def __init__(self, location: str | None = None) -> None:
        self.url = database_url(location)
        self.display_url = mask_url(self.url)
        try:
            self.dialect = make_url(self.url).get_backend_name()
        except (ArgumentError, ValueError) as error:
            reason = mask_url(_first_line(error))
            raise DatabaseError(
                f"cannot use database {self.display_url}: not a valid database URL ({reason})"
            ) from None
        if _ambiguous_userinfo(self.url):
            raise DatabaseError(
                f"cannot use database {self.display_url}: the URL holds more than one '@', "
                "so where the password ends is ambiguous; write an '@' in the user name or "
                "password as %40 (and '/' as %2F)"
            )
        self._engine: Engine | None = None

    @property
    def sqlite_path(self) -> Path | None:
        return _sqlite_file(self.url)

    def files(self) -> list[Path]:
        """The files that hold the database (SQLite: the file, its WAL, journal and shm)."""
        path = self.sqlite_path
        if path is None:
            return []
        return [path, *(path.with_name(path.name + s) for s in ("-wal", "-journal", "-shm"))]

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self._create_engine()
        return self._engine

    def _create_engine(self) -> Engine:
        try:
            # Pooled connections: a program that appends one event at a time reuses them
            # (opening a SQLite file and closing its last connection, which checkpoints
            # the WAL, cost more than the append itself). Call `dispose()` when done.
            if self.dialect == "sqlite":
                engine = create_engine(
                    self.url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
                )
                _configure_sqlite(engine)
                return engine
            engine = create_engine(self.url)
            _configure_postgresql(engine)
            return engine
        except (ArgumentError, ImportError) as error:
            raise DatabaseError(
                f"cannot use database {self.display_url}: {_first_line(error)}"
            ) from None

    def dispose(self) -> None:
        """Close the pooled connections (the next use opens new ones)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def tidy_after_bulk_write(self, written: int, head: int) -> None:
        """PostgreSQL, after a bulk write (a rebuild, or an import of a tenth of the log
        or more, at least 1,000 events): VACUUM (ANALYZE) the tracker's tables. Without
        statistics the planner read a key's index as a bitmap over its whole range, and
        without a visibility map each index-only read visits the rows; a server's
        autovacuum does this in time, and may be off. Best effort: a role that may not
        vacuum is only warned by the server."""
        if self.dialect != "postgresql" or written < 1_000 or written * 10 < head:
            return
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                conn.exec_driver_sql(
                    "VACUUM (ANALYZE) events, statements, stances, statement_months"
                )
        except DBAPIError:
            return

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot of the database for all its queries.

        PostgreSQL's default (READ COMMITTED) takes a new snapshot per statement, so a
        multi-query read such as `verify` could see an append half-way; reads there run
        REPEATABLE READ, READ ONLY. SQLite's read transaction (WAL) is a snapshot already.
        """
        with self._connect() as conn:
            if self.dialect == "postgresql":
                conn = conn.execution_options(
                    isolation_level="REPEATABLE READ", postgresql_readonly=True
                )
            with conn.begin():
                yield conn

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A write transaction holding the append lock; rolled back unless it completes.

        SQLite: `BEGIN IMMEDIATE`. PostgreSQL: the chain's advisory lock, sent just
        before the transaction's first statement and with it (`Raw` sends it on the
        driver's cursor, `_configure_postgresql`'s hook before SQLAlchemy's), so that an
        append's first reads travel in the lock's own round trip."""
        with self._connect(write=True) as conn, conn.begin():
            if self.dialect != "postgresql":
                yield conn
                return
            conn.info[CHAIN_LOCK_PENDING] = True
            try:
                yield conn
            finally:
                conn.info.pop(CHAIN_LOCK_PENDING, None)

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[Connection]:
        try:
            conn = self.engine.connect()
        except (OperationalError, DBAPIError) as error:
            raise DatabaseError(
                f"cannot connect to {self.display_url}: {_first_line(error)}"
            ) from None
        try:
            if write:
                conn = conn.execution_options(tracker_write=True)
            yield conn
        finally:
            conn.close()

    # -- schema -------------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        """The database's Alembic revision, None for an empty database.

        Raises `DatabaseError` when the file is not a database or holds other tables.
        """
        path = self.sqlite_path
        if path is not None:
            if not path.exists():
                return None
            self._refuse_non_sqlite_file(path)
        try:
            with self._connect() as conn:
                names = set(
                    conn.execute(text(_OBJECT_NAMES[self.dialect])).scalars()
                    if self.dialect in _OBJECT_NAMES
                    else []
                )
                if not names:
                    return None
                if "alembic_version" not in names or "events" not in names:
                    raise DatabaseError(
                        f"{self.display_url} is not a tracker database "
                        f"(it holds other tables or views); nothing was changed"
                    )
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError as error:
            raise DatabaseError(
                f"{self.display_url} is not a usable tracker database: {_first_line(error)}"
            ) from None

    def _refuse_non_sqlite_file(self, path: Path) -> None:
        """An existing file is a tracker database only if it is a SQLite file.

        A 0-byte file is refused too (SQLite would silently make it a new database): it
        is more likely a truncated database or a mistyped path than a wish for a new one.
        """
        try:
            with path.open("rb") as handle:
                header = handle.read(len(_SQLITE_HEADER))
        except OSError as error:
            raise DatabaseError(
                f"cannot read {self.display_url}: {error.strerror or error}"
            ) from None
        if header == _SQLITE_HEADER:
            return
        what = "an empty file" if not header else "not a SQLite file"
        raise DatabaseError(
            f"{self.display_url} is not a tracker database ({what}); nothing was changed"
        )

    def ensure_ready(
        self, say: Callable[[str], None] | None = None, *, projection: bool = True
    ) -> None:
        """Check the schema before a command; a new SQLite file is set up on first use.

        A stored projection that is stale (built by another projector version, or behind
        the log) is brought up to date first, saying so through `say` (standard error by
        default), so that no command reads it stale.
        """
        revision = self.schema_revision()
        if revision == SCHEMA_REVISION:
            if projection:  # `tracker rebuild` itself passes False
                from tracker.store.projectors import ensure_current

                ensure_current(self, say)
            return
        if revision is None and self.dialect == "sqlite":
            self.upgrade()
            return
        if revision is None:
            raise DatabaseError(
                f"{self.display_url} has no tracker schema yet; run `tracker init` first"
            )
        self.check_revision_known(revision)
        raise DatabaseError(
            f"{self.display_url} is at schema revision {revision}; "
            f"run `tracker init` to upgrade it to {SCHEMA_REVISION}"
        )

    def check_revision_known(self, revision: str) -> None:
        """Refuse a database at a revision this code does not know (made by a newer tracker)."""
        from tracker.store.migrate import known_revisions

        if revision not in known_revisions():
            raise DatabaseError(
                f"{self.display_url} is at schema revision {revision}, newer than this "
                f"tracker knows (head {SCHEMA_REVISION}); upgrade tracker. Nothing was changed"
            )

    def upgrade(self, revision: str = "head") -> None:
        """Create or upgrade the schema with Alembic."""
        current = self.schema_revision()
        if current is not None:
            self.check_revision_known(current)
        path = self.sqlite_path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
            finally:
                raw.close()
        from tracker.store.migrate import upgrade

        upgrade(self, revision)
        if revision == "head":
            from tracker.store.projectors import ensure_current

            ensure_current(self)
        # Close the pool: on SQLite the last connection to close checkpoints the WAL, so
        # the new schema is in the database file itself (which may be copied next).
        self.dispose()


_SQLITE_HEADER = b"SQLite format 3\x00"
# Every object a user could have made (tables, views, indexes, triggers): a database with
# any of them but no tracker tables belongs to someone else and is never added to.
_OBJECT_NAMES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    "postgresql": (
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema()"
    ),
}


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return mask_url(
        str(original).strip().splitlines()[0] if str(original).strip() else repr(original)
    )


def _configure_postgresql(engine: Engine) -> None:
    """No JIT: the reads are index seeks whose estimated cost (a UNION ALL of a topic's
    keys, a count over a month of statements) passes `jit_above_cost`, and compiling them
    cost far more than running them (most of an as-of at a million statements)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("SET jit = off")
        cursor.close()
        dbapi_connection.commit()  # psycopg began a transaction for the SET

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        """A pooled connection idle for `PING_AFTER_IDLE_S` or more is pinged before it
        is handed out, and replaced when the server has dropped it (a restart, an idle
        timeout): SQLAlchemy's `pool_pre_ping` did so on every checkout, a round trip of
        each lone append. One dropped within that time fails its transaction's first
        statement: one error, nothing written, and the pool opens a new connection for
        the next."""
        since = record.info.get(_IDLE_SINCE)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise DisconnectionError(_first_line(error)) from error

    @event.listens_for(engine, "before_cursor_execute")
    def _lock_first(conn: Connection, cursor: Any, *_args: Any) -> None:
        """A write transaction's first statement through SQLAlchemy: the chain lock
        first (`Database.writing`; `Raw` does the same for its own)."""
        if conn.info.pop(CHAIN_LOCK_PENDING, False):
            cursor.execute(*chain_lock("postgresql"))


def _configure_sqlite(engine: Engine) -> None:
    """WAL, busy timeout, and transactions that we begin ourselves (IMMEDIATE to write)."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # WAL is set once, when the schema is created (it is stored in the file); setting
        # it here would write to files that turn out not to be tracker databases.
        cursor.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of pages (default 2): an import into a large log inserts into the views'
        # and the log's indexes at random places (event ids, duplicate keys, dates), and
        # with 16 MiB each batch spilled and read the same pages again: 10k rows into a
        # 100k log 25% faster, peak memory 82 -> 111 MB (a 1M import once peaked at
        # 342 MB with 64 MiB, when imports kept every key in memory; they no longer do).
        cursor.execute("PRAGMA cache_size = -65536")
        # Sorts (a rebuild's index builds and fold) may use a second core.
        cursor.execute("PRAGMA threads = 2")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("tracker_write", False)
        # On the driver itself: through SQLAlchemy it cost a tenth of a single append.
        conn.connection.driver_connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")  # type: ignore[union-attr]
