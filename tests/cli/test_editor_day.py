"""An editor's day through the CLI, on both backends (SPEC §3–§4)."""

import csv
import io
import json

from tests.conftest import Tracker

SEED_STANCES = {
    "FR": "committed",
    "GB": "committed",
    "DK": "committed",
    "EE": "committed",
    "DE": "undecided",
    "CZ": "skeptical",
    "ES": "considering",
    "PT": "considering",
    "US": "considering",
    "RU": "opposed",
    **{c: "declined" for c in ("GR", "SK", "IT", "CY", "PL", "AT", "RO", "SI", "HR", "HU")},
}


def test_seed_encodes_every_position_of_the_article(seeded: Tracker) -> None:
    rows = {r["country"]: r for r in seeded.json("stance")}
    for country, stance in SEED_STANCES.items():
        assert rows[country]["stance"] == stance, country
    assert rows["DE"]["contributions"] == ["financing", "armament", "training"]
    assert all(rows[c]["contributions"] == ["logistics", "training"] for c in ("IT", "PL", "HU"))
    assert rows["ES"]["since"] == "2025-06"
    assert rows["FR"]["troops"]["text"] == "some thousand soldiers"
    assert rows["FR"]["country_name"] == "France"


def test_seed_lithuania_statements_are_both_kept_and_disputed(seeded: Tracker) -> None:
    lithuania = seeded.json("stance", "--country", "Lithuania")
    assert len(lithuania) == 1
    assert lithuania[0]["disputed"] is True and lithuania[0]["statements"] == 2
    timeline = seeded.json("timeline", "LT")
    assert [t["stance"] for t in timeline] == ["committed", "skeptical"]
    assert all(t["sources"][0]["quote"] for t in timeline)


def test_seed_uses_the_articles_words_and_approximate_months(seeded: Tracker) -> None:
    spain = seeded.json("timeline", "Spain")[0]
    assert spain["approximate"] is True and spain["date"] == "2025-06"
    assert "months ago" in spain["sources"][0]["quote"]


def test_seeding_twice_adds_nothing(seeded: Tracker) -> None:
    before = seeded.ok("events", "--format", "jsonl").stdout
    result = seeded.ok("init", "--seed")
    assert "0 events added, 25 already present" in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before


def test_add_prints_event_id_and_updates_stance(seeded: Tracker) -> None:
    event_id = seeded.add(
        "Germany",
        "committed",
        "2025-10-01",
        "--contribution",
        "ground",
        "--troops",
        "5000-8000",
        topic="ukraine-reassurance-force",
    )
    assert len(event_id) == 36
    row = seeded.json("stance", "--country", "DE")[0]
    assert (row["stance"], row["since"], row["event_id"]) == ("committed", "2025-10-01", event_id)
    assert row["troops"] == {"min": 5000, "max": 8000, "text": None}


def test_add_json_prints_the_new_event(tracker: Tracker) -> None:
    out = tracker.ok(
        "add",
        "--topic",
        "t",
        "--country",
        "Holland",
        "--stance",
        "considering",
        "--date",
        "2025-06",
        "--approximate",
        "--outlet",
        "NOS",
        "--quote",
        "Possibly.",
        "--format",
        "json",
    ).stdout
    event = json.loads(out)
    assert event["country"] == "NL" and event["approximate"] is True
    assert event["sources"] == [
        {"outlet": "NOS", "url": None, "title": None, "published": None, "quote": "Possibly."}
    ]
    assert event["recorded_by"] == "test editor" and event["recorded_at"].endswith("Z")


def test_topic_defaults_to_the_only_topic(seeded: Tracker) -> None:
    seeded.ok("add", "--country", "Norway", "--stance", "considering", "--date", "2025-09-10")
    assert seeded.json("stance", "--country", "NO")[0]["topic"] == "ukraine-reassurance-force"


def test_backdated_statement_shows_in_as_of_only(seeded: Tracker) -> None:
    seeded.add("France", "considering", "2025-03-01", topic="ukraine-reassurance-force")
    assert seeded.json("stance", "--country", "FR")[0]["stance"] == "committed"
    assert (
        seeded.json("stance", "--country", "FR", "--as-of", "2025-08-31")[0]["stance"]
        == "considering"
    )
    assert seeded.json("stance", "--as-of", "2025-05-31") and all(
        r["country"] in ("FR",) for r in seeded.json("stance", "--as-of", "2025-05-31")
    )


def test_as_of_before_everything_is_empty(seeded: Tracker) -> None:
    assert seeded.json("stance", "--as-of", "2024") == []


def test_listings_in_every_format(seeded: Tracker) -> None:
    as_json = seeded.json("stance")
    jsonl = [
        json.loads(line) for line in seeded.ok("stance", "--format", "jsonl").stdout.splitlines()
    ]
    assert jsonl == as_json
    rows = list(csv.DictReader(io.StringIO(seeded.ok("stance", "--format", "csv").stdout)))
    assert [r["country"] for r in rows] == [r["country"] for r in as_json]
    table = seeded.ok("stance").stdout
    assert "Lithuania" in table and "disputed" in table
    assert "\x1b[" not in table  # no colour off a terminal


def test_timeline_events_show_and_diff(seeded: Tracker) -> None:
    event_id = seeded.add("Germany", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    timeline = seeded.json("timeline", "Deutschland")
    assert [t["stance"] for t in timeline] == ["undecided", "committed"]
    assert [e["event_id"] for e in seeded.json("events", "--country", "DE")][-1] == event_id
    shown = seeded.json("show", event_id[:8])
    assert shown[0]["event_id"] == event_id and shown[0]["status"] == "active"
    changes = seeded.json("diff", "2025-09-30", "2025-10-02")
    assert changes == [
        {
            "topic": "ukraine-reassurance-force",
            "country": "DE",
            "country_name": "Germany",
            "from": "undecided",
            "to": "committed",
            "from_event": timeline[0]["event_id"],
            "to_event": event_id,
        }
    ]


def test_events_filters(seeded: Tracker) -> None:
    assert len(seeded.json("events")) == 25
    assert len(seeded.json("events", "--type", "correction")) == 0
    assert len(seeded.json("events", "--since", "2025-09-06")) == 0
    assert len(seeded.json("events", "--until", "2025-09-05")) == 25


def test_matrix_export_has_a_column_per_date(seeded: Tracker) -> None:
    seeded.add("Germany", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    rows = list(csv.DictReader(io.StringIO(seeded.ok("export", "--what", "matrix").stdout)))
    de = next(r for r in rows if r["country"] == "DE")
    assert (
        de["2025-06"] == ""  # the column keeps the month precision of "months ago"
        and de["2025-09-04"] == "undecided"
        and de["2025-10-01"] == "committed"
    )


def test_info_names_location_revision_and_counts(seeded: Tracker) -> None:
    info = seeded.json("info")[0]
    assert info["schema_revision"]
    assert info["counts"]["events"] == 25
    assert info["topics"] == ["ukraine-reassurance-force"]
    assert len(info["chain_head"]) == 64


def test_countries_lists_aliases(tracker: Tracker) -> None:
    row = tracker.json("countries", "Holland")[0]
    assert row["country"] == "NL" and "holland" in row["aliases"]
    assert len(tracker.json("countries")) > 240
