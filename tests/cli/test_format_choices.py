"""Every command's `--format` choices are drawn from the one list of renderers."""

import click

from tracker.cli import COMMANDS, main
from tracker.cli.options import FormatChoice
from tracker.formats.output import RENDERERS, format_names

# `draft --format` chooses the article sheet's file format (YAML or JSON Lines), not a
# renderer of results.
NOT_RENDERED = {"draft"}


def _commands() -> list[tuple[str, click.Command]]:
    found = []
    for name in sorted(COMMANDS):
        command = main.get_command(click.Context(main), name)
        assert command is not None
        found.append((name, command))
        if isinstance(command, click.Group):
            found += [(f"{name} {sub}", c) for sub, c in sorted(command.commands.items())]
    return found


def test_every_format_option_is_a_renderer_choice() -> None:
    names = {r.name for r in RENDERERS}
    checked = 0
    for name, command in _commands():
        for param in command.params:
            if "--format" not in getattr(param, "opts", ()) or name in NOT_RENDERED:
                continue
            assert isinstance(param.type, FormatChoice), name
            assert set(param.type.choices) <= names, name
            checked += 1
    assert checked >= 8


def test_format_names_filters_and_orders() -> None:
    assert format_names() == ["table", "json", "jsonl", "csv"]
    assert format_names(flat=False) == ["table", "json", "jsonl"]
    assert format_names(binary=True, first=("jsonl", "json", "csv")) == [
        "jsonl",
        "json",
        "csv",
        "table",
        "xlsx",
    ]
