"""Shell completion through click's completion protocol (`_TRACKER_COMPLETE`), as bash,
zsh and fish call it: commands, options, topics from the database, country names; and
`python -m tracker` working like `tracker`."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import Tracker
from tracker.cli import main


def complete(line: str, shell: str = "bash", env: dict[str, str] | None = None) -> list[str]:
    """The values click offers for the last word of `line` (empty when it ends in a space)."""
    words = line.split()
    cword = str(len(words) if line.endswith(" ") else len(words) - 1)
    if shell == "fish":  # fish passes the partial word itself
        cword = "" if line.endswith(" ") else words[-1]
    result = CliRunner().invoke(
        main,
        [],
        prog_name="tracker",
        env={
            "_TRACKER_COMPLETE": f"{shell}_complete",
            "COMP_WORDS": line,
            "COMP_CWORD": cword,
            **(env or {}),
        },
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    if shell == "bash":  # lines of "type,value"
        return [line.split(",", 1)[1] for line in result.stdout.splitlines() if line]
    if shell == "zsh":  # "type", "value", "help" per item
        lines = result.stdout.splitlines()
        return lines[1::3]
    return [line.split("\t")[0].split(",", 1)[-1] for line in result.stdout.splitlines() if line]


def test_commands_and_options_complete() -> None:
    assert complete("tracker ti") == ["timeline"]
    assert {"stance", "show"} <= set(complete("tracker s"))
    options = complete("tracker stance --")
    assert {"--topic", "--country", "--as-of", "--known-at", "--format"} <= set(options)
    assert complete("tracker stance --format j") == ["json", "jsonl"]


def test_topics_come_from_the_database_of_db(seeded: Tracker) -> None:
    assert complete(f"tracker --db {seeded.db} stance --topic ") == ["ukraine-reassurance-force"]
    assert complete(f"tracker --db {seeded.db} add --topic ukr") == ["ukraine-reassurance-force"]
    assert complete(f"tracker --db {seeded.db} stance --topic x") == []


def test_topics_come_from_tracker_db(seeded: Tracker) -> None:
    found = complete("tracker timeline France --topic ", env={"TRACKER_DB": seeded.db})
    assert found == ["ukraine-reassurance-force"]


def test_topics_of_a_missing_or_unreachable_database_complete_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    assert complete(f"tracker --db {missing} stance --topic ") == []
    assert not missing.exists(), "pressing <Tab> must not create a database"
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("not a database")
    assert complete(f"tracker --db {not_a_db} stance --topic ") == []
    unreachable = "postgresql://nobody@127.0.0.1:9/none"
    assert complete(f"tracker --db {unreachable} events --topic ") == []


@pytest.mark.parametrize(
    "line",
    [
        "tracker stance --country Ger",
        "tracker timeline ger",
        "tracker add --country germ",
        "tracker events --country germany",
        "tracker correct abcdef --country Germ",
    ],
)
def test_country_options_complete_names(line: str) -> None:
    assert complete(line) == ["Germany"]


def test_a_code_completes_to_its_name() -> None:
    assert complete("tracker events --country DE") == ["Germany", "Denmark"]
    assert complete("tracker stance --country gb", "zsh") == ["United Kingdom"]


def bash_reply(words: list[str], env: dict[str, str]) -> list[str]:
    """COMPREPLY after real bash runs tracker's activation script for `words`."""
    script = (
        'eval "$(_TRACKER_COMPLETE=bash_source tracker)"\n'
        'COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))\n'
        "_tracker_completion tracker\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(
        ["bash", "-c", script, "bash", *words], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_inserts_names_with_spaces_escaped(tmp_path: Path) -> None:
    """What bash puts on the command line must parse back to the name."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    reply = bash_reply(["tracker", "stance", "--country", "United\\ K"], env)
    assert reply == ["United\\ Kingdom"]
    reply = bash_reply(["tracker", "timeline", "bosnia"], env)
    assert reply == ["Bosnia\\ \\&\\ Herzegovina"]
    parsed = subprocess.run(
        ["bash", "-c", f"printf '%s\\n' {reply[0]}"], capture_output=True, text=True
    )
    assert parsed.stdout == "Bosnia & Herzegovina\n"


def test_zsh_and_fish_get_names_as_they_are() -> None:
    assert "United Kingdom" in complete("tracker stance --country united", "zsh")
    assert "United Kingdom" in complete("tracker stance --country united", "fish")


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "--command tracker")],
)
def test_each_shell_gets_its_activation_script(shell: str, marker: str) -> None:  # fmt: skip
    result = CliRunner().invoke(
        main, [], prog_name="tracker", env={"_TRACKER_COMPLETE": f"{shell}_source"}
    )
    assert result.exit_code == 0 and marker in result.stdout
    assert "_TRACKER_COMPLETE" in result.stdout


def _python_m(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args], capture_output=True, text=True, env=env
    )


def test_python_m_tracker_works_like_tracker(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    help_text = _python_m("--help", env=env)
    assert help_text.returncode == 0 and "Usage: tracker" in help_text.stdout
    db = str(tmp_path / "m.db")
    seeded = _python_m("--db", db, "init", "--seed", env=env)
    assert seeded.returncode == 0 and "25 events added" in seeded.stderr
    table = _python_m("--db", db, "stance", "--country", "GER", "--format", "csv", env=env)
    assert table.returncode == 0 and "DE,Germany,undecided" in table.stdout
    refused = _python_m("--db", db, "timeline", "Korea", env=env)
    assert refused.returncode == 1 and refused.stderr.startswith("Error: 'Korea' is ambiguous")
    completed = _python_m(
        env={**env, "_TRACKER_COMPLETE": "bash_complete", "COMP_WORDS": "tracker stan", "COMP_CWORD": "1"}
    )  # fmt: skip
    assert completed.stdout.split() == ["plain,stance"]
