"""`export --format xlsx`: a sheet named after the export, dates as real dates."""

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import Tracker

TOPIC = "ukraine-reassurance-force"


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
        # A sheet of one topic is named after its title, cut to Excel's 31 characters
        # (the seed's topic: "Troops for a reassurance force in Ukraine"); the matrix has
        # no deployment sheet, as the seed knows no deployment. The log keeps its name.
        assert book.sheetnames == (
            ["events"] if what == "events" else ["Troops for a reassurance force…"]
        )
        sheet = book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        header, body = rows[0], rows[1:]
        if what == "stances":
            assert len(body) == 24
            since = [r[header.index("since")] for r in body]
            # One type per column: every `since` is a date, shown at its own precision.
            assert all(isinstance(c, datetime) for c in since), since
            assert datetime(2025, 9, 4) in since
            formats = {
                c.number_format
                for c in next(
                    sheet.iter_cols(
                        min_col=header.index("since") + 1,
                        max_col=header.index("since") + 1,
                        min_row=2,
                    )
                )
            }
            assert "yyyy-mm" in formats and "yyyy-mm-dd" in formats  # 2025-06 stays a month
        if what == "events":
            speakers = [r[header.index("speaker")] for r in body]
            assert "'=SUM(A1:A9)" in speakers
            # Record times keep their microseconds as text (a date-time cell holds ms).
            recorded = body[0][header.index("recorded_at")]
            assert isinstance(recorded, str) and recorded.endswith("Z"), recorded


def test_xlsx_needs_an_output_file(seeded: Tracker) -> None:
    seeded.fails("export", "--what", "stances", "--format", "xlsx", code=2)
