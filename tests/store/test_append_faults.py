"""A lone append sends its reads together and its writes together (one round trip each on
PostgreSQL): whichever of its statements fails, the database is left exactly as it was,
the editor gets one error line, and the same session appends again once the fault is
gone."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import tracker
from tests.conftest import Tracker
from tracker.errors import DatabaseFailure
from tracker.store.database import Database

TABLES = ("events", "statements", "stances", "statement_months", "projections")
# Each statement of an append, made to fail: a trigger refusing a table's row (the
# event, its view, the stance upsert, the month count, the position); a table read
# before any write, moved away; and on PostgreSQL a check deferred to the COMMIT.
WRITES = ("events", "statements", "stances", "statement_months", "projections")
READS = ("events", "statements", "stances", "projections")
FAULT_WORDS = ("injected fault", "does not exist", "no such table", "not a tracker database")


def snapshot(location: str) -> dict[str, list[Any]]:
    database = Database(location)
    try:
        with database.reading() as conn:
            return {
                table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table}"))]
                for table in TABLES
            }
    finally:
        database.dispose()


def run_sql(location: str, *statements: str) -> None:
    database = Database(location)
    try:
        with database.engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        database.dispose()


def sorted_snapshot(location: str) -> dict[str, list[Any]]:
    return {table: sorted(rows, key=repr) for table, rows in snapshot(location).items()}


def faults(backend: str) -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, SQL that makes the fault, SQL that removes it)."""
    for table in WRITES:
        if backend == "sqlite":
            make = [
                f"CREATE TRIGGER fault_{table}_{when} BEFORE {when} ON {table}"
                " BEGIN SELECT RAISE(ABORT, 'injected fault'); END"
                for when in ("INSERT", "UPDATE")
            ]
            drop = [f"DROP TRIGGER fault_{table}_{when}" for when in ("INSERT", "UPDATE")]
        else:
            make = [
                "CREATE OR REPLACE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql"
                " AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$",
                f"CREATE TRIGGER fault BEFORE INSERT OR UPDATE ON {table}"
                " FOR EACH ROW EXECUTE FUNCTION fault()",
            ]
            drop = [f"DROP TRIGGER fault ON {table}"]
        yield f"writing {table}", make, drop
    for table in READS:
        yield (
            f"reading {table}",
            [f"ALTER TABLE {table} RENAME TO moved_{table}"],
            [f"ALTER TABLE moved_{table} RENAME TO {table}"],
        )
    if backend == "postgresql":
        yield (
            "committing",
            [
                "CREATE OR REPLACE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql"
                " AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$",
                "CREATE CONSTRAINT TRIGGER fault AFTER INSERT ON events DEFERRABLE"
                " INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fault()",
            ],
            ["DROP TRIGGER fault ON events"],
        )


def test_an_append_that_fails_at_any_statement_leaves_the_database_as_it_was(
    seeded: Tracker, backend: str
) -> None:
    seeded.add("FR", "committed", "2025-03-01", "--new-topic")
    seeded.add("FR", "committed", "2025-04-01")  # FR's latest run: two statements
    session = tracker.open(seeded.db, editor="test editor")
    try:
        for n, (name, make, drop) in enumerate(faults(backend)):
            before = sorted_snapshot(seeded.db)
            run_sql(seeded.db, *make)
            try:
                # Backdated into FR's latest run: the stance is advanced over it.
                args = ("--country", "FR", "--stance", "declined", "--date", "2025-03-15")
                result = seeded.fails("add", "--topic", "t", *args, "--url", f"https://f/{n}")
                assert any(word in result.stderr for word in FAULT_WORDS), (name, result.stderr)
                with pytest.raises(DatabaseFailure) as raised:
                    session.add(
                        "FR", "declined", "2025-03-15", "t", source={"url": f"https://g/{n}"}
                    )
                assert any(word in str(raised.value) for word in FAULT_WORDS), name
                assert isinstance(raised.value.__cause__, DBAPIError), name
            finally:
                run_sql(seeded.db, *drop)
            assert sorted_snapshot(seeded.db) == before, name
            # The session's pooled connection is usable again: the next append is stored.
            session.add("DE", "opposed", "2024-01-01", "t", source={"url": f"https://h/{n}"})
        seeded.ok("verify")
        stance = {row["country"]: row for row in seeded.json("stance", "--topic", "t")}
        assert stance["FR"]["stance"] == "committed"
        assert stance["DE"]["statements"] >= len(WRITES) + len(READS)
    finally:
        session.close()


def test_a_lone_postgresql_append_commits_in_the_round_trip_of_its_writes(
    seeded: Tracker, backend: str, tmp_path: Any
) -> None:
    """On PostgreSQL a lone append's writes and its COMMIT go to the server as one text
    (`Raw.pipeline`): no round trip of its own for the COMMIT. The libpq trace of the
    connection shows one message holding the event's INSERT and the COMMIT, and none
    holding a COMMIT alone; what is stored is what `verify` holds to the chain."""
    if backend != "postgresql":
        pytest.skip("round trips: PostgreSQL")
    import psycopg

    seeded.add("FR", "committed", "2025-03-01", "--new-topic")
    session = tracker.open(seeded.db, editor="test editor")
    try:
        session.add("FR", "declined", "2025-03-02", "t", source={"url": "https://rt/0"})
        raw = session.database.engine.raw_connection()
        pgconn = raw.driver_connection.pgconn  # type: ignore[union-attr]
        raw.close()  # back to the pool: the next append takes this connection
        trace = tmp_path / "trace.txt"
        with trace.open("w") as handle:
            pgconn.trace(handle.fileno())
            pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS)
            session.add("FR", "declined", "2025-03-03", "t", source={"url": "https://rt/1"})
            pgconn.untrace()
    finally:
        session.close()
    messages: list[str] = []  # a message's text goes on over the lines of its SQL
    for line in trace.read_text().splitlines():
        if line.startswith(("F\t", "B\t")) or not messages:
            messages.append(line)
        else:
            messages[-1] += "\n" + line
    sent = [m for m in messages if m.startswith("F\t")]
    with_commit = [m for m in sent if re.search(r'(\n|")COMMIT"', m)]  # the statement
    assert len(with_commit) == 1 and "INSERT INTO events" in with_commit[0], with_commit
    seeded.ok("verify")
    assert seeded.json("stance", "--topic", "t")[0]["stance"] == "declined"
