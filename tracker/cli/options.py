"""Options shared by several commands, and how commands reach the database."""

import gc
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tracker.cli.completion import complete_topics

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.api import Tracker

F = TypeVar("F", bound=Callable[..., Any])


class LazyChoice(click.Choice[str]):
    """Choices read from the list that declares them when first needed (a value to
    check, a help text to write): listing the commands (`tracker --help`) loads none."""

    def __init__(self, read: Callable[[], Sequence[str]]) -> None:
        self._read = read
        super().__init__((), case_sensitive=True)

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(self._read())

    @choices.setter
    def choices(self, value: object) -> None:
        """click sets the choices it was given (none): the list's are read instead."""


def _event_types() -> tuple[str, ...]:
    from tracker.domain.registry import REGISTRY

    return tuple(REGISTRY)


class EventTypeChoice(LazyChoice):
    """The registered event types (tracker.domain.registry)."""

    def __init__(self) -> None:
        super().__init__(_event_types)


class FormatChoice(LazyChoice):
    """`--format` names drawn from the renderers (tracker.formats.output.RENDERERS); the
    filters are those of `format_names`."""

    def __init__(self, *, binary: bool = False, flat: bool = True, first: Sequence[str] = ()):
        def names() -> list[str]:
            from tracker.formats.output import format_names

            return format_names(binary=binary, flat=flat, first=first)

        super().__init__(names)


def format_option(func: F) -> F:
    """`--format` of a listing: every renderer but the binary ones (table by default)."""
    return click.option(
        "--format",
        "fmt",
        type=FormatChoice(),
        default="table",
        show_default=True,
        help="Output format; table colours only on a terminal.",
    )(func)


def new_event_format_option(func: F) -> F:
    """`--format` of a command that records one event: no flat or binary renderer."""
    return click.option(
        "--format",
        "fmt",
        type=FormatChoice(flat=False),
        default="table",
        show_default=True,
        help="table prints the new event_id; json/jsonl print the whole new event.",
    )(func)


def topic_option(func: F) -> F:
    """`--topic T`."""
    return click.option(
        "--topic",
        metavar="SLUG",
        help="Topic slug, e.g. ukraine-reassurance-force (default: TRACKER_TOPIC, else every "
        "topic).",
        shell_complete=complete_topics,
    )(func)


def as_of_option(func: F) -> F:
    """`--as-of DATE`: only statements dated on or before DATE."""
    return click.option(
        "--as-of",
        metavar="DATE",
        help="Only statements dated on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).",
    )(func)


def known_at_option(func: F) -> F:
    """`--known-at TIME`: the database as it was at TIME."""
    return click.option(
        "--known-at",
        metavar="TIME",
        help="The database as it was at TIME: a date YYYY-MM-DD (the end of that day, UTC) or "
        "an ISO 8601 date and time such as 2025-09-05T10:12:00Z.",
    )(func)


def open_tracker(ctx: click.Context, *, setup: bool = True, projection: bool = True) -> "Tracker":
    """The `Tracker` of `--db`/`TRACKER_DB` and `--editor`, checked (and a new SQLite file
    set up), its stored projection brought up to date unless `projection` is False."""
    from tracker.api import Tracker

    if gc.get_freeze_count():
        # Run as the program, tracker froze its start-up objects (`TrackerGroup.main`).
        # What the command has imported since (SQLAlchemy, pydantic, the store) lives
        # until exit too: freeze it, or the database work (a driver's import is enough)
        # starts a full collection over all of it.
        gc.freeze()
    tracker = Tracker.for_command(ctx.find_root().obj["db"], editor=editor_of(ctx))
    ctx.call_on_close(tracker.close)  # pooled connections end with the command
    if setup:
        tracker.ready(projection=projection)
    return tracker


def database_files(ctx: click.Context) -> list["Path"]:
    """The files of the database `--db` names (none for a server), without opening it:
    no output may overwrite them."""
    from tracker.api import Tracker

    return Tracker.files_of(ctx.find_root().obj.get("db"))


def editor_of(ctx: click.Context) -> str | None:
    """`--editor`/`TRACKER_EDITOR`, or None for the OS user."""
    editor: str | None = ctx.find_root().obj.get("editor")
    return editor


def parse_as_of(value: str | None) -> str | None:
    """`--as-of` as the ISO day it stands for."""
    if value is None:
        return None
    from tracker.domain.dates import parse_as_of as parse

    return parse(value)


def parse_known_at(value: str | None) -> datetime | None:
    """`--known-at` as a UTC instant."""
    if value is None:
        return None
    from tracker.domain.dates import parse_instant

    return parse_instant(value)


def resolve_countries(names: tuple[str, ...] | list[str]) -> list[str] | None:
    """Country options as codes (None when none were given)."""
    if not names:
        return None
    from tracker.countries import resolve_country

    return [resolve_country(name).code for name in names]
