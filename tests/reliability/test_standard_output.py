"""Standard output is checked like `-o` (issue 19 item 3): a failed write is one `Error:`
line and exit 1, a reader that went away (`| head`) ends the command quietly with exit 0."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker

# Every kind of writer: JSON Lines, CSV, a rich table, a record, click's own help and
# version, and a command's closing line.
COMMANDS = [
    ["events", "--format", "jsonl"],
    ["events", "--format", "csv"],
    ["stance"],
    ["timeline", "France"],
    ["export", "--what", "stances"],
    ["verify"],
    ["info"],
    ["--help"],
    ["--version"],
]
# Python writes standard output block-buffered, or at once under PYTHONUNBUFFERED: a
# failure surfaces in a write or in the last flush, and both must end the same way.
BUFFERING = ["buffered", "unbuffered"]


def _run(
    db: str, args: list[str], stdout: int, buffering: str, **extra: str
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"} | extra
    if buffering == "unbuffered":
        env["PYTHONUNBUFFERED"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "tracker", "--db", db, *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("buffering", BUFFERING)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_standard_output_on_a_full_disk_is_one_error(
    seeded: Tracker, args: list[str], buffering: str
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        done = _run(seeded.db, args, full.fileno(), buffering)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert errors == ["Error: cannot write standard output: No space left on device"], done.stderr


@pytest.mark.parametrize("buffering", BUFFERING)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_closed_pipe_ends_quietly(seeded: Tracker, args: list[str], buffering: str) -> None:
    """`tracker events | head -1`: the reader has what it wanted; no message, exit 0."""
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before the first write
    try:
        done = _run(seeded.db, args, writer, buffering)
    finally:
        os.close(writer)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


@pytest.mark.parametrize("buffering", BUFFERING)
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_write_command_reports_a_failed_standard_output(
    seeded: Tracker, buffering: str, fmt: str
) -> None:
    """`add` prints the new event's id after it is committed: the one error line says the
    event is stored and names it, so the editor neither loses it nor records it twice."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    args = ["add", "--topic", "ukraine-reassurance-force", "--country", "FR"]
    args += ["--stance", "committed", "--date", "2025-01-02", "--format", fmt]
    with open("/dev/full", "w") as full:
        done = _run(seeded.db, args, full.fileno(), buffering)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, done.stderr
    stored = seeded.json("events", "--country", "FR")[-1]
    assert errors[0] == (
        "Error: cannot write standard output: No space left on device; "
        f"event {stored['event_id']} is recorded all the same"
    )
    assert stored["date"] == "2025-01-02"


def test_shell_completion_is_checked_too(seeded: Tracker) -> None:
    """Completion writes bytes, before click's own error handling."""
    env = {"_TRACKER_COMPLETE": "bash_complete", "COMP_WORDS": "tracker ti", "COMP_CWORD": "1"}
    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            done = _run(seeded.db, [], full.fileno(), "buffered", **env)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.count("Error:") == 1
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = _run(seeded.db, [], writer, "buffered", **env)
    finally:
        os.close(writer)
    assert done.returncode == 0 and done.stderr == ""
