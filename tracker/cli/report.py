"""`tracker report`: one self-contained HTML file."""

import click

from tracker.cli.completion import complete_topics
from tracker.cli.options import (
    known_at_option,
    open_tracker,
    parse_as_of,
    parse_known_at,
)


@click.command()
@click.option(
    "--topic",
    metavar="SLUG",
    help="Topic slug (default: TRACKER_TOPIC, else the database's only topic).",
    shell_complete=complete_topics,
)
@click.option(
    "--from",
    "start",
    metavar="DATE",
    help="First day of the change log and the time axes (default: the first statement).",
)
@click.option(
    "--to",
    "end",
    metavar="DATE",
    help="Last day of the change log and the time axes, and the date of the stance table "
    "(default: shortly after the last statement).",
)
@known_at_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="The HTML file to write.",
)
@click.pass_context
def report(
    ctx: click.Context,
    topic: str | None,
    start: str | None,
    end: str | None,
    known_at: str | None,
    output: str,
) -> None:
    """Write a self-contained HTML report that opens offline: a lane per country, stance
    counts over time, who moved when (every stance change, newest first), the stance table
    with conditions, troops and sources, and every statement of each country.

    \b
    Example:
      tracker report --topic ukraine-reassurance-force -o report.html
    """
    start_day, end_day, known = parse_as_of(start), parse_as_of(end), parse_known_at(known_at)
    tracker = open_tracker(ctx)
    html = tracker.report_html(topic, start_day, end_day, known_at=known)
    from tracker.formats.files import output_file

    with output_file(output, protected=tracker.files()) as handle:
        handle.write(html)
    click.echo(f"Wrote {output}", err=True)
