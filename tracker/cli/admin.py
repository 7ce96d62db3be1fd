"""Commands that set up and look after a database: init, verify, rebuild, countries, info."""

from typing import Any

import click

from tracker.cli.options import format_option, open_tracker


@click.command()
@click.option("--seed", is_flag=True, help="Also import the seed data (idempotent).")
@click.pass_context
def init(ctx: click.Context, seed: bool) -> None:
    """Create or upgrade the schema; `--seed` also imports the shipped seed events.

    \b
    Example:
      tracker init --seed
      tracker --db postgresql://editor@db.newsroom/tracker init
    """
    tracker = open_tracker(ctx, setup=False)
    before, revision = tracker.upgrade_schema()
    if before == revision:
        click.echo(f"Schema of {tracker.display_url} is current ({revision})", err=True)
    else:
        click.echo(
            f"Schema of {tracker.display_url} {'created' if before is None else 'upgraded'} at {revision}",
            err=True,
        )
    if seed:
        result = tracker.seed()
        click.echo(
            f"Seeded: {result.added} events added, {result.skipped} already present", err=True
        )


@click.command()
@click.option(
    "--anchor",
    "anchor_files",
    multiple=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Also check that each chain head saved in FILE (`tracker anchor >> FILE`) is "
    "still on the chain. Repeatable.",
)
@click.pass_context
def verify(ctx: click.Context, anchor_files: tuple[str, ...]) -> None:
    """Check the hash chain, every stored column against the hashed events, and that the
    stored projection equals a fresh rebuild.

    Exit 1 naming the first bad event. A chain cannot see its own truncation or a full
    re-chain: keep `tracker anchor` lines elsewhere and check them with `--anchor`.

    \b
    Example:
      tracker verify
      tracker anchor >> ~/anchors.txt      # now and then; keep a copy elsewhere
      tracker verify --anchor ~/anchors.txt
    """
    from tracker.api import Tracker
    from tracker.errors import InvalidValue

    anchors = []
    for name in anchor_files:
        try:
            with open(name, encoding="utf-8") as handle:
                anchors += Tracker.parse_anchors(handle, name)
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidValue(f"cannot read anchors from {name}: {error}") from None
    tracker = open_tracker(ctx, projection=False)  # verify checks the position first
    report = tracker.verify_anchored(anchors)
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    checked = f", {report.anchors} saved heads still on the chain" if anchor_files else ""
    click.echo(
        f"OK: {report.events} events chained to {report.head[:16]}…, "
        f"{report.stances} stances match a rebuild{checked}"
    )


@click.command()
@click.pass_context
def anchor(ctx: click.Context) -> None:
    """Print the chain head as one line: position, hash, record time.

    Append it to a file kept elsewhere (or publish it); `tracker verify --anchor FILE`
    later proves the chain still holds every saved head, which catches a truncated or
    re-chained log that the chain alone cannot.

    \b
    Example:
      tracker anchor >> ~/anchors.txt
    """
    click.echo(open_tracker(ctx).anchor().line())


@click.command()
@click.pass_context
def rebuild(ctx: click.Context) -> None:
    """Rebuild the projection from the events.

    Also the way to accept a truncated log (events deleted behind the tracker's back,
    which every other command refuses and `verify` reports): once you have looked,
    `rebuild` projects the shorter log and warns which events it no longer holds.

    \b
    Example:
      tracker rebuild
    """
    counts = open_tracker(ctx, projection=False).rebuild()  # rebuilt once, here
    if counts["reached"] > counts["head"]:
        first, last = counts["head"] + 1, counts["reached"]
        lost = f"event {first}" if first == last else f"events {first}..{last}"
        click.echo(
            f"Warning: the log ends at event {counts['head']} where the projection had "
            f"reached {last}; rebuilt without the missing {lost}",
            err=True,
        )
    click.echo(
        f"Rebuilt from {counts['events']} events: {counts['active_statements']} active statements",
        err=True,
    )


@click.command()
@click.argument("query", required=False)
@format_option
def countries(query: str | None, fmt: str) -> None:
    """Resolve a name to its code and list its aliases; without QUERY list every code.

    \b
    Example:
      tracker countries Holland
      tracker countries
    """
    from tracker import countries as names
    from tracker.formats.listings import COUNTRIES, COUNTRY
    from tracker.formats.output import render

    if query is None:
        rows: list[dict[str, Any]] = [
            {"country": c.code, "country_name": c.name} for c in names.all_countries()
        ]
        render(COUNTRIES, rows, fmt)
        return
    country = names.resolve_country(query)
    row = {
        "query": query,
        "country": country.code,
        "country_name": country.name,
        "aliases": names.aliases_of(country.code),
    }
    render(COUNTRY, [row], fmt)


@click.command()
@format_option
@click.pass_context
def info(ctx: click.Context, fmt: str) -> None:
    """Database location (password masked), schema revision, counts, topics and chain head.

    \b
    Example:
      tracker info
    """
    from dataclasses import asdict

    from tracker.formats.listings import INFO
    from tracker.formats.output import render

    render(INFO, [asdict(open_tracker(ctx).info())], fmt)
