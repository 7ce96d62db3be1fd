"""Commands that read: stance, timeline, events, show, diff, export."""

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from tracker.cli.completion import complete_countries, complete_topics
from tracker.cli.options import (
    EventTypeChoice,
    as_of_option,
    format_option,
    known_at_option,
    open_database,
    parse_as_of,
    parse_known_at,
    resolve_countries,
    topic_option,
)

F = TypeVar("F", bound=Callable[..., Any])


def topics_option(func: F) -> F:
    """`--topic SLUG`, repeatable: two or more compare topics side by side."""
    return click.option(
        "--topic",
        "topics",
        multiple=True,
        metavar="SLUG",
        help="Topic slug; repeat to compare topics, one column each.",
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
    from tracker import service
    from tracker.formats import listings
    from tracker.formats.output import render
    from tracker.formats.rows import compare_rows, stance_row

    codes = resolve_countries(countries)
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    database = open_database(ctx)
    _require_topics(database, topics)
    if len(set(topics)) > 1:
        per_topic = service.compared_stances(
            database, topics, countries=codes, as_of=as_of_day, known_at=known
        )
        compared = list(per_topic)
        render(
            listings.compared_stances(compared),
            compare_rows(per_topic),
            fmt,
            title=_title(
                "Stances on " + " vs ".join(_called(database, t, fmt) or t for t in compared),
                None,
                as_of,
                known_at,
            ),
        )
        return
    topic = topics[0] if topics else None
    rows = [
        stance_row(r)
        for r in service.stance_rows(
            database, topic=topic, countries=codes, as_of=as_of_day, known_at=known
        )
    ]
    shown_topics = {r["topic"] for r in rows}
    if not topic and len(shown_topics) == 1:  # the title names it, no column repeats it
        topic = shown_topics.pop()
    called = _called(database, topic, fmt)
    render(listings.STANCES, rows, fmt, title=_title("Stances", called, as_of, known_at))


def _require_topics(database: Any, topics: tuple[str, ...]) -> None:
    """Every topic named to a read command exists (a typo is an error, not no rows)."""
    from tracker import service

    for topic in dict.fromkeys(topics):
        service.require_topic(database, topic)


def _called(database: Any, topic: str | None, fmt: str) -> str | None:
    """The topic's title (its slug without one) for a table's title; only a table reads it."""
    from tracker import service

    return service.topic_title(database, topic) if topic and fmt == "table" else None


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
    from tracker import service
    from tracker.countries import country_name, resolve_country
    from tracker.formats.listings import TIMELINE
    from tracker.formats.output import render
    from tracker.formats.rows import statement_row

    code = resolve_country(country).code
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    database = open_database(ctx)
    _require_topics(database, (topic,) if topic else ())
    rows = [
        statement_row(v)
        for v in service.timeline(database, code, topic=topic, as_of=as_of_day, known_at=known)
    ]
    _attach_amendments(database, rows)
    render(
        TIMELINE,
        rows,
        fmt,
        title=_title(
            f"Timeline of {country_name(code)}",
            _called(database, topic, fmt),
            as_of,
            known_at,
        ),
    )


def _attach_amendments(database: Any, rows: list[dict[str, Any]]) -> None:
    """Give each row the amendments that apply to it (with reasons), in one query.

    Only amendments the view already reflects are attached, so `--known-at` never shows
    a correction recorded after its cut.
    """
    from tracker import service

    amended = [r["event_id"] for r in rows if r["status"] != "active"]
    recorded = service.amendments(database, amended) if amended else {}
    for row in rows:
        applied = set(row["corrections"]) | {row["retraction"]}
        row["amendments"] = [
            a for a in recorded.get(row["event_id"], []) if a["event_id"] in applied
        ]


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
    from tracker import service
    from tracker.domain.dates import parse_instant
    from tracker.formats.listings import EVENTS
    from tracker.formats.output import render
    from tracker.formats.rows import event_row

    codes = resolve_countries(countries)
    since_at = parse_instant(since, end_of_day=False) if since else None
    until_at = parse_instant(until) if until else None
    known = parse_known_at(known_at)
    database = open_database(ctx)
    _require_topics(database, (topic,) if topic else ())
    stream = (
        event_row(e.record, e.hash)
        for e in service.event_log(
            database,
            topic=topic,
            countries=codes,
            types=list(types) or None,
            since=since_at,
            until=until_at,
            known_at=known,
        )
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
    from tracker import service
    from tracker.domain.events import STATEMENT_FIELDS
    from tracker.formats.listings import EVENT
    from tracker.formats.output import render
    from tracker.formats.rows import event_row, statement_row

    database = open_database(ctx)
    detail = service.show_event(database, event_id)
    row = event_row(detail.record, detail.hash)
    row["seq"] = detail.seq
    row["amendments"] = detail.amendments
    if detail.view is not None:
        current = statement_row(detail.view)
        row["status"] = current["status"]
        row["current"] = {k: current[k] for k in STATEMENT_FIELDS}
    render(EVENT, [row], fmt, title=f"Event {detail.record['event_id']}")


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
    from tracker import service
    from tracker.formats.listings import DIFF
    from tracker.formats.output import render
    from tracker.formats.rows import diff_row

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
    database = open_database(ctx)
    _require_topics(database, (topic,) if topic else ())
    rows = [diff_row(c) for c in service.diff(database, start, end, topic=topic, known_at=known)]
    render(
        DIFF.without("topic") if topic else DIFF,
        rows,
        fmt,
        title=_title(
            f"Changes from {from_date} to {to_date}", _called(database, topic, fmt), None, None
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
    type=click.Choice(["jsonl", "json", "csv", "table", "xlsx"]),
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
    from tracker import service
    from tracker.formats import listings
    from tracker.formats.output import Listing, binary_format, render
    from tracker.formats.rows import (
        event_row,
        matrix_table,
        source_rows,
        stance_row,
        statement_row,
        with_analysis,
    )

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
    topic = topics[0] if topics else None
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    if output is not None:
        _refuse_database_as_output(ctx, output)
    database = open_database(ctx)
    _require_topics(database, topics)
    workbook: Callable[[], list[tuple[Listing, list[dict[str, Any]]]]] | None = None
    listing: Listing
    if what == "events":
        if as_of_day:
            raise click.UsageError(
                "--as-of applies to stances and matrix; events export the whole log"
            )
        rows: Any = (
            event_row(e.record, e.hash)
            for e in service.event_log(database, topic=topic, known_at=known)
        )
        listing = listings.EVENTS_EXPORT
    elif what == "stances":
        rows = [
            with_analysis(stance_row(r), "since")
            for r in service.stance_rows(database, topic=topic, as_of=as_of_day, known_at=known)
        ]
        listing = _sheet_named(listings.STANCES_EXPORT, database, rows, fmt)
    elif what in ("statements", "sources"):
        views = service.timeline(database, None, topic=topic, as_of=as_of_day, known_at=known)
        if what == "sources":
            rows = [row for view in views for row in source_rows(view)]
            listing = listings.SOURCES
        else:
            rows = [with_analysis(statement_row(v), "date") for v in views]
            _attach_amendments(database, rows)
            listing = listings.STATEMENTS_EXPORT
    else:
        compared = list(dict.fromkeys(topics)) if len(set(topics)) > 1 else None

        @functools.cache
        def matrix(value: str) -> tuple[Listing, list[dict[str, Any]]]:
            dates, matrix_rows = service.matrix(
                database, topic=topic, topics=compared, as_of=as_of_day, known_at=known, value=value
            )
            sheet_rows, fields = matrix_table(dates, matrix_rows, compared)
            named = listings.matrix("matrix" if value == "stance" else value, fields)
            suffix = "" if value == "stance" else f" ({value})"
            return _sheet_named(named, database, sheet_rows, fmt, suffix), sheet_rows

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
        output_file(output, binary=binary_format(fmt), protected=database.files()) as handle,
    ):
        count = render(listing, rows, fmt, handle, workbook=workbook)
    click.echo(f"Wrote {count} {what} rows to {output}", err=True)


def _sheet_named(
    listing: Any, database: Any, rows: list[dict[str, Any]], fmt: str, suffix: str = ""
) -> Any:
    """The listing whose spreadsheet sheet is named after the one topic of `rows` (its
    title, else its slug; then `suffix`); rows of several topics keep the listing's name."""
    from dataclasses import replace

    from tracker.formats.spreadsheet import sheet_name

    shown = {r.get("topic") for r in rows}
    if fmt != "xlsx" or len(shown) != 1 or None in shown:
        return listing
    (topic,) = shown
    return replace(listing, name=sheet_name(_called(database, str(topic), "table") or "", suffix))


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
    from tracker import service
    from tracker.domain.dates import format_instant, utc_now
    from tracker.formats import listings
    from tracker.formats.package import CHANGES, Table, change_rows, write_package
    from tracker.formats.rows import event_row, source_rows, stance_row, with_analysis

    if not output:
        raise click.UsageError("--what package needs -o FOLDER")
    if as_of or known_at or (fmt and fmt != "csv"):
        raise click.UsageError(
            "a package is the whole log as CSV: no --as-of, --known-at or --format"
        )
    database = open_database(ctx)
    _require_topics(database, topics)
    chosen: list[str | None] = [*dict.fromkeys(topics)] or [None]
    summaries = service.topic_summaries(database)
    anchor = service.anchor(database)  # the release: the log up to this event
    events = sorted(
        (
            (e.seq, {"seq": e.seq} | event_row(e.record, e.hash))
            for topic in chosen
            for e in service.event_log(database, topic=topic)
            if e.seq <= anchor.seq
        ),
        key=lambda pair: pair[0],
    )
    event_rows = [row for _, row in events]
    stances, sources = [], []
    for topic in chosen:
        stances += [
            with_analysis(stance_row(r), "since")
            for r in service.stance_rows(database, topic=topic)
        ]
        sources += [
            row for v in service.timeline(database, None, topic=topic) for row in source_rows(v)
        ]
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
            stances,
        ),
        Table("sources", "A row per statement and source", listings.SOURCES, sources),
        Table(
            "changes",
            "Updates and corrections: every correction and retraction",
            CHANGES,
            change_rows(event_rows),
        ),
    ]
    wanted = set(chosen) if chosen != [None] else None
    descriptor = write_package(
        output,
        tables,
        topics=[
            {"topic": t.topic, "title": t.title}
            for t in summaries
            if wanted is None or t.topic in wanted
        ],
        head=(anchor.seq, anchor.hash),
        created=format_instant(utc_now()),
        protected=database.files(),
    )
    click.echo(f"Wrote a data package of release {descriptor['version']} to {output}", err=True)


def _refuse_database_as_output(ctx: click.Context, output: str) -> None:
    """Refuse `-o` onto the database (or its journal) before the database is even opened."""
    from tracker.formats.files import refuse_protected
    from tracker.store.database import Database

    refuse_protected(output, Database(ctx.find_root().obj["db"]).files())
