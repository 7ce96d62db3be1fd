"""`TRACKER_TOPIC` narrows reads as it narrows writes (SPEC §6): every read command and
the API read that topic only, an explicit `--topic` wins, an unknown one is an error."""

import csv
import io
from pathlib import Path

import pytest

import tracker as tracker_api
from tests.conftest import Tracker

SEED = "ukraine-reassurance-force"
OTHER = "recognise-palestine"


@pytest.fixture
def two_topics(seeded: Tracker, monkeypatch: pytest.MonkeyPatch) -> Tracker:
    """The seed, and a second topic where France recognises and Italy declines; then
    `TRACKER_TOPIC` names the second."""
    seeded.ok("topics", "add", OTHER, "--title", "Recognise the State of Palestine")
    seeded.add("France", "committed", "2025-09-22", "--outlet", "AFP", topic=OTHER)
    seeded.add("Italy", "considering", "2025-07-01", "--outlet", "ANSA", topic=OTHER)
    seeded.add("Italy", "declined", "2025-09-23", "--outlet", "ANSA", topic=OTHER)
    monkeypatch.setenv("TRACKER_TOPIC", OTHER)
    return seeded


def test_every_read_command_reads_the_topic_only(two_topics: Tracker, tmp_path: Path) -> None:
    t = two_topics
    stances = t.json("stance")
    assert {r["topic"] for r in stances} == {OTHER} and len(stances) == 2
    assert "Recognise the State of Palestine" in t.ok("stance").stdout  # the title names it
    assert {r["topic"] for r in t.json("timeline", "France")} == {OTHER}
    events = t.json("events")
    assert {e["topic"] for e in events} == {OTHER} and len(events) == 4  # with its topic event
    assert [(r["country"], r["to"]) for r in t.json("diff", "2025-06-01", "2025-12-31")] == [
        ("FR", "committed"),
        ("IT", "declined"),
    ]
    exported = t.ok("export", "--what", "statements")
    assert {r["topic"] for r in csv.DictReader(io.StringIO(exported.stdout))} == {OTHER}
    assert f"TRACKER_TOPIC narrows this export to topic {OTHER}" in exported.stderr
    t.ok("report", "-o", str(tmp_path / "r.html"))
    html = (tmp_path / "r.html").read_text()
    assert "Recognise the State of Palestine" in html and "Lithuania" not in html


def test_an_explicit_topic_wins_and_an_unknown_one_is_an_error(
    two_topics: Tracker, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = two_topics
    assert {r["topic"] for r in t.json("stance", "--topic", SEED)} == {SEED}
    compared = t.json("stance", "--topic", SEED, "--topic", OTHER)
    assert {"FR", "LT"} <= {r["country"] for r in compared}
    monkeypatch.setenv("TRACKER_TOPIC", "recognise-palestin")
    for command in (["stance"], ["events"], ["timeline", "France"], ["export"]):
        failed = t.fails(*command)
        assert "Error: TRACKER_TOPIC: unknown topic 'recognise-palestin'" in failed.stderr
        assert OTHER in failed.stderr  # the closest one named
    monkeypatch.delenv("TRACKER_TOPIC")
    assert {r["topic"] for r in t.json("stance")} == {SEED, OTHER}  # unset: every topic


def test_the_api_reads_the_topic_only(two_topics: Tracker) -> None:
    with tracker_api.open(two_topics.db) as api:
        assert {s.topic for s in api.stances()} == {OTHER}
        assert {s.topic for s in api.timeline("Italy")} == {OTHER}
        assert {e.topic for e in api.events()} == {OTHER}
        assert [c.country for c in api.diff("2025-06-01", "2025-12-31")] == ["FR", "IT"]
        assert [(s.country, s.to) for s in api.stance_history()] == [
            ("FR", "committed"),
            ("IT", "considering"),
            ("IT", "declined"),
        ]
        matrix = api.matrix(None, ["2025-08-01"]).to_records()
        assert [(r["country"], r["2025-08-01"]) for r in matrix] == [
            ("FR", None),
            ("IT", "considering"),
        ]
        assert {s.topic for s in api.stances(topic=SEED)} == {SEED}
