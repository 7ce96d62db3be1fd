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
