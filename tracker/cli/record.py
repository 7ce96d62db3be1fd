"""Commands that append events: add, correct, retract, import."""

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from tracker.cli.completion import complete_countries, complete_topics
from tracker.cli.options import new_event_format_option, open_tracker
from tracker.domain.vocabulary import CONTRIBUTION_SYNONYMS, CONTRIBUTIONS, DEPLOYMENTS, STANCES

if TYPE_CHECKING:
    from tracker.errors import InvalidRecord

F = TypeVar("F", bound=Callable[..., Any])


def statement_options(*, required: bool) -> Callable[[F], F]:
    """The fields of a statement as options (required ones only for `add`)."""

    def decorate(func: F) -> F:
        options = [
            click.option(
                "--topic",
                metavar="SLUG",
                help="Topic slug (default: the database's only topic, or TRACKER_TOPIC).",
                shell_complete=complete_topics,
            ),
            click.option(
                "--country",
                required=required,
                help="Name, alias or code: France, UK, Holland, CZ, GBR ...",
                shell_complete=complete_countries,
            ),
            click.option(
                "--stance",
                required=required,
                type=click.Choice(STANCES),
                help="From most to least supportive.",
            ),
            click.option(
                "--date",
                "date_",
                required=required,
                metavar="DATE",
                help="When the statement was made: YYYY-MM-DD, YYYY-MM or YYYY.",
            ),
            click.option(
                "--approximate/--exact",
                default=None,
                help='The date is approximate ("months ago").',
            ),
            click.option(
                "--contribution",
                "contributions",
                multiple=True,
                type=click.Choice([*CONTRIBUTIONS, *CONTRIBUTION_SYNONYMS], case_sensitive=False),
                help="What is offered; repeat for several. Synonyms (naval, troops, money, "
                "weapons ...) are stored as the canonical word.",
            ),
            click.option(
                "--troops",
                metavar="N|N+|N-M",
                help="Troop figure: exactly N, at least N, or a range.",
            ),
            click.option(
                "--troops-text", metavar="TEXT", help="The article's words for the figure."
            ),
            click.option(
                "--condition",
                "conditions",
                multiple=True,
                metavar="TEXT",
                help="A stated condition; repeat for several.",
            ),
            click.option("--speaker", metavar="TEXT", help="Who made the statement."),
            click.option("--outlet", metavar="TEXT", help="Source outlet, e.g. Stern."),
            click.option("--url", metavar="URL", help="Source URL."),
            click.option("--title", metavar="TEXT", help="Source headline."),
            click.option("--published", metavar="DATE", help="When the source was published."),
            click.option("--quote", metavar="TEXT", help="The source's own words."),
            click.option("--note", metavar="TEXT", help="Editor's note."),
            click.option(
                "--deployment",
                type=click.Choice(DEPLOYMENTS, case_sensitive=False),
                help="Where forces would go: in-country, neighbouring (allied territory "
                "nearby), at-sea, remote (from home).",
            ),
        ]
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def statement_fields(options: dict[str, Any], *, for_correction: bool) -> dict[str, Any]:
    """Statement fields from the options that were given.

    For a correction they are a patch: `troops` and `source` hold only the parts given,
    merged into the statement's current values by the Tracker.
    """
    fields: dict[str, Any] = {}
    for name in ("topic", "country", "stance", "speaker", "note", "deployment"):
        if options.get(name) is not None:
            fields[name] = options[name]
    if options.get("date_") is not None:
        fields["date"] = options["date_"]
    if options.get("approximate") is not None:
        fields["approximate"] = options["approximate"]
    elif not for_correction:
        fields["approximate"] = False
    if options.get("contributions"):
        fields["contributions"] = list(options["contributions"])
    if options.get("conditions"):
        fields["conditions"] = list(options["conditions"])
    words = options.get("troops_text")
    if options.get("troops") is not None:
        from tracker.domain.troops import troops_from_text

        fields["troops"] = troops_from_text(options["troops"], words)
    elif words is not None:
        fields["troops"] = {"text": words}
    from tracker.domain.events import SOURCE_FIELDS

    source = {k: options[k] for k in SOURCE_FIELDS if options.get(k)}
    if source:
        if for_correction:
            fields["source"] = source
        else:
            fields["sources"] = [source]
    return fields


def _print_event(record: dict[str, Any], fmt: str) -> None:
    """The new event: its id in a table, the whole event as JSON.

    The event is committed before it is printed, so a standard output that fails (a
    full disk, /dev/full) must not read as a failed write: the one error line says the
    event is recorded and names it, and a retry would be refused as a duplicate.
    """
    from tracker.cli import OutputFailed
    from tracker.formats.listings import NEW_EVENT
    from tracker.formats.output import render
    from tracker.formats.rows import event_row

    try:
        render(NEW_EVENT, [event_row(record)], fmt)
        sys.stdout.flush()
    except OutputFailed as error:
        raise OutputFailed(
            f"{error.message}; event {record['event_id']} is recorded all the same"
        ) from None


