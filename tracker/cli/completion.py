"""Shell completion callbacks: topic slugs from the database, country names.

click completes commands and options itself; these callbacks add the values. They run
inside the user's shell at every <Tab>, so they never print, never raise and never
create anything: a database that does not exist or does not answer completes nothing.

Enable it with `eval "$(_TRACKER_COMPLETE=bash_source tracker)"` (zsh_source,
fish_source): see docs/tutorial.md, "Shell completion".
"""

import os
import re
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:  # imported by the callbacks: only completion needs it, not every run
    from click.shell_completion import CompletionItem

COMPLETE_VAR = "_TRACKER_COMPLETE"


def complete_topics(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list["CompletionItem"]:
    """The topics stored in the database named by --db or TRACKER_DB."""
    from click.shell_completion import CompletionItem

    location = ctx.find_root().params.get("db") or os.environ.get("TRACKER_DB")
    try:
        topics = _stored_topics(location)
    except Exception:  # completion must stay silent whatever the database does
        return []
    return [CompletionItem(topic) for topic in topics if topic.startswith(incomplete)]


def _stored_topics(location: str | None) -> list[str]:
    from tracker.api import Tracker

    return Tracker.stored_topics(location)


def complete_countries(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list["CompletionItem"]:
    """Common English names whose start, or whose code, matches what was typed."""
    from click.shell_completion import CompletionItem

    try:
        from tracker.countries import all_countries, fold

        typed = fold(incomplete)
        matches = [
            country
            for country in all_countries()
            if fold(country.name).startswith(typed) or country.code.lower() == typed
        ]
    except Exception:  # an unreadable cache or data file completes nothing
        return []
    # bash inserts a value as it is given, so spaces and `&` in a name must reach it
    # escaped ("United\\ Kingdom"); click's bash script reads each value with `read`,
    # which takes one level of backslashes, hence two. zsh and fish quote values
    # themselves.
    escape = os.environ.get(COMPLETE_VAR, "").startswith("bash")
    return [
        CompletionItem(
            re.sub(r"([^\w.\-])", r"\\\\\1", country.name) if escape else country.name,
            help=country.code,
        )
        for country in matches
    ]
