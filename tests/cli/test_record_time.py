"""Record time means what SPEC §3 and §6 say (issue 19, items 1 and 8): the time *this*
database learned an event, read back by `--known-at` in one spelling per instant."""

import json
from pathlib import Path

import pytest

import tracker as tracker_api
from tests.conftest import Tracker
from tracker.errors import InvalidValue

TOPIC = "ukraine-reassurance-force"

# -- item 8: one spelling of a bare date ------------------------------------------------

OTHER_DAY_SPELLINGS = ["20250905", "2025-W36-5", "2025-248", "2025248"]


@pytest.mark.parametrize("spelling", OTHER_DAY_SPELLINGS)
def test_a_bare_date_spelled_otherwise_is_refused_with_the_spelling_to_write(
    seeded: Tracker, spelling: str
) -> None:
    for args in (
        ("stance", "--known-at", spelling),
        ("timeline", "Italy", "--known-at", spelling),
        ("diff", "2025-06-01", "2025-09-05", "--known-at", spelling),
        ("export", "--what", "stances", "--known-at", spelling),
        ("events", "--known-at", spelling),
        ("events", "--since", spelling),
        ("events", "--until", spelling),
    ):
        result = seeded.fails(*args)
        assert "write a date as 2025-09-05" in result.stderr, args
        assert result.stdout == ""


def test_the_one_bare_date_spelling_is_the_end_of_that_day(seeded: Tracker) -> None:
    everything = seeded.json("stance")
    assert seeded.json("stance", "--known-at", "2025-09-05") == everything
    assert seeded.json("stance", "--known-at", "2025-09-04") == []


@pytest.mark.parametrize(
    "moment", ["20250905T120000Z", "2025-W36-5T12:00:00Z", "2025-09-05T14:00:00+02:00"]
)
def test_a_date_with_a_time_of_day_may_take_any_iso_form(seeded: Tracker, moment: str) -> None:
    assert seeded.json("stance", "--known-at", moment) == seeded.json("stance")
    assert seeded.json("stance", "--known-at", "2025-09-05T10:00:00Z") == []


def test_the_api_refuses_the_other_spellings_too(seeded: Tracker) -> None:
    with tracker_api.open(seeded.db) as api:
        for spelling in OTHER_DAY_SPELLINGS:
            with pytest.raises(InvalidValue, match="write a date as 2025-09-05"):
                api.stances(known_at=spelling)
            with pytest.raises(InvalidValue, match="write a date as 2025-09-05"):
                api.events(since=spelling)
        assert api.stances(known_at="2025-09-05").to_records() == seeded.json("stance")


