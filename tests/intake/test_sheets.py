"""Article sheets (SPEC §6): the article once, one entry per statement, read by `import`."""

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import Tracker
from tracker.formats.sheet import expand_sheet

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "stern-2025-09-04.yaml"


def _without_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "event_id"} for row in rows]


def test_the_seed_sheet_imports_to_exactly_the_seed_stances(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.ok("import", str(EXAMPLE))
    seeded = Tracker(str(tmp_path / "seed.db"))
    seeded.ok("init", "--seed")
    imported = tracker.json("stance")
    assert len(imported) == 23
    assert _without_ids(imported) == _without_ids(seeded.json("stance"))
    lithuania = tracker.json("timeline", "Lithuania")
    assert [row["stance"] for row in lithuania] == ["committed", "skeptical"]


def test_every_entry_gets_the_article_as_its_first_source_with_its_own_quote(
    tracker: Tracker, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(
        """
article: {outlet: Stern, url: "https://www.stern.de/a.html", title: Paris talks, published: 2025-09-05}
topic: t
date: 2025-09-04
speaker: Emmanuel Macron
statements:
  - {country: France, stance: committed, troops: "1000+", troops_text: some thousand soldiers,
     contributions: [ground], quote: France will send soldiers.}
  - {country: Spain, stance: considering, date: 2025-06, approximate: true, speaker: null,
     quote: Spain could take part.}
  - {country: Holland, stance: considering, troops: "200-400", speaker: Dick Schoof,
     sources: [{outlet: NOS, url: "https://nos.nl/b", published: 2025-09-05}]}
""",
        encoding="utf-8",
    )
    result = tracker.ok("import", str(sheet))
    assert "imported 3" in result.stderr
    (france,) = tracker.json("timeline", "France")
    assert france["date"] == "2025-09-04" and france["speaker"] == "Emmanuel Macron"
    assert france["troops"] == {"min": 1000, "max": None, "text": "some thousand soldiers"}
    assert france["sources"] == [
        {
            "outlet": "Stern",
            "url": "https://www.stern.de/a.html",
            "title": "Paris talks",
            "published": "2025-09-05",
            "quote": "France will send soldiers.",
        }
    ]
    (spain,) = tracker.json("timeline", "Spain")
    assert (spain["date"], spain["approximate"], spain["speaker"]) == ("2025-06", True, None)
    (netherlands,) = tracker.json("timeline", "NL")
    assert netherlands["speaker"] == "Dick Schoof"
    assert netherlands["troops"] == {"min": 200, "max": 400, "text": None}
    assert [s["outlet"] for s in netherlands["sources"]] == ["Stern", "NOS"]
    assert "quote" not in netherlands["sources"][0] or netherlands["sources"][0]["quote"] is None


def test_every_problem_of_a_sheet_is_reported_with_its_entry_and_field(
    tracker: Tracker, tmp_path: Path
) -> None:
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(
        """
article: {outlet: Stern, published: 2025-09-05}
topic: t
date: 2025-09-04
statements:
  - {country: France, stance: committed}
  - {country: Spain, stance: keen}
  - {country: Italy, stance: declined, troops: "lots"}
  - {country: Frnace, stance: committed, contributions: ground-ish, colour: blue}
  - just a string
  - {country: Poland, stance: declined, date: 2031-01-01}
  - {country: Greece, stance: declined, contributions: {ground: yes}}
""",
        encoding="utf-8",
    )
    result = tracker.fails("import", str(sheet))
    stderr = result.stderr
    assert "sheet.yaml entry 2: stance" in stderr
    assert "sheet.yaml entry 3: troops" in stderr and "N, N+ or N-M" in stderr
    assert "sheet.yaml entry 4: colour: unknown field" in stderr
    assert "sheet.yaml entry 7: contributions: expected a list of texts" in stderr
    assert "sheet.yaml entry 4: country: unknown country 'Frnace'; did you mean France" in stderr
    assert "sheet.yaml entry 5: expected a mapping" in stderr
    assert "sheet.yaml entry 6: date" in stderr and "future" in stderr
    assert "entry 1" not in stderr
    assert "nothing was imported" in stderr
    assert tracker.json("events") == []


def test_value_problems_of_an_entry_whose_shape_is_right_are_reported_too(
    tracker: Tracker, tmp_path: Path
) -> None:
    sheet = tmp_path / "s.yaml"
    sheet.write_text(
        "topic: t\ndate: 2025-09-04\nstatements:\n  - {country: Frnace, stance: committed}\n",
        encoding="utf-8",
    )
    result = tracker.fails("import", str(sheet))
    assert "s.yaml entry 1: country: unknown country 'Frnace'; did you mean France" in result.stderr


def test_a_json_file_holding_one_sheet_is_read_like_yaml(tracker: Tracker, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.json"
    sheet.write_text(
        json.dumps(
            {
                "article": {"outlet": "AFP", "published": "2025-10-22"},
                "topic": "t",
                "date": "2025-10-22",
                "statements": [
                    {"country": "Sweden", "stance": "committed", "contributions": ["air"]},
                    {"country": "Slovenia", "stance": "declined", "quote": "Slovenia ruled out."},
                ],
            }
        ),
        encoding="utf-8",
    )
    tracker.ok("import", str(sheet))
    stances = {row["country"]: row["stance"] for row in tracker.json("stance")}
    assert stances == {"SE": "committed", "SI": "declined"}
    broken = tmp_path / "broken.json"
    broken.write_text('{"statements": [', encoding="utf-8")
    assert "not valid JSON" in tracker.fails("import", str(broken)).stderr
    one_event = tmp_path / "event.json"
    one_event.write_text('{"topic": "t", "country": "FR"}', encoding="utf-8")
    assert "expected a JSON list of events, or an article sheet" in (
        tracker.fails("import", str(one_event)).stderr
    )


def test_reimporting_a_sheet_with_event_ids_is_harmless(tracker: Tracker, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(
        "topic: t\ndate: 2025-09-04\nstatements:\n"
        "  - {event_id: 6f62bb48-a06b-43dc-9601-b28fa0877a09, country: LT, stance: committed}\n",
        encoding="utf-8",
    )
    tracker.ok("import", str(sheet))
    assert "imported 0, skipped 1" in tracker.ok("import", str(sheet)).stderr


_FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "topic": st.sampled_from(["a", "b-c"]),
        "date": st.sampled_from(["2025", "2025-06", "2025-09-04"]),
        "approximate": st.booleans(),
        "speaker": st.one_of(st.none(), st.sampled_from(["Ann", "Bo"])),
    },
)


@given(defaults=_FIELDS, entries=st.lists(_FIELDS, max_size=5))
def test_an_entry_overrides_any_default_and_defaults_fill_the_rest(
    defaults: dict[str, Any], entries: list[dict[str, Any]]
) -> None:
    sheet = {"article": {"outlet": "X"}, **defaults, "statements": entries}
    read = list(expand_sheet(sheet, "s.yaml"))  # the pure expansion, no database
    # Entries without a date in a sheet without a default: one sheet-level line says so.
    records = [(where, record) for where, record in read if where != "s.yaml"]
    sheet_level = [str(problem) for where, problem in read if where == "s.yaml"]
    assert all(problem.startswith("date: entries") for problem in sheet_level)
    assert [where for where, _ in records] == [
        f"s.yaml entry {n}" for n in range(1, len(entries) + 1)
    ]
    for (_, record), entry in zip(records, entries, strict=True):
        assert isinstance(record, dict)
        for key in ("topic", "date", "approximate", "speaker"):
            if key in entry:
                assert record[key] == entry[key]
            elif key in defaults:
                assert record[key] == defaults[key]
            else:
                assert key not in record
        assert record["sources"][0]["outlet"] == "X"


def test_an_entry_may_name_several_countries_and_the_sheet_a_default_quote(
    tracker: Tracker, tmp_path: Path
) -> None:
    """Issue 20 item 8: `country: [A, B]` is one statement each, with the entry's
    stance, quote and date; a sheet-level `quote` is every entry's default."""
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(
        """
article: {outlet: AP, url: "https://ap.example/a", published: 2025-09-22}
topic: t
date: 2025-09-21
quote: "Nine of them express the willingness to do so: Andorra, Australia, Canada."
statements:
  - {country: [Andorra, Australia, Canada], stance: committed}
  - {country: Italy, stance: declined, quote: Italy has no plans to follow suit.}
""",
        encoding="utf-8",
    )
    assert "imported 4" in tracker.ok("import", str(sheet)).stderr
    rows = {row["country"]: row for row in tracker.json("stance")}
    assert {code: row["stance"] for code, row in rows.items()} == {
        "AD": "committed",
        "AU": "committed",
        "CA": "committed",
        "IT": "declined",
    }
    (canada,) = tracker.json("timeline", "Canada")
    assert canada["date"] == "2025-09-21"
    assert canada["sources"][0]["quote"].startswith("Nine of them")
    (italy,) = tracker.json("timeline", "Italy")
    assert italy["sources"][0]["quote"] == "Italy has no plans to follow suit."


def test_a_wrong_shape_is_one_problem_not_two(tracker: Tracker, tmp_path: Path) -> None:
    """Issue 20 item 8: a list where a text was expected is one line, not also
    "Field required"."""
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text(
        "topic: t\ndate: 2025-09-04\nstatements:\n  - {country: Italy, stance: [declined]}\n",
        encoding="utf-8",
    )
    result = tracker.fails("import", str(sheet))
    # One problem alone is the Error line (issue 22 item 6: each problem said once).
    assert result.stderr.splitlines() == [
        f"Error: {sheet} entry 1: stance: expected a text; nothing was imported"
    ]
    assert tracker.json("events") == []
