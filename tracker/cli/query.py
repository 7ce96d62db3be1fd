"""Commands that read: stance, timeline, events, show, diff, export."""

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tracker.cli.completion import complete_countries, complete_topics
from tracker.cli.options import (
    EventTypeChoice,
    FormatChoice,
    as_of_option,
    database_files,
    format_option,
    known_at_option,
    open_tracker,
    parse_as_of,
    parse_known_at,
    resolve_countries,
    topic_option,
)

if TYPE_CHECKING:
    from tracker.api import Tracker

F = TypeVar("F", bound=Callable[..., Any])


def topics_option(func: F) -> F:
    """`--topic SLUG`, repeatable: two or more compare topics side by side."""
    return click.option(
        "--topic",
        "topics",
        multiple=True,
        metavar="SLUG",
        help="Topic slug; repeat to compare topics, one column each (default: TRACKER_TOPIC, "
        "else every topic).",
        shell_complete=complete_topics,
    )(func)


@click.command()
@topics_option
@click.option(
    "--country",
    "countries",
    multiple=True,
    help="Only these countries; repeat for several.",
    shell_complete=complete_countries,
)
@as_of_option
@known_at_option
@format_option
@click.pass_context
def stance(
    ctx: click.Context,
    topics: tuple[str, ...],
    countries: tuple[str, ...],
    as_of: str | None,
    known_at: str | None,
    fmt: str,
) -> None:
    """The projection: each country's current stance, one row per country.

    Two or more `--topic` compare them: one row per country, each topic's stance and
    since side by side (`TOPIC` and `TOPIC since` columns).

    \b
    Example:
      tracker stance --topic ukraine-reassurance-force
      tracker stance --as-of 2025-09-01 --known-at 2025-09-05 --format csv
      tracker stance --topic coalition-declaration --topic sending-soldiers
    """
    from tracker.formats import listings
    from tracker.formats.output import render

    codes = resolve_countries(countries)
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    tracker = open_tracker(ctx)
    topics = tracker.read_topics(topics)
    if len(set(topics)) > 1:
        compared, compared_rows = tracker.compared_records(
            topics, countries=codes, as_of=as_of_day, known_at=known
        )
        render(
            listings.compared_stances(compared),
            compared_rows,
            fmt,
            title=_title(
                "Stances on " + " vs ".join(_called(tracker, t, fmt) or t for t in compared),
                None,
                as_of,
                known_at,
            ),
        )
        return
    topic = topics[0] if topics else None
    rows = tracker.stance_records(topic, countries=codes, as_of=as_of_day, known_at=known)
    shown_topics = {r["topic"] for r in rows}
    if not topic and len(shown_topics) == 1:  # the title names it, no column repeats it
        topic = shown_topics.pop()
    called = _called(tracker, topic, fmt)
    render(listings.STANCES, rows, fmt, title=_title("Stances", called, as_of, known_at))


def _note_narrowed(given: tuple[str, ...], topics: tuple[str, ...]) -> None:
    """An export that `TRACKER_TOPIC` narrowed says so: a file of one topic where the
    whole database was expected would otherwise pass unnoticed."""
    if topics and not given:
        click.echo(f"Note: TRACKER_TOPIC narrows this export to topic {topics[0]}", err=True)


def _called(tracker: "Tracker", topic: str | None, fmt: str) -> str | None:
    """The topic's title (its slug without one) for a table's title; only a table reads it."""
    return tracker.topic_title(topic) if topic and fmt == "table" else None


def _title(what: str, called: str | None, as_of: str | None, known_at: str | None) -> str:
    """A table's title: what it shows, on which topic (as `topic_title` calls it), when."""
    parts = [what]
    if called:
        parts.append(f"on {called}")
    if as_of:
        parts.append(f"as of {as_of}")
    if known_at:
        parts.append(f"as known at {known_at}")
    return " ".join(parts)


