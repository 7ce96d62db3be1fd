"""Projectors (issue 11): each read model records its version and position in the
`projections` table; appends move the position with the chain head; a projection built by
another projector version, or left behind the log, is rebuilt before any command reads it,
with a progress line."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import Tracker
from tracker.store.database import Database
from tracker.store.projectors import PROJECTORS


def projection_rows(location: str) -> dict[str, tuple[int, int]]:
    database = Database(location)
    try:
        with database.reading() as conn:
            rows = conn.execute(text("SELECT name, version, position FROM projections"))
            return {name: (version, position) for name, version, position in rows}
    finally:
        database.dispose()


def run_sql(location: str, *statements: str) -> None:
    """Change the projection behind the tracker's back (the log stays as it is)."""
    database = Database(location)
    try:
        with database.writing() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        database.dispose()


def current(head: int) -> dict[str, tuple[int, int]]:
    return {kind.NAME: (kind.VERSION, head) for kind in PROJECTORS}


def test_every_write_moves_each_projector_to_the_chain_head(
    seeded: Tracker, tmp_path: Path
) -> None:
    assert projection_rows(seeded.db) == current(25)
    event_id = seeded.add("FR", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    assert projection_rows(seeded.db) == current(26)
    seeded.ok("correct", event_id[:8], "--stance", "conditional", "--reason", "misread")
    seeded.ok("cite", event_id[:8], "--outlet", "Le Monde", "--url", "https://lemonde.fr/a")
    seeded.ok("retract", event_id[:8], "--reason", "misread")
    assert projection_rows(seeded.db) == current(29)
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"country": "IT", "stance": "declined", "date": "2025-10-02"}) + "\n",
        encoding="utf-8",
    )
    seeded.ok("import", "--dry-run", str(rows))
    assert projection_rows(seeded.db) == current(29)  # a dry run writes nothing
    seeded.ok("import", str(rows))
    assert projection_rows(seeded.db) == current(30)
    seeded.ok("verify")


def test_a_projection_of_another_projector_version_is_rebuilt_before_it_is_read(
    seeded: Tracker,
) -> None:
    before = seeded.ok("stance", "--format", "json").stdout
    # As if an older tracker's fold had left wrong rows, under another version.
    run_sql(
        seeded.db,
        "UPDATE stances SET stance = 'opposed'",
        "DELETE FROM stances WHERE country = 'FR'",
        "UPDATE projections SET version = 0 WHERE name = 'stances'",
    )
    result = seeded.ok("stance", "--format", "json")
    assert "Updating the stored projection (stances: version 0 -> 1)" in result.stderr
    assert "Projection up to date at event 25" in result.stderr
    assert result.stdout == before
    assert projection_rows(seeded.db) == current(25)
    again = seeded.ok("stance", "--format", "json")
    assert again.stderr == "" and again.stdout == before


def test_events_stored_behind_the_projectors_back_are_projected_before_a_read(
    seeded: Tracker,
) -> None:
    before = seeded.ok("stance", "--format", "json").stdout
    timeline = seeded.ok("timeline", "LT", "--format", "json").stdout
    # The projection as it stood at event 10: later statements and all stances missing.
    run_sql(
        seeded.db,
        "DELETE FROM statements WHERE seq > 10",
        "DELETE FROM stances",
        "UPDATE projections SET position = 10",
    )
    result = seeded.ok("stance", "--format", "json")
    assert "statements: at event 10 of 25" in result.stderr
    assert result.stdout == before
    assert seeded.ok("timeline", "LT", "--format", "json").stdout == timeline
    assert "25 events" in seeded.ok("verify").stdout


def test_a_missing_projector_row_counts_as_never_built(seeded: Tracker) -> None:
    run_sql(seeded.db, "DELETE FROM projections WHERE name = 'statements'")
    result = seeded.ok("events", "--format", "json")
    assert "statements: not yet built" in result.stderr
    assert projection_rows(seeded.db) == current(25)


def test_rebuild_resets_every_projector_and_records_the_head(seeded: Tracker) -> None:
    run_sql(seeded.db, "UPDATE projections SET position = 3")
    # `rebuild` itself is the remedy: it says nothing of staleness twice.
    result = seeded.ok("rebuild")
    assert projection_rows(seeded.db) == current(25)
    assert "25 events" in seeded.ok("verify").stdout
    assert result.exit_code == 0


