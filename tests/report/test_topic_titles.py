"""Topic titles where readers see a topic (issue 22, item 2): table titles, the report's
headings and <title>, XLSX sheet names; and columns empty in every row left out of the
table and report views while the data formats keep every field."""

import csv
import io
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.conftest import Tracker
from tracker.formats.spreadsheet import SHEET_NAME_LIMIT, sheet_name

RECOGNITION = "recognition"
TITLE = "Recognition of the State of Palestine"
FORCE = "reassurance-force"


def two_topics(t: Tracker) -> Tracker:
    """A recognition topic with a title (no contributions, no troops) and a troops topic
    without one."""
    t.ok("topics", "add", RECOGNITION, "--title", TITLE)
    t.add("France", "committed", "2025-09-22", "--speaker", "Emmanuel Macron", topic=RECOGNITION)
    t.add("Germany", "declined", "2025-09-22", topic=RECOGNITION)
    t.ok("topics", "add", FORCE)
    t.add("France", "committed", "2025-09-04", "--troops", "1000+", "--contribution", "ground",
          topic=FORCE)  # fmt: skip
    return t


def test_stance_and_timeline_titles_name_the_topic_by_its_title(tracker: Tracker) -> None:
    two_topics(tracker)
    assert f"Stances on {TITLE}" in tracker.ok("stance", "--topic", RECOGNITION).stdout
    assert f"Stances on {FORCE}" in tracker.ok("stance", "--topic", FORCE).stdout  # no title
    timeline = tracker.ok("timeline", "France", "--topic", RECOGNITION).stdout
    assert f"Timeline of France on {TITLE}" in timeline
    changes = tracker.ok("diff", "2025-01-01", "2025-12-31", "--topic", RECOGNITION).stdout
    assert f"Changes from 2025-01-01 to 2025-12-31 on {TITLE}" in changes
    compared = tracker.ok("stance", "--topic", RECOGNITION, "--topic", FORCE).stdout
    assert f"Stances on {TITLE} vs {FORCE}" in compared
    # The data formats carry the slug, as ever.
    assert {r["topic"] for r in tracker.json("stance", "--topic", RECOGNITION)} == {RECOGNITION}


def test_columns_empty_in_every_row_leave_the_table_not_the_data(tracker: Tracker) -> None:
    two_topics(tracker)
    table = tracker.ok("stance", "--topic", RECOGNITION).stdout
    header = table.splitlines()[2]
    assert "stance" in header
    for empty in ("contributions", "troops", "conditions", "deployment"):
        assert empty not in table, empty
    assert "contributions" in tracker.ok("stance", "--topic", FORCE).stdout
    exported = tracker.ok("stance", "--topic", RECOGNITION, "--format", "csv").stdout
    fields = next(csv.reader(io.StringIO(exported)))
    assert {"contributions", "troops", "conditions", "deployment"} <= set(fields)
    (row, *_) = tracker.json("stance", "--topic", RECOGNITION)
    assert "troops" in row and "contributions" in row


def test_report_headings_and_title_show_the_topic_title(tracker: Tracker, tmp_path: Path) -> None:
    two_topics(tracker)
    path = tmp_path / "report.html"
    tracker.ok("report", "--topic", RECOGNITION, "-o", str(path))
    html = path.read_text(encoding="utf-8")
    # SPEC §7: the title beside the slug
    assert f"<title>Pledge tracker: {TITLE} ({RECOGNITION})</title>" in html
    assert re.search(rf"<h1>[^<]*— {TITLE} <small>\({RECOGNITION}\)</small></h1>", html)
    table = html[
        html.index('id="stance-table"') : html.index("</table>", html.index('id="stance-table"'))
    ]
    header = table[: table.index("</thead>")]
    assert "<th>Stance</th>" in header
    for empty in ("Contributions", "Troops", "Conditions", "Deployment"):
        assert empty not in header, empty
    assert len(re.findall("<td[ >]", table)) == 2 * len(
        re.findall("<th[ >]", header)
    )  # two countries, no empty cells

    tracker.ok("report", "--topic", FORCE, "-o", str(path))
    html = path.read_text(encoding="utf-8")
    assert f"<title>Pledge tracker: {FORCE}</title>" in html  # the slug without a title
    header = html[html.index('id="stance-table"') :].split("</thead>", 1)[0]
    assert "Contributions" in header and "Troops" in header and "Conditions" not in header


def sheets(t: Tracker, tmp_path: Path, *args: str) -> list[str]:
    path = tmp_path / "export.xlsx"
    t.ok("export", *args, "--format", "xlsx", "-o", str(path))
    return load_workbook(path, read_only=True).sheetnames


def test_xlsx_sheets_are_named_after_the_topic_within_excels_rules(
    tracker: Tracker, tmp_path: Path
) -> None:
    two_topics(tracker)
    cut = "Recognition of the State of Pa…"
    assert len(cut) == SHEET_NAME_LIMIT
    assert sheets(tracker, tmp_path, "--what", "stances", "--topic", RECOGNITION) == [cut]
    # No deployment anywhere: no deployment sheet.
    assert sheets(tracker, tmp_path, "--what", "matrix", "--topic", RECOGNITION) == [cut]
    assert sheets(tracker, tmp_path, "--what", "matrix", "--topic", FORCE) == [FORCE]
    assert sheets(tracker, tmp_path, "--what", "matrix") == ["matrix"]  # two topics
    assert sheets(tracker, tmp_path, "--what", "events", "--topic", RECOGNITION) == ["events"]
    tracker.add("Spain", "conditional", "2025-10-01", "--deployment", "at-sea", topic=FORCE)
    assert sheets(tracker, tmp_path, "--what", "matrix", "--topic", FORCE) == [
        FORCE,
        f"{FORCE} (deployment)",
    ]
    tracker.ok("topics", "add", "odd", "--title", "A/B: [draft]? *'")
    tracker.add("Italy", "declined", "2025-10-02", topic="odd")
    assert sheets(tracker, tmp_path, "--what", "stances", "--topic", "odd") == ["A-B- -draft-- -"]


FORBIDDEN = set("[]:*?/\\")


@given(st.text(max_size=60), st.sampled_from(["", " (deployment)"]), st.lists(st.text(max_size=40)))
def test_every_sheet_name_is_one_excel_accepts(text: str, suffix: str, taken: list[str]) -> None:
    name = sheet_name(text, suffix, taken)
    assert 0 < len(name) <= SHEET_NAME_LIMIT
    assert not FORBIDDEN & set(name) and not name.startswith("'") and not name.endswith("'")
    assert name.casefold() not in {t.casefold() for t in taken} | {"history"}
    assert name.endswith(suffix) or re.search(r" \(\d+\)$", name)
