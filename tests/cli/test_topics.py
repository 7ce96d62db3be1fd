"""A topic says what its pledge is (SPEC §7, issue 19 item 9): a title and pledge phrases,
changed only by `tracker topics edit` as a new `topic` event, never silently by import."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import tracker as tracker_api
from tests.conftest import Tracker
from tests.store.test_upgrade import copy_0004_into, copy_release_into
from tracker.domain.topics import TopicDefinition
from tracker.errors import UnknownTopic
from tracker.service import topic_lookup
from tracker.store.database import Database

SEED_TOPIC = "ukraine-reassurance-force"
SEED_TITLE = "Troops for a reassurance force in Ukraine"


def write_jsonl(path: Path, *records: dict[str, object]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def listed(t: Tracker) -> dict[str, dict[str, object]]:
    return {row["topic"]: row for row in t.json("topics")}


def log(t: Tracker) -> str:
    return t.ok("events", "--format", "jsonl").stdout


# -- add, edit, list --------------------------------------------------------------------


def test_a_topic_is_created_with_its_title_and_pledge_phrases(tracker: Tracker) -> None:
    tracker.ok(
        "topics", "add", "palestine", "--title", "Recognise the State of Palestine",
        "--pledge", "recognise a Palestinian state", "--pledge", "  recognition  of Palestine ",
        "--pledge", "Recognise a Palestinian state",
    )  # fmt: skip
    row = listed(tracker)["palestine"]
    assert row["title"] == "Recognise the State of Palestine"
    assert row["pledges"] == ["recognise a Palestinian state", "recognition of Palestine"]
    table = tracker.ok("topics").stdout
    assert "recognise a Palestinian state; recognition of Palestine" in table.replace("\n", "")
    csv = tracker.ok("topics", "--format", "csv").stdout.splitlines()
    assert csv[0] == "topic,title,pledges,statements,active_statements,countries"
    assert '""recognition of Palestine""' in csv[1]
    result = tracker.fails("topics", "add", "palestine", "--title", "Other")
    assert "tracker topics edit palestine" in result.stderr


def test_edit_appends_a_topic_event_and_keeps_the_history(tracker: Tracker) -> None:
    tracker.ok("topics", "add", "t", "--title", "First", "--pledge", "send troops")
    tracker.ok("topics", "edit", "t", "--pledge", "deploy troops")
    assert listed(tracker)["t"]["pledges"] == ["send troops", "deploy troops"]
    tracker.ok("topics", "edit", "t", "--title", "Second")
    assert listed(tracker)["t"] == {**listed(tracker)["t"], "title": "Second"}
    tracker.ok("topics", "edit", "t", "--clear-pledges", "--pledge", "boots on the ground")
    row = listed(tracker)["t"]
    assert (row["title"], row["pledges"]) == ("Second", ["boots on the ground"])
    history = tracker.json("events", "--type", "topic")
    assert [(e["title"], e.get("pledges", [])) for e in history] == [
        ("First", ["send troops"]),
        ("First", ["send troops", "deploy troops"]),
        ("Second", ["send troops", "deploy troops"]),
        ("Second", ["boots on the ground"]),
    ]
    tracker.ok("verify")


def test_an_edit_that_changes_nothing_is_refused(tracker: Tracker) -> None:
    tracker.ok("topics", "add", "t", "--title", "First", "--pledge", "send troops")
    before = log(tracker)
    for args in (("--title", "First"), ("--pledge", "Send  troops"), ("--title", " First ")):
        assert "nothing to change" in tracker.fails("topics", "edit", "t", *args).stderr
    tracker.fails("topics", "edit", "t", code=2)  # nothing asked: a usage error
    assert log(tracker) == before


def test_edit_of_an_unknown_topic_names_the_closest(seeded: Tracker) -> None:
    before = log(seeded)
    result = seeded.fails("topics", "edit", "ukraine-reasurance-force", "--title", "X")
    assert "did you mean ukraine-reassurance-force" in result.stderr
    assert log(seeded) == before


def test_a_topic_named_only_by_statements_gets_its_first_definition_by_edit(
    tracker: Tracker,
) -> None:
    tracker.add("FR", "committed", "2025-09-04", topic="t")
    assert listed(tracker)["t"]["title"] is None and listed(tracker)["t"]["pledges"] == []
    tracker.ok("topics", "edit", "t", "--title", "Troops", "--pledge", "send troops")
    assert listed(tracker)["t"]["pledges"] == ["send troops"]


# -- import never changes a topic silently ------------------------------------------------


def test_import_refuses_a_different_definition_of_an_existing_topic(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.ok("topics", "add", "second", "--title", "Second", "--pledge", "send troops")
    before = log(tracker)
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        {"type": "topic", "topic": "second", "title": "changed"},
        {"type": "topic", "topic": "second", "title": "Second", "pledges": ["other"]},
        {"topic": "second", "country": "FR", "stance": "comitted", "date": "2025-09-04"},
    )
    result = tracker.fails("import", rows)
    assert "rows.jsonl:1: topic 'second' exists" in result.stderr
    assert "title 'Second' -> 'changed'" in result.stderr
    assert "rows.jsonl:2: topic 'second' exists" in result.stderr
    assert "pledges added 'other', dropped 'send troops'" in result.stderr
    assert "tracker topics edit second" in result.stderr
    assert "rows.jsonl:3: stance" in result.stderr  # reported with the others
    assert log(tracker) == before


def test_import_skips_a_topic_record_that_declares_the_current_definition(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.ok("topics", "add", "second", "--title", "Second", "--pledge", "send troops")
    before = log(tracker)
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        {"type": "topic", "topic": "second", "title": "Second", "pledges": ["send troops"]},
    )
    assert "imported 0, skipped 1 already stored" in tracker.ok("import", rows).stderr
    assert log(tracker) == before


def test_an_exported_log_with_topic_edits_restores_to_an_identical_log(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.ok("topics", "add", "t", "--title", "First", "--pledge", "send troops")
    tracker.add("FR", "committed", "2025-09-04", topic="t")
    tracker.ok("topics", "edit", "t", "--title", "Second")
    tracker.ok("topics", "edit", "t", "--title", "First")  # back again: three events
    tracker.ok("topics", "add", "plain")  # no title, no pledges: a body without pledges
    backup = tmp_path / "backup.jsonl"
    tracker.ok("export", "--what", "events", "-o", str(backup))
    # into its own database: harmless
    assert "imported 0" in tracker.ok("import", str(backup)).stderr
    fresh = Tracker(str(tmp_path / "fresh.db"))
    fresh.ok("import", str(backup))
    assert log(fresh) == log(tracker)
    assert listed(fresh) == listed(tracker)
    fresh.ok("verify")


# -- the seed's topic ---------------------------------------------------------------------


def test_the_seed_topic_carries_a_title_and_pledge_phrases(seeded: Tracker) -> None:
    row = listed(seeded)[SEED_TOPIC]
    assert row["title"] == SEED_TITLE
    assert {"send troops", "reassurance force", "boots on the ground"} <= set(row["pledges"])
    before = log(seeded)
    assert "0 events added" in seeded.ok("init", "--seed").stderr
    assert log(seeded) == before
    seeded.ok("verify")


def test_seeding_keeps_a_definition_the_editor_gave(seeded: Tracker) -> None:
    seeded.ok("topics", "edit", SEED_TOPIC, "--title", "Our title")
    before = log(seeded)
    seeded.ok("init", "--seed")
    assert log(seeded) == before and listed(seeded)[SEED_TOPIC]["title"] == "Our title"


@pytest.mark.parametrize("copy_release", [copy_release_into, copy_0004_into])
def test_seeding_a_database_of_the_previous_release_defines_its_topic(
    empty_db: str, copy_release: Callable[[str], None]
) -> None:
    copy_release(empty_db)
    old = Tracker(empty_db)
    old.ok("init")
    before = old.json("events")
    assert listed(old)[SEED_TOPIC]["title"] is None
    assert "1 events added" in old.ok("init", "--seed").stderr
    after = old.json("events")
    assert after[: len(before)] == before  # the old log untouched
    assert after[-1]["type"] == "topic" and after[-1]["recorded_at"] > "2026"
    assert listed(old)[SEED_TOPIC]["title"] == SEED_TITLE
    assert "0 events added" in old.ok("init", "--seed").stderr
    old.ok("verify")


def test_seeding_a_database_holding_other_events_records_the_seed_now(
    tracker: Tracker,
) -> None:
    tracker.add("FR", "committed", "2025-10-01", topic="t")
    tracker.ok("init", "--seed")
    seeded = [e for e in tracker.json("events") if e.get("topic") == SEED_TOPIC]
    assert len(seeded) == 25 and all(e["recorded_at"] > "2026" for e in seeded)
    before = log(tracker)
    assert "0 events added" in tracker.ok("init", "--seed").stderr
    assert log(tracker) == before
    tracker.ok("verify")


# -- the library function the drafter calls, and the API -------------------------------


def test_topic_definition_is_the_latest_topic_event(seeded: Tracker) -> None:
    database = Database(seeded.db)
    try:
        definition = topic_lookup.topic_definition(database, SEED_TOPIC)
        assert definition.slug == SEED_TOPIC and definition.title == SEED_TITLE
        assert "send troops" in definition.pledges
        seeded.add("FR", "committed", "2025-10-01", "--new-topic", topic="undeclared")
        assert topic_lookup.topic_definition(database, "undeclared") == TopicDefinition(
            "undeclared", None, ()
        )
        seeded.ok("topics", "edit", "undeclared", "--pledge", "send troops")
        assert topic_lookup.topic_definition(database, "undeclared").pledges == ("send troops",)
        with pytest.raises(UnknownTopic, match="ukraine-reassurance-force"):
            topic_lookup.topic_definition(database, "ukraine-reasurance-force")
    finally:
        database.dispose()


def test_the_api_gives_a_topic_and_the_topics_with_their_definitions(seeded: Tracker) -> None:
    with tracker_api.open(seeded.db) as api:
        topic = api.topic(SEED_TOPIC)
        assert topic.title == SEED_TITLE and "send troops" in topic.pledges
        (summary,) = api.topics()
        assert summary.title == SEED_TITLE and summary.pledges == topic.pledges
        with pytest.raises(UnknownTopic):
            api.topic("no-such-topic")


def test_the_report_shows_the_topic_title_beside_its_slug(seeded: Tracker, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    seeded.ok("report", "-o", str(report))
    heading = next(
        line for line in report.read_text(encoding="utf-8").splitlines() if "<h1>" in line
    )
    assert SEED_TITLE in heading and SEED_TOPIC in heading


def test_a_title_or_phrase_with_a_nul_is_refused_on_every_backend(tracker: Tracker) -> None:
    for args in (("--title", "a\x00b"), ("--pledge", "send\x00troops")):
        result = tracker.fails("topics", "add", "t", *args)
        assert "NUL" in result.stderr
    assert tracker.json("events") == []


@pytest.mark.parametrize("columns", [80, 100, 160])
def test_the_topics_table_never_breaks_a_slug(seeded: Tracker, columns: int) -> None:
    from tests.vocab.test_terminal import run

    lines = run(seeded, "topics", columns=columns).splitlines()
    assert all(len(line) <= columns for line in lines)
    assert any(SEED_TOPIC in line for line in lines)
    assert any("send troops;" in line for line in lines)
