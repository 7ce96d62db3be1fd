"""History that never lies (SPEC §2–§3): corrections, retractions, --known-at, verify."""

import sqlite3
import time
from datetime import UTC, datetime

from tests.conftest import Tracker


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_correction_shows_corrected_values_and_keeps_the_original(seeded: Tracker) -> None:
    event_id = seeded.add("Poland", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    seeded.ok("correct", event_id[:8], "--reason", "misread the article", "--stance", "declined")
    entry = seeded.json("timeline", "Poland")[-1]
    assert entry["status"] == "corrected" and entry["stance"] == "declined"
    assert entry["original"] == {"stance": "committed"}
    assert seeded.json("stance", "--country", "PL")[0]["stance"] == "declined"
    shown = seeded.json("show", event_id)[0]
    assert shown["stance"] == "committed"  # the event itself never changes
    assert shown["current"]["stance"] == "declined"
    assert [a["reason"] for a in shown["amendments"]] == ["misread the article"]
    table = seeded.ok("timeline", "Poland").stdout
    assert "stance was committed" in table and "misread the article" in table


def test_correcting_the_country_moves_the_statement(seeded: Tracker) -> None:
    event_id = seeded.add("Slovakia", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    seeded.ok("correct", event_id, "--reason", "wrong country", "--country", "Slovenia")
    assert seeded.json("stance", "--country", "SK")[0]["stance"] == "declined"
    assert seeded.json("stance", "--country", "SI")[0]["stance"] == "committed"
    seeded.ok("verify")


def test_retraction_removes_the_statement_but_keeps_it_visible(seeded: Tracker) -> None:
    event_id = seeded.add("Italy", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    seeded.ok("retract", event_id[:10], "--reason", "outlet retracted the story")
    assert seeded.json("stance", "--country", "IT")[0]["stance"] == "declined"
    last = seeded.json("timeline", "Italy")[-1]
    assert last["status"] == "retracted" and last["event_id"] == event_id
    assert "outlet retracted the story" in seeded.ok("timeline", "Italy").stdout
    assert seeded.json("events", "--type", "retraction")[0]["retracts"] == event_id


def test_retracting_the_only_statement_removes_the_row(tracker: Tracker) -> None:
    event_id = tracker.add("Chile", "committed", "2025-01-01")
    tracker.ok("retract", event_id, "--reason", "error")
    assert tracker.json("stance") == []
    assert tracker.json("timeline", "Chile")[0]["status"] == "retracted"


def test_known_at_reproduces_what_the_tracker_said_before_a_fix(seeded: Tracker) -> None:
    event_id = seeded.add("Germany", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    time.sleep(0.01)
    before_fix = now()
    time.sleep(0.01)
    said_before = seeded.ok("stance", "--format", "jsonl").stdout
    seeded.ok("correct", event_id, "--reason", "was a rumour", "--stance", "undecided")
    time.sleep(0.01)
    before_retraction = now()
    time.sleep(0.01)
    seeded.ok("retract", event_id, "--reason", "story withdrawn")
    assert seeded.ok("stance", "--known-at", before_fix, "--format", "jsonl").stdout == said_before
    at_fix = seeded.json("stance", "--country", "DE", "--known-at", before_retraction)[0]
    assert (at_fix["stance"], at_fix["statements"]) == ("undecided", 2)
    assert seeded.json("stance", "--country", "DE")[0]["statements"] == 1
    old_timeline = seeded.json("timeline", "DE", "--known-at", before_fix)
    assert [t["status"] for t in old_timeline] == ["active", "active"]
    assert len(seeded.json("events", "--known-at", before_fix)) == 26
    assert seeded.json("stance", "--known-at", "2025-09-04") == []  # seeds recorded on 09-05
    changes = seeded.json("diff", "2025-09-30", "2025-10-02", "--known-at", before_fix)
    assert [(c["country"], c["from"], c["to"]) for c in changes] == [
        ("DE", "undecided", "committed")
    ]
    assert seeded.json("diff", "2025-09-30", "2025-10-02") == []


def test_known_at_combines_with_as_of(seeded: Tracker) -> None:
    seeded.add("France", "declined", "2025-10-01", topic="ukraine-reassurance-force")
    both = seeded.json("stance", "--country", "FR", "--as-of", "2025-09-30", "--known-at", now())
    assert both[0]["stance"] == "committed"


def test_verify_passes_then_finds_real_tampering(sqlite_tracker: Tracker) -> None:
    t = sqlite_tracker
    t.ok("init", "--seed")
    assert "25 events" in t.ok("verify").stdout
    connection = sqlite3.connect(t.db)
    try:
        connection.execute(
            "UPDATE events SET body = replace(body, 'declined', 'committed') WHERE seq = 15"
        )
        raise AssertionError("the append-only trigger should have refused the UPDATE")
    except sqlite3.DatabaseError as error:
        assert "append-only" in str(error)
    connection.execute("DROP TRIGGER events_no_update")
    victim = connection.execute("SELECT event_id FROM events WHERE seq = 15").fetchone()[0]
    connection.execute(
        "UPDATE events SET body = replace(body, 'declined', 'committed') WHERE seq = 15"
    )
    connection.commit()
    connection.close()
    result = t.fails("verify")
    assert victim in result.stderr and "hash chain broken" in result.stderr


def test_verify_finds_a_projection_that_drifted(sqlite_tracker: Tracker) -> None:
    t = sqlite_tracker
    t.ok("init", "--seed")
    connection = sqlite3.connect(t.db)
    connection.execute("UPDATE stances SET stance = 'committed' WHERE country = 'RU'")
    connection.commit()
    connection.close()
    assert "run `tracker rebuild`" in t.fails("verify").stderr
    t.ok("rebuild")
    t.ok("verify")
    assert t.json("stance", "--country", "RU")[0]["stance"] == "opposed"


def test_delete_is_refused_by_the_database(sqlite_tracker: Tracker) -> None:
    sqlite_tracker.ok("init", "--seed")
    connection = sqlite3.connect(sqlite_tracker.db)
    try:
        connection.execute("DELETE FROM events")
        raise AssertionError("DELETE should be refused")
    except sqlite3.DatabaseError as error:
        assert "append-only" in str(error)
    finally:
        connection.close()


def test_timeline_json_carries_the_reasons_applied_at_known_at(seeded: Tracker) -> None:
    event_id = seeded.add("Austria", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    seeded.ok("correct", event_id, "--reason", "wrong stance", "--stance", "considering")
    time.sleep(0.01)
    cut = now()
    time.sleep(0.01)
    seeded.ok("retract", event_id, "--reason", "source withdrew it")
    latest = seeded.json("timeline", "Austria")[-1]
    assert [a["reason"] for a in latest["amendments"]] == ["wrong stance", "source withdrew it"]
    then = seeded.json("timeline", "Austria", "--known-at", cut)[-1]
    assert then["status"] == "corrected"
    assert [a["reason"] for a in then["amendments"]] == ["wrong stance"]