def _warn(text: str) -> None:
    click.echo(f"Warning: {text}", err=True)


@click.command()
@statement_options(required=True)
@click.option(
    "--new-topic", is_flag=True, help="Create --topic if the database does not know it yet."
)
@click.option(
    "--allow-duplicate",
    is_flag=True,
    help="Record it even if an active statement has the same topic, country, stance, date "
    "and source URL.",
)
@new_event_format_option
@click.pass_context
def add(
    ctx: click.Context, /, fmt: str, new_topic: bool, allow_duplicate: bool, **options: Any
) -> None:
    """Append a statement; prints its event_id.

    An unknown --topic is refused with the closest known ones unless --new-topic; a
    duplicate of an active statement is refused unless --allow-duplicate; a statement
    dated after its source's publication is refused. No source, or a date more than 90
    days before the report without --approximate, is recorded with a warning.

    \b
    Example:
      tracker add --topic ukraine-reassurance-force --country France \\
        --stance committed --date 2025-09-04 --contribution ground \\
        --troops 1000+ --troops-text "some thousand soldiers" \\
        --outlet Stern --published 2025-09-05 \\
        --quote "France and Great Britain agreed to send some thousand soldiers."
    """
    tracker = open_tracker(ctx)
    fields = statement_fields(options, for_correction=False)
    record = tracker.record_statement(
        fields, new_topic=new_topic, allow_duplicate=allow_duplicate, on_warning=_warn
    )
    _print_event(record, fmt)
    from tracker.countries import country_name

    click.echo(
        f"Recorded {record['event_id'][:8]}: {country_name(record['country'])} "
        f"{record['stance']} on {record['date']} ({record['topic']})",
        err=True,
    )


@click.command()
@click.argument("event_id")
@click.option("--reason", required=True, help="Why the earlier entry was wrong.")
@statement_options(required=False)
@click.option(
    "--clear",
    "clear",
    multiple=True,
    metavar="FIELD",
    help="Empty a field: speaker, note, deployment, contributions, conditions, troops, troops-text, "
    "sources, or a source field (outlet, url, title, published, quote). Repeatable.",
)
@new_event_format_option
@click.pass_context
def correct(
    ctx: click.Context,
    /,
    event_id: str,
    reason: str,
    clear: tuple[str, ...],
    fmt: str,
    **options: Any,
) -> None:
    """Append a correction of a statement's data-entry error.

    EVENT_ID is the full id or a unique prefix of 6+ characters. Give only the fields
    to change: every other field keeps its value, a source's other fields and the troop
    figure's other parts included. `--clear FIELD` empties one. A changed position is
    not a correction: `add` a new statement.

    \b
    Example:
      tracker correct 3f2a9c1b --reason "wrong country" --country Slovenia
      tracker correct 3f2a9c1b --reason "URL had a typo" --url https://example.org/fixed
      tracker correct 3f2a9c1b --reason "no speaker named" --clear speaker
    """
    from tracker.domain.corrections import CLEARABLE
    from tracker.domain.events import SOURCE_FIELDS

    unknown = [name for name in clear if name not in CLEARABLE]
    if unknown:
        raise click.BadParameter(
            f"{', '.join(unknown)}; clearable: {', '.join(CLEARABLE)}", param_hint="--clear"
        )
    given = {
        "speaker": ["speaker"], "note": ["note"], "contributions": ["contributions"],
        "conditions": ["conditions"], "troops": ["troops", "troops_text"],
        "troops-text": ["troops_text"], "deployment": ["deployment"],
        "sources": list(SOURCE_FIELDS), **{name: [name] for name in SOURCE_FIELDS},
    }  # fmt: skip
    both = [name for name in clear if any(options.get(o) for o in given.get(name, []))]
    if both:
        raise click.UsageError(f"--clear {both[0]} and a new value for it: give one or the other")
    patch = statement_fields(options, for_correction=True)
    if not patch and not clear:
        raise click.UsageError("give at least one field to change (e.g. --stance or --date)")
    record = open_tracker(ctx).record_correction(event_id, patch, reason, clear=clear)
    _print_event(record, fmt)
    click.echo(
        f"Corrected {record['corrects'][:8]}: {', '.join(sorted(record['changes']))}", err=True
    )


@click.command()
@click.argument("event_id")
@click.option("--reason", required=True, help="Why the statement is withdrawn.")
@new_event_format_option
@click.pass_context
def retract(ctx: click.Context, event_id: str, reason: str, fmt: str) -> None:
    """Append a retraction: withdraw a statement recorded in error or from a retracted story.

    \b
    Example:
      tracker retract 3f2a9c1b --reason "Outlet retracted the story"
    """
    record = open_tracker(ctx).record_retraction(event_id, reason)
    _print_event(record, fmt)
    click.echo(f"Retracted {record['retracts'][:8]}", err=True)


