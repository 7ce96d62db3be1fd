"""Nothing a user types can destroy or falsify the record (issue 10, items 2-5): record
time only moves forward, every stored column is checked by `verify`, saved anchors catch
truncation and re-chaining, reads see one snapshot, and SQLite refuses REPLACE."""

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import Tracker
from tracker.domain.duplicates import duplicate_digest, duplicate_key
from tracker.service import recording, upkeep
from tracker.store.database import Database

STATEMENT = {
    "topic": "ukraine-reassurance-force",
    "country": "IT",
    "stance": "committed",
    "date": "2025-09-04",
}


def write_jsonl(path: Path, *records: dict[str, object]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_a_forged_past_record_time_is_refused_and_changes_nothing(
    seeded: Tracker, tmp_path: Path
) -> None:
    seeded.add("DE", "committed", "2025-10-01", topic="ukraine-reassurance-force")  # head: now
    before = seeded.ok("events", "--format", "jsonl").stdout
    known = seeded.ok("stance", "--known-at", "2025-09-06", "--format", "jsonl").stdout
    forged = write_jsonl(
        tmp_path / "forged.jsonl", {**STATEMENT, "recorded_at": "2025-09-05T12:00:00Z"}
    )
    result = seeded.fails("import", forged)
    assert "forged.jsonl:1" in result.stderr and "already holds events" in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before
    assert seeded.ok("stance", "--known-at", "2025-09-06", "--format", "jsonl").stdout == known


def test_a_record_time_in_the_future_is_refused_even_in_an_empty_database(
    tracker: Tracker, tmp_path: Path
) -> None:
    future = write_jsonl(tmp_path / "f.jsonl", {**STATEMENT, "recorded_at": "2999-01-01T00:00:00Z"})
    assert "in the future" in tracker.fails("import", future).stderr
    assert tracker.json("events") == []


def test_restamp_records_forged_times_now_and_says_so(seeded: Tracker, tmp_path: Path) -> None:
    seeded.add("DE", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    known = seeded.json("stance", "--known-at", "2025-09-06")
    forged = write_jsonl(
        tmp_path / "forged.jsonl", {**STATEMENT, "recorded_at": "2025-09-05T12:00:00Z"}
    )
    result = seeded.ok("import", "--restamp", forged)
    assert "1 given the current record time" in result.stderr
    times = [e["recorded_at"] for e in seeded.json("events")]
    assert times == sorted(times) and times[-1] > "2026"
    assert seeded.json("stance", "--known-at", "2025-09-06") == known


def test_restoring_an_export_into_an_empty_database_keeps_every_record_time(
    seeded: Tracker, tmp_path: Path, empty_db: str
) -> None:
    seeded.add("DE", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    backup = tmp_path / "backup.jsonl"
    seeded.ok("export", "--what", "events", "-o", str(backup))
    fresh = Tracker(str(tmp_path / "fresh.db"))
    fresh.ok("import", str(backup))
    assert [e["recorded_at"] for e in fresh.json("events")] == [
        e["recorded_at"] for e in seeded.json("events")
    ]


def test_record_time_never_goes_back_along_the_chain(tracker: Tracker) -> None:
    for day in ("2025-09-01", "2025-08-01", "2025-09-03"):
        tracker.add("FR", "committed", day)
    times = [e["recorded_at"] for e in tracker.json("events")]
    assert times == sorted(times)


# -- verify checks every stored column ---------------------------------------------------


def disable_guards(database: Database) -> None:
    with database.writing() as conn:
        if database.dialect == "sqlite":
            for name in ("update", "delete", "replace"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS events_no_{name}"))
        else:
            conn.execute(text("ALTER TABLE events DISABLE TRIGGER USER"))
    database.dispose()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("recorded_at", "'2025-09-05 12:00:00'"),
        ("country", "'DE'"),
        ("topic", "'other-topic'"),
        ("target_id", "'00000000-0000-4000-8000-000000000000'"),
        ("type", "'statement'"),
        ("event_id", "'11111111-1111-4111-8111-111111111111'"),
    ],
)
def test_verify_finds_an_edited_column(tracker: Tracker, column: str, value: str) -> None:
    first = tracker.add("FR", "committed", "2025-09-04")
    tracker.ok("retract", first, "--reason", "wrong")
    tracker.add("IT", "declined", "2025-09-04")
    tracker.ok("verify")
    database = Database(tracker.db)
    disable_guards(database)
    with database.writing() as conn:
        if database.dialect == "postgresql" and column == "recorded_at":
            value = "'2025-09-05 12:00:00+00'"
        conn.execute(text(f"UPDATE events SET {column} = {value} WHERE seq = 2"))
    database.dispose()
    result = tracker.fails("verify")
    assert "seq 2" in result.stderr or "(seq 2)" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("stance", "'committed'"),
        ("date", "'2025-09-01'"),
        ("contributions", """'["ground"]'"""),
        ("deployment", "'in-country'"),
        ("duplicate_key", "'0123456789abcdef0123456789abcdef'"),  # revision 0006
    ],
)
def test_verify_finds_an_edited_view_column(tracker: Tracker, column: str, value: str) -> None:
    """The columns a statement view is copied from (revision 0005) are held to the body:
    edited behind the chain's back, they would change stances without breaking it."""
    tracker.add("FR", "committed", "2025-09-04")
    tracker.add("IT", "declined", "2025-09-04")
    database = Database(tracker.db)
    disable_guards(database)
    with database.writing() as conn:
        cast = "::json" if database.dialect == "postgresql" and column == "contributions" else ""
        conn.execute(text(f"UPDATE events SET {column} = {value}{cast} WHERE seq = 2"))
    database.dispose()
    tracker.ok("rebuild")  # the projection now follows the edited column
    result = tracker.fails("verify")
    assert f"(seq 2): stored column {column} disagrees" in result.stderr, result.stderr


