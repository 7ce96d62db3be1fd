"""`tracker topics`: list topics, create one on purpose, change what its pledge is."""

from dataclasses import asdict

import click

from tracker.cli.options import format_option, open_tracker

_PLEDGE_HELP = (
    'A phrase that names the pledge in an article ("send troops"), which `draft` looks '
    "for. Repeatable."
)


@click.group(invoke_without_command=True)
@format_option
@click.pass_context
def topics(ctx: click.Context, fmt: str) -> None:
    """List topics with their titles, pledge phrases and counts; `topics add` creates
    one, `topics edit` changes its title or phrases.

    A topic is created on purpose, so that a mistyped `--topic` is refused instead of
    quietly starting a new one.

    \b
    Example:
      tracker topics
      tracker topics add ukraine-ceasefire-monitoring --title "Ceasefire monitoring mission"
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker.formats.listings import TOPICS
    from tracker.formats.output import render

    render(TOPICS, [asdict(t) for t in open_tracker(ctx).topic_summaries()], fmt)


@topics.command("add")
@click.argument("slug")
@click.option("--title", metavar="TEXT", help="A readable title: what the pledge is.")
@click.option("--pledge", "pledges", multiple=True, metavar="PHRASE", help=_PLEDGE_HELP)
@click.pass_context
def add_topic(ctx: click.Context, slug: str, title: str | None, pledges: tuple[str, ...]) -> None:
    """Create a topic (a slug of lower-case letters, digits and hyphens).

    \b
    Example:
      tracker topics add palestine-recognition --title "Recognise the State of Palestine" \\
        --pledge "recognise a Palestinian state" --pledge "recognition of Palestine"
    """
    record = open_tracker(ctx).create_topic(slug, title, pledges=pledges)
    click.echo(f"Created topic {record['topic']}", err=True)


@topics.command("edit")
@click.argument("slug")
@click.option("--title", metavar="TEXT", help='The new title ("" removes it).')
@click.option("--pledge", "pledges", multiple=True, metavar="PHRASE", help=_PLEDGE_HELP + " Added.")
@click.option(
    "--clear-pledges", is_flag=True, help="Drop the current phrases (before adding --pledge)."
)
@click.pass_context
def edit_topic(
    ctx: click.Context,
    slug: str,
    title: str | None,
    pledges: tuple[str, ...],
    clear_pledges: bool,
) -> None:
    """Change a topic's title or pledge phrases, as a new `topic` event: its earlier
    definitions stay in the log. An edit that changes nothing is refused.

    \b
    Example:
      tracker topics edit ukraine-reassurance-force --pledge "send soldiers"
      tracker topics edit ukraine-reassurance-force --clear-pledges --pledge "send troops"
    """
    if title is None and not pledges and not clear_pledges:
        raise click.UsageError("give --title, --pledge or --clear-pledges")
    record = open_tracker(ctx).edit_topic(
        slug, title=title, pledges=pledges, clear_pledges=clear_pledges
    )
    click.echo(f"Changed topic {record['topic']}", err=True)
