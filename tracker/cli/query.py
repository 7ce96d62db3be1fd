"""Commands that read: stance, timeline, events, show, diff, export."""

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from tracker.cli.completion import complete_countries, complete_topics
from tracker.cli.options import (
    as_of_option,
    format_option,
    known_at_option,
    open_database,
    parse_as_of,
    parse_known_at,
    resolve_countries,
    topic_option,
)
from tracker.domain.vocabulary import EVENT_TYPES

F = TypeVar("F", bound=Callable[..., Any])

STANCE_COLUMNS = [
    "topic",
    "country",
    "country_name",
    "stance",
    "since",
    "last_statement",
    "disputed",
    "contributions",
    "troops",
    "conditions",
    "event_id",
    "statements",
    "deployment",
]
TIMELINE_COLUMNS = [
    "date",
    "approximate",
    "topic",
    "country",
    "country_name",
    "stance",
    "status",
    "contributions",
    "troops",
    "conditions",
    "speaker",
    "sources",
    "note",
    "deployment",
    "event_id",
    "recorded_at",
    "recorded_by",
    "corrections",
    "retraction",
    "original",
    "amendments",
]
EVENT_COLUMNS = [
    "event_id",
    "type",
    "topic",
    "country",
    "country_name",
    "stance",
    "date",
    "approximate",
    "contributions",
    "troops",
    "conditions",
    "speaker",
    "sources",
    "note",
    "deployment",
    "corrects",
    "retracts",
    "changes",
    "reason",
    "recorded_at",
    "recorded_by",
    "hash",
]


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
    from tracker.formats.output import stance_style, write_rows
    from tracker.formats.rows import short_id, stance_row, troops_text

    codes = resolve_countries(countries)
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    database = open_database(ctx)
    _require_topics(database, topics)
    if len(set(topics)) > 1:
        compared = _known_topics(database, topics)
        per_topic = {
            t: service.stance_rows(
                database, topic=t, countries=codes, as_of=as_of_day, known_at=known
            )
            for t in compared
        }
        from tracker.formats.rows import compare_rows

        write_rows(
            compare_rows(per_topic),
            fmt,
            columns=["country", "country_name", *_compare_columns(compared)],
            title=_title(f"Stances on {' vs '.join(compared)}", None, as_of, known_at),
            cell_style=lambda column, value: stance_style(
                "stance" if column in compared else column, value
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
    if fmt == "table":
        rows = [
            {
                **r,
                "troops": troops_text(r["troops"]),
                "event_id": short_id(r["event_id"]),
                "disputed": "disputed" if r["disputed"] else "",
                # A condition may hold a comma: list them with "; ".
                "conditions": "; ".join(r["conditions"]),
            }
            for r in rows
        ]
        columns = [
            "country",
            "country_name",
            "stance",
            "since",
            "last_statement",
            "disputed",
            "contributions",
            "troops",
            "conditions",
            "deployment",
            "statements",
            "event_id",
        ]
        if not any(r["deployment"] for r in rows):
            columns.remove("deployment")
        if _narrow():  # what a narrow terminal can spare; json and csv have everything
            columns.remove("last_statement")
            columns.remove("statements")
            if not any(r["disputed"] for r in rows):
                columns.remove("disputed")
        shown_topics = {r["topic"] for r in rows}
        if not topic and len(shown_topics) == 1:
            topic = shown_topics.pop()
        elif not topic:
            columns.insert(0, "topic")
        write_rows(
            rows,
            fmt,
            table_columns=columns,
            title=_title("Stances", topic, as_of, known_at),
            cell_style=stance_style,
        )
    else:
        write_rows(rows, fmt, columns=STANCE_COLUMNS)


def _narrow() -> bool:
    """Whether tables go to a terminal (or COLUMNS) narrower than 140 columns."""
    import shutil

    from tracker.formats.output import table_width

    return table_width(sys.stdout) is None and shutil.get_terminal_size().columns < 140


def _known_topics(database: Any, topics: tuple[str, ...]) -> list[str]:
    """The compared topics, each once in the order given; an unknown one is an error
    naming the closest known ones."""
    from tracker import service

    known = {summary.topic for summary in service.topic_summaries(database)}
    compared = list(dict.fromkeys(topics))
    for topic in compared:
        service.check_topic(topic, known, new_topic=False)
    return compared


def _require_topics(database: Any, topics: tuple[str, ...]) -> None:
    """Every topic named to a read command exists (a typo is an error, not no rows)."""
    from tracker import service

    for topic in dict.fromkeys(topics):
        service.require_topic(database, topic)


def _compare_columns(topics: list[str]) -> list[str]:
    return [column for topic in topics for column in (topic, f"{topic} since")]


def _title(what: str, topic: str | None, as_of: str | None, known_at: str | None) -> str:
    parts = [what]
    if topic:
        parts.append(f"on {topic}")
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
    from tracker.countries import resolve_country
    from tracker.formats.output import stance_style, write_rows
    from tracker.formats.rows import short_id, sources_text, statement_row, troops_text

    code = resolve_country(country).code
    as_of_day, known = parse_as_of(as_of), parse_known_at(known_at)
    database = open_database(ctx)
    _require_topics(database, (topic,) if topic else ())
    rows = [
        statement_row(v)
        for v in service.timeline(database, code, topic=topic, as_of=as_of_day, known_at=known)
    ]
    _attach_amendments(database, rows)
    if fmt != "table":
        write_rows(rows, fmt, columns=TIMELINE_COLUMNS)
        return
    amendments = _amendment_notes(rows)
    table = [
        {
            **r,
            "date": r["date"] + (" ~" if r["approximate"] else ""),
            "status": r["status"],
            "troops": troops_text(r["troops"]),
            "sources": sources_text(r["sources"]),
            "event_id": short_id(r["event_id"]),
            "history": amendments.get(r["event_id"], ""),
            # A condition may hold a comma: list them with "; ".
            "conditions": "; ".join(r["conditions"]),
            # The first source's words, on one line ending in … where the terminal ends.
            "quote": " ".join(((r["sources"] or [{}])[0].get("quote") or "").split()),
        }
        for r in rows
    ]
    columns = [
        "date",
        "stance",
        "status",
        "contributions",
        "troops",
        "conditions",
        "deployment",
        "speaker",
        "sources",
        "history",
        "event_id",
        "quote",
    ]
    if not any(r["deployment"] for r in rows):
        columns.remove("deployment")
    if _narrow():  # what a narrow terminal can spare for the quote; `show` has them all
        for spared in ("speaker", "sources", "history"):
            columns.remove(spared)
        if all(r["status"] == "active" for r in rows):
            columns.remove("status")
    if not topic and len({r["topic"] for r in rows}) > 1:
        columns.insert(1, "topic")
    from tracker.countries import country_name

    write_rows(
        table,
        fmt,
        table_columns=columns,
        title=_title(f"Timeline of {country_name(code)}", topic, as_of, known_at),
        cell_style=stance_style,
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


def _amendment_notes(rows: list[dict[str, Any]]) -> dict[str, str]:
    """For the table: what was corrected (original values) and why it was retracted."""
    notes: dict[str, str] = {}
    for row in rows:
        parts = []
        if row["original"]:
            was = ", ".join(f"{k} was {_short(v)}" for k, v in sorted(row["original"].items()))
            parts.append(f"corrected: {was}")
        for amendment in row["amendments"]:
            kind = "retracted" if amendment["type"] == "retraction" else "reason"
            parts.append(f"{kind}: {amendment['reason']}")
        if parts:
            notes[row["event_id"]] = "; ".join(parts)
    return notes


def _short(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


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
    type=click.Choice(EVENT_TYPES),
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
    from tracker.formats.output import stance_style, write_rows
    from tracker.formats.rows import event_row, short_id

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
    if fmt != "table":
        write_rows(stream, fmt, columns=EVENT_COLUMNS)
        return
    table = (
        {
            "event_id": short_id(r["event_id"]),
            "recorded_at": r["recorded_at"][:19].replace("T", " "),
            "type": r["type"],
            "country": r.get("country", ""),
            "stance": r.get("stance", ""),
            "date": r.get("date", ""),
            "target": short_id(_target(r)),
            "detail": _event_detail(r),
            "recorded_by": r["recorded_by"],
        }
        for r in stream
    )
    write_rows(table, fmt, title="Events", cell_style=stance_style)


def _target(record: dict[str, Any]) -> str | None:
    from tracker.domain.registry import event_type

    return event_type(record["type"]).target_of(record)


def _event_detail(record: dict[str, Any]) -> str:
    from tracker.domain.registry import event_type

    return event_type(record["type"]).describe(record)


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
    from tracker.domain.vocabulary import CORRECTABLE_FIELDS
    from tracker.formats.output import write_rows
    from tracker.formats.rows import event_row, statement_row

    database = open_database(ctx)
    detail = service.show_event(database, event_id)
    row = event_row(detail.record, detail.hash)
    row["seq"] = detail.seq
    row["amendments"] = detail.amendments
    if detail.view is not None:
        current = statement_row(detail.view)
        row["status"] = current["status"]
        row["current"] = {k: current[k] for k in CORRECTABLE_FIELDS}
    if fmt != "table":
        write_rows([row], fmt)
        return
    from rich.console import Console
    from rich.table import Table

    from tracker.formats.output import terminal_text

    table = Table(
        show_header=False,
        title=terminal_text(f"Event {detail.record['event_id']}"),
        title_justify="left",
    )
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key in sorted(k for k in row if k not in ("amendments", "current")):
        table.add_row(terminal_text(key), terminal_text(_cell(row[key])))
    for key, value in (row.get("current") or {}).items():  # what corrections and citations changed
        if _cell(value) != _cell(row.get(key)):
            table.add_row(terminal_text(f"{key} (now)"), terminal_text(_cell(value)))
    console = Console(highlight=False)
    console.print(table)
    from tracker.domain.registry import event_type

    for amendment in detail.amendments:
        what = amendment["type"].capitalize()
        reason = amendment.get("reason")
        text = (
            f"{what} {amendment['event_id'][:8]} recorded {amendment['recorded_at']} "
            f"by {amendment['recorded_by']}" + (f": {reason}" if reason else "")
        )
        described = event_type(amendment["type"]).describe(amendment)
        if amendment["type"] != "retraction" and described:
            text += " — " + described
        console.print(terminal_text(text))


def _cell(value: Any) -> str:
    """A `show` value in words: each source on its lines with its quote, troops as the
    figure and the article's words, a list of texts one per line."""
    from tracker.formats.rows import troops_text

    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, list) and value and all(_is_source(v) for v in value):
        return "\n".join(_source_text(number, s) for number, s in enumerate(value, start=1))
    if isinstance(value, dict) and set(value) <= {"min", "max", "text"}:
        return troops_text(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return "" if value is None else str(value)


def _is_source(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= set(SOURCE_KEYS)


SOURCE_KEYS = ("outlet", "url", "title", "published", "quote")


def _source_text(number: int, source: dict[str, Any]) -> str:
    head = ", ".join(str(source[k]) for k in ("outlet", "published") if source.get(k))
    lines = [f"{number}. {head or source.get('url') or '?'}"]
    lines += [f"   {source[k]}" for k in ("title", "url") if source.get(k) and head]
    if source.get("quote"):
        lines.append(f"   “{source['quote']}”")
    return "\n".join(lines)


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
    """Countries whose stance differs between two dates: country, from, to.

    \b
    Example:
      tracker diff 2025-06-01 2025-09-30 --topic ukraine-reassurance-force
    """
    from tracker import service
    from tracker.countries import country_name
    from tracker.formats.output import stance_style, write_rows
    from tracker.formats.rows import short_id

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
    changes = service.diff(database, start, end, topic=topic, known_at=known)
    rows = [
        {
            "topic": c.topic,
            "country": c.country,
            "country_name": country_name(c.country),
            "from": c.from_stance,
            "to": c.to_stance,
            "from_event": c.from_event,
            "to_event": c.to_event,
        }
        for c in changes
    ]
    if fmt != "table":
        write_rows(
            rows,
            fmt,
            columns=["topic", "country", "country_name", "from", "to", "from_event", "to_event"],
        )
        return
    table = [
        {
            **r,
            "from": r["from"] or "—",
            "change": "→",
            "to": r["to"] or "—",
            "from_event": short_id(r["from_event"]),
            "to_event": short_id(r["to_event"]),
        }
        for r in rows
    ]
    columns = ["country", "country_name", "from", "change", "to", "from_event", "to_event"]
    if not topic:
        columns.insert(0, "topic")
    write_rows(
        table,
        fmt,
        table_columns=columns,
        title=f"Changes from {from_date} to {to_date}",
        cell_style=stance_style,
    )


@click.command()
@click.option(
    "--what",
    type=click.Choice(["events", "stances", "matrix"]),
    default="events",
    show_default=True,
    help="events: the whole log (import reads it back); stances: the projection; matrix: country × date.",
)
@topics_option
@click.option(
    "--deployment",
    "deployment",
    is_flag=True,
    help="matrix: each cell is the deployment instead of the stance (xlsx always holds "
    "both, on two sheets).",
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
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of stdout.",
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
    """Export the log, the stances or a country × date matrix.

    `--what events` writes every event with its hash, which `tracker import` reads back
    into an identical database. The matrix's cells are stances; with `--deployment`,
    deployments; as xlsx it has both, a `matrix` and a `deployment` sheet. Two or more
    `--topic` compare topics in the matrix: one row per country, a `DATE TOPIC` column
    for each date of any of them and each topic.

    \b
    Example:
      tracker export --what events -o backup.jsonl
      tracker export --what matrix --format csv -o matrix.csv
    """
    from tracker import service
    from tracker.formats.output import write_rows
    from tracker.formats.rows import event_row, stance_row

    fmt = fmt or ("jsonl" if what == "events" else "csv")
    if fmt == "xlsx" and not output:
        raise click.UsageError("--format xlsx needs -o FILE")
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
    columns: list[str]
    sheets: list[tuple[str, Any, list[str]]] = []
    if what == "events":
        if as_of_day:
            raise click.UsageError(
                "--as-of applies to stances and matrix; events export the whole log"
            )
        rows: Any = (
            event_row(e.record, e.hash)
            for e in service.event_log(database, topic=topic, known_at=known)
        )
        columns = EVENT_COLUMNS
    elif what == "stances":
        rows = [
            stance_row(r)
            for r in service.stance_rows(database, topic=topic, as_of=as_of_day, known_at=known)
        ]
        columns = STANCE_COLUMNS
    else:
        compared = _known_topics(database, topics) if len(set(topics)) > 1 else None
        for value in ("stance", "deployment"):
            if fmt != "xlsx" and (value == "deployment") != deployment:
                continue
            dates, matrix_rows = service.matrix(
                database,
                topic=topic,
                topics=compared,
                as_of=as_of_day,
                known_at=known,
                value=value,
            )
            from tracker.formats.rows import matrix_table

            sheet_rows, sheet_columns = matrix_table(dates, matrix_rows, compared)
            sheets.append(("matrix" if value == "stance" else value, sheet_rows, sheet_columns))
        _, rows, columns = sheets[0]
    if output is None:
        write_rows(rows, fmt, columns=columns, out=sys.stdout)
        return
    from tracker.formats.files import closing_rows, output_file

    # A failed write must also end the read: a half-consumed event stream holds its
    # transaction (and, on PostgreSQL, its cursor) open until it is closed.
    with (
        closing_rows(rows),
        output_file(output, binary=fmt == "xlsx", protected=database.files()) as handle,
    ):
        if fmt == "xlsx" and len(sheets) > 1:
            from tracker.formats.spreadsheet import write_xlsx_sheets

            count = write_xlsx_sheets(handle, sheets)
        elif fmt == "xlsx":
            from tracker.formats.spreadsheet import write_xlsx

            count = write_xlsx(handle, what, rows, columns)
        else:
            count = write_rows(rows, fmt, columns=columns, out=handle)
    click.echo(f"Wrote {count} {what} rows to {output}", err=True)


def _refuse_database_as_output(ctx: click.Context, output: str) -> None:
    """Refuse `-o` onto the database (or its journal) before the database is even opened."""
    from tracker.formats.files import refuse_protected
    from tracker.store.database import Database

    refuse_protected(output, Database(ctx.find_root().obj["db"]).files())
