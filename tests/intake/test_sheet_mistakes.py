"""One mistake, one line (issue 20 item 8): a sheet entry that names several countries
reports its mistake once, not once per country; a list where a name belongs, a misspelt
field name or a sheet without a default date is one line, not two or ten. Whatever the
mistakes, a refused import leaves the database byte for byte as it was."""

import hashlib
from pathlib import Path

from tests.conftest import Tracker

ROOT = Path(__file__).resolve().parents[2]
SEED_ARTICLE = ROOT / "tests" / "intake" / "articles" / "seed" / "stern_2025-09-04_paris.txt"

HEAD = """article: {outlet: AP, url: "https://ap.example/a", published: 2025-09-22}
topic: ukraine-reassurance-force
"""


def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _problems(tracker: Tracker, *files: Path) -> list[str]:
    """The lines a refused import prints, with the file names cut; the database unchanged."""
    before = _digest(tracker.db)
    stderr = tracker.fails("import", *map(str, files)).stderr
    assert _digest(tracker.db) == before
    lines = [line.strip() for line in stderr.splitlines()]
    for file in files:
        lines = [line.replace(f"{file}", file.name) for line in lines]
    return lines


def _sheet(tmp_path: Path, body: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    return path


def test_a_mistake_in_an_entry_of_three_countries_is_one_line(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sqlite_tracker.ok("init", "--seed")
    sheet = _sheet(
        tmp_path,
        """date: 2025-09-21
statements:
  - {country: [Andorra, Australia, Canada], stance: commited, quote: They are ready.}
  - {country: [Andorra, Australia, Canada], stance: committed, date: 2025-13-01}
  - {country: [Andorra, Narnia, Canada], stance: committed}
  - {country: [Andorra, Australia], stance: committed, colour: red, troops: lots}
""",
    )
    assert _problems(sqlite_tracker, sheet) == [
        "s.yaml entry 1: stance: 'commited' is not a stance; did you mean committed?",
        "s.yaml entry 2: date: invalid date '2025-13-01': no such day",
        "s.yaml entry 3: country: unknown country 'Narnia'; did you mean Japan (JP), "
        "Armenia (AM), Hungary (HU)?",
        "s.yaml entry 4: colour: unknown field",
        "s.yaml entry 4: troops: troops 'lots': expected N, N+ or N-M in ASCII digits",
        "Error: 5 problems (above); nothing was imported",
    ]


def test_a_list_where_a_text_belongs_is_one_line_not_two(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path,
        """date: 2025-09-21
statements:
  - {country: [Andorra, Australia], stance: [committed, considering]}
  - {country: [Andorra, Australia], stance: committed, date: [2025-09-01], speaker: [A, B]}
""",
    )
    records = tmp_path / "r.jsonl"
    records.write_text(
        '{"topic": "t", "country": ["France", "Germany"], "stance": "committed", '
        '"date": "2025-09-01"}\n'
        '{"topic": "t", "country": "France", "stance": ["committed"], "date": ["2025"]}\n',
        encoding="utf-8",
    )
    assert _problems(sqlite_tracker, sheet, records) == [
        "s.yaml entry 1: stance: expected a text",
        "s.yaml entry 2: date: expected a text",
        "s.yaml entry 2: speaker: expected a text",
        "r.jsonl:1: country: expected one country name, not a list (only a sheet entry "
        "names several)",
        "r.jsonl:2: stance: expected a text",
        "r.jsonl:2: date: expected a text",
        "Error: 6 problems (above); nothing was imported",
    ]


def test_a_misspelt_field_is_one_line_naming_the_field_meant(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path,
        """date: 2025-09-21
statements:
  - {contry: [Andorra, Australia], stance: committed}
  - {country: France, stances: committed}
""",
    )
    misnamed = _sheet(tmp_path, "statments:\n  - {country: Chile, stance: committed}\n", "m.yaml")
    records = tmp_path / "r.jsonl"
    records.write_text(
        '{"topic": "t", "contry": "France", "stance": "committed", "date": "2025-09-01"}\n',
        encoding="utf-8",
    )
    assert _problems(sqlite_tracker, misnamed, sheet, records) == [
        "m.yaml: statments: unknown sheet field; did you mean statements?",
        "s.yaml entry 1: contry: unknown field; did you mean country?",
        "s.yaml entry 2: stances: unknown field; did you mean stance?",
        "r.jsonl:1: contry: unknown field; did you mean country?",
        "Error: 4 problems (above); nothing was imported",
    ]


def test_a_sheet_without_a_default_date_says_so_once(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path,
        """statements:
  - {country: [Andorra, Australia], stance: committed}
  - {country: Canada, stance: committed}
  - {country: Chile, stance: committed, date: 2025-09-20}
  - {country: Greece, stance: committed}
  - {country: Italy, stance: declind}
""",
    )
    assert _problems(sqlite_tracker, sheet) == [
        "s.yaml: date: entries 1, 2, 4, 5 give no date, and the sheet no default date; "
        "add `date: YYYY-MM-DD` at the top",
        "s.yaml entry 5: stance: 'declind' is not a stance; did you mean declined?",
        "Error: 2 problems (above); nothing was imported",
    ]
    one = _sheet(tmp_path, "statements:\n  - {country: [Andorra, Chile], stance: committed}\n")
    assert _problems(sqlite_tracker, one) == [
        "Error: s.yaml entry 1: date: missing; give the entry a date, or the sheet a "
        "default date; nothing was imported"
    ]
    wrong_default = _sheet(
        tmp_path,
        "date: [2025-09-21]\nstatements:\n  - {country: [Chile, Peru], stance: committed}\n",
    )
    assert _problems(sqlite_tracker, wrong_default) == [
        "Error: s.yaml: date: expected a text; nothing was imported"
    ]


def test_a_wrong_list_of_countries_says_what_is_wrong_with_it(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path,
        """date: 2025-09-21
statements:
  - {country: [], stance: committed}
  - {country: [[Andorra], Australia], stance: committed}
  - {country: [Andorra, Chile, Andorra], stance: committed}
  - {country: "Andorra, Australia and Canada", stance: committed}
  - {country: Bosnia and Herzegovina, stance: committed}
""",
    )
    assert _problems(sqlite_tracker, sheet) == [
        "s.yaml entry 1: country: an empty list; name at least one country",
        "s.yaml entry 2: country: expected a country name or a list of names",
        "s.yaml entry 3: country: Andorra is listed twice",
        "s.yaml entry 4: country: 'Andorra, Australia and Canada' names several countries; "
        "write them as a list: [Andorra, Australia, Canada]",
        "Error: 4 problems (above); nothing was imported",
    ]


def test_skipped_duplicates_of_an_entry_name_their_countries(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path,
        "date: 2025-09-21\nstatements:\n"
        "  - {country: [Andorra, Australia], stance: committed, quote: Both will.}\n",
    )
    sqlite_tracker.ok("import", str(sheet))
    again = sqlite_tracker.ok("import", str(sheet)).stderr.replace(str(sheet), sheet.name)
    skipped = [line.split(" (same")[0] for line in again.splitlines() if "Skipped" in line]
    assert [line.split(" of ")[-1] for line in skipped] == ["Andorra", "Australia"]
    assert all(line.startswith("Skipped: s.yaml entry 1: duplicate of active") for line in skipped)


def test_a_warning_for_an_entry_of_several_countries_is_said_once(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    sheet = _sheet(
        tmp_path,
        "date: 2025-01-10\nstatements:\n  - {country: [Andorra, Australia, Chile], stance: committed}\n",
    )
    stderr = sqlite_tracker.ok("import", str(sheet)).stderr
    warnings = [line for line in stderr.splitlines() if line.startswith("Warning:")]
    assert warnings == [
        f"Warning: {sheet} entry 1: date 2025-01-10 is more than 90 days before the report of "
        "2025-09-22; if the article is vague about it, mark it approximate (--approximate, or "
        "approximate: true in a file)"
    ]
    assert len(sqlite_tracker.json("events")) == 3


def test_a_drafted_sheet_edited_wrongly_gives_one_line_per_mistake(
    sqlite_tracker: Tracker, tmp_path: Path
) -> None:
    """As a new editor works: draft the seed article into a database without a topic,
    lose the default date and misspell a stance, import, read, fix, import."""
    sheet = tmp_path / "draft.yaml"
    sqlite_tracker.ok("draft", str(SEED_ARTICLE), "--published", "2025-09-05", "-o", str(sheet))
    text = sheet.read_text(encoding="utf-8")
    assert "country: [Greece, Slovakia, Italy, Cyprus, Poland" in text  # one ten-country entry
    broken = text.replace("stance: declined", "stance: declind").replace(
        "\ndate: '2025-09-05'", "\n"
    )
    assert broken.count("declind") == 1 and broken != text
    sheet.write_text(broken, encoding="utf-8")
    lines = _problems(sqlite_tracker, sheet)
    assert lines[0].startswith("draft.yaml: date: entries 1-")
    assert lines[1:] == [
        "draft.yaml entry 1: the database holds no topic yet; pass --topic (this and every "
        "later record without a topic)",
        lines[2].split(": stance")[0]
        + ": stance: 'declind' is not a stance; did you mean declined?",
        "Error: 3 problems (above); nothing was imported",
    ]
    sheet.write_text(text, encoding="utf-8")
    sqlite_tracker.ok("topics", "add", "ukraine-reassurance-force", "--title", "Troops")
    assert "imported 24" in sqlite_tracker.ok("import", str(sheet)).stderr
