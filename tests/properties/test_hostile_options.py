"""Every option of add/correct/cite/retract and every field of an imported record, given
a hostile value, ends in exit 0 or in one `Error:` line (exit 1, or 2 for click's usage
errors), never a traceback; a failed command leaves the log exactly as it was, and a
command that succeeds leaves a log that `verify` accepts (issue 19 item 6).

Hostile values: integers past 64 bits and past int()'s 4,300 digits, impossible and
out-of-range dates, NUL and other control characters, bidi overrides, lone surrogates,
texts at and past the 20,000-character limit, empty and blank texts; in files also JSON
types where text belongs (lists, mappings, floats, booleans) and bytes that are not UTF-8.
The options are read from the commands themselves, so a new option is fed too.
"""

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker
from tracker.cli import main

TOPIC = "ukraine-reassurance-force"
HOSTILE_TEXT = st.one_of(
    st.sampled_from(
        [
            str(2**64),
            str(2**63),
            "-1",
            "9" * 5000,
            "1e400",
            "2025-02-30",
            "2025-13",
            "2025-00-01",
            "0000",
            "9999-12-31",
            "2025-02-29T25:00:00Z",
            "+2025-01-01",
            "٢٠٢٥-٠١-٠١",
            "a\x00b",
            "\x00",
            "\ud800",
            "x\udcffy",
            "\x1b[31mred",
            "\u202egnp.exe",
            "x" * 20_000,
            "x" * 20_001,
            "y " * 60_000,
            "",
            "   ",
            "\n",
            "https://",
            "http://[::1",
            "javascript:alert(1)",
            "1000-",
            "-5",
            "5-1",
            "1,000,000,000",
            "NO",
            "null",
        ]
    ),
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)
HOSTILE_VALUE = st.one_of(
    HOSTILE_TEXT,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=3),
    st.dictionaries(st.text(max_size=5), st.one_of(st.text(max_size=5), st.integers()), max_size=3),
)
RECORD = {
    "topic": TOPIC,
    "country": "FR",
    "stance": "committed",
    "date": "2025-01-02",
    "troops": {"min": 100, "max": 200, "text": "some"},
    "contributions": ["ground"],
    "conditions": ["a ceasefire"],
    "speaker": "Macron",
    "note": "n",
    "sources": [{"outlet": "X", "url": "https://x.example/a", "published": "2025-01-03"}],
}
RECORD_FIELDS = [
    *RECORD,
    "approximate",
    "deployment",
    "event_id",
    "recorded_at",
    "recorded_by",
    "type",
    "troops.min",
    "troops.max",
    "troops.text",
    "sources.outlet",
    "sources.url",
    "sources.title",
    "sources.published",
    "sources.quote",
]
# A valid command to start from; the example then replaces some of its options.
BASE = {
    "add": {"--topic": TOPIC, "--country": "FR", "--stance": "committed", "--date": "2025-01-02"},
    "correct": {"--reason": "a typo"},
    "cite": {"--outlet": "Reuters", "--published": "2025-09-06"},
    "retract": {"--reason": "a typo"},
}


def _options(command: str) -> list[str]:
    """The value-taking options of a command (flags take no value to spoil; --format is
    click's own choice, already covered by its usage error)."""
    found = main.get_command(click.Context(main), command)
    assert found is not None
    return [
        p.opts[0]
        for p in found.params
        if isinstance(p, click.Option) and not p.is_flag and p.opts[0] != "--format"
    ]


def _arguments(options: dict[str, str]) -> list[str]:
    # `--troops=-5`: a value that starts with a dash is still the option's value.
    return [f"{option}={value}" for option, value in options.items()]


def _set_field(record: dict[str, Any], field: str, value: Any) -> dict[str, Any]:
    record = json.loads(json.dumps(record))
    if "." in field:
        outer, inner = field.split(".")
        holder = record.get(outer)
        if outer == "sources":
            holder = holder[0] if isinstance(holder, list) and holder else None
        if isinstance(holder, dict):  # else spoilt whole already
            holder[inner] = value
    else:
        record[field] = value
    return record


# A sheet's own fields, each of which may be spoilt too.
SHEET_FIELDS = ["article", "article.outlet", "article.url", "article.published", "topic"]
SHEET_FIELDS += ["date", "approximate", "speaker", "statements"]


