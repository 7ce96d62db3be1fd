"""Data comes before the closing message when stdout and stderr share one file."""

import os
import subprocess
import sys
from pathlib import Path


def test_add_prints_its_event_id_before_the_recorded_line(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    base = [sys.executable, "-m", "tracker", "--db", db, "--editor", "e"]
    # Standard output to a pipe is block-buffered unless the environment says otherwise.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    subprocess.run([*base, "topics", "add", "t"], check=True, capture_output=True)
    combined = subprocess.run(
        [*base, "add", "--topic", "t", "--country", "France", "--stance", "committed",
         "--date", "2025-01-02", "--outlet", "Stern"],
        check=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    ).stdout.splitlines()  # fmt: skip
    assert len(combined[0]) == 36 and combined[0].count("-") == 4, combined
    assert combined[-1].startswith(f"Recorded {combined[0][:8]}: France committed")