@click.command()
@click.argument("country", shell_complete=complete_countries)
@topic_option
@as_of_option
@known_at_option
@format_option
@click.pass_context
def timeline(
    ctx: click.Context,
    country: str,
    topic: str | None,
    as_of: str | None,
    known_at: str | None,
    fmt: str,
) -> None:
    """One country's statements in date order, each with its status.

    Status is active, corrected (shown with corrected values; the original values stay
    in `original`) or retracted.

    \b
    Example:
      tracker timeline Lithuania
      tracker timeline "Czech Republic" --known-at 2025-09-05T12:00:00Z --format json
    """
    from tracker.countries import country_name, resolve_country
    from tracker.formats.listings import TIMELINE
    from tracker.formats.output import render

    code = resolve_country(country).code
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    tracker = open_tracker(ctx)
    topic = tracker.read_topic(topic)  # the title names the narrowed topic
    rows = tracker.statement_records(code, topic, as_of=as_of_day, known_at=known)
    render(
        TIMELINE,
        rows,
        fmt,
        title=_title(
            f"Timeline of {country_name(code)}",
            _called(tracker, topic, fmt),
            as_of,
            known_at,
        ),
    )


@click.command()
@topic_option
@click.option(
    "--country",
    "countries",
    multiple=True,
    help="Only events about these countries.",
    shell_complete=complete_countries,
)
@click.option(
    "--type",
    "types",
    multiple=True,
    type=EventTypeChoice(),
    help="Only these event types.",
)
@click.option(
    "--since",
    metavar="TIME",
    help="Only events recorded at or after TIME (a bare date: its start, UTC).",
)
@click.option(
    "--until",
    metavar="TIME",
    help="Only events recorded at or before TIME (a bare date: its end, UTC).",
)
@known_at_option
@format_option
@click.pass_context
def events(
    ctx: click.Context,
    topic: str | None,
    countries: tuple[str, ...],
    types: tuple[str, ...],
    since: str | None,
    until: str | None,
    known_at: str | None,
    fmt: str,
) -> None:
    """The raw event log in recording order.

    \b
    Example:
      tracker events --country France --type correction
      tracker events --since 2025-09-01 --format jsonl
    """
    from tracker.domain.dates import parse_instant
    from tracker.formats.listings import EVENTS
    from tracker.formats.output import render

    codes = resolve_countries(countries)
    since_at = parse_instant(since, end_of_day=False) if since else None
    until_at = parse_instant(until) if until else None
    known = parse_known_at(known_at)
    tracker = open_tracker(ctx)
    stream = tracker.event_records(
        topic,
        countries=codes,
        types=list(types) or None,
        since=since_at,
        until=until_at,
        known_at=known,
    )
    render(EVENTS, stream, fmt)


@click.command()
@click.argument("event_id")
@format_option
@click.pass_context
def show(ctx: click.Context, event_id: str, fmt: str) -> None:
    """One event (by id or a unique 6+ character prefix), with its corrections or retraction.

    \b
    Example:
      tracker show 3f2a9c1b
    """
    from tracker.formats.listings import EVENT
    from tracker.formats.output import render

    row = open_tracker(ctx).event_detail(event_id)
    render(EVENT, [row], fmt, title=f"Event {row['event_id']}")


@click.command()
@click.argument("from_date", metavar="FROM")
@click.argument("to_date", metavar="TO")
@topic_option
@known_at_option
@format_option
@click.pass_context
def diff(
    ctx: click.Context,
    from_date: str,
    to_date: str,
    topic: str | None,
    known_at: str | None,
    fmt: str,
) -> None:
    """Countries whose stance differs between two dates: country, from, to, the date of
    the move and the deciding statement's quote, speaker and source.

    \b
    Example:
      tracker diff 2025-06-01 2025-09-30 --topic ukraine-reassurance-force
    """
    from tracker.formats.listings import DIFF
    from tracker.formats.output import render

    start, end = parse_as_of(from_date), parse_as_of(to_date)
    assert start is not None and end is not None
    if start > end:
        click.echo(
            f"Note: {from_date} is after {to_date}; showing the changes from {to_date} to {from_date}",
            err=True,
        )
        start, end = end, start
        from_date, to_date = to_date, from_date
    known = parse_known_at(known_at)
    tracker = open_tracker(ctx)
    topic = tracker.read_topic(topic)  # the title and columns follow the narrowed topic
    rows = tracker.diff_records(start, end, topic, known_at=known)
    render(
        DIFF.without("topic") if topic else DIFF,
        rows,
        fmt,
        title=_title(
            f"Changes from {from_date} to {to_date}", _called(tracker, topic, fmt), None, None
        ),
    )


