"""The report in Debian's headless Chromium: no two labels overlap at desktop and phone
widths, lanes scroll sideways on a phone while the page itself does not, and printing
gives pages that cut no row. Skipped without Chromium unless TRACKER_REQUIRE_BROWSER=1."""

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker
from tests.report.browser import measure_labels, needs_browser, print_to_pdf
from tests.report.example import build_richer_example

pytestmark = needs_browser


def runner(t: Tracker) -> Callable[..., Any]:
    return lambda *args, input=None: t.ok(*args, input=input).stdout


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed report and the richer example's, written once through the CLI (SQLite)."""
    folder = tmp_path_factory.mktemp("reports")
    written = {}
    with pytest.MonkeyPatch.context() as env:
        # What the autouse isolation does per test, for this module-wide fixture.
        for variable in ("TRACKER_DB", "TRACKER_TOPIC", "TRACKER_EDITOR"):
            env.delenv(variable, raising=False)
        env.setenv("XDG_DATA_HOME", str(folder / "data"))
        if not os.environ.get("TRACKER_CACHE_DIR"):
            env.setenv("TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
        written = _write_reports(folder)
    return written


def _write_reports(folder: Path) -> dict[str, Path]:
    written = {}
    for name in ("seed", "rich"):
        t = Tracker(str(folder / f"{name}.db"))
        t.ok("init")
        if name == "seed":
            t.ok("init", "--seed")
        else:
            build_richer_example(runner(t))
        written[name] = folder / f"{name}.html"
        t.ok("report", "-o", str(written[name]))
    return written


@pytest.mark.parametrize("width", [1400, 390])
@pytest.mark.parametrize("name", ["seed", "rich"])
def test_no_two_labels_overlap(reports: dict[str, Path], name: str, width: int) -> None:
    measured = measure_labels(reports[name], width, 844 if width == 390 else 900)
    assert measured["width"] == width
    svg_labels = [b["text"] for b in measured["boxes"] if b["svg"]]
    # The measurement saw the axes' labels (two lane axes and the count chart's).
    assert svg_labels.count("Jun 2025") == 3 and "Sep" in svg_labels
    overlaps = [(a["text"], b["text"], a, b) for a, b in measured["overlaps"]]
    assert overlaps == []


def test_phone_width_scrolls_the_lanes_not_the_page(reports: dict[str, Path]) -> None:
    measured = measure_labels(reports["rich"], 390, 844)
    assert measured["lanes"]["scroll"] > measured["lanes"]["client"]
    # Tables wrap into cards and long quotes and links break: nothing widens the page.
    assert measured["page_width"] <= 390


def test_the_measurement_catches_overlapping_labels(tmp_path: Path) -> None:
    # Two date labels two days apart, as the old count chart drew 2026-01-06 and 2026-01-08.
    page = tmp_path / "overlap.html"
    page.write_text(
        '<!doctype html><html><body><svg width="300" height="40">'
        '<text x="100" y="20" text-anchor="middle">2026-01-06</text>'
        '<text x="107" y="20" text-anchor="middle">2026-01-08</text></svg></body></html>',
        encoding="utf-8",
    )
    measured = measure_labels(page, 390)
    assert [(a["text"], b["text"]) for a, b in measured["overlaps"]] == [
        ("2026-01-06", "2026-01-08")
    ]


def long_quote(number: int) -> str:
    """A quote long enough that a row holding it spans many lines, tagged at both ends."""
    return f"begin{number:02d} " + "the minister said that " * 30 + f"end{number:02d}"


def test_print_gives_pages_that_cut_no_row(tmp_path: Path) -> None:
    from pypdf import PdfReader

    t = Tracker(str(tmp_path / "print.db"))
    t.ok("init")
    countries = ["FR", "DE", "IT", "ES", "PL", "NL", "BE", "PT", "SE", "FI", "DK", "NO"]
    for number, country in enumerate(countries):
        t.add(country, "considering", "2025-06-01", "--quote", long_quote(number), "--outlet", "X")
        t.add(country, "committed", "2025-09-04", "--quote", long_quote(number + 50))
    report = tmp_path / "report.html"
    t.ok("report", "-o", str(report))
    pdf = tmp_path / "report.pdf"
    print_to_pdf(report, pdf)
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(pages) >= 4
    text = "\n".join(pages)
    for number in [*range(len(countries)), *range(50, 50 + len(countries))]:
        assert f"begin{number:02d}" in text and f"end{number:02d}" in text
    # Every row, card and change that begins on a page ends on it.
    for index, page_text in enumerate(pages):
        begins = sorted(re.findall(r"begin(\d\d)", page_text))
        ends = sorted(re.findall(r"end(\d\d)", page_text))
        assert begins == ends, f"page {index + 1} cuts a row: {begins} vs {ends}"
