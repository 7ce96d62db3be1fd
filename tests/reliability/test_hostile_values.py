"""Values that ended in a traceback are one `Error:` line, the log unchanged (issue 19
item 6): impossible publication dates on `cite` and `correct`, troop figures past any
army (and past JSON's 64-bit integers), a database whose folder cannot be made."""

import json
from pathlib import Path

import pytest

from tests.conftest import Tracker

TOPIC = "ukraine-reassurance-force"
HUGE = str(2**64)


def _first_statement(tracker: Tracker) -> str:
    rows = tracker.json("events", "--country", "France")
    return str(next(r["event_id"] for r in rows if r["type"] == "statement"))


def _refused(tracker: Tracker, *args: str) -> str:
    """Run a command that must fail with one `Error:` line; the log must be as before."""
    before = tracker.ok("export", "--what", "events").stdout
    result = tracker.fails(*args)
    assert tracker.ok("export", "--what", "events").stdout == before
    return result.stderr


@pytest.mark.parametrize("day", ["2025-02-30", "2025-13", "2025-00-10", "0000"])
def test_an_impossible_publication_date_on_cite_and_correct(seeded: Tracker, day: str) -> None:
    target = _first_statement(seeded)
    stderr = _refused(seeded, "cite", target, "--outlet", "Reuters", "--published", day)
    assert "published" in stderr and day in stderr
    stderr = _refused(seeded, "correct", target, "--published", day, "--reason", "typo")
    assert "published" in stderr and day in stderr


@pytest.mark.parametrize("figure", [HUGE, f"1-{HUGE}", f"{HUGE}+", "10000001", "9" * 5000])
def test_troops_past_any_army_on_add_and_correct(seeded: Tracker, figure: str) -> None:
    add = ["add", "--topic", TOPIC, "--country", "FR", "--stance", "committed"]
    stderr = _refused(seeded, *add, "--date", "2025-01-02", "--troops", figure)
    assert "10,000,000" in stderr
    target = _first_statement(seeded)
    stderr = _refused(seeded, "correct", target, "--troops", figure, "--reason", "typo")
    assert "10,000,000" in stderr


def test_the_largest_troop_figure_is_accepted(seeded: Tracker) -> None:
    add = ["add", "--topic", TOPIC, "--country", "FR", "--stance", "committed"]
    seeded.ok(*add, "--date", "2025-01-02", "--troops", "10000000")


def test_troops_past_any_army_in_csv_jsonl_and_sheets(seeded: Tracker, tmp_path: Path) -> None:
    csv = tmp_path / "big.csv"
    csv.write_text(f"topic,country,stance,date,troops\n{TOPIC},FR,committed,2025-01-02,{HUGE}\n")
    assert "big.csv:2" in _refused(seeded, "import", str(csv))
    record = {"topic": TOPIC, "country": "FR", "stance": "committed", "date": "2025-01-02"}
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(json.dumps({**record, "troops": {"min": 2**64, "max": 2**65}}) + "\n")
    assert "big.jsonl:1" in _refused(seeded, "import", str(jsonl))
    sheet = tmp_path / "big.yaml"
    sheet.write_text(
        f"topic: {TOPIC}\ndate: 2025-01-02\nstatements:\n"
        f"  - {{country: France, stance: committed, troops: {HUGE}}}\n"
        f"  - {{country: Italy, stance: committed, troops: {{min: {HUGE}}}}}\n"
    )
    stderr = _refused(seeded, "import", str(sheet))
    assert "big.yaml entry 1" in stderr and "10,000,000" in stderr


@pytest.mark.parametrize("command", [["init"], ["init", "--seed"], ["stance"]])
def test_a_database_whose_folder_cannot_be_made(tmp_path: Path, command: list[str]) -> None:
    """As root no folder is unwritable; a path under a regular file cannot be made by anyone."""
    regular = tmp_path / "notes.txt"
    regular.write_text("mine\n", encoding="utf-8")
    for db in (regular / "sub" / "t.db", regular / "t.db"):
        result = Tracker(str(db)).fails(*command)
        assert str(regular) in result.stderr
    assert regular.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("sources", ["1", "some text", "{outlet: X}", "[1, 2]"])
def test_a_sheet_entry_whose_sources_are_not_a_list(
    seeded: Tracker, tmp_path: Path, sources: str
) -> None:
    """Found by the hostile pass (tests/properties/test_hostile_options.py): a TypeError."""
    sheet = tmp_path / "s.yaml"
    sheet.write_text(
        f"topic: {TOPIC}\ndate: 2025-01-02\nstatements:\n"
        f"  - {{country: France, stance: committed, sources: {sources}}}\n"
    )
    assert "s.yaml entry 1: sources: expected a list of mappings" in _refused(
        seeded, "import", str(sheet)
    )
