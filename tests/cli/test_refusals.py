"""Every bad input of SPEC §4 is refused: one `Error:` line, exit 1 (2 for usage), and the
database exactly as it was."""

import json
from pathlib import Path

import pytest

from tests.conftest import Tracker


def snapshot(t: Tracker) -> tuple[str, str]:
    """Everything a user can read: the raw log and the projection."""
    return t.ok("events", "--format", "jsonl").stdout, t.ok("stance", "--format", "jsonl").stdout


ADD = ["add", "--topic", "ukraine-reassurance-force"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            [*ADD, "--country", "Frnace", "--stance", "committed", "--date", "2025-09-01"],
            "did you mean France",
        ),
        ([*ADD, "--country", "FR", "--stance", "committed", "--date", "2025-02-30"], "no such day"),
        (
            [*ADD, "--country", "FR", "--stance", "committed", "--date", "09/04/2025"],
            "invalid date",
        ),
        (
            [*ADD, "--country", "FR", "--stance", "committed", "--date", "2999-01-01"],
            "in the future",
        ),
        (
            [
                *ADD,
                "--country",
                "FR",
                "--stance",
                "committed",
                "--date",
                "2025",
                "--troops",
                "many",
            ],
            "troops",
        ),
        (
            [
                *ADD,
                "--country",
                "FR",
                "--stance",
                "committed",
                "--date",
                "2025",
                "--troops",
                "900-100",
            ],
            "below min",
        ),
        (
            [
                *ADD,
                "--country",
                "FR",
                "--stance",
                "committed",
                "--date",
                "2025",
                "--url",
                "javascript:x",
            ],
            "http",
        ),
        (
            [
                *ADD,
                "--country",
                "FR",
                "--stance",
                "committed",
                "--date",
                "2025",
                "--published",
                "2999",
            ],
            "future",
        ),
        (
            [
                "add",
                "--topic",
                "Bad Topic",
                "--country",
                "FR",
                "--stance",
                "committed",
                "--date",
                "2025",
            ],
            "slug",
        ),
        (["correct", "deadbeef", "--reason", "x", "--stance", "declined"], "no event"),
        (["correct", "dead", "--reason", "x", "--stance", "declined"], "at least 6"),
        (["retract", "ffffffff-ffff-4fff-8fff-ffffffffffff", "--reason", "x"], "no event"),
        (["show", "zzzzzzzz"], "hex"),
        (["timeline", "Atlantis"], "unknown country"),
        (["stance", "--as-of", "last week"], "invalid date"),
        (["stance", "--known-at", "yesterday"], "invalid time"),
        (["diff", "2025-01-01", "soon"], "invalid date"),
        (["import", "missing.jsonl"], "no such file"),
        (["import", "notes.txt"], "unsupported"),
    ],
)
def test_domain_errors_change_nothing(seeded: Tracker, args: list[str], message: str) -> None:
    before = snapshot(seeded)
    result = seeded.fails(*args)
    assert message in result.stderr
    assert snapshot(seeded) == before


@pytest.mark.parametrize(
    "args",
    [
        [*ADD, "--country", "FR", "--stance", "enthusiastic", "--date", "2025"],
        [*ADD, "--country", "FR", "--date", "2025"],
        [
            *ADD,
            "--country",
            "FR",
            "--stance",
            "committed",
            "--date",
            "2025",
            "--contribution",
            "tanks",
        ],
        ["correct", "86d0eb0d", "--stance", "declined"],
        ["correct", "86d0eb0d", "--reason", "nothing to change"],
        ["stance", "--format", "xml"],
        ["nonsense"],
    ],
)
def test_usage_errors_exit_2_and_change_nothing(seeded: Tracker, args: list[str]) -> None:
    before = snapshot(seeded)
    seeded.fails(*args, code=2)
    assert snapshot(seeded) == before


def test_amending_a_correction_or_a_retracted_statement_is_refused(seeded: Tracker) -> None:
    event_id = seeded.add("Italy", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    correction = json.loads(
        seeded.ok(
            "correct",
            event_id[:8],
            "--reason",
            "typo",
            "--stance",
            "conditional",
            "--format",
            "json",
        ).stdout
    )
    before = snapshot(seeded)
    assert (
        "only statements" in seeded.fails("retract", correction["event_id"], "--reason", "x").stderr
    )
    assert snapshot(seeded) == before
    seeded.ok("retract", event_id, "--reason", "story withdrawn")
    before = snapshot(seeded)
    assert "retracted" in seeded.fails("retract", event_id, "--reason", "again").stderr
    assert (
        "retracted"
        in seeded.fails("correct", event_id, "--reason", "x", "--stance", "declined").stderr
    )
    assert snapshot(seeded) == before


def test_ambiguous_prefix_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    records = [
        {
            "event_id": f"abcdef0{n}-1111-4111-8111-11111111111{n}",
            "topic": "t",
            "country": "FR",
            "stance": "committed",
            "date": f"2025-01-0{n}",
        }
        for n in (1, 2)
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    tracker.ok("import", str(path))
    before = snapshot(tracker)
    assert "ambiguous" in tracker.fails("show", "abcdef").stderr
    assert "ambiguous" in tracker.fails("retract", "abcdef0", "--reason", "x").stderr
    assert snapshot(tracker) == before
    assert tracker.json("show", "abcdef01")[0]["event_id"] == records[0]["event_id"]


def test_add_without_topic_on_empty_database_asks_for_one(tracker: Tracker) -> None:
    result = tracker.fails("add", "--country", "FR", "--stance", "committed", "--date", "2025")
    assert "--topic" in result.stderr


def test_default_database_is_created_and_named_by_info(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tracker.cli import main

    result = CliRunner().invoke(main, ["info", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    location = json.loads(result.stdout)[0]["location"]
    assert location.startswith("sqlite:///") and location.endswith("tracker/tracker.db")
