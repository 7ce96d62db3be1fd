"""`deployment` (SPEC §6): an optional statement field, recorded, corrected, cleared,
projected, shown, exported and imported back, without changing any older event."""

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Tracker
from tests.store.test_upgrade import FIXTURE, copy_release_into
from tracker.domain.events import canonical_json, event_from_dict, event_to_dict

GERMANY = (
    "--country",
    "Germany",
    "--stance",
    "conditional",
    "--date",
    "2026-01-06",
    "--condition",
    "on neighbouring NATO territory, not in Ukraine",
    "--outlet",
    "Reuters",
    "--url",
    "https://example.org/de",
    "--published",
    "2026-01-07",
    "--quote",
    "Germany would station forces on neighbouring NATO territory.",
)


def release_statement_bodies() -> list[str]:
    with sqlite3.connect(FIXTURE) as conn:
        rows = conn.execute("SELECT body FROM events WHERE type = 'statement' ORDER BY seq")
        return [body for (body,) in rows]


def stored_bodies(location: str) -> list[dict[str, object]]:
    t = Tracker(location)
    return [json.loads(line) for line in t.ok("export").stdout.splitlines()]


def test_every_release_statement_serialises_today_byte_for_byte() -> None:
    bodies = release_statement_bodies()
    assert len(bodies) > 20
    for body in bodies:
        again = canonical_json(event_to_dict(event_from_dict(json.loads(body))))
        assert again == body


def test_a_statement_written_today_without_deployment_has_the_release_shape(
    sqlite_tracker: Tracker,
) -> None:
    # The release's statement with every field, written again today from its own body.
    richest = max(release_statement_bodies(), key=lambda b: len(json.loads(b)))
    record = json.loads(richest)
    sqlite_tracker.ok("import", "-", input=richest + "\n")
    with sqlite3.connect(sqlite_tracker.db) as conn:
        (body,) = conn.execute(
            "SELECT body FROM events WHERE event_id = ?", (record["event_id"],)
        ).fetchone()
    assert body == richest
    # And one added through `add` has the release's keys: no `deployment: null`.
    sqlite_tracker.ok("add", "--topic", record["topic"], *GERMANY)
    added = stored_bodies(sqlite_tracker.db)[-1]
    assert "deployment" not in added
    assert set(added) - {"hash", "country_name"} == set(record)


def test_deployment_is_recorded_projected_corrected_and_cleared(tracker: Tracker) -> None:
    tracker.ok("topics", "add", "troops")
    event_id = tracker.add(
        "Germany", "conditional", "2026-01-06", "--deployment", "Neighbouring", topic="troops"
    )
    (row,) = tracker.json("stance")
    assert row["deployment"] == "neighbouring"
    assert "neighbouring" in tracker.ok("stance").stdout
    assert "neighbouring" in tracker.ok("timeline", "Germany").stdout
    (statement,) = tracker.json("timeline", "Germany")
    assert statement["deployment"] == "neighbouring"
    assert stored_bodies(tracker.db)[-1]["deployment"] == "neighbouring"
    assert (
        json.loads(tracker.ok("show", event_id[:8], "--format", "json").stdout)[0]["deployment"]
        == "neighbouring"
    )

    tracker.ok("correct", event_id[:8], "--reason", "at sea after all", "--deployment", "at-sea")
    assert tracker.json("stance")[0]["deployment"] == "at-sea"
    shown = tracker.ok("show", event_id[:8]).stdout
    assert "neighbouring → now at-sea" in shown
    tracker.ok("correct", event_id[:8], "--reason", "not said", "--clear", "deployment")
    assert tracker.json("stance")[0]["deployment"] is None
    assert tracker.json("timeline", "Germany")[0]["original"] == {"deployment": "neighbouring"}
    tracker.fails("correct", event_id[:8], "--reason", "again", "--clear", "deployment")

    # A later statement's deployment is the stance's; the stored projection equals a rebuild.
    tracker.add("Germany", "conditional", "2026-02", "--deployment", "remote", topic="troops")
    assert tracker.json("stance")[0]["deployment"] == "remote"
    before = tracker.json("stance")
    tracker.ok("rebuild")
    assert tracker.json("stance") == before
    tracker.ok("verify")


