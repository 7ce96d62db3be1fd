"""A database written by the first release (0.1.0, schema 0001) upgrades with every event,
its chain and its stances intact, on both backends.

`tests/fixtures/release-0.1.0.db` was written by the 0.1.0 code itself (commit 58846cb):
`init --seed`, an `add` with every field, a `correct`, an `add` and a `retract`.
"""

import json
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, create_engine, insert, inspect, select, text

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


def copy_rows_into(
    location: str, fixture: Path, revision: str, names: list[str], *, replace: bool = False
) -> None:
    """Write a release fixture's rows of `names`, as they are, into a database at
    `revision` (`replace`: first empty the tables the migrations filled)."""
    database = Database(location)
    database.upgrade(revision)
    source = create_engine(f"sqlite:///{fixture}")
    target = create_engine(database.url)
    tables = MetaData()
    tables.reflect(source, only=names)
    with source.connect() as read, target.begin() as write:
        for name in names:
            table = tables.tables[name]
            if replace:
                write.execute(table.delete())
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            write.execute(insert(table), rows)
    source.dispose()
    target.dispose()


def copy_release_into(location: str) -> None:
    """Write the release's rows, as they are, into a database at revision 0001."""
    copy_rows_into(location, FIXTURE, "0001", ["events", "statements", "stances"])


def assert_upgraded_intact(t: Tracker, location: str) -> None:
    assert "tracker init" in t.fails("stance").stderr  # an old schema asks for init
    upgraded = t.ok("init")
    # Revision 0004 records both projectors at version 1 (the projection as the older
    # code kept it); init then rebuilds the statement views, whose version 2 no longer
    # copies the event bodies, before anything reads them.
    assert "Updating the stored projection (statements: version 1 -> 4)" in upgraded.stderr
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
        assert sorted(tuple(r) for r in rows) == [
            ("stances", 1, 28),
            ("statement_months", 1, 28),
            ("statements", 4, 28),
        ]
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


# A database written by the release before revision 0005 (commit 3ce54bd, schema 0004):
# `init --seed`, an `add` with every field (troops, conditions, deployment, sources),
# a correction, a retraction, a citation, a created topic and a statement in it.
FIXTURE_0004 = Path(__file__).parent.parent / "fixtures" / "release-0004.db"
HEAD_0004 = "e148a10a606b275c95001c0839f5c0d449b0920d25cdcbcc3b96e117504d91ad"


def copy_0004_into(location: str) -> None:
    """Write the 0004 release's rows, as they are, into a database at revision 0004."""
    names = ["events", "statements", "stances", "projections"]
    copy_rows_into(location, FIXTURE_0004, "0004", names, replace=True)


def stance_table(t: Tracker) -> list[dict[str, object]]:
    return t.json("stance", "--topic", "ukraine-reassurance-force") + t.json(
        "stance", "--topic", "greenland-mission"
    )


def test_a_0004_database_upgrades_to_view_columns_intact(empty_db: str) -> None:
    """Revision 0005 writes the view columns of every stored statement from its body and
    keys the statement views by seq; the bodies, the chain and every stance are kept."""
    copy_0004_into(empty_db)
    t = Tracker(empty_db)
    assert "tracker init" in t.fails("stance").stderr
    upgraded = t.ok("init")
    assert "Updating the stored projection (statements: version 2 -> 4)" in upgraded.stderr
    assert Database(empty_db).schema_revision() == SCHEMA_REVISION
    assert "31 events" in t.ok("verify").stdout  # verify holds the new columns to the bodies
    events = [json.loads(line) for line in t.ok("export", "--what", "events").stdout.splitlines()]
    with sqlite3.connect(FIXTURE_0004) as conn:
        bodies = [json.loads(b) for (b,) in conn.execute("SELECT body FROM events ORDER BY seq")]
        stored = {
            (r[0], r[1]): (r[2], r[3], json.loads(r[4]), r[5])
            for r in conn.execute(
                "SELECT topic, country, stance, since, contributions, event_id FROM stances"
            )
        }
    assert [
        {k: v for k, v in e.items() if k not in ("hash", "country_name")} for e in events
    ] == bodies
    assert events[-1]["hash"] == HEAD_0004
    shown = {
        (r["topic"], r["country"]): (r["stance"], r["since"], r["contributions"], r["event_id"])
        for r in stance_table(t)
    }
    assert shown == stored
    with Database(empty_db).reading() as conn:
        denmark = conn.execute(
            text(
                "SELECT stance, date, contributions, troops, conditions, deployment FROM events"
                " WHERE event_id = '36e5bb1c-4989-4cd0-89b1-18f04d34ff1a'"
            )
        ).one()
    troops = denmark.troops if isinstance(denmark.troops, dict) else json.loads(denmark.troops)
    assert (denmark.stance, denmark.date, denmark.deployment) == (
        "conditional",  # as recorded: the correction lives in its own event
        "2025-10-02",
        "neighbouring",
    )
    assert troops["min"] == 200 and troops["max"] == 400
    # The upgraded database takes new events on the same chain.
    topic = ("--topic", "ukraine-reassurance-force")
    t.ok("add", *topic, "--country", "DK", "--stance", "declined", "--date", "2025-11-01")
    assert t.json("stance", *topic, "--country", "DK")[0]["stance"] == "declined"
    t.ok("verify")