MAX_LISTED = 20


@click.command("import")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--dry-run", is_flag=True, help="Validate and count, write nothing.")
@click.option(
    "--restamp",
    is_flag=True,
    help="Give records that carry a recorded_at the current time instead of refusing them: "
    "every one, into a database that already holds events; in a restore into an empty "
    "database, those before the previous record's or in the future.",
)
@click.option(
    "--topic",
    metavar="SLUG",
    help="Topic of rows that name none (default: as for add, the database's only topic or "
    "TRACKER_TOPIC).",
)
@click.option("--new-topic", is_flag=True, help="Create the topics the rows name if unknown.")
@click.option("--allow-duplicate", is_flag=True, help="Import duplicates of active statements too.")
@click.option("--outlet", metavar="TEXT", help="Source outlet of rows that have no source.")
@click.option("--url", metavar="URL", help="Source URL of rows that have no source.")
@click.option("--title", metavar="TEXT", help="Source headline of rows that have no source.")
@click.option(
    "--published", metavar="DATE", help="Source publication date of rows that have no source."
)
@click.pass_context
def import_(
    ctx: click.Context,
    /,
    files: tuple[str, ...],
    dry_run: bool,
    restamp: bool,
    topic: str | None,
    new_topic: bool,
    allow_duplicate: bool,
    **source_options: str | None,
) -> None:
    """Import events from .jsonl, .json (a list), .yaml/.yml, .csv or .xlsx files; `-` reads JSON Lines from stdin.

    All or nothing: every record is validated first, and any problem means nothing is
    written; every problem of every record is reported with its file and line. Records
    already stored with identical content are skipped, so importing twice is harmless;
    statements that duplicate an active one (same topic, country, stance, date and
    source URL) are skipped and listed. CSV files may be comma-, semicolon- or
    tab-separated.

    \b
    Example:
      tracker import new-statements.jsonl
      tracker import rows.csv --outlet Stern --published 2025-09-05
      tracker export --what events | tracker --db other.db import -
    """
    from tracker.errors import InvalidRecord
    from tracker.formats.readers import read_records

    tracker = open_tracker(ctx)
    source = {k: v for k, v in source_options.items() if v}

    def records() -> Any:
        for name in files:
            yield from read_records(name)

    with _progress(files) as tick:
        try:
            result = tracker.import_records(
                records(),
                dry_run=dry_run,
                progress=tick,
                restamp=restamp,
                topic=topic,
                new_topic=new_topic,
                allow_duplicate=allow_duplicate,
                source=source or None,
            )
        except InvalidRecord as error:
            _refuse_import(error)
    _list("Warning", result.warnings)
    _list("Skipped", result.duplicates)
    for created in dict.fromkeys(result.created_topics):
        click.echo(f"{'Would create' if dry_run else 'Created'} topic {created}", err=True)
    if result.changes:
        from tracker.countries import country_name

        label = "Would change" if dry_run else "Changed"
        for topic_, country, before, after in result.changes:
            click.echo(
                f"{label}: {country_name(country)} ({topic_}): {before or '—'} → {after or '—'}",
                err=True,
            )
    verb = "would import" if dry_run else "imported"
    restamped = f", {result.restamped} given the current record time" if result.restamped else ""
    duplicates = f", skipped {len(result.duplicates)} duplicates" if result.duplicates else ""
    click.echo(
        f"{result.read} records read: {verb} {result.added}, skipped {result.skipped} "
        f"already stored{duplicates}{restamped}",
        err=True,
    )


def _refuse_import(error: "InvalidRecord") -> None:
    """Each problem once: one alone is the `Error:` line; several are listed, one a line,
    above an `Error:` line that counts them."""
    from tracker.errors import InvalidValue
    from tracker.formats.output import show_controls

    if len(error.problems) <= 1:
        raise error
    for problem in error.problems:
        click.echo(f"  {show_controls(problem)}", err=True)
    raise InvalidValue(f"{len(error.problems)} problems (above); nothing was imported")


def _list(label: str, lines: list[str]) -> None:
    for line in lines[:MAX_LISTED]:
        click.echo(f"{label}: {line}", err=True)
    if len(lines) > MAX_LISTED:
        click.echo(f"{label}: … and {len(lines) - MAX_LISTED} more", err=True)


class _progress:
    """A rich progress counter on a terminal; silent otherwise."""

    def __init__(self, files: tuple[str, ...]) -> None:
        import sys

        self.enabled = sys.stderr.isatty()
        self.files = files
        self._progress: Any = None

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda count: None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TextColumn("{task.completed:,} records"),
            TimeElapsedColumn(),
            transient=True,
        )
        self._progress.start()
        task = self._progress.add_task(f"importing {', '.join(self.files)}", total=None)

        def tick(count: int) -> None:
            if count % 1000 == 0:
                self._progress.update(task, completed=count)

        return tick

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