@click.command()
@click.option(
    "--what",
    type=click.Choice(["events", "stances", "statements", "sources", "matrix", "package"]),
    default="events",
    show_default=True,
    help="events: the whole log (import reads it back); stances: the projection; "
    "statements: every statement with its status; sources: a row per statement and "
    "source; matrix: country × date; package: a Frictionless data package in the folder -o.",
)
@topics_option
@click.option(
    "--deployment",
    "deployment",
    is_flag=True,
    help="matrix: each cell is the deployment instead of the stance (xlsx holds both, on "
    "two sheets, unless no deployment is known).",
)
@as_of_option
@known_at_option
@click.option(
    "--format",
    "fmt",
    type=FormatChoice(binary=True, first=("jsonl", "json", "csv")),
    default=None,
    help="Default: jsonl for events, csv for stances and matrix.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(writable=True),
    help="Write to this file instead of stdout (a package: into this folder).",
)
@click.pass_context
def export(
    ctx: click.Context,
    what: str,
    topics: tuple[str, ...],
    deployment: bool,
    as_of: str | None,
    known_at: str | None,
    fmt: str | None,
    output: str | None,
) -> None:
    """Export the log, the stances, the statements, their sources or a country × date matrix.

    `--what events` writes every event with its hash, which `tracker import` reads back
    into an identical database. The matrix's cells are stances; with `--deployment`,
    deployments; as xlsx it has both, a `matrix` and a `deployment` sheet (the latter
    when some deployment is known; an export of one topic names them after its title).
    Two or more `--topic` compare topics in the matrix: one row per country, a `DATE
    TOPIC` column for each date of any of them and each topic.

    \b
    Example:
      tracker export --what events -o backup.jsonl
      tracker export --what matrix --format csv -o matrix.csv
    """
    from tracker.formats import listings
    from tracker.formats.output import Listing, binary_format, render

    if what == "package":
        _export_package(ctx, topics, output, as_of=as_of, known_at=known_at, fmt=fmt)
        return
    fmt = fmt or ("jsonl" if what == "events" else "csv")
    if binary_format(fmt) and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    if len(set(topics)) > 1 and what != "matrix":
        raise click.UsageError("several --topic compare topics in the matrix only")
    if deployment and what != "matrix":
        raise click.UsageError("--deployment applies to --what matrix")
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    if output is not None:
        _refuse_database_as_output(ctx, output)
    tracker = open_tracker(ctx)
    given = topics
    topics = tracker.read_topics(topics)
    _note_narrowed(given, topics)
    topic = topics[0] if topics else None
    workbook: Callable[[], list[tuple[Listing, list[dict[str, Any]]]]] | None = None
    listing: Listing
    if what == "events":
        if as_of_day:
            raise click.UsageError(
                "--as-of applies to stances and matrix; events export the whole log"
            )
        rows: Any = tracker.event_records(topic, known_at=known)
        listing = listings.EVENTS_EXPORT
    elif what == "stances":
        rows = tracker.analysis_stance_records(topic, as_of=as_of_day, known_at=known)
        listing = _sheet_named(listings.STANCES_EXPORT, tracker, rows, fmt)
    elif what == "sources":
        rows = tracker.source_records(topic, as_of=as_of_day, known_at=known)
        listing = listings.SOURCES
    elif what == "statements":
        rows = tracker.statement_records(
            None, topic, as_of=as_of_day, known_at=known, analysis=True
        )
        listing = listings.STATEMENTS_EXPORT
    else:
        compared = list(dict.fromkeys(topics)) if len(set(topics)) > 1 else None

        @functools.cache
        def matrix(value: str) -> tuple[Listing, list[dict[str, Any]]]:
            sheet_rows, fields = tracker.matrix_records(
                topic, compared, as_of=as_of_day, known_at=known, value=value
            )
            named = listings.matrix("matrix" if value == "stance" else value, fields)
            suffix = "" if value == "stance" else f" ({value})"
            return _sheet_named(named, tracker, sheet_rows, fmt, suffix), sheet_rows

        listing, rows = matrix("deployment" if deployment else "stance")

        def both() -> list[tuple[Listing, list[dict[str, Any]]]]:
            # A deployment sheet with no deployment in it says nothing.
            deployments = matrix("deployment")
            return [matrix("stance"), *([deployments] if _any_date_cell(deployments[1]) else [])]

        workbook = both  # a spreadsheet holds both matrices, on two sheets

    if output is None:
        render(listing, rows, fmt, sys.stdout, workbook=workbook)
        return
    from tracker.formats.files import closing_rows, output_file

    # A failed write must also end the read: a half-consumed event stream holds its
    # transaction (and, on PostgreSQL, its cursor) open until it is closed.
    with (
        closing_rows(rows),
        output_file(output, binary=binary_format(fmt), protected=tracker.files()) as handle,
    ):
        count = render(listing, rows, fmt, handle, workbook=workbook)
    click.echo(f"Wrote {count} {what} rows to {output}", err=True)