def test_a_deployment_outside_the_vocabulary_is_refused(tracker: Tracker) -> None:
    tracker.ok("topics", "add", "troops")
    result = tracker.run("add", "--topic", "troops", *GERMANY[:6], "--deployment", "mars")
    assert result.exit_code == 2 and "in-country" in result.stderr
    record = {"topic": "troops", "country": "DE", "stance": "committed", "date": "2026"}
    failed = tracker.fails("import", "-", input=json.dumps({**record, "deployment": "mars"}))
    assert "deployment" in failed.stderr
    assert tracker.json("events") == tracker.json("events", "--type", "topic")


def test_export_then_import_keeps_deployment_exactly(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ok("topics", "add", "troops")
    first = tracker.ok(
        "add", "--topic", "troops", *GERMANY, "--deployment", "in-country"
    ).stdout.strip()
    tracker.add("France", "committed", "2026-01-05", topic="troops")
    tracker.ok("correct", first[:8], "--reason", "r", "--deployment", "remote")
    for fmt in ("jsonl", "csv"):
        target = tmp_path / f"copy-{fmt}.db"
        exported = tracker.ok("export", "--format", fmt).stdout
        copy = Tracker(str(target))
        copy.ok("init")
        path = tmp_path / f"log.{fmt}"
        path.write_text(exported, encoding="utf-8")
        copy.ok("import", str(path))
        assert (
            copy.ok("export", "--format", "jsonl").stdout
            == tracker.ok("export", "--format", "jsonl").stdout
        )
        assert copy.json("stance") == tracker.json("stance")


def test_flat_csv_rows_and_article_sheets_take_deployment(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ok("topics", "add", "troops")
    flat = tmp_path / "flat.csv"
    flat.write_text(
        "topic,country,stance,date,deployment\ntroops,Poland,considering,2026-01,neighbouring\n",
        encoding="utf-8",
    )
    tracker.ok("import", str(flat))
    sheet = tmp_path / "article.yaml"
    sheet.write_text(
        "article:\n  outlet: Stern\n  url: https://example.org/a\n  published: 2026-01-07\n"
        "topic: troops\ndate: 2026-01-06\nstatements:\n"
        "  - country: Norway\n    stance: committed\n    deployment: at-sea\n"
        "    quote: Norway sends a frigate.\n"
        "  - country: Italy\n    stance: declined\n",
        encoding="utf-8",
    )
    tracker.ok("import", str(sheet))
    deployments = {r["country"]: r["deployment"] for r in tracker.json("stance")}
    assert deployments == {"PL": "neighbouring", "NO": "at-sea", "IT": None}
    exported = tracker.ok("export", "--what", "stances", "--format", "csv").stdout
    rows = {r["country"]: r["deployment"] for r in csv.DictReader(io.StringIO(exported))}
    assert rows == {"IT": "", "NO": "at-sea", "PL": "neighbouring"}


def test_an_upgraded_release_database_takes_deployments(empty_db: str) -> None:
    copy_release_into(empty_db)
    t = Tracker(empty_db)
    t.ok("init")
    assert {r["deployment"] for r in t.json("stance")} == {None}
    topic = t.json("stance")[0]["topic"]
    t.add("Norway", "committed", "2025-11-01", "--deployment", "at-sea", topic=topic)
    assert {r["country"]: r["deployment"] for r in t.json("stance")}["NO"] == "at-sea"
    t.ok("verify")


@pytest.mark.parametrize("word", ["in-country", "neighbouring", "at-sea", "remote"])
def test_each_deployment_word_is_accepted(sqlite_tracker: Tracker, word: str) -> None:
    sqlite_tracker.ok("topics", "add", "troops")
    sqlite_tracker.add("Norway", "committed", "2026-01", "--deployment", word, topic="troops")
    assert sqlite_tracker.json("stance")[0]["deployment"] == word


def test_the_python_api_records_and_returns_deployment(empty_db: str) -> None:
    import tracker

    api = tracker.open(empty_db, init=True)
    added = api.add(
        country="Norway",
        stance="committed",
        date="2026-01",
        topic="t",
        deployment="at-sea",
        source={"outlet": "NRK", "published": "2026-01-07"},
    )
    assert added.deployment == "at-sea"
    assert api.stances()[0].deployment == "at-sea"
    api.correct(added.event_id, "was remote", deployment="remote")
    assert api.stances()[0].to_record()["deployment"] == "remote"
    assert api.timeline("Norway")[0].deployment == "remote"
