"""docs/analysis.md runs as written: its shell lines, then its python blocks in order, in
a folder holding a seeded `newsroom.db`; the plot it saves is a PNG."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "analysis.md"


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.M | re.S)


def test_the_analysts_notebook_runs_and_plots(tmp_path: Path) -> None:
    env = {**os.environ, "MPLBACKEND": "Agg", "XDG_DATA_HOME": str(tmp_path)}
    env.pop("TRACKER_TOPIC", None)
    commands = [line for block in blocks("sh") for line in block.splitlines() if line.strip()]
    assert any("--what package" in line for line in commands)
    for line in commands:
        words = shlex.split(line)
        if words[0] == "pip":
            continue  # the test environment has the extra installed
        assert words[0] == "tracker", line
        subprocess.run(
            [sys.executable, "-m", "tracker", *words[1:]], cwd=tmp_path, env=env, check=True
        )
    script = "\n\n".join(blocks("python"))
    assert "stance_history(" in script and "matrix(" in script and "savefig(" in script
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "committed" in done.stdout and "considering since 2025-06-01" in done.stdout
    assert (tmp_path / "stances.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
