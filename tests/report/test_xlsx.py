"""`export --format xlsx`: a sheet named after the export, dates as real dates."""

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import Tracker


def test_xlsx_exports_have_typed_dates_and_neutral_formulas(
    seeded: Tracker, tmp_path: Path
) -> None:
    seeded.ok(
        "add",
        "--country",
        "Norway",
        "--stance",
        "considering",
        "--date",
        "2025-10-01",
        "--speaker",
        "=SUM(A1:A9)",
    )
    for what in ("stances", "matrix", "events"):
        path = tmp_path / f"{what}.xlsx"
        seeded.ok("export", "--what", what, "--format", "xlsx", "-o", str(path))
        book = load_workbook(path)
        # The matrix has a second sheet: each country's deployment on each date.
        assert book.sheetnames == ([what, "deployment"] if what == "matrix" else [what])
        rows = list(book[what].iter_rows(values_only=True))
        header, body = rows[0], rows[1:]
        if what == "stances":
            assert len(body) == 24
            since = [r[header.index("since")] for r in body]
            assert date(2025, 9, 4) in [c.date() if isinstance(c, datetime) else c for c in since]
            assert "2025-06" in since  # a month-precision date stays text
        if what == "events":
            speakers = [r[header.index("speaker")] for r in body]
            assert "'=SUM(A1:A9)" in speakers
            assert isinstance(body[0][header.index("recorded_at")], datetime)


def test_xlsx_needs_an_output_file(seeded: Tracker) -> None:
    seeded.fails("export", "--what", "stances", "--format", "xlsx", code=2)
