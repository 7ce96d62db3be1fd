"""PostgreSQL: every write takes the chain's advisory lock before its first statement.
The lock is sent with the transaction's first statement (so that an append's first
reads share its round trip), by whichever path that statement takes: a write blocked
on the lock has read nothing yet (it holds no lock on any table) and, once the lock is
free, completes."""

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.conftest import PG_URL, Tracker, empty_database
from tracker.store.raw import CHAIN_LOCK_KEY


@pytest.fixture
def pg_seeded(tmp_path: Path) -> Iterator[tuple[Tracker, str]]:
    for url in empty_database("postgresql", tmp_path):
        cli = Tracker(url)
        cli.ok("init", "--seed")
        yield cli, url


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _waiting_backend(admin: psycopg.Connection, name: str, process: subprocess.Popen) -> int:
    """The backend of the tracker named `name` once it waits for the chain lock."""
    for _ in range(600):
        row = admin.execute(
            "SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = %s",
            (name,),
        ).fetchone()
        if row is not None:
            return int(row[0])
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    raise AssertionError(f"{name} never waited for the chain lock")


def test_every_write_waits_for_the_chain_lock_before_its_first_statement(
    pg_seeded: tuple[Tracker, str], tmp_path: Path
) -> None:
    cli, url = pg_seeded
    statement = cli.add(
        "FR", "committed", "2025-01-01", "--url", "https://lock/1", "--new-topic", topic="lock"
    )
    other = cli.add("DE", "declined", "2025-01-02", "--url", "https://lock/2", topic="lock")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"type": "statement", "topic": "lock", "country": "IT", "stance": "opposed",
                    "date": "2025-01-03"}) + "\n"
    )  # fmt: skip
    writes = [
        [
            "add",
            "--topic",
            "lock",
            "--country",
            "PL",
            "--stance",
            "opposed",
            "--date",
            "2024-12-01",
        ],
        ["correct", statement, "--reason", "typo", "--stance", "declined"],
        ["cite", statement, "--url", "https://lock/3"],
        ["retract", other, "--reason", "wrong"],
        ["withdraw", "https://lock/1", "--reason", "gone"],
        ["import", str(rows)],
        ["topics", "add", "lock-two", "--title", "Two"],
        ["topics", "edit", "lock-two", "--title", "Two again"],
        ["rebuild"],
    ]
    with psycopg.connect(_plain(PG_URL), autocommit=True) as admin:
        for args in writes:
            name = f"locktest_{uuid.uuid4().hex[:8]}"
            named = f"{url}&application_name={name}"
            admin.execute("SELECT pg_advisory_lock(%s)", (CHAIN_LOCK_KEY,))
            process = subprocess.Popen(
                [sys.executable, "-m", "tracker", "--db", named, "--editor", "t", *args],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                pid = _waiting_backend(admin, name, process)
                held = admin.execute(
                    "SELECT l.locktype, c.relname FROM pg_locks l"
                    " LEFT JOIN pg_class c ON c.oid = l.relation"
                    " WHERE l.pid = %s AND l.locktype = 'relation'",
                    (pid,),
                ).fetchall()
                assert held == [], (args, held)
            finally:
                admin.execute("SELECT pg_advisory_unlock(%s)", (CHAIN_LOCK_KEY,))
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0, (args, out, err)
    cli.ok("verify")
