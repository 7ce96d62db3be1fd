"""The one renderer: a listing spec is all a result type needs for every format."""

import csv
import io
import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tracker.formats import listings
from tracker.formats.output import Column, Listing, render

STARTS = ("=", "+", "-", "@", "\t", "\r")

# A result type no command has: the listing below is all the code it needs.
HARVESTS = Listing(
    "harvests",
    ("fruit", "picked", "weight", "pickers", "recorded_at", "notes"),
    (
        Column("fruit", label="Fruit!", style=lambda v: "green" if v == "apple" else None),
        Column("picked", fit="line"),
        Column("weight", cell=lambda r: f"{r['weight']} kg"),
        Column("pickers", keep="any"),
        Column("notes", keep="varied"),
    ),
    title="Harvests",
    kinds={"picked": "partial_date"},
)
ROWS = [
    {
        "fruit": "apple",
        "picked": "2025-09",
        "weight": 12,
        "pickers": None,
        "recorded_at": "2025-09-30T08:00:00.000000Z",
        "notes": "=1+1",
    },
    {
        "fruit": "pear",
        "picked": "2025-10-02",
        "weight": 3,
        "pickers": None,
        "recorded_at": "2025-10-02T09:30:00.000000Z",
        "notes": "=1+1",
    },
]


def rendered(listing: Listing, rows: list[dict[str, object]], fmt: str, **how: object) -> str:
    out = io.StringIO()
    assert render(listing, rows, fmt, out, **how) == len(rows)  # type: ignore[arg-type]
    return out.getvalue()


def test_a_new_listing_renders_to_every_format_without_format_code(tmp_path: Path) -> None:
    table = rendered(HARVESTS, ROWS, "table")
    assert table.splitlines()[0].strip() == "Harvests"
    header = table.splitlines()[2]
    # Labels, the table's own cells, and columns left out by their keep rule.
    assert "Fruit!" in header and "picked" in header and "weight" in header
    assert "pickers" not in header and "notes" not in header
    assert "12 kg" in table and "3 kg" in table
    assert json.loads(rendered(HARVESTS, ROWS, "json")) == ROWS
    assert [json.loads(line) for line in rendered(HARVESTS, ROWS, "jsonl").splitlines()] == ROWS
    parsed = list(csv.reader(io.StringIO(rendered(HARVESTS, ROWS, "csv"))))
    assert parsed[0] == list(HARVESTS.fields or ())
    assert parsed[1] == ["apple", "2025-09", "12", "", "2025-09-30T08:00:00.000000Z", "'=1+1"]
    path = tmp_path / "h.xlsx"
    with path.open("wb") as handle:
        assert render(HARVESTS, ROWS, "xlsx", handle) == 2
    sheet = load_workbook(path)["harvests"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == HARVESTS.fields
    # A record time stays its text, microseconds and all (a date-time cell holds ms).
    recorded = "2025-09-30T08:00:00.000000Z"
    assert values[1] == ("apple", datetime(2025, 9, 1), 12, None, recorded, "'=1+1")
    assert sheet["B2"].number_format == "yyyy-mm" and sheet["B3"].number_format == "yyyy-mm-dd"


def test_a_column_whose_cells_differ_is_shown() -> None:
    varied = [dict(ROWS[0]), dict(ROWS[1], notes="dry year", pickers=["Ann"])]
    table = rendered(HARVESTS, varied, "table")
    assert "notes" in table and "dry year" in table and "pickers" in table and "Ann" in table
    assert "notes" not in rendered(HARVESTS.without("notes"), varied, "table")


def test_a_narrow_terminal_drops_what_a_column_spares(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    spared = Listing("l", ("a", "b"), (Column("a"), Column("b", narrow="never")))
    rows = [{"a": "x", "b": "y"}]
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setenv("COLUMNS", "200")
    render(spared, rows, "table")
    assert "y" in sys.stdout.getvalue()  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setenv("COLUMNS", "80")
    render(spared, rows, "table")
    assert "x" in sys.stdout.getvalue() and "y" not in sys.stdout.getvalue()  # type: ignore[attr-defined]


def every_listing() -> list[Listing]:
    found = [v for v in vars(listings).values() if isinstance(v, Listing)]
    found += [listings.every_field(v) for v in found if v.fields is not None]  # what export shows
    found += [listings.compared_stances(["a", "b"]), listings.matrix("matrix", ["country", "2025"])]
    return found


@pytest.mark.parametrize("listing", every_listing(), ids=lambda listing: listing.name)
def test_every_listing_neutralises_all_six_formula_starts_in_csv_and_xlsx(
    listing: Listing, tmp_path: Path
) -> None:
    fields = listing.fields or ("speaker", "note")
    texts = [name for name in fields if listing.kind(name) == "text"]
    dated = {"partial_date": "2025-01"}
    rows = [
        {name: dated.get(listing.kind(name), start + "cmd") for name in fields} for start in STARTS
    ]
    expected = sorted("'" + start + "cmd" for start in STARTS for _ in texts)
    assert texts
    parsed = list(csv.reader(io.StringIO(rendered(listing, rows, "csv"))))
    cells = [cell for row in parsed[1:] for cell in row if cell not in dated.values()]
    assert sorted(cells) == expected
    path = tmp_path / "l.xlsx"
    with path.open("wb") as handle:
        render(listing, rows, "xlsx", handle)
    book = load_workbook(path)
    sheet = book[listing.name]
    written = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    # A carriage return, which XML would read back as a line feed, is OOXML's _x000D_.
    assert sorted(c.value for c in written) == sorted(e.replace("\r", "_x000D_") for e in expected)
    assert all(c.data_type == "s" for c in written)