def test_an_empty_database_is_current_at_position_0(tracker: Tracker) -> None:
    assert projection_rows(tracker.db) == current(0)
    result = tracker.ok("stance")
    assert "Updating" not in result.stderr


def test_a_stale_projection_on_a_read_only_database_is_one_error(
    sqlite_tracker: Tracker,
) -> None:
    """SQLite's read-only URI form (`mode=ro`): a current projection reads; a stale one
    cannot be rebuilt there, which is said in one line, and nothing stale is shown."""
    sqlite_tracker.ok("init", "--seed")
    read_only = Tracker(f"sqlite:///file:{sqlite_tracker.db}?mode=ro&uri=true")
    assert len(read_only.json("stance")) == 23
    run_sql(sqlite_tracker.db, "UPDATE projections SET version = 0 WHERE name = 'stances'")
    result = read_only.fails("stance")
    assert "cannot be rebuilt here" in result.stderr and "tracker rebuild" in result.stderr
    assert result.stdout == ""
    assert projection_rows(sqlite_tracker.db)["stances"] == (0, 25)


def test_readers_of_a_stale_projection_at_once_rebuild_it_once(seeded: Tracker) -> None:
    """Four commands start together on a stale database: one rebuilds under the write
    lock, the others wait for it, find the projection current and read it."""
    expected = seeded.ok("stance", "--format", "json").stdout
    run_sql(
        seeded.db,
        "DELETE FROM stances",
        "UPDATE projections SET version = 0 WHERE name = 'stances'",
    )
    command = [sys.executable, "-m", "tracker", "--db", seeded.db, "stance", "--format", "json"]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert [code for code, _, _ in results] == [0, 0, 0, 0], results
    assert all(out == expected for _, out, _ in results)
    assert sum(err.count("Updating the stored projection") for _, _, err in results) == 1
    assert projection_rows(seeded.db) == current(25)