def test_anchors_catch_truncation_that_the_chain_cannot(tracker: Tracker, tmp_path: Path) -> None:
    tracker.add("FR", "committed", "2025-09-04")
    anchors = tmp_path / "anchors.txt"
    line = tracker.ok("anchor").stdout
    assert len(line.split()) == 3 and line.split()[0] == "1"
    tracker.add("IT", "declined", "2025-09-04")
    anchors.write_text(line + tracker.ok("anchor").stdout, encoding="utf-8")
    assert "2 saved heads" in tracker.ok("verify", "--anchor", str(anchors)).stdout
    database = Database(tracker.db)
    disable_guards(database)
    with database.writing() as conn:
        conn.execute(text("DELETE FROM events WHERE seq = 2"))
    database.dispose()
    tracker.ok("rebuild")
    tracker.ok("verify")  # the chain alone cannot see it
    result = tracker.fails("verify", "--anchor", str(anchors))
    assert "truncated" in result.stderr and "anchors.txt:2" in result.stderr


def test_anchors_catch_a_full_rechain(tracker: Tracker, tmp_path: Path) -> None:
    tracker.add("FR", "committed", "2025-09-04")
    tracker.add("IT", "declined", "2025-09-04")
    anchors = tmp_path / "anchors.txt"
    anchors.write_text(tracker.ok("anchor").stdout, encoding="utf-8")
    database = Database(tracker.db)
    disable_guards(database)
    with database.writing() as conn:
        rows = conn.execute(text("SELECT seq, body FROM events ORDER BY seq")).all()
        previous = "0" * 64
        for seq, body in rows:
            body = body.replace('"committed"', '"declined"')
            previous = hashlib.sha256((previous + body).encode()).hexdigest()
            # A rewrite that knows the schema keeps the view columns in step with the
            # bodies (one that does not is caught by `verify` alone).
            key = duplicate_digest(duplicate_key(json.loads(body)))
            conn.execute(
                text(
                    "UPDATE events SET body = :b, hash = :h, duplicate_key = :k,"
                    " stance = replace(stance, 'committed', 'declined') WHERE seq = :s"
                ),
                {"b": body, "h": previous, "k": key, "s": seq},
            )
    database.dispose()
    tracker.ok("rebuild")
    tracker.ok("verify")
    assert "rewritten" in tracker.fails("verify", "--anchor", str(anchors)).stderr


def test_a_malformed_anchor_file_is_one_error_line(tracker: Tracker, tmp_path: Path) -> None:
    bad = tmp_path / "a.txt"
    bad.write_text("not an anchor\n", encoding="utf-8")
    assert "a.txt:1" in tracker.fails("verify", "--anchor", str(bad)).stderr


def test_sqlite_refuses_insert_or_replace_of_an_event(sqlite_tracker: Tracker) -> None:
    sqlite_tracker.add("FR", "committed", "2025-09-04")
    before = sqlite_tracker.ok("events", "--format", "jsonl").stdout
    with sqlite3.connect(sqlite_tracker.db) as conn:
        row = conn.execute("SELECT * FROM events WHERE seq = 1").fetchone()
        forged = list(row)
        forged[7] = row[7].replace("committed", "declined")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(
                f"INSERT OR REPLACE INTO events VALUES ({', '.join('?' * len(row))})", forged
            )
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(f"REPLACE INTO events VALUES ({', '.join('?' * len(row))})", forged)
    assert sqlite_tracker.ok("events", "--format", "jsonl").stdout == before


