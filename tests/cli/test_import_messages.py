"""Import says each problem once, and what a real import moved (issue 22 item 6)."""

from pathlib import Path

from tests.conftest import Tracker

TOPIC = "ukraine-reassurance-force"


def test_each_problem_is_printed_once(seeded: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        f'{{"topic": "{TOPIC}", "country": "Frnace", "stance": "committed", "date": "2025-09-10"}}\n'
        f'{{"topic": "{TOPIC}", "country": "France", "stance": "comitted", "date": "2025-09-10"}}\n'
        f'{{"topic": "{TOPIC}", "country": "France", "stance": "committed", "date": "2025-02-30"}}\n',
        encoding="utf-8",
    )
    stderr = seeded.fails("import", str(path)).stderr
    for problem in ("Frnace", "comitted", "2025-02-30"):
        assert stderr.count(problem) == 1, stderr
    assert stderr.splitlines()[-1] == "Error: 3 problems (above); nothing was imported"


def test_a_single_problem_is_the_error_line_alone(seeded: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        f'{{"topic": "{TOPIC}", "country": "Frnace", "stance": "committed", "date": "2025-09-10"}}\n',
        encoding="utf-8",
    )
    stderr = seeded.fails("import", str(path)).stderr
    assert stderr.count("Frnace") == 1
    assert stderr.splitlines() == [
        f"Error: {path}:1: country: unknown country 'Frnace'; did you mean France (FR)?; "
        "nothing was imported"
    ]


def test_a_real_import_lists_the_moves_a_dry_run_announces(seeded: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "moves.jsonl"
    source = '"sources": [{"outlet": "Reuters", "published": "2025-09-11"}]'
    path.write_text(
        f'{{"topic": "{TOPIC}", "country": "DE", "stance": "committed", "date": "2025-09-10", {source}}}\n'
        f'{{"topic": "{TOPIC}", "country": "CA", "stance": "considering", "date": "2025-09-10", {source}}}\n'
        f'{{"topic": "{TOPIC}", "country": "FR", "stance": "committed", "date": "2025-01-01", {source}}}\n',
        encoding="utf-8",
    )
    preview = seeded.ok("import", "--dry-run", str(path)).stderr.splitlines()
    done = seeded.ok("import", str(path)).stderr.splitlines()
    announced = [line.removeprefix("Would change: ") for line in preview if "Would change" in line]
    made = [line.removeprefix("Changed: ") for line in done if line.startswith("Changed: ")]
    assert made == announced
    assert made == [
        f"Canada ({TOPIC}): — → considering",
        f"Germany ({TOPIC}): undecided → committed",
    ]  # France's older statement moves nothing
    again = seeded.ok("import", str(path)).stderr
    assert "Changed" not in again