def test_a_damaged_projection_row_is_one_error_naming_the_remedy(seeded: Tracker) -> None:
    """Tampered projection rows: reads and `verify` say so in one line; `rebuild`
    repairs them (no traceback)."""
    event_id = seeded.add("FR", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    seeded.ok("correct", event_id[:8], "--stance", "opposed", "--reason", "misread")
    run_sql(seeded.db, f"UPDATE statements SET detail = '[1]' WHERE event_id = '{event_id}'")
    for command in (("timeline", "FR"), ("verify",)):
        assert "tracker rebuild" in seeded.fails(*command).stderr
    seeded.ok("rebuild")
    assert seeded.json("timeline", "FR")[-1]["stance"] == "opposed"
    run_sql(seeded.db, "UPDATE stances SET contributions = '5' WHERE country = 'DE'")
    assert "tracker rebuild" in seeded.fails("export", "--what", "stances").stderr
    seeded.ok("rebuild")
    seeded.ok("verify")


def test_verify_finds_an_orphan_view_and_a_wrong_date_order(seeded: Tracker) -> None:
    run_sql(
        seeded.db,
        "INSERT INTO statements (event_id, seq, topic, country, stance, date, date_key,"
        " status, contributions, troops, conditions, detail, deployment) VALUES ("
        "'orphan-1', 99999, 'ukraine-reassurance-force', 'SE', 'opposed', '2025-01-01',"
        " '2025-01-01', 'active', '[]', NULL, '[]', '{}', NULL)",
    )
    assert "orphan-1" in seeded.fails("verify").stderr
    seeded.ok("rebuild")
    run_sql(seeded.db, "UPDATE statements SET date_key = '1900-01-01' WHERE country = 'FR'")
    assert "date order" in seeded.fails("verify").stderr
    seeded.ok("rebuild")
    seeded.ok("verify")


def test_verify_finds_a_view_whose_duplicate_key_was_edited(seeded: Tracker) -> None:
    """The views' duplicate keys are what an import's duplicate check looks up: one
    edited behind the tracker's back would let a duplicate in, or skip a new report."""
    run_sql(seeded.db, "UPDATE statements SET duplicate_key = NULL WHERE country = 'FR'")
    assert "(its duplicate key)" in seeded.fails("verify").stderr
    seeded.ok("rebuild")
    seeded.ok("verify")


def backdoor_statement(location: str, country: str, stance: str, day: str) -> None:
    """Chain one statement into the log by raw SQL, as a program that skips the
    projectors would: valid body and hash, no projection update."""
    from datetime import UTC, datetime

    from tracker.domain.events import canonical_json, chain_hash, new_event_id
    from tracker.store.eventstore import chain_head_with_time

    database = Database(location)
    try:
        with database.writing() as conn:
            seq, head, _ = chain_head_with_time(conn)
            moment = datetime.now(UTC)
            record = {
                "type": "statement",
                "event_id": new_event_id(),
                "recorded_at": moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "recorded_by": "backdoor",
                "topic": "ukraine-reassurance-force",
                "country": country,
                "stance": stance,
                "date": day,
                "approximate": False,
                "contributions": [],
                "troops": None,
                "conditions": [],
                "speaker": None,
                "sources": [],
                "note": None,
            }
            body = canonical_json(record)
            conn.execute(
                text(
                    "INSERT INTO events (seq, event_id, type, topic, country, target_id,"
                    " recorded_at, body, hash) VALUES (:seq, :id, 'statement', :topic,"
                    " :country, NULL, :at, :body, :hash)"
                ),
                {
                    "seq": seq + 1,
                    "id": record["event_id"],
                    "topic": record["topic"],
                    "country": country,
                    "at": moment
                    if database.dialect == "postgresql"
                    else moment.replace(tzinfo=None),
                    "body": body,
                    "hash": chain_hash(head, body),
                },
            )
    finally:
        database.dispose()


def test_an_append_never_hides_events_stored_behind_the_projectors_back(
    seeded: Tracker,
) -> None:
    """A library session opened before another program chained an event by raw SQL:
    its next read rebuilds, and so does its next append (under the write lock), so
    moving the position to the new head cannot leave the event unprojected."""
    import tracker

    session = tracker.open(seeded.db, editor="analyst")
    try:
        backdoor_statement(seeded.db, "SE", "opposed", "2025-12-01")
        assert session.stances(country="SE")[0].stance == "opposed"  # read: rebuilt first
        backdoor_statement(seeded.db, "NO", "opposed", "2025-12-01")
        session.add("Finland", "committed", "2025-12-02")  # append: rebuilt first
        assert projection_rows(seeded.db) == current(28)
    finally:
        session.close()
    assert seeded.json("stance", "--country", "NO")[0]["stance"] == "opposed"
    seeded.ok("verify")  # the views of events without view columns have their keys too
    again = {"country": "NO", "stance": "opposed", "date": "2025-12-01"}
    result = seeded.ok("import", "-", input=json.dumps(again) + "\n")
    assert "duplicate of active statement" in result.stderr, result.stderr


def test_rebuild_of_a_stale_database_rebuilds_once(seeded: Tracker) -> None:
    run_sql(seeded.db, "UPDATE projections SET version = 0 WHERE name = 'stances'")
    result = seeded.ok("rebuild")
    assert "Updating the stored projection" not in result.stderr
    assert projection_rows(seeded.db) == current(25)


def test_a_cited_source_reads_the_same_before_and_after_a_rebuild(tracker: Tracker) -> None:
    event_id = tracker.add("FR", "committed", "2025-01-02", "--url", "https://a.example/1")
    tracker.ok("cite", event_id[:8], "--url", "https://b.example/2", "--outlet", "B")
    before = tracker.ok("timeline", "FR", "--format", "json").stdout
    tracker.ok("rebuild")
    assert tracker.ok("timeline", "FR", "--format", "json").stdout == before


def test_rebuild_repairs_a_dropped_projections_table(seeded: Tracker) -> None:
    run_sql(seeded.db, "DROP TABLE projections")
    assert seeded.fails("stance").stderr.startswith("Error:")
    seeded.ok("rebuild")
    assert projection_rows(seeded.db) == current(25)
    seeded.ok("verify")


# -- the projection's position witnesses the log's length (issue 19, item 2) -------------


def truncate(location: str, keep: int) -> None:
    """Delete the log's events after `keep` behind the tracker's back, guards dropped."""
    database = Database(location)
    try:
        with database.writing() as conn:
            if database.dialect == "sqlite":
                conn.execute(text("DROP TRIGGER IF EXISTS events_no_delete"))
            else:
                conn.execute(text("ALTER TABLE events DISABLE TRIGGER USER"))
            conn.execute(text(f"DELETE FROM events WHERE seq > {keep}"))
    finally:
        database.dispose()


def log_length(location: str) -> int:
    database = Database(location)
    try:
        with database.reading() as conn:
            return int(conn.execute(text("SELECT count(*) FROM events")).scalar_one())
    finally:
        database.dispose()


def test_a_truncated_log_is_refused_by_every_read_and_write(seeded: Tracker) -> None:
    """The newest event (the seed's 25th) deleted behind the tracker's back: no command rebuilds over the
    loss (which would make it invisible); each says so in one line pointing to verify."""
    truncate(seeded.db, 24)
    for command in (
        ("stance",),
        ("timeline", "FR"),
        ("events",),
        (
            "add",
            "--topic",
            "ukraine-reassurance-force",
            "--country",
            "FR",
            "--stance",
            "committed",
            "--date",
            "2025-10-01",
        ),
        ("import", "-"),
        ("init",),
    ):
        result = seeded.fails(
            *command, input='{"country": "IT", "stance": "declined", "date": "2025-10-02"}\n'
        )
        assert "event 25 is missing" in result.stderr, (command, result.stderr)
        assert "tracker verify" in result.stderr
        assert "Updating the stored projection" not in result.stderr
        assert result.stdout == ""
    assert log_length(seeded.db) == 24
    assert projection_rows(seeded.db) == current(25)  # the witness is kept


def test_verify_names_the_events_a_truncated_log_has_lost(seeded: Tracker) -> None:
    truncate(seeded.db, 20)
    result = seeded.fails("verify")
    assert "the log is truncated: events 21..25 are missing" in result.stderr, result.stderr
    assert result.stdout == ""
    assert projection_rows(seeded.db) == current(25)  # verify changed nothing either


def test_an_explicit_rebuild_accepts_a_truncated_log_and_says_what_it_lost(
    seeded: Tracker,
) -> None:
    truncate(seeded.db, 24)
    result = seeded.ok("rebuild")
    assert "Warning: the log ends at event 24 where the projection had reached 25" in (
        result.stderr
    )
    assert "without the missing event 25" in result.stderr
    assert projection_rows(seeded.db) == current(24)
    assert "24 events" in seeded.ok("verify").stdout
    assert "Warning" not in seeded.ok("rebuild").stderr  # accepted once


def test_the_library_refuses_a_truncated_log_too(seeded: Tracker) -> None:
    import tracker
    from tracker.errors import LogTruncated, TrackerError

    session = tracker.open(seeded.db, editor="analyst")
    try:
        truncate(seeded.db, 24)
        with pytest.raises(LogTruncated, match="event 25 is missing"):
            session.stances()
        with pytest.raises(TrackerError, match="event 25 is missing"):
            session.add("Finland", "committed", "2025-12-02")
    finally:
        session.close()
    assert log_length(seeded.db) == 24


def test_verify_reads_a_fresh_views_detail_from_the_walks_record(seeded: Tracker) -> None:
    """`verify` parses each body once: a fresh view's detail is taken from the record of
    its event that the walk parsed. A view given a detail of its own (another speaker)
    behind the tracker's back is still named, and so is one that lost its quote."""
    event_id = seeded.add("FR", "committed", "2025-10-02", topic="ukraine-reassurance-force")
    seeded.ok("verify")
    database = Database(seeded.db)
    with database.reading() as conn:
        body = conn.execute(text(f"SELECT body FROM events WHERE event_id = '{event_id}'"))
        record = json.loads(body.scalar_one())
    database.dispose()
    detail = {k: record.get(k) for k in ("approximate", "sources", "note", "recorded_at")}
    for speaker in ("Someone else", record.get("speaker")):
        edited = json.dumps({**detail, "speaker": speaker, "recorded_by": "nobody"})
        run_sql(
            seeded.db, f"UPDATE statements SET detail = '{edited}' WHERE event_id = '{event_id}'"
        )
        assert event_id in seeded.fails("verify").stderr
        seeded.ok("rebuild")
    seeded.ok("verify")