# A database written by the code before revision 0006 (commit 6377872, schema 0005):
# `init --seed`, an `add` with every field (Denmark, https://dr.dk/a), its correction to
# `committed`, an `add` (Sweden, https://svt.se/b) and its retraction, a citation.
FIXTURE_0005 = Path(__file__).parent.parent / "fixtures" / "release-0005.db"
HEAD_0005 = "b1055369aa8cd2439f958993ec002ecd2a303ea3f6ef4d9d494c0f99cbc80ff3"


def test_a_0005_database_upgrades_to_indexed_duplicate_keys_intact(empty_db: str) -> None:
    """Revision 0006 writes every statement's duplicate key from its body and rebuilds
    the views, which index each view's key as corrections leave it; the bodies, the
    chain and every stance are kept, and the duplicate check finds the old statements."""
    names = ["events", "statements", "stances", "projections"]
    copy_rows_into(empty_db, FIXTURE_0005, "0005", names, replace=True)
    t = Tracker(empty_db)
    assert "tracker init" in t.fails("stance").stderr  # an old schema asks for init
    with sqlite3.connect(FIXTURE_0005) as conn:
        bodies = [json.loads(b) for (b,) in conn.execute("SELECT body FROM events ORDER BY seq")]
        before = {
            (r[0], r[1]): (r[2], r[3], r[4])
            for r in conn.execute("SELECT topic, country, stance, since, event_id FROM stances")
        }
    upgraded = t.ok("init")
    assert "Updating the stored projection (statements: version 3 -> 4)" in upgraded.stderr
    assert Database(empty_db).schema_revision() == SCHEMA_REVISION
    assert "29 events" in t.ok("verify").stdout  # verify holds the keys to the bodies
    events = [json.loads(line) for line in t.ok("export", "--what", "events").stdout.splitlines()]
    assert [
        {k: v for k, v in e.items() if k not in ("hash", "country_name")} for e in events
    ] == bodies
    assert events[-1]["hash"] == HEAD_0005
    shown = {
        (r["topic"], r["country"]): (r["stance"], r["since"], r["event_id"])
        for r in t.json("stance", "--topic", "ukraine-reassurance-force")
    }
    assert shown == before
    with Database(empty_db).reading() as conn:
        missing = conn.execute(
            text("SELECT count(*) FROM events WHERE type = 'statement' AND duplicate_key IS NULL")
        ).scalar_one()
        keyless_views = conn.execute(
            text("SELECT count(*) FROM statements WHERE duplicate_key IS NULL")
        ).scalar_one()
    assert (missing, keyless_views) == (0, 0)
    # The duplicate check finds old statements by their keys as corrections left them.
    topic = "ukraine-reassurance-force"
    rows = [
        {
            "topic": topic,
            "country": "DK",
            "stance": "committed",
            "date": "2025-10-02",
            "sources": [{"outlet": "DR", "url": "https://dr.dk/a"}],
        },  # the corrected view
        {
            "topic": topic,
            "country": "DK",
            "stance": "conditional",
            "date": "2025-10-02",
            "sources": [{"outlet": "DR", "url": "https://dr.dk/a"}],
        },  # as first recorded
        {
            "topic": topic,
            "country": "SE",
            "stance": "opposed",
            "date": "2025-10-03",
            "sources": [{"outlet": "SVT", "url": "https://svt.se/b"}],
        },  # retracted
    ]
    result = t.ok("import", "-", input="".join(json.dumps(r) + "\n" for r in rows))
    assert result.stderr.count("duplicate of active statement 3f2c7a7f") == 1, result.stderr
    assert len(t.json("events")) == 31
    t.ok("verify")


