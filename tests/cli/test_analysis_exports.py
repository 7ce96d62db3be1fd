"""Columns analysts join on (issue 22 item 7): the stances and statements exports carry
the ISO alpha-3 code beside alpha-2, a partial date's first day and precision, and the
stance's rank; `export --what sources` is a row per statement and source, no JSON cell."""

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from tests.conftest import Tracker
from tracker.domain.vocabulary import STANCES

TOPIC = "ukraine-reassurance-force"


def rows(tracker: Tracker, what: str, *extra: str) -> list[dict[str, str]]:
    output = tracker.ok("export", "--what", what, "--format", "csv", *extra).stdout
    return list(csv.DictReader(io.StringIO(output)))


def test_stances_carry_alpha3_first_day_precision_and_rank(seeded: Tracker) -> None:
    by_country = {r["country"]: r for r in rows(seeded, "stances")}
    spain, germany = by_country["ES"], by_country["DE"]
    assert (spain["country_alpha3"], spain["since"], spain["since_first_day"]) == (
        "ESP",
        "2025-06",
        "2025-06-01",
    )
    assert spain["since_precision"] == "month" and germany["since_precision"] == "day"
    ranks = {r["stance"]: int(r["stance_rank"]) for r in by_country.values()}
    assert ranks["committed"] == 1 and ranks["declined"] == 6
    assert sorted(ranks, key=ranks.__getitem__) == [s for s in STANCES if s in ranks]


def test_statements_export_is_every_statement_with_its_status(seeded: Tracker) -> None:
    event_id = seeded.add("Norway", "committed", "2025", "--outlet", "NRK", topic=TOPIC)
    seeded.ok("retract", event_id, "--reason", "withdrawn")
    statements = rows(seeded, "statements")
    assert len(statements) == 25
    norway = next(r for r in statements if r["country"] == "NO")
    assert (norway["status"], norway["date_first_day"], norway["date_precision"]) == (
        "retracted",
        "2025-01-01",
        "year",
    )
    assert norway["country_alpha3"] == "NOR" and norway["stance_rank"] == "1"
    assert "withdrawn" in norway["amendments"]


def test_sources_export_is_a_row_per_statement_and_source(seeded: Tracker, tmp_path: Path) -> None:
    event_id = seeded.add(
        "Norway",
        "committed",
        "2025-09-01",
        "--outlet",
        "NRK",
        "--url",
        "https://nrk.no/a",
        topic=TOPIC,
    )
    seeded.ok(
        "cite", event_id, "--outlet", "Reuters", "--url", "https://reuters.com/n", "--quote", "=yes"
    )
    sources = rows(seeded, "sources", "--topic", TOPIC)
    norway = [r for r in sources if r["event_id"] == event_id]
    assert [(r["source_number"], r["outlet"], r["url"]) for r in norway] == [
        ("1", "NRK", "https://nrk.no/a"),
        ("2", "Reuters", "https://reuters.com/n"),
    ]
    assert norway[1]["quote"] == "'=yes"  # neutralised, as every spreadsheet cell
    assert len(sources) == 24 + 2  # each seed statement has its one report
    assert not any(cell.startswith(("[", "{")) for r in sources for cell in r.values() if cell)
    workbook = tmp_path / "sources.xlsx"
    seeded.ok("export", "--what", "sources", "--format", "xlsx", "-o", str(workbook))
    sheet = list(load_workbook(workbook)["sources"].iter_rows(values_only=True))
    assert len(sheet) == 1 + 26 and "country_alpha3" in sheet[0]
