"""Stored text stays text: CSV/XLSX formulas neutralised reversibly, no markup or control
characters reaching a terminal (issue 10 items 6, 7, 9)."""

import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.conftest import Tracker, drop_pg_schema, new_pg_schema_url, pg_problem, text_options

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "'-already quoted",
    "''=two apostrophes",
]


@given(st.text())
def test_formula_rule_is_exactly_reversible(text: str) -> None:
    from tracker.formats.output import neutralise_formula, restore_formula

    cell = neutralise_formula(text)
    assert restore_formula(cell) == text
    assert not cell.lstrip("'").startswith(("=", "+", "-", "@", "\t", "\r")) or cell[:1] == "'"


def test_formula_rule_examples() -> None:
    from tracker.formats.output import neutralise_formula, restore_formula

    assert neutralise_formula("=1") == "'=1"
    assert neutralise_formula("'-x") == "''-x"
    assert restore_formula("''-x") == "'-x"
    assert restore_formula("'hello") == "'hello"  # a plain apostrophe is kept
    assert neutralise_formula("'hello") == "'hello"


@contextmanager
def fresh_database(backend: str, folder: Path) -> Iterator[str]:
    """A brand-new database per hypothesis example (fixtures are per test)."""
    if backend == "sqlite":
        yield str(folder / f"{uuid.uuid4().hex}.db")
        return
    url, schema = new_pg_schema_url()
    try:
        yield url
    finally:
        drop_pg_schema(schema)


# Any text but NUL (which validation refuses, see test_hostile_input.py) and lone
# surrogates (not text), that is not blank (a blank condition is refused).
free_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@settings(
    max_examples=10,
    deadline=None,
    # Each example builds two databases: shrinking a failure would take many minutes.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    notes=st.lists(
        st.fixed_dictionaries(
            {
                "note": free_text,
                "speaker": free_text,
                "quote": free_text,
                "conditions": st.lists(free_text, max_size=2),
            }
        ),
        min_size=1,
        max_size=3,
    )
)
def test_csv_export_import_round_trip_is_exact(
    backend: str, tmp_path_factory: pytest.TempPathFactory, notes: list[dict[str, object]]
) -> None:
    if backend == "postgresql" and pg_problem():
        pytest.skip("no PostgreSQL server")
    folder = tmp_path_factory.mktemp("roundtrip")
    records = [
        {
            "topic": "t",
            "country": "FR",
            "stance": "committed",
            "date": "2025-01-02",
            "note": n["note"],
            "speaker": n["speaker"],
            "conditions": n["conditions"],
            "sources": [{"outlet": "Le Monde", "quote": n["quote"]}],
        }
        for n in notes
    ]
    source_file = folder / "in.jsonl"
    source_file.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with fresh_database(backend, folder) as first_db, fresh_database(backend, folder) as copy_db:
        first, copy = Tracker(first_db), Tracker(copy_db)
        first.ok("init")
        first.ok("import", str(source_file))
        csv_file = folder / "events.csv"
        first.ok("export", "--what", "events", "--format", "csv", "-o", str(csv_file))
        copy.ok("init")
        copy.ok("import", str(csv_file))
        assert copy.ok("export").stdout == first.ok("export").stdout  # bodies and hashes
        assert copy.json("info")[0]["chain_head"] == first.json("info")[0]["chain_head"]


def test_apostrophe_dash_note_survives_csv(tracker: Tracker, tmp_path: Path) -> None:
    for text in HOSTILE:
        tracker.add(
            "France", "committed", "2025-01-02", "--note", text.strip(), "--allow-duplicate"
        )
    csv_file = tmp_path / "e.csv"
    tracker.ok("export", "--format", "csv", "-o", str(csv_file))
    copy = Tracker(str(tmp_path / "copy.db"))
    copy.ok("init")
    copy.ok("import", str(csv_file))
    assert copy.ok("export").stdout == tracker.ok("export").stdout


COUNTRIES = ["France", "Germany", "Italy", "Spain", "Poland", "Norway", "Sweden", "Denmark"]


def test_xlsx_cells_are_text_never_formulas(tracker: Tracker, tmp_path: Path) -> None:
    for country, text in zip(COUNTRIES, HOSTILE, strict=True):
        tracker.add(
            country,
            "conditional",
            "2025-01",
            "--condition",
            text,
            "--speaker",
            text,
            "--note",
            text + "\x1b[31m\x07",
        )
    for what in ("stances", "events", "matrix"):
        path = tmp_path / f"{what}.xlsx"
        tracker.ok("export", "--what", what, "--format", "xlsx", "-o", str(path))
        sheet = load_workbook(path).worksheets[0]  # named after the one topic, or the log
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
        assert cells
        assert [c.value for c in cells if c.data_type == "f"] == []
        texts = [c.value for c in cells if isinstance(c.value, str)]
        assert not [t for t in texts if t.startswith(("=", "+", "-", "@", "\t", "\r"))]
        if what == "events":
            assert any("HYPERLINK" in t and t.startswith("'=") for t in texts)
        if what == "stances":  # conditions are a JSON list, as in CSV: never a formula
            assert any(t.startswith('["=HYPERLINK') for t in texts)
        # One type per column.
        header = [c.value for c in sheet[1]]
        for index, name in enumerate(header):
            kinds = {
                type(r[index]).__name__
                for r in sheet.iter_rows(min_row=2, values_only=True)
                if r[index] is not None
            }
            assert len(kinds) <= 1 or kinds <= {"int", "bool"}, (name, kinds)


MARKUP = ["[/]", "[link=http://evil.example]click[/link]", "[bold red]x", ":smile:", "\\[/]"]
CONTROLS = {
    "\x1b[31m": "\\x1b",
    "\u202e": "\\u202e",
    "\x9b": "\\x9b",
    "\r": "\\x0d",
    "\x07": "\\x07",
}


def test_markup_is_printed_as_text_in_every_table(tracker: Tracker) -> None:
    event_ids = []
    for country, text in zip(COUNTRIES, MARKUP, strict=False):
        event_ids.append(
            tracker.add(
                country,
                "committed",
                "2025-01-02",
                *text_options(text),
            )
        )
    tracker.ok("correct", event_ids[0], "--stance", "declined", "--reason", "[/] [link=x]y[/link]")
    outputs = [
        tracker.ok("show", event_ids[0]).stdout,
        tracker.ok("show", event_ids[1]).stdout,
        tracker.ok("timeline", "Germany").stdout,
        tracker.ok("stance").stdout,
        tracker.ok("events").stdout,
    ]
    joined = "".join(outputs)
    assert "[/]" in outputs[0] and "[link=x]y[/link]" in outputs[0]
    assert "[link=http://evil.example]click[/link]" in outputs[1]
    assert "[bold red]x" in outputs[3] and ":smile:" in outputs[3]
    assert "\x1b" not in joined


def test_control_characters_are_shown_visibly(tracker: Tracker) -> None:
    text = "a" + "".join(CONTROLS) + "b"
    event_id = tracker.add(
        "France",
        "committed",
        "2025-01-02",
        "--speaker",
        text,
        "--note",
        text,
        "--condition",
        text,
        "--outlet",
        text,
        "--troops-text",
        text,
    )
    tracker.ok("correct", event_id, "--speaker", text + "!", "--reason", text)
    for args in (
        ("show", event_id),
        ("timeline", "France"),
        ("events",),
        ("stance",),
    ):
        out = tracker.ok(*args).stdout
        for raw, shown in CONTROLS.items():
            assert raw not in out and shown in out, (args, raw)
    # Machine formats keep the text exactly.
    assert tracker.json("show", event_id)[0]["note"] == text.strip()