def _write_record(
    folder: Path, record: dict[str, Any], shape: str, sheet_field: tuple[str, Any] | None = None
) -> Path | None:
    """The record as a file of `shape`; None when that format cannot hold the value."""
    if shape == "jsonl":
        path = folder / "r.jsonl"
        path.write_text(json.dumps(record) + "\n", encoding="utf-8")  # \ud800 as an escape
        return path
    if shape == "latin1":  # a file that is not UTF-8: the value's bytes as Latin-1
        path = folder / "r.jsonl"
        text = json.dumps(record, ensure_ascii=False)
        path.write_bytes(text.encode("latin-1", "replace") + b"\xff\n")
        return path
    if shape == "csv":
        flat = {
            k: (json.dumps(v) if isinstance(v, list | dict) else "" if v is None else str(v))
            for k, v in record.items()
        }
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(flat))
        writer.writeheader()
        writer.writerow(flat)
        path = folder / "r.csv"
        path.write_bytes(out.getvalue().encode("utf-8", "surrogateescape"))
        return path
    import yaml

    sheet: dict[str, Any] = {"article": {"outlet": "Stern"}, "topic": TOPIC, "statements": [record]}
    if sheet_field is not None:
        name, value = sheet_field
        if name.startswith("article."):
            sheet["article"][name.removeprefix("article.")] = value
        else:
            sheet[name] = value
    try:
        text = yaml.safe_dump(sheet, allow_unicode=True)
    except yaml.YAMLError:
        return None
    path = folder / "r.yaml"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    return path


def _check(tracker: Tracker, args: list[str], found: list[str]) -> None:
    before = tracker.ok("export", "--what", "events").stdout
    result = tracker.run(*args)
    shown = " ".join(a if len(a) < 40 else a[:20] + f"...({len(a)})" for a in args)
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    assert not crashed, f"tracker {shown}: {result.exception!r}"
    assert "Traceback" not in result.stderr + result.stdout, shown
    if result.exit_code == 0:
        tracker.ok("verify")
        return
    assert result.exit_code in (1, 2), f"tracker {shown}: exit {result.exit_code}"
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, f"tracker {shown}: {result.stderr}"
    assert tracker.ok("export", "--what", "events").stdout == before, shown
    found.append(errors[0][:100])


def _statement_ids(tracker: Tracker) -> list[str]:
    # Every seeded statement: a retraction spends one, the others stay to be corrected.
    return [str(r["event_id"]) for r in tracker.json("events") if r["type"] == "statement"]


def _hostile_pass(tracker: Tracker, folder: Path, examples: int) -> list[str]:
    targets = _statement_ids(tracker)
    found: list[str] = []

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.data())
    def one_command(data: st.DataObject) -> None:
        command = data.draw(st.sampled_from(["add", "correct", "cite", "retract", "import"]))
        if command == "import":
            record = dict(RECORD)
            for field in data.draw(
                st.lists(st.sampled_from(RECORD_FIELDS), min_size=1, max_size=2)
            ):
                record = _set_field(record, field, data.draw(HOSTILE_VALUE))
            shape = data.draw(st.sampled_from(["jsonl", "csv", "yaml", "latin1"]))
            spoilt = None
            if shape == "yaml" and data.draw(st.booleans()):
                spoilt = (data.draw(st.sampled_from(SHEET_FIELDS)), data.draw(HOSTILE_VALUE))
            path = _write_record(folder, record, shape, spoilt)
            if path is None:
                return
            extra = data.draw(st.sampled_from([[], ["--dry-run"], ["--outlet", "\x00"]]))
            _check(tracker, ["import", "--allow-duplicate", str(path), *extra], found)
            return
        options = dict(BASE[command])
        for option in data.draw(st.lists(st.sampled_from(_options(command)), max_size=3)):
            options[option] = data.draw(HOSTILE_TEXT)
        if command == "add":
            args = ["add", "--allow-duplicate", *_arguments(options)]
        else:
            if len(options) == len(BASE[command]) and data.draw(st.booleans()):
                given_id = data.draw(HOSTILE_TEXT)  # only the id is hostile
            else:
                given_id = data.draw(st.sampled_from(targets))
            args = [command, *_arguments(options), "--", given_id]
        _check(tracker, args, found)

    one_command()
    return found


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
def test_hostile_values_in_every_option_and_field(seeded: Tracker, tmp_path: Path) -> None:
    examples = (
        int(os.environ.get("HOSTILE_EXAMPLES", "100")) if seeded.db.endswith(".db") else 25
    )  # PostgreSQL: a smaller run
    found = _hostile_pass(seeded, tmp_path, examples)
    assert found, "no hostile value was refused: the strategies lost their teeth"
