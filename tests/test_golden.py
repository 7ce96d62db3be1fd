"""Golden outputs: every command, every `--format` and every `export --what`, run on one
seeded SQLite database with fixed inputs, compared byte for byte with tests/golden/*.txt.

The database is tests/golden/log.jsonl imported into an empty file (fixed event ids,
record times and hashes). Commands that write run on a copy of it; what they create
(event ids, hashes, record times) and anything else that depends on the clock or the
temporary folder is masked, the rest compared as it is. A refactor keeps them identical.

A change that is meant to change an output regenerates the files, then shows in the diff:

    TRACKER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest -n 0 tests/test_golden.py

tests/golden/make_log.sh rewrites the fixture log itself (rarely: every golden changes).
"""

import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from tracker.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
LOG = GOLDEN / "log.jsonl"
UPDATE = os.environ.get("TRACKER_UPDATE_GOLDEN") == "1"
U = "ukraine-reassurance-force"
C = "coalition-funding"
FORMATS = ["table", "json", "jsonl", "csv"]
EXPORT_FORMATS = ["jsonl", "json", "csv", "table", "xlsx"]
INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})")

KNOWN_EVENTS = [json.loads(line) for line in LOG.read_text(encoding="utf-8").splitlines()]
ADDED = [e for e in KNOWN_EVENTS if e["recorded_by"] == "golden" and e["type"] == "statement"]
GERMANY = next(e["event_id"] for e in ADDED if e["country"] == "DE")
NETHERLANDS = next(e["event_id"] for e in ADDED if e["country"] == "NL")
POLAND = next(e["event_id"] for e in ADDED if e["country"] == "PL")
CITATION = next(e["event_id"] for e in KNOWN_EVENTS if e["type"] == "citation")
CORRECTION = next(e["event_id"] for e in KNOWN_EVENTS if e["type"] == "correction")
TOPIC_EDIT = KNOWN_EVENTS[-1]["event_id"]
KNOWN_INSTANTS = {event["recorded_at"] for event in KNOWN_EVENTS}
MID_LOG = "2026-12-02T01:03:54Z"  # after the citation, before the Dutch statement
SEED_ARTICLE = ROOT / "tests" / "intake" / "articles" / "seed" / "stern_2025-09-04_paris.txt"
SHEET = ROOT / "examples" / "stern-2025-09-04.yaml"


def command(name: str) -> click.Command:
    found = main.get_command(click.Context(main), name)
    assert found is not None, name
    return found


def help_cases() -> dict[str, list[list[str]]]:
    cases = {"help": [["--help"]], "version": [["--version"]]}
    for name in sorted(COMMANDS):
        cases[f"help-{name}"] = [[name, "--help"]]
    for sub in sorted(command("topics").commands):  # type: ignore[attr-defined]
        cases[f"help-topics-{sub}"] = [["topics", sub, "--help"]]
    return cases


