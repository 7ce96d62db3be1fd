"""Shared fixtures: real databases (a temporary SQLite file, a fresh PostgreSQL schema)
and a CLI runner bound to one of them.

PostgreSQL tests use `TRACKER_TEST_PG_URL` (default: the local server on 127.0.0.1:5432,
database `test`); each test gets its own schema, dropped afterwards. When no server is
reachable they are skipped, unless `TRACKER_REQUIRE_PG=1` (CI), where they fail.
"""

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tracker.cli import main

PG_URL = os.environ.get("TRACKER_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("TRACKER_REQUIRE_PG") == "1"
BACKENDS = ["sqlite", "postgresql"]
_pg_state: dict[str, str | None] = {}


def pg_problem() -> str | None:
    """None when the PostgreSQL server answers, else why not (checked once)."""
    if "problem" not in _pg_state:
        try:
            import psycopg

            with psycopg.connect(_plain(PG_URL), connect_timeout=3):
                _pg_state["problem"] = None
        except Exception as error:  # any failure means "no server here"
            _pg_state["problem"] = str(error).strip().splitlines()[0]
    return _pg_state["problem"]


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads the developer's default database or environment."""
    for name in ("TRACKER_DB", "TRACKER_TOPIC", "TRACKER_EDITOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
    if not os.environ.get("TRACKER_CACHE_DIR"):
        monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


def new_pg_schema_url() -> tuple[str, str]:
    """A URL whose search_path is a brand-new schema, and the schema's name."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_plain(PG_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}", schema


def drop_pg_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(_plain(PG_URL), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def empty_database(backend: str, tmp_path: Path) -> Iterator[str]:
    """Yield the location of an empty database of `backend`, removed afterwards."""
    if backend == "sqlite":
        yield str(tmp_path / "tracker.db")
        return
    problem = pg_problem()
    if problem is not None:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (TRACKER_REQUIRE_PG=1) but unreachable: {problem}")
        pytest.skip(f"no PostgreSQL server: {problem}")
    url, schema = new_pg_schema_url()
    try:
        yield url
    finally:
        drop_pg_schema(schema)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def empty_db(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database (no schema) on each backend."""
    yield from empty_database(backend, tmp_path)


def text_options(text: str, *names: str) -> list[str]:
    """`--speaker TEXT --note TEXT ...`: `text` in each free-text option of `add` named
    (by default those every hostile-text test fills)."""
    return [
        arg
        for name in names or ("speaker", "note", "condition", "outlet")
        for arg in (f"--{name}", text)
    ]


@dataclass
class Tracker:
    """Runs `tracker --db DB ...` through click's CliRunner."""

    db: str
    editor: str = "test editor"

    def run(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        runner = CliRunner()
        return runner.invoke(
            main,
            ["--db", self.db, "--editor", self.editor, *args],
            input=input,
            env=env,
            catch_exceptions=True,
        )

    def ok(self, *args: str, input: str | None = None) -> Result:
        """Run and insist on exit 0."""
        result = self.run(*args, input=input)
        assert result.exit_code == 0, (
            f"tracker {' '.join(args)} exited {result.exit_code}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}\n{result.exception!r}"
        )
        return result

    def fails(self, *args: str, input: str | None = None, code: int = 1) -> Result:
        """Run and insist on the given non-zero exit, one `Error:` line, no traceback."""
        result = self.run(*args, input=input)
        assert result.exit_code == code, (
            f"expected exit {code}, got {result.exit_code}\nstdout: {result.stdout}\n"
            f"stderr: {result.stderr}\n{result.exception!r}"
        )
        assert "Traceback" not in result.stderr + result.stdout
        if code == 1:
            assert result.exception is None or isinstance(result.exception, SystemExit)
            error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
            assert len(error_lines) == 1, result.stderr
        return result

    def json(self, *args: str) -> Any:
        """Run with `--format json` and parse stdout."""
        return json.loads(self.ok(*args, "--format", "json").stdout)

    def add(self, country: str, stance: str, date: str, *extra: str, topic: str = "t") -> str:
        """Append a statement, return its event_id."""
        result = self.ok(
            "add",
            "--topic",
            topic,
            "--country",
            country,
            "--stance",
            stance,
            "--date",
            date,
            *extra,
        )
        return result.stdout.strip()


@pytest.fixture
def tracker(empty_db: str) -> Tracker:
    """A CLI bound to a fresh, initialised database on each backend."""
    t = Tracker(empty_db)
    t.ok("init")
    return t


@pytest.fixture
def seeded(tracker: Tracker) -> Tracker:
    """A CLI bound to a fresh database holding the seed article."""
    tracker.ok("init", "--seed")
    return tracker


@pytest.fixture
def sqlite_tracker(tmp_path: Path) -> Tracker:
    """A CLI bound to a fresh SQLite file only (for SQLite-specific behaviour)."""
    t = Tracker(str(tmp_path / "tracker.db"))
    t.ok("init")
    return t
