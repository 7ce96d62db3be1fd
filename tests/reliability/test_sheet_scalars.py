"""A YAML sheet's scalars are read as the text the editor wrote (issue 19 item 7): an
impossible date is one more problem of its entry, never "not valid YAML" hiding the rest,
and no value is silently turned into another (`NO` into false, `010` into 8)."""

import json
from pathlib import Path

from tests.conftest import Tracker

TOPIC = "ukraine-reassurance-force"


def _sheet(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "sheet.yaml"
    path.write_text(
        "article: {outlet: Stern, published: 2025-09-05}\n"
        f"topic: {TOPIC}\ndate: 2025-09-04\nstatements:\n{body}",
        encoding="utf-8",
    )
    return path


def _refused(tracker: Tracker, path: Path) -> str:
    before = tracker.ok("export", "--what", "events").stdout
    result = tracker.fails("import", str(path))
    assert tracker.ok("export", "--what", "events").stdout == before
    return result.stderr


def test_an_impossible_date_is_reported_with_the_entrys_other_problems(
    seeded: Tracker, tmp_path: Path
) -> None:
    path = _sheet(
        tmp_path,
        "  - {country: Frnace, stance: comitted, date: 2025-02-30}\n"
        "  - {country: Italy, stance: declined}\n"
        "  - {country: Spain, stance: declined, date: 2025-13-01}\n",
    )
    stderr = _refused(seeded, path)
    assert "not valid YAML" not in stderr
    first = [line for line in stderr.splitlines() if "sheet.yaml entry 1" in line]
    assert any("2025-02-30" in line for line in first), stderr
    assert any("Frnace" in line for line in first), stderr
    assert any("comitted" in line for line in first), stderr
    assert "sheet.yaml entry 3" in stderr and "2025-13-01" in stderr
    assert "entry 2" not in stderr


def test_an_impossible_article_or_default_date_names_its_field(
    seeded: Tracker, tmp_path: Path
) -> None:
    path = tmp_path / "sheet.yaml"
    path.write_text(
        f"article: {{outlet: Stern, published: 2025-02-30}}\ntopic: {TOPIC}\n"
        "date: 2025-02-31\nstatements:\n  - {country: Italy, stance: declined}\n",
        encoding="utf-8",
    )
    stderr = _refused(seeded, path)
    assert "not valid YAML" not in stderr
    assert "2025-02-31" in stderr and "sheet.yaml entry 1" in stderr


def test_a_plain_yaml_record_list_reads_dates_as_text(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "records.yaml"
    path.write_text(
        "- {topic: t, country: FR, stance: committed, date: 2025-02-30}\n"
        "- {topic: t, country: FR, stance: comitted, date: 2025-02-01}\n",
        encoding="utf-8",
    )
    stderr = _refused(tracker, path)
    assert "not valid YAML" not in stderr
    assert "records.yaml record 1" in stderr and "2025-02-30" in stderr
    assert "records.yaml record 2" in stderr and "comitted" in stderr


def test_scalars_keep_the_text_the_editor_wrote(seeded: Tracker, tmp_path: Path) -> None:
    """YAML 1.1 reads `NO` (Norway) as false and `010` as the octal 8: a sheet reads
    what it shows, and a valid date still imports."""
    path = _sheet(
        tmp_path,
        "  - {country: NO, stance: committed, troops: 010, speaker: 1:30}\n"
        "  - {country: Italy, stance: declined, date: 2025-09-03, approximate: true}\n",
    )
    seeded.ok("import", str(path))
    rows = [json.loads(line) for line in seeded.ok("export").stdout.splitlines()]
    norway = next(r for r in rows if r.get("country") == "NO")
    assert norway["troops"]["min"] == 10 and norway["speaker"] == "1:30"
    italy = [r for r in rows if r.get("country") == "IT" and r.get("date") == "2025-09-03"]
    assert len(italy) == 1 and italy[0]["approximate"] is True