def read_cases() -> dict[str, list[list[str]]]:
    """Commands that only read: all run on the one database."""
    cases: dict[str, list[list[str]]] = {}
    for fmt in FORMATS:
        cases[f"stance-{fmt}"] = [["stance", "--topic", U, "--format", fmt]]
        cases[f"stance-two-topics-{fmt}"] = [
            ["stance", "--topic", U, "--topic", C, "--format", fmt]
        ]
        cases[f"timeline-{fmt}"] = [["timeline", "Germany", "--topic", U, "--format", fmt]]
        cases[f"diff-{fmt}"] = [["diff", "2025-09-01", "2025-10-05", "--topic", U, "--format", fmt]]
        cases[f"events-{fmt}"] = [["events", "--format", fmt]]
        cases[f"show-{fmt}"] = [["show", GERMANY, "--format", fmt]]
        cases[f"countries-{fmt}"] = [["countries", "--format", fmt]]
        cases[f"countries-holland-{fmt}"] = [["countries", "Holland", "--format", fmt]]
        cases[f"topics-{fmt}"] = [["topics", "--format", fmt]]
        cases[f"info-{fmt}"] = [["info", "--format", fmt]]
    cases |= {
        "stance-no-topic": [["stance"]],
        "stance-as-of": [["stance", "--topic", U, "--as-of", "2025-09-20"]],
        "stance-known-at": [["stance", "--topic", U, "--known-at", MID_LOG]],
        "stance-countries": [["stance", "--topic", U, "--country", "DE", "--country", "Holland"]],
        "stance-unknown-country": [["stance", "--topic", U, "--country", "Frnace"]],
        "timeline-as-of": [["timeline", "Netherlands", "--topic", U, "--as-of", "2025-09"]],
        "timeline-known-at": [["timeline", "DE", "--topic", U, "--known-at", MID_LOG]],
        "timeline-other-topic": [["timeline", "DE", "--topic", C]],
        "diff-known-at": [
            ["diff", "2025-09-01", "2025-10-05", "--topic", U, "--known-at", MID_LOG]
        ],
        "diff-backwards": [["diff", "2025-10-05", "2025-09-01", "--topic", U]],
        "events-types": [["events", "--type", "correction", "--type", "retraction"]],
        "events-country": [["events", "--country", "DE", "--country", "PL"]],
        "events-topic": [["events", "--topic", C]],
        "events-window": [["events", "--since", "2026-12-02", "--until", MID_LOG]],
        "events-known-at": [["events", "--known-at", "2025-09-05T10:12:05Z"]],
        "show-prefix": [["show", NETHERLANDS[:8]]],
        "show-retracted-json": [["show", NETHERLANDS, "--format", "json"]],
        "show-citation": [["show", CITATION]],
        "show-correction": [["show", CORRECTION, "--format", "json"]],
        "show-topic": [["show", TOPIC_EDIT]],
        "show-unknown": [["show", "deadbeef"]],
        "countries-korea": [["countries", "Korea"]],
        "anchor": [["anchor"]],
        "verify": [["verify"]],
        "draft-yaml": [["draft", str(SEED_ARTICLE), "--topic", U, "--published", "2025-09-05"]],
        "draft-jsonl": [
            [
                "draft",
                str(SEED_ARTICLE),
                "--topic",
                U,
                "--published",
                "2025-09-05",
                "--format",
                "jsonl",
            ]
        ],
    }
    for what in ["events", "stances", "statements", "sources", "matrix"]:
        for fmt in EXPORT_FORMATS:
            args = ["export", "--what", what, "--topic", U, "--format", fmt]
            if fmt == "xlsx":
                args += ["-o", "{tmp}/out.xlsx"]
            cases[f"export-{what}-{fmt}"] = [args]
        cases[f"export-{what}-default"] = [["export", "--what", what, "--topic", U]]
    cases |= {
        "export-all-events": [["export"]],
        "export-matrix-deployment": [["export", "--what", "matrix", "--topic", U, "--deployment"]],
        "export-matrix-deployment-xlsx": [
            ["export", "--what", "matrix", "--topic", U, "--format", "xlsx", "-o", "{tmp}/m.xlsx"]
        ],
        "export-matrix-two-topics": [["export", "--what", "matrix", "--topic", U, "--topic", C]],
        "export-stances-two-topics": [["export", "--what", "stances", "--topic", U, "--topic", C]],
        "export-stances-as-of": [
            ["export", "--what", "stances", "--topic", U, "--as-of", "2025-09"]
        ],
        "export-statements-known-at": [
            ["export", "--what", "statements", "--topic", U, "--known-at", MID_LOG]
        ],
        "export-package": [["export", "--what", "package", "--topic", U, "-o", "{tmp}/package"]],
        "export-to-file": [["export", "--what", "stances", "--topic", U, "-o", "{tmp}/s.csv"]],
        "report": [["report", "--topic", U, "-o", "{tmp}/report.html"]],
        "report-window": [
            [
                "report",
                "--topic",
                U,
                "--from",
                "2025-09-10",
                "--to",
                "2025-10-01",
                "--known-at",
                MID_LOG,
                "-o",
                "{tmp}/report.html",
            ]
        ],
        "report-no-topic": [["report", "-o", "{tmp}/report.html"]],
    }
    return cases


