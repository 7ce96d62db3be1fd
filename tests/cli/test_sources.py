"""Sources that stand on their own (issue 12 §3): citations add a report without a new
stance, a withdrawn story is taken out in one transaction, dry runs show what moves."""

import json
from pathlib import Path

from tests.conftest import Tracker

STERN = "https://www.stern.de/paris"


def sourced(t: Tracker, country: str, stance: str, url: str, *extra: str) -> str:
    return t.add(country, stance, "2025-09-04", "--outlet", "Stern", "--url", url,
                 "--published", "2025-09-05", *extra)  # fmt: skip


def test_a_citation_adds_a_source_and_changes_no_stance(tracker: Tracker) -> None:
    event_id = sourced(tracker, "IT", "declined", STERN, "--condition", "no UN mandate")
    stance_before = tracker.json("stance")
    record = json.loads(tracker.ok(
        "cite", event_id[:8], "--outlet", "Reuters", "--url", "https://reuters.com/it",
        "--published", "2025-09-06", "--quote", "Italy will not send troops.",
        "--format", "json",
    ).stdout)  # fmt: skip
    assert record["type"] == "citation" and record["cites"] == event_id
    assert tracker.json("stance") == stance_before
    (row,) = tracker.json("timeline", "IT")
    assert [s["outlet"] for s in row["sources"]] == ["Stern", "Reuters"]
    assert row["conditions"] == ["no UN mandate"] and row["status"] == "active"
    assert tracker.json("events", "--type", "citation")[0]["cites"] == event_id
    assert "Citation" in tracker.ok("show", event_id).stdout
    tracker.ok("verify")
    tracker.ok("rebuild")
    tracker.ok("verify")


def test_citing_twice_the_same_report_or_a_retracted_statement_is_refused(
    tracker: Tracker,
) -> None:
    event_id = sourced(tracker, "IT", "declined", STERN)
    before = tracker.ok("events", "--format", "jsonl").stdout
    assert "already lists" in tracker.fails("cite", event_id, "--url", STERN).stderr
    tracker.fails("cite", event_id, code=2)  # neither outlet nor URL
    tracker.ok("retract", event_id, "--reason", "wrong")
    after_retraction = tracker.ok("events", "--format", "jsonl").stdout
    assert "retracted" in tracker.fails("cite", event_id, "--outlet", "AFP").stderr
    assert tracker.ok("events", "--format", "jsonl").stdout == after_retraction != before


def test_withdrawing_a_report_retracts_what_rests_on_it_alone(tracker: Tracker) -> None:
    alone = sourced(tracker, "IT", "declined", STERN)
    carried = sourced(tracker, "FR", "committed", STERN)
    tracker.ok("cite", carried, "--outlet", "AFP", "--url", "https://afp.com/fr")
    other = sourced(tracker, "DE", "undecided", "https://faz.net/de")
    before = tracker.ok("events", "--format", "jsonl").stdout
    preview = tracker.ok("withdraw", STERN, "--reason", "Stern withdrew it", "--dry-run")
    assert f"Would be retracted: {alone[:8]}" in preview.stdout
    assert f"Would be source removed, 1 left: {carried[:8]}" in preview.stdout
    assert tracker.ok("events", "--format", "jsonl").stdout == before
    tracker.ok("withdraw", STERN, "--reason", "Stern withdrew it")
    stances = {r["country"]: r for r in tracker.json("stance")}
    assert set(stances) == {"FR", "DE"} and stances["FR"]["stance"] == "committed"
    (france,) = tracker.json("timeline", "FR")
    assert [s["outlet"] for s in france["sources"]] == ["AFP"]
    assert other == stances["DE"]["event_id"]
    tracker.ok("verify")
    assert (
        "no active statement lists" in tracker.fails("withdraw", STERN, "--reason", "again").stderr
    )


