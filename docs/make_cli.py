"""Write docs/cli.md, the CLI reference, from the commands' own `--help`.

    .venv/bin/python docs/make_cli.py           # rewrite docs/cli.md
    .venv/bin/python docs/make_cli.py --check   # exit 1 if docs/cli.md is stale

tests/test_docs.py fails when the file is not what this script writes, so a changed
option or help text is a changed reference.
"""

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from tracker.cli import COMMANDS, main

TARGET = Path(__file__).resolve().parent / "cli.md"
WIDTH = 100
HEADER = """\
# CLI reference

Generated from each command's `--help` by `docs/make_cli.py`; do not edit by hand (a test
fails when this file is stale). For the commands in use, read the [tutorial](tutorial.md);
for exit codes, output formats and the default database, its *Commands* section.
"""


def help_text(*names: str) -> str:
    result = CliRunner().invoke(
        main, [*names, "--help"], prog_name="tracker", terminal_width=WIDTH, max_content_width=WIDTH
    )
    assert result.exit_code == 0, result.output
    return result.output.rstrip() + "\n"


def paths() -> list[tuple[str, ...]]:
    """Every command, and the subcommands of a group, in the order of `tracker --help`."""
    found: list[tuple[str, ...]] = []
    for name in sorted(COMMANDS):
        found.append((name,))
        command = main.get_command(click.Context(main), name)
        if isinstance(command, click.Group):
            found += [(name, sub) for sub in sorted(command.commands)]
    return found


def output_formats() -> str:
    """The renderers (`tracker.formats.output.RENDERERS`), from which every `--format`
    choice is drawn."""
    from tracker.formats.output import RENDERERS

    lines = ["\n## Output formats\n\n", "Every `--format` choice is one of these renderers:\n\n"]
    for renderer in RENDERERS:
        where = " (to a file only, `-o FILE`)" if renderer.binary else ""
        lines.append(f"- `{renderer.name}`: {renderer.summary}{where}\n")
    return "".join(lines)


def reference() -> str:
    parts = [HEADER, output_formats(), "\n## tracker\n\n```text\n", help_text(), "```\n"]
    for names in paths():
        parts += [f"\n## tracker {' '.join(names)}\n\n```text\n", help_text(*names), "```\n"]
    return "".join(parts)


def main_(argv: list[str]) -> int:
    text = reference()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.is_file() else ""
        if current != text:
            print("docs/cli.md is stale: run .venv/bin/python docs/make_cli.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv[1:]))