CITE = ["cite", GERMANY, "--outlet", "Spiegel", "--url", "https://spiegel.de/x", "--published",
        "2025-10-03", "--quote", "Ja."]  # fmt: skip
SOURCE = ["--outlet", "FAZ", "--url", "https://www.faz.net/more", "--published", "2025-10-06"]


def write_cases() -> dict[str, list[list[str]]]:
    """Commands that write: each case runs in order on its own copy of the database."""
    add = ["add", "--topic", U, "--country", "Spain", "--stance", "committed", "--date",
           "2025-10-05", "--contribution", "naval", "--troops", "300", "--speaker", "Pedro Sánchez",
           *SOURCE, "--title", "Madrid", "--quote", "España enviará barcos.", "--note", "n",
           "--deployment", "at-sea", "--condition", "a UN mandate"]  # fmt: skip
    cases = {f"add-{fmt}": [[*add, "--format", fmt], ["stance", "--topic", U]] for fmt in
             ["table", "json", "jsonl"]}  # fmt: skip
    cases |= {
        "add-duplicate": [add, add, [*add, "--allow-duplicate"]],
        "add-new-topic": [
            [
                "add",
                "--topic",
                "new-one",
                "--country",
                "FR",
                "--stance",
                "undecided",
                "--date",
                "2025-10-01",
            ],
            [
                "add",
                "--topic",
                "new-one",
                "--new-topic",
                "--country",
                "FR",
                "--stance",
                "undecided",
                "--date",
                "2025-10-01",
            ],
            ["topics"],
        ],
        "add-refusals": [
            ["add", "--topic", U, "--country", "Frnace", "--stance", "committed", "--date", "2025"],
            ["add", "--topic", U, "--country", "FR", "--stance", "committed", "--date", "2099"],
            [
                "add",
                "--topic",
                U,
                "--country",
                "FR",
                "--stance",
                "committed",
                "--date",
                "2025",
                "--troops",
                "99999999",
            ],
            ["add", "--topic", U, "--country", "FR", "--stance", "committed", "--date", "2025-13"],
            ["events", "--format", "csv"],
        ],
        "correct": [
            [
                "correct",
                GERMANY[:8],
                "--reason",
                "troops misread",
                "--troops",
                "6000",
                "--clear",
                "troops-text",
                "--format",
                "json",
            ],
            ["correct", GERMANY, "--reason", "nothing", "--stance", "committed"],
            ["correct", POLAND, "--reason", "again", "--clear", "deployment", "--country", "FR"],
            ["timeline", "DE", "--topic", U],
            ["show", GERMANY],
        ],
        "retract": [
            ["retract", GERMANY, "--reason", "FAZ withdrew it"],
            ["retract", GERMANY, "--reason", "twice", "--format", "json"],
            ["retract", NETHERLANDS, "--reason", "already"],
            ["stance", "--topic", U, "--country", "DE"],
        ],
        "cite": [
            [*CITE, "--format", "jsonl"],
            CITE,
            ["show", GERMANY, "--format", "json"],
        ],
        "withdraw": [
            ["withdraw", "https://reuters.com/pl", "--reason", "gone", "--dry-run"],
            ["withdraw", "https://gazeta.pl/x", "--reason", "gone"],
            ["withdraw", "https://reuters.com/pl", "--reason", "gone"],
            ["withdraw", "https://nowhere.example/", "--reason", "gone"],
            ["timeline", "PL", "--topic", U],
        ],
        "topics-write": [
            [
                "topics",
                "add",
                "palestine-recognition",
                "--title",
                "Recognise Palestine",
                "--pledge",
                "recognise a Palestinian state",
            ],
            ["topics", "add", "palestine-recognition"],
            ["topics", "add", "Bad Slug"],
            ["topics", "edit", C, "--title", ""],
            ["topics", "edit", C, "--title", ""],
            ["topics", "edit", U, "--clear-pledges", "--pledge", "send soldiers"],
            ["topics", "--format", "json"],
        ],
        "import-sheet": [
            ["import", str(SHEET), "--dry-run"],
            ["import", str(SHEET), "--allow-duplicate", "--dry-run"],
            ["import", str(SHEET)],
        ],
        "import-log-again": [["import", str(LOG)], ["import", "-"]],
        "import-files": [
            [
                "import",
                "{tmp}/rows.csv",
                "--topic",
                U,
                "--outlet",
                "AP",
                "--published",
                "2025-10-01",
            ],
            [
                "import",
                "{tmp}/rows.json",
                "--topic",
                U,
                "--outlet",
                "AP",
                "--published",
                "2025-10-01",
            ],
            ["import", "{tmp}/bad.jsonl", "--topic", U],
            ["events", "--country", "BE", "--country", "NO", "--format", "csv"],
        ],
        "init-again": [["init"], ["init", "--seed"], ["info"]],
        "rebuild": [["rebuild"], ["verify"], ["anchor"]],
    }
    return cases


