"""A database written by the first release (0.1.0, schema 0001) upgrades with every event,
its chain and its stances intact, on both backends.

`tests/fixtures/release-0.1.0.db` was written by the 0.1.0 code itself (commit 58846cb):
`init --seed`, an `add` with every field, a `correct`, an `add` and a `retract`.
"""

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, create_engine, insert, select, text

from tests.conftest import Tracker
from tracker.store.database import Database
from tracker.store.schema import SCHEMA_REVISION

FIXTURE = Path(__file__).parent.parent / "fixtures" / "release-0.1.0.db"
RELEASE_HEAD = "063331cdcd5165047035ab555ab914018c6f97b4010ebebcf693741ca2b20619"


def release_bodies() -> list[str]:
    with sqlite3.connect(FIXTURE) as conn:
        return [body for (body,) in conn.execute("SELECT body FROM events ORDER BY seq")]


def release_stances() -> list[dict[str, object]]:
    with sqlite3.connect(FIXTURE) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM stances ORDER BY topic, country").fetchall()
    return [
        {
            "country": r["country"],
            "stance": r["stance"],
            "since": r["since"],
            "last_statement": r["last_statement"],
            "disputed": bool(r["disputed"]),
            "contributions": json.loads(r["contributions"]),
            "conditions": json.loads(r["conditions"]),
            "event_id": r["event_id"],
            "statements": r["statements"],
        }
        for r in rows
    ]


def copy_release_into(location: str) -> None:
    """Write the release's rows, as they are, into a database at revision 0001."""
    database = Database(location)
    database.upgrade("0001")
    source = create_engine(f"sqlite:///{FIXTURE}")
    target = create_engine(database.url)
    tables = MetaData()
    tables.reflect(source, only=["events", "statements", "stances"])
    with source.connect() as read, target.begin() as write:
        for name in ("events", "statements", "stances"):
            table = tables.tables[name]
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            write.execute(insert(table), rows)
    source.dispose()
    target.dispose()


def assert_upgraded_intact(t: Tracker, location: str) -> None:
    assert "tracker init" in t.fails("stance").stderr  # an old schema asks for init
    upgraded = t.ok("init")
    # Revision 0004 records both projectors at version 1 (the projection as the older
    # code kept it); init then rebuilds the statement views, whose version 2 no longer
    # copies the event bodies, before anything reads them.
    assert "Updating the stored projection (statements: version 1 -> 3)" in upgraded.stderr
    assert Database(location).schema_revision() == SCHEMA_REVISION
    exported = [json.loads(line) for line in t.ok("export", "--what", "events").stdout.splitlines()]
    assert [
        {k: v for k, v in e.items() if k not in ("hash", "country_name")} for e in exported
    ] == [json.loads(b) for b in release_bodies()]
    assert exported[-1]["hash"] == RELEASE_HEAD
    stances = [{k: r[k] for k in release_stances()[0]} for r in t.json("stance")]
    assert stances == release_stances()
    assert "28 events" in t.ok("verify").stdout
    with Database(location).reading() as conn:
        rows = conn.execute(text("SELECT name, version, position FROM projections"))
        assert sorted(tuple(r) for r in rows) == [("stances", 1, 28), ("statements", 3, 28)]
    # The upgraded database takes new events on the same chain.
    t.ok("add", "--country", "FR", "--stance", "declined", "--date", "2025-11-01")
    t.ok("verify")


def test_a_release_sqlite_file_upgrades_intact(tmp_path: Path) -> None:
    location = str(tmp_path / "old.db")
    shutil.copy(FIXTURE, location)
    assert_upgraded_intact(Tracker(location), location)


def test_a_release_database_upgrades_intact_on_every_backend(empty_db: str) -> None:
    copy_release_into(empty_db)
    assert_upgraded_intact(Tracker(empty_db), empty_db)