def _sheet_named(
    listing: Any, tracker: "Tracker", rows: list[dict[str, Any]], fmt: str, suffix: str = ""
) -> Any:
    """The listing whose spreadsheet sheet is named after the one topic of `rows` (its
    title, else its slug; then `suffix`); rows of several topics keep the listing's name."""
    from dataclasses import replace

    from tracker.formats.spreadsheet import sheet_name

    shown = {r.get("topic") for r in rows}
    if fmt != "xlsx" or len(shown) != 1 or None in shown:
        return listing
    (topic,) = shown
    return replace(listing, name=sheet_name(_called(tracker, str(topic), "table") or "", suffix))


def _any_date_cell(rows: list[dict[str, Any]]) -> bool:
    """Whether a matrix has any cell beyond its row's topic and country."""
    keys = ("topic", "country", "country_name")
    return any(value for row in rows for key, value in row.items() if key not in keys)


def _export_package(
    ctx: click.Context,
    topics: tuple[str, ...],
    output: str | None,
    *,
    as_of: str | None,
    known_at: str | None,
    fmt: str | None,
) -> None:
    """`export --what package -o DIR`: the events, stances, sources and changes as CSV
    with `datapackage.json` and a README codebook, of the topics given (default: all)."""
    from tracker.domain.dates import format_instant, utc_now
    from tracker.formats import listings
    from tracker.formats.package import CHANGES, Table, change_rows, write_package

    if not output:
        raise click.UsageError("--what package needs -o FOLDER")
    if as_of or known_at or (fmt and fmt != "csv"):
        raise click.UsageError(
            "a package is the whole log as CSV: no --as-of, --known-at or --format"
        )
    tracker = open_tracker(ctx)
    given = topics
    topics = tracker.read_topics(topics)
    _note_narrowed(given, topics)
    contents = tracker.package_contents(topics)
    event_rows, anchor = contents["events"], contents["anchor"]
    tables = [
        Table(
            "events",
            "Every event of the log, in recording order",
            listings.EVENTS_EXPORT,
            event_rows,
        ),
        Table(
            "stances",
            "Each country's current stance on each topic",
            listings.STANCES_EXPORT,
            contents["stances"],
        ),
        Table("sources", "A row per statement and source", listings.SOURCES, contents["sources"]),
        Table(
            "changes",
            "Updates and corrections: every correction and retraction",
            CHANGES,
            change_rows(event_rows),
        ),
    ]
    descriptor = write_package(
        output,
        tables,
        topics=contents["topics"],
        head=(anchor.seq, anchor.hash),
        created=format_instant(utc_now()),
        protected=tracker.files(),
    )
    click.echo(f"Wrote a data package of release {descriptor['version']} to {output}", err=True)


def _refuse_database_as_output(ctx: click.Context, output: str) -> None:
    """Refuse `-o` onto the database (or its journal) before the database is even opened."""
    from tracker.formats.files import refuse_protected

    refuse_protected(output, database_files(ctx))