INPUTS = {
    "rows.csv": "country;stance;date;speaker\nBelgium;considering;2025-09-30;Bart De Wever\n",
    "rows.json": json.dumps(
        [
            {
                "country": "Norway",
                "stance": "committed",
                "date": "2025-10-01",
                "troops": {"min": 500, "max": None},
            }
        ]
    ),
    "bad.jsonl": '{"country": "Atlantis", "stance": "sure", "date": "2025-02-30"}\nnot json\n',
}
STDIN = {"import-log-again": LOG.read_text(encoding="utf-8")}


@dataclass
class Masks:
    """Replacements for what a run creates: new ids, hashes, record times, paths."""

    tmp: str
    pairs: list[tuple[str, str]] = field(default_factory=list)
    new_ids: int = 0

    def learn(self, events: list[dict[str, object]]) -> None:
        known = {e["event_id"] for e in KNOWN_EVENTS}
        for event in events:
            event_id = str(event["event_id"])
            if event_id in known or any(event_id == p[0] for p in self.pairs):
                continue
            self.new_ids += 1
            name = f"<new-{self.new_ids}>"
            self.pairs += [(event_id, name), (event_id[:8], name[:-1] + "-prefix>")]
            digest = str(event.get("hash") or "")
            if digest:
                self.pairs += [(digest, f"<hash-{self.new_ids}>")]
                self.pairs += [(digest[:16], f"<hash-{self.new_ids}-16>")]
                self.pairs += [(digest[:12], f"<hash-{self.new_ids}-12>")]

    def __call__(self, text: str) -> str:
        for value, name in sorted(self.pairs, key=lambda pair: -len(pair[0])):
            text = text.replace(value, name)
        text = text.replace(self.tmp, "<tmp>")
        text = INSTANT.sub(lambda m: m[0] if m[0] in KNOWN_INSTANTS else "<now>", text)
        text = re.sub(r"generated \d{4}-\d{2}-\d{2}", "generated <today>", text)
        return re.sub(r"(release [0-9a-f-]+) \(\d{4}-\d{2}-\d{2}\)", r"\1 (<today>)", text)


def run(db: str, args: list[str], stdin: str | None = None) -> Result:
    return CliRunner().invoke(
        main, ["--db", db, "--editor", "golden", *args], input=stdin, prog_name="tracker"
    )


def files_of(tmp: Path) -> str:
    """What a command wrote into the folder: text as it is, xlsx as its cells."""
    out = []
    for path in sorted(tmp.rglob("*")):
        if path.is_dir() or path.name in INPUTS:
            continue
        out.append(f"--- file {path.relative_to(tmp)}\n")
        if path.suffix == ".xlsx":
            out.append(xlsx_cells(path))
        else:
            out.append(path.read_text(encoding="utf-8"))
    return "".join(out)