def downgrade_to(location: str, revision: str) -> None:
    """Take the database at `location` back to `revision` (Alembic's downgrades)."""
    from alembic import command

    from tracker.store.migrate import _config

    database = Database(location)
    config = _config()
    with database.engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    database.dispose()


def month_counts(location: str) -> list[tuple[object, ...]]:
    with Database(location).reading() as conn:
        query = "SELECT topic, country, month, statements FROM statement_months ORDER BY 1, 2, 3"
        return [tuple(r) for r in conn.execute(text(query))]


def test_a_0006_database_upgrades_to_month_counts_without_a_rebuild(empty_db: str) -> None:
    """Revision 0007 counts each key's active statements per month from the stored views
    (a backdated statement, one corrected into another month, a retracted one) and
    records the count projection where the views stand: the upgrade rebuilds nothing and
    as-of reads the same stances."""
    t = Tracker(empty_db)
    t.ok("init", "--seed")
    topic = ("--topic", "ukraine-reassurance-force")
    t.ok("add", *topic, "--country", "FR", "--stance", "committed", "--date", "2025-03-04")
    moved = t.add("France", "declined", "2025-04-20", topic="ukraine-reassurance-force")
    t.ok("correct", moved, "--reason", "wrong month", "--date", "2025-02-11")
    gone = t.add("France", "opposed", "2025-03-30", topic="ukraine-reassurance-force")
    t.ok("retract", gone, "--reason", "never said")
    counts = month_counts(empty_db)
    assert ("ukraine-reassurance-force", "FR", "2025-02", 1) in counts
    assert ("ukraine-reassurance-force", "FR", "2025-03", 1) in counts
    as_of = [t.json("stance", *topic, "--as-of", day) for day in ("2025-02-28", "2025-03-31")]
    downgrade_to(empty_db, "0006")
    assert Database(empty_db).schema_revision() == "0006"
    assert "tracker init" in t.fails("stance").stderr  # an old schema asks for init
    upgraded = t.ok("init")
    assert "Updating the stored projection" not in upgraded.stderr
    assert Database(empty_db).schema_revision() == SCHEMA_REVISION
    assert month_counts(empty_db) == counts
    assert [t.json("stance", *topic, "--as-of", d) for d in ("2025-02-28", "2025-03-31")] == as_of
    assert "stances match a rebuild" in t.ok("verify").stdout


def view_indexes(location: str) -> set[str]:
    database = Database(location)
    try:
        with database.reading() as conn:
            return {str(index["name"]) for index in inspect(conn).get_indexes("statements")}
    finally:
        database.dispose()


def test_a_0007_database_upgrades_to_views_without_an_id_index_intact(empty_db: str) -> None:
    """Revision 0008 drops the views' own `event_id` index: the upgrade rebuilds nothing,
    every event, stance and view reads as before, and a view is still found by id (a
    correction, a retraction, `show`, as-of known at a time before a correction)."""
    t = Tracker(empty_db)
    t.ok("init", "--seed")
    topic = ("--topic", "ukraine-reassurance-force")
    first = t.add("France", "committed", "2025-03-04", topic="ukraine-reassurance-force")
    moved = t.add("France", "declined", "2025-04-20", topic="ukraine-reassurance-force")
    before_correction = t.json("stance", *topic, "--as-of", "2025-04-30")
    t.ok("correct", moved, "--reason", "wrong month", "--date", "2025-02-11")
    events = t.ok("export", "--what", "events").stdout
    stances = t.json("stance", *topic)
    shown = t.json("show", first)
    downgrade_to(empty_db, "0007")
    assert Database(empty_db).schema_revision() == "0007"
    assert "ix_statements_event_id" in view_indexes(empty_db)
    assert "tracker init" in t.fails("stance").stderr  # an old schema asks for init
    upgraded = t.ok("init")
    assert "Updating the stored projection" not in upgraded.stderr
    assert Database(empty_db).schema_revision() == SCHEMA_REVISION
    assert "ix_statements_event_id" not in view_indexes(empty_db)
    assert t.ok("export", "--what", "events").stdout == events
    assert t.json("stance", *topic) == stances
    assert t.json("show", first) == shown
    known = t.json("events")[-2]["recorded_at"]  # the second add's, before the correction
    assert t.json("stance", *topic, "--as-of", "2025-04-30", "--known-at", known) == (
        before_correction
    )
    t.ok("retract", first, "--reason", "never said")
    assert "is retracted" in t.fails("retract", first, "--reason", "again").stderr
    assert "stances match a rebuild" in t.ok("verify").stdout


