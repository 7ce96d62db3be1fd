"""PostgreSQL: a pooled connection that the server dropped (a restart, an idle timeout,
an administrator) is pinged and replaced once it has been idle for a moment; dropped
within that moment, the next write fails with one error, writes nothing, and the one
after it runs on a new connection."""

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import tracker
from tests.conftest import PG_URL, empty_database
from tracker.errors import DatabaseFailure, TrackerError
from tracker.store.database import PING_AFTER_IDLE_S, Database


@pytest.fixture
def pg_url(tmp_path: Path) -> Iterator[str]:
    yield from empty_database("postgresql", tmp_path)


def _drop_connections(admin: psycopg.Connection, name: str) -> int:
    """Terminate the server connections of the tracker named `name`; how many."""
    rows = admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
        (name,),
    ).fetchall()
    for _ in range(100):  # until the server has let them go
        if not admin.execute(
            "SELECT 1 FROM pg_stat_activity WHERE application_name = %s", (name,)
        ).fetchone():
            break
        time.sleep(0.02)
    return len(rows)


def _log(url: str) -> list[Any]:
    database = Database(url)
    try:
        with database.reading() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT seq, hash FROM events"))]
    finally:
        database.dispose()


def test_a_dropped_pooled_connection_is_replaced_or_one_clean_error(pg_url: str) -> None:
    name = f"droptest_{uuid.uuid4().hex[:8]}"
    session = tracker.open(f"{pg_url}&application_name={name}", editor="t", init=True)
    plain = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        session.add("FR", "committed", "2025-01-01", "t", new_topic=True)
        with psycopg.connect(plain, autocommit=True) as admin:
            # Idle for a moment before its next use: pinged, replaced, the write succeeds.
            assert _drop_connections(admin, name) >= 1
            time.sleep(PING_AFTER_IDLE_S + 0.2)
            session.add("DE", "declined", "2025-01-02", "t")
            # Dropped and used at once: one error, nothing written; then a new connection.
            before = _log(pg_url)
            assert _drop_connections(admin, name) >= 1
            with pytest.raises(DatabaseFailure) as raised:
                session.add("IT", "opposed", "2025-01-03", "t")
            # A TrackerError like every error of the API; the driver's is its cause.
            assert isinstance(raised.value, TrackerError)
            assert isinstance(raised.value.__cause__, DBAPIError)
            assert str(raised.value).startswith("database error: ")
            assert _log(pg_url) == before
            session.add("IT", "opposed", "2025-01-03", "t")
        assert sorted(row.country for row in session.stances(topic="t")) == ["DE", "FR", "IT"]
    finally:
        session.close()
