"""Two questions are two topics: `stance` and `export --what matrix` with several
`--topic` give one row per country and a column per topic."""

import csv
import io
from pathlib import Path

from tests.conftest import Tracker

DECLARATION, SOLDIERS = "declaration", "sending-soldiers"


def two_topics(t: Tracker) -> None:
    t.ok("topics", "add", DECLARATION)
    t.ok("topics", "add", SOLDIERS)
    t.add("Canada", "committed", "2026-01-06", topic=DECLARATION)
    t.add("Canada", "considering", "2026-01-06", "--deployment", "remote", topic=SOLDIERS)
    t.add("Germany", "committed", "2026-01-06", topic=DECLARATION)
    t.add("Germany", "conditional", "2026-01-08", "--deployment", "neighbouring", topic=SOLDIERS)
    t.add("France", "committed", "2025-09", topic=SOLDIERS)


def test_stance_compares_two_topics_country_by_country(tracker: Tracker) -> None:
    two_topics(tracker)
    rows = tracker.json("stance", "--topic", DECLARATION, "--topic", SOLDIERS)
    assert rows == [
        {
            "country": "CA",
            "country_name": "Canada",
            DECLARATION: "committed",
            f"{DECLARATION} since": "2026-01-06",
            SOLDIERS: "considering",
            f"{SOLDIERS} since": "2026-01-06",
        },
        {
            "country": "DE",
            "country_name": "Germany",
            DECLARATION: "committed",
            f"{DECLARATION} since": "2026-01-06",
            SOLDIERS: "conditional",
            f"{SOLDIERS} since": "2026-01-08",
        },
        {
            "country": "FR",
            "country_name": "France",
            DECLARATION: None,
            f"{DECLARATION} since": None,
            SOLDIERS: "committed",
            f"{SOLDIERS} since": "2025-09",
        },
    ]
    table = tracker.ok("stance", "--topic", DECLARATION, "--topic", SOLDIERS).stdout
    germany = next(line for line in table.splitlines() if "Germany" in line)
    assert germany.index("committed") < germany.index("conditional")
    text = tracker.ok("stance", "--topic", SOLDIERS, "--topic", DECLARATION, "--format", "csv")
    header = next(csv.reader(io.StringIO(text.stdout)))
    assert header == [
        "country",
        "country_name",
        SOLDIERS,
        f"{SOLDIERS} since",
        DECLARATION,
        f"{DECLARATION} since",
    ]


def test_one_topic_keeps_the_usual_output(tracker: Tracker) -> None:
    two_topics(tracker)
    one = tracker.json("stance", "--topic", SOLDIERS)
    assert [r["topic"] for r in one] == [SOLDIERS] * 3
    assert tracker.json("stance", "--topic", SOLDIERS, "--topic", SOLDIERS) == one
    assert "stance" in one[0] and "deployment" in one[0]


def test_an_unknown_compared_topic_names_the_closest(tracker: Tracker) -> None:
    two_topics(tracker)
    failed = tracker.fails("stance", "--topic", DECLARATION, "--topic", "sending-soldier")
    assert SOLDIERS in failed.stderr
    assert (
        "several --topic"
        in tracker.run(
            "export", "--what", "stances", "--topic", DECLARATION, "--topic", SOLDIERS
        ).stderr
    )


def test_matrix_compares_topics_on_every_date_of_either(tracker: Tracker) -> None:
    two_topics(tracker)
    out = tracker.ok("export", "--what", "matrix", "--topic", DECLARATION, "--topic", SOLDIERS)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert list(rows[0]) == [
        "country",
        "country_name",
        f"2025-09 {DECLARATION}",
        f"2025-09 {SOLDIERS}",
        f"2026-01-06 {DECLARATION}",
        f"2026-01-06 {SOLDIERS}",
        f"2026-01-08 {DECLARATION}",
        f"2026-01-08 {SOLDIERS}",
    ]
    germany = next(r for r in rows if r["country"] == "DE")
    assert germany[f"2026-01-06 {DECLARATION}"] == "committed"
    assert germany[f"2026-01-06 {SOLDIERS}"] == ""
    assert germany[f"2026-01-08 {DECLARATION}"] == "committed"  # known on the other's date
    assert germany[f"2026-01-08 {SOLDIERS}"] == "conditional"


def test_matrix_of_deployments_and_its_xlsx_sheet(tracker: Tracker, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    two_topics(tracker)
    out = tracker.ok("export", "--what", "matrix", "--topic", SOLDIERS, "--deployment")
    rows = {r["country"]: r for r in csv.DictReader(io.StringIO(out.stdout))}
    assert rows["DE"]["2026-01-08"] == "neighbouring"
    assert rows["CA"]["2026-01-06"] == "remote"
    assert rows["FR"]["2025-09"] == ""
    stances = tracker.ok("export", "--what", "matrix", "--topic", SOLDIERS).stdout
    assert "neighbouring" not in stances and "conditional" in stances
    target = tmp_path / "matrix.xlsx"
    tracker.ok("export", "--what", "matrix", "--format", "xlsx", "-o", str(target))
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["matrix", "deployment"]
    cells = [c for row in book["deployment"].iter_rows(values_only=True) for c in row]
    assert "neighbouring" in cells and "conditional" not in cells
    cells = [c for row in book["matrix"].iter_rows(values_only=True) for c in row]
    assert "conditional" in cells and "neighbouring" not in cells
