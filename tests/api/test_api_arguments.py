"""Every API method checks its arguments as the CLI checks its options (SPEC §7): an
unknown topic or country is the CLI's error, and no argument of any type ends in
anything but a `TrackerError`, with the database unchanged."""

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import tracker
from tests.conftest import Tracker as Cli
from tracker.errors import TrackerError, UnknownCountry, UnknownTopic

TOPIC = "ukraine-reassurance-force"
MISSPELT = "ukraine-reasurance-force"


def cli_error(cli: Cli, *args: str) -> str:
    """The message of the CLI's one `Error:` line."""
    (line,) = [x for x in cli.fails(*args).stderr.splitlines() if x.startswith("Error: ")]
    return line.removeprefix("Error: ")


def test_a_misspelt_topic_is_the_cli_error_in_every_read(
    api: tracker.Tracker, empty_db: str
) -> None:
    expected = cli_error(Cli(empty_db), "stance", "--topic", MISSPELT)
    assert "did you mean ukraine-reassurance-force" in expected
    reads: list[Callable[[], Any]] = [
        lambda: api.stances(topic=MISSPELT),
        lambda: api.timeline("France", topic=MISSPELT),
        lambda: api.diff("2025-01-01", "2025-10-01", topic=MISSPELT),
        lambda: api.events(topic=MISSPELT),
        lambda: api.compare([TOPIC, MISSPELT]),
    ]
    for read in reads:
        with pytest.raises(UnknownTopic) as raised:
            read()
        assert str(raised.value) == expected
    assert cli_error(Cli(empty_db), "events", "--topic", MISSPELT) == expected


def test_a_misspelt_country_is_the_cli_error(api: tracker.Tracker, empty_db: str) -> None:
    expected = cli_error(Cli(empty_db), "stance", "--country", "Frnace")
    for read in (
        lambda: api.stances(country="Frnace"),
        lambda: api.events(country=["Germany", "Frnace"]),
        lambda: api.timeline("Frnace"),
        lambda: api.add("Frnace", "committed", "2025-09-01", TOPIC),
    ):
        with pytest.raises(UnknownCountry) as raised:
            read()
        assert str(raised.value) == expected


# Values of every kind an argument may be given by mistake.
HOSTILE: list[Any] = [
    None,
    0,
    -1,
    1.5,
    True,
    2**70,
    b"bytes",
    [],
    {},
    object(),
    "",
    "  ",
    "\x00",
    "x" * 300,
    MISSPELT,
    "Frnace",
    "2025-02-30",
    "2025-13",
    dt.datetime(2025, 1, 1),
    ["Frnace"],
    [None],
    [1],
    {"url": 1},
]


def method_calls(
    api: tracker.Tracker, statement: str
) -> dict[str, tuple[Callable[..., Any], dict[str, Any]]]:
    """Each public method with valid arguments, each of which the probe replaces in turn."""
    added = {"country": "Norway", "stance": "committed", "date": "2025-09-01", "topic": TOPIC}
    return {
        "stances": (
            api.stances,
            {"topic": TOPIC, "as_of": None, "known_at": None, "country": None},
        ),
        "compare": (
            api.compare,
            {"topics": [TOPIC], "as_of": None, "known_at": None, "country": None},
        ),
        "timeline": (
            api.timeline,
            {"country": "France", "topic": None, "as_of": None, "known_at": None},
        ),
        "diff": (
            api.diff,
            {"start": "2025-01-01", "end": "2025-10-01", "topic": None, "known_at": None},
        ),
        "events": (
            api.events,
            {
                "topic": None,
                "country": None,
                "type": None,
                "since": None,
                "until": None,
                "known_at": None,
            },
        ),
        "show": (api.show, {"event_id": statement}),
        "add": (
            api.add,
            added
            | {
                "approximate": False,
                "contributions": (),
                "troops": None,
                "troops_text": None,
                "conditions": (),
                "speaker": None,
                "source": None,
                "note": None,
                "deployment": None,
                "allow_duplicate": True,
            },
        ),
        "correct": (
            api.correct,
            {
                "event_id": statement,
                "reason": "r",
                "note": "n",
                "stance": None,
                "date": None,
                "country": None,
                "topic": None,
                "troops": None,
                "source": None,
                "conditions": None,
                "contributions": None,
                "deployment": None,
            },
        ),
        "retract": (api.retract, {"event_id": "0000000000", "reason": "r"}),
        "cite": (
            api.cite,
            {
                "event_id": statement,
                "outlet": "X",
                "url": None,
                "published": None,
                "quote": None,
                "title": None,
            },
        ),
        "withdraw": (
            api.withdraw,
            {"url": "https://nowhere.example/x", "reason": "r", "dry_run": True},
        ),
        "import_files": (
            lambda path: api.import_files(path, dry_run=True),
            {"path": "no-such.jsonl"},
        ),
    }


# A cause shared with the CLI, left to issue 19 item 6: troops past orjson's 64 bits.
KNOWN = {("add", "troops", repr(2**70)), ("correct", "troops", repr(2**70))}


def test_no_argument_of_any_type_escapes_as_anything_but_a_tracker_error(
    api: tracker.Tracker,
) -> None:
    statement = api.events(type="statement")[0].event_id
    calls = method_calls(api, statement)
    writes = {"add", "correct", "retract", "cite", "withdraw", "import_files"}
    escaped, unchanged, tried = [], [], 0
    for name, (method, valid) in calls.items():
        for argument in valid:
            for value in HOSTILE:
                if (name, argument, repr(value)) in KNOWN:
                    continue
                tried += 1
                before = len(api.events()) if name in writes else 0
                try:
                    method(**(valid | {argument: value}))
                except TrackerError:
                    if name in writes and len(api.events()) != before:
                        unchanged.append(f"{name}({argument}={value!r:.20})")
                except Exception as error:  # what the probe looks for
                    escaped.append(
                        f"{name}({argument}={value!r:.20}): {type(error).__name__}: {error}"
                    )
    assert tried > 700
    assert escaped == [], "\n".join(escaped)
    assert unchanged == []  # a refused call wrote nothing
    api.verify()


def test_reads_refuse_values_of_the_wrong_type_in_words(api: tracker.Tracker) -> None:
    with pytest.raises(TrackerError, match=r"^topic must be text, not int$"):
        api.stances(topic=3)
    with pytest.raises(TrackerError, match=r"^country is required$"):
        api.timeline(None)  # type: ignore[arg-type]
    with pytest.raises(TrackerError, match=r"^start is required$"):
        api.diff(None, "2025-10-01")  # type: ignore[arg-type]
    with pytest.raises(TrackerError, match=r"^country must be text or a list of texts, not bytes$"):
        api.stances(country=b"FR")  # type: ignore[arg-type]
    with pytest.raises(TrackerError, match=r"^a file to import must be a path, not NoneType$"):
        api.import_files(None)  # type: ignore[arg-type]
    with pytest.raises(TrackerError, match="no such file"):
        api.import_files(Path("missing.jsonl"), dry_run=True)
