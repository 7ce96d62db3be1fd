"""`tracker topics`: list topics, and create one on purpose."""

from dataclasses import asdict

import click

from tracker.cli.options import editor_of, format_option, open_database


@click.group(invoke_without_command=True)
@format_option
@click.pass_context
def topics(ctx: click.Context, fmt: str) -> None:
    """List topics with their titles and counts; `topics add` creates one.

    A topic is created on purpose, so that a mistyped `--topic` is refused instead of
    quietly starting a new one.

    \b
    Example:
      tracker topics
      tracker topics add ukraine-ceasefire-monitoring --title "Ceasefire monitoring mission"
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker import service
    from tracker.formats.listings import TOPICS
    from tracker.formats.output import render

    database = open_database(ctx)
    render(TOPICS, [asdict(t) for t in service.topic_summaries(database)], fmt)


@topics.command("add")
@click.argument("slug")
@click.option("--title", metavar="TEXT", help="A readable title for reports.")
@click.pass_context
def add_topic(ctx: click.Context, slug: str, title: str | None) -> None:
    """Create a topic (a slug of lower-case letters, digits and hyphens).

    \b
    Example:
      tracker topics add ukraine-reassurance-force --title "Reassurance force for Ukraine"
    """
    from tracker import service

    database = open_database(ctx)
    record = service.create_topic(database, slug, title, editor_of(ctx))
    click.echo(f"Created topic {record['topic']}", err=True)