def test_verify_sees_one_snapshot_while_others_append(tracker: Tracker) -> None:
    """Under concurrent appends, verify never reports a difference that is not there."""
    database = Database(tracker.db)
    tracker.add("FR", "committed", "2025-09-04")
    stop = threading.Event()
    errors: list[BaseException] = []

    def append() -> None:
        writer = Database(tracker.db)
        try:
            day = 1
            while not stop.is_set():
                recording.record_statement(
                    writer,
                    {
                        "topic": "t",
                        "country": "DE",
                        "stance": "committed",
                        "date": f"2025-08-{day % 28 + 1:02d}",
                    },
                    "writer",
                    allow_duplicate=True,
                )
                day += 1
        except BaseException as error:  # reported below
            errors.append(error)
        finally:
            writer.dispose()

    threads = [threading.Thread(target=append) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(15):
            upkeep.verify(database)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        database.dispose()
    assert not errors
    tracker.ok("verify")


def test_anchors_check_the_saved_time_and_accept_an_empty_log(
    tracker: Tracker, tmp_path: Path
) -> None:
    anchors = tmp_path / "anchors.txt"
    empty_head = tracker.ok("anchor").stdout
    assert empty_head.split()[0] == "0"
    tracker.add("FR", "committed", "2025-09-04")
    anchors.write_text(empty_head + tracker.ok("anchor").stdout, encoding="utf-8")
    assert "2 saved heads" in tracker.ok("verify", "--anchor", str(anchors)).stdout
    seq, digest, _time = anchors.read_text(encoding="utf-8").splitlines()[1].split()
    forged = tmp_path / "forged.txt"
    forged.write_text(f"{seq} {digest} 2025-01-01T00:00:00.000000Z\n", encoding="utf-8")
    assert "its time was changed" in tracker.fails("verify", "--anchor", str(forged)).stderr
    blank = tmp_path / "blank.txt"
    blank.write_text("# nothing saved yet\n", encoding="utf-8")
    assert "no anchor lines" in tracker.fails("verify", "--anchor", str(blank)).stderr


def test_verify_finds_view_columns_left_behind_a_cleared_stance(tracker: Tracker) -> None:
    """A statement without view columns (all NULL, as another program may chain it) is
    projected from its body; clearing only its stance column, to make the projection
    read the body while the other columns stay, is still an edit `verify` names."""
    tracker.add("FR", "committed", "2025-09-04")
    tracker.add("IT", "declined", "2025-09-04")
    database = Database(tracker.db)
    disable_guards(database)
    with database.writing() as conn:
        conn.execute(text("UPDATE events SET stance = NULL WHERE seq = 2"))
    database.dispose()
    assert "(seq 2): stored column date disagrees" in tracker.fails("verify").stderr


def test_verify_finds_an_edited_month_count(tracker: Tracker) -> None:
    """The month counts that as-of sums (revision 0007) are held to a count of the views."""
    tracker.add("FR", "committed", "2025-09-04")
    tracker.add("FR", "declined", "2025-10-02")
    tracker.ok("verify")
    database = Database(tracker.db)
    with database.writing() as conn:
        conn.execute(text("UPDATE statement_months SET statements = 5 WHERE month = '2025-10'"))
    database.dispose()
    result = tracker.fails("verify")
    assert "month counts differ from a rebuild (t/FR/2025-10)" in result.stderr, result.stderr
    tracker.ok("rebuild")
    tracker.ok("verify")


def test_verify_finds_a_chain_rewritten_with_an_invalid_event(tracker: Tracker) -> None:
    """A body rewritten behind the tracker's back with its hash recomputed chains, but
    is no valid event (a stance no vocabulary holds): `verify` validates every body."""
    tracker.add("FR", "committed", "2025-09-04")
    tracker.add("IT", "declined", "2025-09-04")
    database = Database(tracker.db)
    disable_guards(database)
    with database.writing() as conn:
        previous, body = conn.execute(
            text(
                "SELECT p.hash, e.body FROM events e JOIN events p ON p.seq = e.seq - 1"
                " WHERE e.seq = (SELECT max(seq) FROM events)"
            )
        ).one()
        record = json.loads(body)
        record["stance"] = "maybe"
        forged = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256((previous + forged).encode("utf-8")).hexdigest()
        conn.execute(
            text(
                "UPDATE events SET body = :b, hash = :h WHERE seq = (SELECT max(seq) FROM events)"
            ),
            {"b": forged, "h": digest},
        )
    database.dispose()
    assert "is not a valid event" in tracker.fails("verify").stderr


def test_verify_holds_columns_to_the_body_by_value_not_by_text(tracker: Tracker) -> None:
    """`verify` compares most stored columns by their text first (the projection copies
    an event's JSON columns into its view byte for byte); columns that hold the same
    values in another spelling (as SQLAlchemy's json.dumps wrote them, keys in another
    order, another form of the same record time) are no difference."""
    tracker.add(
        "FR", "committed", "2025-09-04", "--contribution", "ground", "--contribution", "air"
    )
    tracker.add("IT", "declined", "2025-09-04", "--troops", "1000-2000")
    tracker.ok("verify")
    database = Database(tracker.db)
    disable_guards(database)
    json_cast = "::json" if database.dialect == "postgresql" else ""
    with database.writing() as conn:
        for table in ("events", "statements"):
            spaced = '\'[ "ground" ,  "air" ]\'' if table == "events" else '\'["ground", "air"]\''
            conn.execute(
                text(f"UPDATE {table} SET contributions = {spaced}{json_cast} WHERE seq = 1")
            )
            conn.execute(
                text(
                    f'UPDATE {table} SET troops = \'{{"text": null, "max": 2000,'
                    f' "min": 1000}}\'{json_cast} WHERE seq = 2'
                )
            )
        if database.dialect == "sqlite":
            conn.execute(text("UPDATE events SET recorded_at = replace(recorded_at, ' ', 'T')"))
    database.dispose()
    assert "OK: 2 events chained" in tracker.ok("verify").stdout
