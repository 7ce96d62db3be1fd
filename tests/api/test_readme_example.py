"""The Python that the documentation shows runs as written, in a fresh directory: the
README's three lines on the database the README's first command seeds, and the example
of docs/python-api.md, which leaves a database the CLI then reads."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def python_block(path: Path, section: str) -> str:
    """The first ```python block of `section` (a `## ` heading) in `path`."""
    text = path.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", body, re.S)
    assert match, f"{path.name}'s {section} section has no python example"
    return match.group(1)


def run_python(code: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True
    )


def fresh_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("TRACKER_DB", None)
    return env


def test_readme_three_lines_read_the_seeded_default_database(tmp_path: Path) -> None:
    code = python_block(ROOT / "README.md", "An analyst's three lines of Python")
    assert len([line for line in code.splitlines() if line.strip()]) == 3
    env = fresh_env(tmp_path)
    seeded = subprocess.run(
        [sys.executable, "-m", "tracker", "init", "--seed"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert seeded.returncode == 0, seeded.stderr
    ran = run_python(code, tmp_path, env)
    assert ran.returncode == 0, ran.stderr
    assert "country_name" in ran.stdout and "Lithuania" in ran.stdout
    assert re.search(r"France\s+committed\s+2025-09-04", ran.stdout)


def test_python_api_example_runs(tmp_path: Path) -> None:
    env = fresh_env(tmp_path)
    ran = run_python(python_block(ROOT / "docs" / "python-api.md", "From Python"), tmp_path, env)
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