def source(url: str) -> tuple[str, ...]:
    return ("--outlet", "X", "--url", url)


def test_a_0008_database_upgrades_to_twins_found_through_the_covering_index(
    empty_db: str,
) -> None:
    """Revision 0009 drops the views' duplicate-key index: the upgrade rebuilds nothing,
    every event, view and stance reads as before, and an import still finds its records'
    twins (a stored statement, one as a correction left it, not a retracted one) through
    the covering index."""
    t = Tracker(empty_db)
    t.ok("init", "--seed")
    topic = "ukraine-reassurance-force"
    kept = t.add("Denmark", "conditional", "2025-10-02", *source("https://dr.dk/a"), topic=topic)
    moved = t.add("Denmark", "declined", "2025-04-20", *source("https://dr.dk/b"), topic=topic)
    t.ok("correct", moved, "--reason", "misread", "--stance", "opposed")
    gone = t.add("Sweden", "opposed", "2025-10-03", *source("https://svt.se/b"), topic=topic)
    t.ok("retract", gone, "--reason", "never said")
    events = t.ok("export", "--what", "events").stdout
    views = t.ok("export", "--what", "statements").stdout
    stances = t.json("stance", "--topic", topic)
    downgrade_to(empty_db, "0008")
    assert Database(empty_db).schema_revision() == "0008"
    assert "ix_statements_duplicate_key" in view_indexes(empty_db)
    assert "tracker init" in t.fails("stance").stderr  # an old schema asks for init
    upgraded = t.ok("init")
    assert "Updating the stored projection" not in upgraded.stderr
    assert Database(empty_db).schema_revision() == SCHEMA_REVISION
    assert "ix_statements_duplicate_key" not in view_indexes(empty_db)
    assert t.ok("export", "--what", "events").stdout == events
    assert t.ok("export", "--what", "statements").stdout == views
    assert t.json("stance", "--topic", topic) == stances
    assert "stances match a rebuild" in t.ok("verify").stdout

    def row(country: str, stance: str, date: str, url: str) -> str:
        record = {"topic": topic, "country": country, "stance": stance, "date": date}
        return json.dumps({**record, "sources": [{"outlet": "X", "url": url}]}) + "\n"

    rows = [
        row("DK", "conditional", "2025-10-02", "https://dr.dk/a"),  # twin of `kept`
        row("DK", "opposed", "2025-04-20", "https://dr.dk/b"),  # `moved` as corrected
        row("DK", "declined", "2025-04-20", "https://dr.dk/b"),  # as first recorded
        row("SE", "opposed", "2025-10-03", "https://svt.se/b"),  # retracted
        row("DK", "conditional", "2025-10-02", "https://dr.dk/c"),  # another source
    ]
    result = t.ok("import", "-", input="".join(rows))
    assert result.stderr.count(f"duplicate of active statement {kept[:8]}") == 1, result.stderr
    assert result.stderr.count(f"duplicate of active statement {moved[:8]}") == 1, result.stderr
    assert result.stderr.count("duplicate of active statement") == 2, result.stderr
    assert "imported 3, skipped 0 already stored, skipped 2 duplicates" in result.stderr
    assert "stances match a rebuild" in t.ok("verify").stdout
