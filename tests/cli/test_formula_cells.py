"""Every command that writes CSV or XLSX neutralises all six formula starts
(`=`, `+`, `-`, `@`, tab, carriage return) in stored text, through the one renderer."""

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import Tracker, text_options

STARTS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE = [f"{start}HYPERLINK(1)" for start in STARTS]
# Stored text is stripped, so a leading tab or carriage return never reaches a cell from
# the database (tests/formats/test_render.py renders them through every listing).
STORED_STARTS = {"=", "+", "-", "@"}


@pytest.fixture
def hostile(sqlite_tracker: Tracker) -> tuple[Tracker, list[str]]:
    """Six statements on France, one per topic, each with one formula start in every
    free-text field (speaker, note, condition, source, editor), one corrected and one
    retracted with such a reason."""
    ids = []
    for number, text in enumerate(HOSTILE):
        editor = Tracker(sqlite_tracker.db, editor=text)
        editor.ok("topics", "add", f"t{number}", "--title", text)
        ids.append(
            editor.add(
                "France",
                "conditional",
                f"2025-0{number + 1}-01",
                *text_options(text, "speaker", "note", "condition", "outlet", "title", "quote"),
                "--troops",
                "10",
                "--troops-text",
                text,
                topic=f"t{number}",
            )
        )
    ids.append(
        sqlite_tracker.ok(
            "correct", ids[0], "--reason", HOSTILE[1], "--stance", "committed"
        ).stdout.strip()
    )
    ids.append(sqlite_tracker.ok("retract", ids[5], "--reason", HOSTILE[2]).stdout.strip())
    return sqlite_tracker, ids


def unsafe(cell: str) -> bool:
    return cell.startswith(STARTS)


def neutralised_starts(cells: list[str]) -> set[str]:
    return {cell[1] for cell in cells if cell[:1] == "'" and cell[1:2] in "".join(STARTS)}


# (arguments, whether stored text reaches a cell of its own); a command whose cells are
# all codes, stances, dates or JSON lists is still checked for unsafe cells.
CSV_COMMANDS = [
    (["stance"], False),
    (["stance", "--topic", "t0", "--topic", "t1"], False),
    (["timeline", "France"], True),
    (["events"], True),
    (["diff", "2025-01-01", "2025-12-31"], False),
    (["export", "--what", "events"], True),
    (["export", "--what", "stances"], False),
    (["export", "--what", "matrix"], False),
    (["countries"], False),
    (["countries", "France"], False),
    (["info"], False),
    (["topics"], True),
]


@pytest.mark.parametrize(
    ("args", "carries_text"), CSV_COMMANDS, ids=lambda a: " ".join(a) if isinstance(a, list) else ""
)
def test_csv_of_every_command_neutralises_all_six_starts(
    hostile: tuple[Tracker, list[str]], args: list[str], carries_text: bool
) -> None:
    tracker, _ = hostile
    output = tracker.ok(*args, "--format", "csv").stdout
    cells = [cell for row in csv.reader(io.StringIO(output)) for cell in row]
    assert [cell for cell in cells if unsafe(cell)] == []
    if carries_text:
        assert neutralised_starts(cells) == STORED_STARTS


def test_csv_of_show_neutralises_all_six_starts(hostile: tuple[Tracker, list[str]]) -> None:
    tracker, ids = hostile
    cells = []
    for event_id in ids:
        output = tracker.ok("show", event_id, "--format", "csv").stdout
        cells += [cell for row in csv.reader(io.StringIO(output)) for cell in row]
    assert [cell for cell in cells if unsafe(cell)] == []
    assert neutralised_starts(cells) == STORED_STARTS


@pytest.mark.parametrize("what", ["events", "stances", "matrix"])
def test_xlsx_export_neutralises_all_six_starts(
    hostile: tuple[Tracker, list[str]], what: str, tmp_path: Path
) -> None:
    tracker, _ = hostile
    path = tmp_path / f"{what}.xlsx"
    tracker.ok("export", "--what", what, "--format", "xlsx", "-o", str(path))
    book = load_workbook(path)
    cells = [
        c
        for sheet in book.worksheets
        for row in sheet.iter_rows(min_row=2)
        for c in row
        if isinstance(c.value, str)
    ]
    assert cells
    assert [c.value for c in cells if unsafe(c.value) or c.data_type != "s"] == []
    # The matrix holds stances and deployments only; the stances' free text (conditions)
    # is a JSON list, as in CSV.
    if what == "events":
        assert neutralised_starts([c.value for c in cells]) == STORED_STARTS