def xlsx_cells(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path)
    lines = []
    for sheet in book.worksheets:
        lines.append(f"[sheet {sheet.title}]\n")
        lines += [repr(row) + "\n" for row in sheet.iter_rows(values_only=True)]
    return "".join(lines)


def transcript(db: str, tmp: Path, commands: list[list[str]], stdin: str | None,
               learn: Callable[[], None]) -> str:  # fmt: skip
    out = []
    for args in commands:
        args = [arg.replace("{tmp}", str(tmp)) for arg in args]
        result = run(db, args, stdin if args[-1] == "-" else None)
        learn()
        out.append(f"$ tracker {' '.join(args)}\n--- exit {result.exit_code}\n")
        out.append(f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            out.append(f"--- exception {result.exception!r}\n")
    out.append(files_of(tmp))
    return "".join(out)


@pytest.fixture(scope="module")
def golden_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The fixture log imported into an empty SQLite file, once per module."""
    path = str(tmp_path_factory.mktemp("golden") / "golden.db")
    assert run(path, ["init"]).exit_code == 0
    imported = run(path, ["import", str(LOG)])
    assert imported.exit_code == 0, imported.stderr
    return path


# Tables that show the database's location are as wide as its temporary path: there runs
# of padding and rules count as one.
PATH_TABLES = {"info-table", "init-again"}


def compare(name: str, actual: str) -> None:
    # The checkout's own path (a draft's article) is the same in every clone: `<repo>`.
    actual = actual.replace(str(ROOT), "<repo>")
    if name in PATH_TABLES:
        actual = re.sub(r"([ ━─])\1+", r"\1", actual)
    path = GOLDEN / f"{name}.txt"
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
        return
    assert path.is_file(), f"no golden {path.name}: run with TRACKER_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path.name} differs (TRACKER_UPDATE_GOLDEN=1 rewrites it)"


READS = help_cases() | read_cases()
WRITES = write_cases()


@pytest.mark.parametrize("name", sorted(READS))
def test_read_commands_print_their_golden(name: str, golden_db: str, tmp_path: Path) -> None:
    masks = Masks(str(tmp_path))
    text = transcript(golden_db, tmp_path, READS[name], None, lambda: None)
    compare(name, masks(text).replace(str(Path(golden_db).parent), "<db-folder>"))


@pytest.mark.parametrize("name", sorted(WRITES))
def test_write_commands_print_their_golden(name: str, golden_db: str, tmp_path: Path) -> None:
    db = str(tmp_path / "copy.db")
    shutil.copyfile(golden_db, db)
    work = tmp_path / "work"
    work.mkdir()
    for file_name, text in INPUTS.items():
        (work / file_name).write_text(text, encoding="utf-8")
    masks = Masks(str(work))

    def learn() -> None:
        listed = run(db, ["events", "--format", "jsonl"])
        masks.learn([json.loads(line) for line in listed.stdout.splitlines() if line.strip()])

    text = transcript(db, work, WRITES[name], STDIN.get(name), learn)
    compare(name, masks(text.replace(str(tmp_path), "<tmp>")))


def test_every_command_and_export_has_a_golden() -> None:
    """A new command or `--what` gets a golden too."""
    named = {args[0] for commands in (READS | WRITES).values() for args in commands[:1]}
    assert set(COMMANDS) <= named, set(COMMANDS) - named
    what = next(p for p in command("export").params if p.name == "what")
    choices = set(what.type.choices)  # type: ignore[attr-defined]
    exported = {args[2] for commands in READS.values() for args in commands if args[:2] == ["export", "--what"]}  # fmt: skip
    assert choices <= exported, choices - exported
    stale = {p.stem for p in GOLDEN.glob("*.txt")} - set(READS) - set(WRITES)
    assert not stale, f"goldens without a case: {sorted(stale)}"
