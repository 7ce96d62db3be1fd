"""The README's "From Python" example runs as written, in a fresh directory, and leaves
the database the CLI then reads."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_example() -> str:
    """The first ```python block of the README's "From Python" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## From Python\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "README's From Python section has no python example"
    return match.group(1)


def test_readme_python_example_runs(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("TRACKER_DB", None)
    ran = subprocess.run(
        [sys.executable, "-c", readme_example()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 0, ran.stderr
    assert "country_name" in ran.stdout and "('2025-09-04', 'committed', 'active')" in ran.stdout
    assert "'Korea' is ambiguous" in ran.stdout
    assert re.search(r"^[0-9a-f-]{36} committed$", ran.stdout, re.M)

    cli = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", "newsroom.db", "stance", "--country", "DE",
         "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    (germany,) = json.loads(cli.stdout)
    assert germany["stance"] == "committed" and germany["troops"]["min"] == 5000