def test_an_import_dry_run_shows_each_stance_it_would_move(seeded: Tracker, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "country,stance,date,outlet,published\n"
        "Germany,committed,2025-10-01,FAZ,2025-10-02\n"
        "Canada,considering,2025-10-01,CBC,2025-10-02\n",
        encoding="utf-8",
    )
    before = seeded.ok("events", "--format", "jsonl").stdout
    result = seeded.ok("import", "--dry-run", str(rows))
    assert (
        "Would change: Germany (ukraine-reassurance-force): undecided → committed" in result.stderr
    )
    assert "Would change: Canada (ukraine-reassurance-force): — → considering" in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before


def test_citations_survive_export_and_import(tracker: Tracker, tmp_path: Path) -> None:
    event_id = sourced(tracker, "IT", "declined", STERN)
    tracker.ok("cite", event_id, "--outlet", "AFP", "--url", "https://afp.com/it")
    backup = tmp_path / "backup.jsonl"
    tracker.ok("export", "--what", "events", "-o", str(backup))
    fresh = Tracker(str(tmp_path / "fresh.db"))
    fresh.ok("import", str(backup))
    assert fresh.json("timeline", "IT") == tracker.json("timeline", "IT")
    assert fresh.json("info")[0]["chain_head"] == tracker.json("info")[0]["chain_head"]


def test_a_dry_run_completes_while_another_editor_holds_the_write_lock(
    seeded: Tracker, tmp_path: Path
) -> None:
    """`import --dry-run` reads; it neither waits for nor blocks an editor's append."""
    import subprocess
    import sys

    from tracker.store.database import Database

    rows = tmp_path / "rows.csv"
    rows.write_text(
        "country,stance,date,outlet,published\nGermany,committed,2025-10-01,FAZ,2025-10-02\n",
        encoding="utf-8",
    )
    database = Database(seeded.db)
    with database.writing():  # holds BEGIN IMMEDIATE / the advisory lock until the end
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--db", seeded.db, "import", "--dry-run", str(rows)],
            capture_output=True,
            text=True,
            timeout=30,  # a writer would wait 60 s for the lock on SQLite, forever on PostgreSQL
        )
    database.dispose()
    assert done.returncode == 0, done.stderr
    assert "Would change: Germany" in done.stderr and "would import 1" in done.stderr


def test_a_corrected_then_cited_statement_shows_in_every_view(seeded: Tracker) -> None:
    """A citation has no reason: the timeline's history cell keeps the correction's
    reason, and `show` lists both amendments."""
    seeded.ok("correct", "86d0eb", "--stance", "conditional", "--reason", "misread")
    seeded.ok("cite", "86d0eb", "--outlet", "Le Monde", "--url", "https://lemonde.fr/b")
    table = seeded.ok("timeline", "FR").stdout
    assert "reason: misread" in table
    shown = seeded.ok("show", "86d0eb").stdout
    assert "Le Monde" in shown and "misread" in shown


def test_a_withdraw_dry_run_completes_while_another_editor_holds_the_write_lock(
    tracker: Tracker,
) -> None:
    """`withdraw --dry-run` reads, like `import --dry-run`: it checks and chains the
    retractions and corrections it would append without taking the write lock."""
    import subprocess
    import sys

    from tracker.store.database import Database

    alone = sourced(tracker, "IT", "declined", STERN)
    command = ["withdraw", STERN, "--reason", "Stern withdrew it", "--dry-run"]
    database = Database(tracker.db)
    with database.writing():  # holds BEGIN IMMEDIATE / the advisory lock until the end
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--db", tracker.db, *command],
            capture_output=True,
            text=True,
            timeout=30,  # a writer would wait 60 s for the lock on SQLite, forever on PostgreSQL
        )
    database.dispose()
    assert done.returncode == 0, done.stderr
    assert f"Would be retracted: {alone[:8]}" in done.stdout
    assert tracker.json("stance", "--country", "IT")[0]["stance"] == "declined"