def test_a_record_time_in_a_file_is_held_to_the_same_spellings(
    tracker: Tracker, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps(
            {
                "topic": "t",
                "country": "FR",
                "stance": "committed",
                "date": "2025-09-04",
                "recorded_at": "20250905",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = tracker.fails("import", str(rows))
    assert "rows.jsonl:1" in result.stderr and "2025-09-05" in result.stderr
    assert tracker.json("events") == []


# -- item 1: a record time from elsewhere is not this database's -------------------------

ITALY = {"topic": TOPIC, "country": "Italy", "stance": "committed", "date": "2025-09-04"}


def write_jsonl(path: Path, *records: dict[str, object]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_a_back_dated_import_cannot_make_known_at_lie(seeded: Tracker) -> None:
    # The issue's reproduction: after the seed's head, before now, so "not before the
    # chain head and not in the future" let it in.
    known = seeded.json("stance", "--known-at", "2025-09-06", "--country", "Italy")
    assert known[0]["stance"] == "declined"
    before = seeded.ok("events", "--format", "jsonl").stdout
    line = json.dumps({**ITALY, "recorded_at": "2025-09-05T12:00:00Z"})
    result = seeded.fails("import", "-", input=line + "\n")
    assert "<stdin>:1" in result.stderr or "-:1" in result.stderr, result.stderr
    assert "already holds events" in result.stderr and "--restamp" in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before
    assert seeded.json("stance", "--known-at", "2025-09-06", "--country", "Italy") == known


def test_every_back_dated_record_is_named_with_the_other_problems(
    seeded: Tracker, tmp_path: Path
) -> None:
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        {**ITALY, "recorded_at": "2025-09-05T12:00:00Z"},
        {**ITALY, "stance": "comitted"},
        {**ITALY, "country": "Spain", "recorded_at": "2025-09-05T13:00:00Z"},
        {**ITALY, "country": "Greece"},  # no recorded_at: stamped now, fine
        {**ITALY, "country": "Malta", "recorded_at": "2025-09-05T14:00:00Z"},
    )
    before = seeded.ok("events", "--format", "jsonl").stdout
    result = seeded.fails("import", rows)
    for number in (1, 3, 5):
        assert f"rows.jsonl:{number}: recorded_at" in result.stderr, result.stderr
    assert "rows.jsonl:2: stance" in result.stderr
    assert "rows.jsonl:4" not in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before


def test_restamp_records_them_at_the_time_this_database_learns_them(
    seeded: Tracker, tmp_path: Path
) -> None:
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        {**ITALY, "recorded_at": "2025-09-05T12:00:00Z"},
        {**ITALY, "country": "Spain", "recorded_at": "2025-09-05T13:00:00Z"},
    )
    result = seeded.ok("import", "--restamp", rows)
    assert "2 given the current record time" in result.stderr
    italy = seeded.json("stance", "--known-at", "2025-09-06", "--country", "Italy")
    assert italy[0]["stance"] == "declined"
    times = [e["recorded_at"] for e in seeded.json("events")]
    assert times == sorted(times) and times[-2] > "2026"


def test_reimporting_an_export_into_its_own_database_is_harmless(
    seeded: Tracker, tmp_path: Path
) -> None:
    seeded.add("DE", "committed", "2025-10-01", topic=TOPIC)
    backup = tmp_path / "backup.jsonl"
    seeded.ok("export", "--what", "events", "-o", str(backup))
    before = seeded.ok("events", "--format", "jsonl").stdout
    result = seeded.ok("import", str(backup))
    assert f"imported 0, skipped {len(before.splitlines())} already stored" in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before


def test_an_export_restored_into_an_empty_database_keeps_every_record_time(
    seeded: Tracker, tmp_path: Path
) -> None:
    seeded.add("DE", "committed", "2025-10-01", topic=TOPIC)
    backup = tmp_path / "backup.jsonl"
    seeded.ok("export", "--what", "events", "-o", str(backup))
    fresh = Tracker(str(tmp_path / "fresh.db"))
    fresh.ok("import", str(backup))
    assert (
        fresh.ok("events", "--format", "jsonl").stdout
        == seeded.ok("events", "--format", "jsonl").stdout
    )
    # and into the restored database, the same file again is harmless
    fresh.ok("import", str(backup))
    fresh.ok("verify")


def test_a_mixed_file_keeps_stored_records_and_refuses_only_new_timed_ones(
    seeded: Tracker, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.jsonl"
    seeded.ok("export", "--what", "events", "-o", str(backup))
    stored = backup.read_text(encoding="utf-8")
    new_timed = json.dumps({**ITALY, "recorded_at": "2025-09-05T12:00:00Z"}) + "\n"
    new_untimed = json.dumps({**ITALY, "country": "Spain"}) + "\n"
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(stored + new_timed + new_untimed, encoding="utf-8")
    result = seeded.fails("import", str(mixed))
    count = len(stored.splitlines())
    assert f"mixed.jsonl:{count + 1}: recorded_at" in result.stderr
    assert "(and " not in result.stderr  # the one problem of the file
    mixed.write_text(stored + new_untimed, encoding="utf-8")
    result = seeded.ok("import", str(mixed))
    assert f"imported 1, skipped {count} already stored" in result.stderr


def test_a_restamped_event_imported_again_is_the_same_event(
    seeded: Tracker, tmp_path: Path
) -> None:
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        {
            **ITALY,
            "event_id": "5a0c4f7e-55d5-4c52-9d36-2b6a1b0e1a11",
            "recorded_at": "2025-09-05T12:00:00Z",
            "recorded_by": "elsewhere",
        },
    )
    seeded.ok("import", "--restamp", rows)
    before = seeded.ok("events", "--format", "jsonl").stdout
    assert "skipped 1 already stored" in seeded.ok("import", "--restamp", rows).stderr
    assert "skipped 1 already stored" in seeded.ok("import", rows).stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before
    other = write_jsonl(
        tmp_path / "other.jsonl",
        {**json.loads(Path(rows).read_text()), "recorded_by": "someone else"},
    )
    assert "already stored with other content" in seeded.fails("import", other).stderr


def test_databases_seeded_at_different_times_exchange_exports_harmlessly(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.add("FR", "committed", "2025-10-01", topic="t")
    tracker.ok("init", "--seed")  # the seed recorded now, after the editor's event
    elsewhere = Tracker(str(tmp_path / "elsewhere.db"))
    elsewhere.ok("init", "--seed")  # the seed restored with its own times
    export = tmp_path / "elsewhere.jsonl"
    elsewhere.ok("export", "--what", "events", "-o", str(export))
    before = tracker.ok("events", "--format", "jsonl").stdout
    assert "imported 0, skipped 25 already stored" in tracker.ok("import", str(export)).stderr
    assert tracker.ok("events", "--format", "jsonl").stdout == before


def test_a_database_holding_only_a_topic_is_not_empty(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ok("topics", "add", "t")
    rows = write_jsonl(
        tmp_path / "rows.jsonl",
        {**ITALY, "topic": "t", "recorded_at": "2025-09-05T12:00:00Z"},
    )
    assert "already holds events" in tracker.fails("import", rows).stderr
