"""Every command has help with an example; `pip install .` (not editable) works from
any directory, migrations and seeds included (SPEC §4–§5)."""

import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tracker import __version__
from tracker.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", main.list_commands(click.Context(main)))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout, f"`tracker {name} --help` shows no example"


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.stdout


def test_plain_install_seeds_from_any_directory(tmp_path: Path) -> None:
    """Build the wheel, install it (no editable link) into a target dir, run from elsewhere."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    target = tmp_path / "site"
    (wheel,) = wheels.glob("tracker-*.whl")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("TRACKER_DB", None)
    run = [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())"]
    where = subprocess.run(
        [sys.executable, "-c", "import tracker; print(tracker.__file__)"],
        env=env,
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(target))
    seeded = subprocess.run(
        [*run, "init", "--seed"], env=env, cwd=elsewhere, capture_output=True, text=True
    )
    assert seeded.returncode == 0, seeded.stderr
    assert "25 events added" in seeded.stderr
    table = subprocess.run([*run, "stance"], env=env, cwd=elsewhere, capture_output=True, text=True)
    assert table.returncode == 0 and "Lithuania" in table.stdout


def _modules_after(*args: str, env: dict[str, str], whole: bool = False) -> set[str]:
    """Top-level modules (every module if `whole`) a fresh interpreter has imported after
    running `tracker ARGS`."""
    names = "sys.modules" if whole else "{m.split('.')[0] for m in sys.modules}"
    code = (
        "import sys\n"
        "from tracker.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as done:\n    assert not done.code\n"
        f"print(' '.join(sorted({names})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return set(result.stdout.strip().splitlines()[-1].split())


def test_commands_import_only_what_they_need(tmp_path: Path) -> None:
    """Start-up time is imports: help loads no database, validation or resolver library;
    ordinary commands never load Alembic, and a warm resolver never reads its sources."""
    env = {**os.environ, "TRACKER_CACHE_DIR": str(tmp_path / "cache")}
    help_modules = _modules_after("--help", env=env)
    assert "click" in help_modules
    assert not help_modules & {
        "sqlalchemy",
        "pydantic",
        "alembic",
        "rich",
        "countrynames",
        "countryinfo",
    }

    db = str(tmp_path / "t.db")
    _modules_after("--db", db, "init", "--seed", env=env)  # builds the resolver cache
    for command in (["stance"], ["add", "--topic", "t", "--new-topic", "--country", "Holland",
                     "--stance", "committed", "--date", "2025-01-01"]):  # fmt: skip
        modules = _modules_after("--db", db, *command, env=env)
        assert "sqlalchemy" in modules
        assert not modules & {"alembic", "countrynames", "babel", "countryinfo"}, command


def test_add_imports_no_other_command_renderer_or_reader(tmp_path: Path) -> None:
    """`tracker add` loads its own command's code only: no other command's module, no
    file readers, no completion, no table, spreadsheet, template or fuzzy-matching
    library."""
    env = {**os.environ, "TRACKER_CACHE_DIR": str(tmp_path / "cache")}
    db = str(tmp_path / "t.db")
    _modules_after("--db", db, "init", "--seed", env=env)
    modules = _modules_after(
        *("--db", db, "add", "--topic", "t", "--new-topic", "--country", "France"),
        *("--stance", "committed", "--date", "2025-01-01"),
        env=env,
        whole=True,
    )
    assert "tracker.cli.record" in modules and "tracker.service" in modules
    assert not modules & {
        "tracker.cli.admin",
        "tracker.cli.intake",
        "tracker.cli.query",
        "tracker.cli.report",
        "tracker.cli.sources",
        "tracker.cli.topics",
        "tracker.formats.readers",
        "tracker.formats.spreadsheet",
        "tracker.intake",
        "tracker.report",
        "click.shell_completion",
    }
    assert not {m.split(".")[0] for m in modules} & {
        "rich",
        "openpyxl",
        "jinja2",
        "yaml",
        "ijson",
        "rapidfuzz",
    }


def test_every_listed_command_loads_under_its_name() -> None:
    """The table of lazily loaded commands names each command as click knows it."""
    context = click.Context(main)
    for name in main.list_commands(context):
        command = main.get_command(context, name)
        assert command is not None and command.name == name


def _required_distributions(name: str, seen: set[str]) -> set[str]:
    """`name` and every distribution it needs, as installed (extras left out)."""
    from importlib.metadata import PackageNotFoundError, requires

    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in seen:
        return seen
    seen.add(key)
    try:
        requirements = requires(name) or []
    except PackageNotFoundError:
        return seen
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        needed = re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0]
        _required_distributions(needed, seen)
    return seen


def test_nothing_tracker_needs_is_compiled_from_source() -> None:
    """PyICU has no wheels and needs ICU headers and a C++ compiler: no dependency of
    tracker, direct or indirect, may pull it in (CI also downloads every dependency as
    wheels for macOS, Windows and Linux)."""
    needed = _required_distributions("tracker", set())
    assert {"countrynames", "normality", "sqlalchemy", "countryinfo"} <= needed
    assert "pyicu" not in needed


@pytest.mark.parametrize("as_program", [True, False])
def test_only_the_program_takes_start_up_objects_out_of_the_collector(as_program: bool) -> None:
    """Run from its own argv, tracker freezes what importing made (no full collection over
    it mid-command); called with arguments (embedded, CliRunner) it leaves gc alone."""
    call = "main()" if as_program else "main(['--version'])"
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print(gc.get_freeze_count() > 0))\n"
        "from tracker.cli import main\n"
        "sys.argv = ['tracker', '--version']\n"
        f"{call}\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == str(as_program)


def test_a_database_command_run_as_the_program_also_freezes_what_it_imported(
    tmp_path: Path,
) -> None:
    """Opening the database freezes what the command imported (SQLAlchemy, pydantic, the
    store) on top of start-up's objects, so the database work starts no full collection."""
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print(gc.get_freeze_count()))\n"
        "from tracker.cli import main\n"
        "sys.argv = ['tracker', *sys.argv[1:]]\n"
        "main()\n"
    )
    db = str(tmp_path / "t.db")
    frozen = {}
    for args in (["--version"], ["--db", db, "topics"]):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        frozen[args[-1]] = int(done.stdout.split()[-1])
    assert frozen["topics"] > frozen["--version"] > 0
