"""Commands about reports: `cite` a corroborating source, `withdraw` a retracted story."""

from typing import Any

import click

from tracker.cli.options import new_event_format_option, open_tracker


@click.command()
@click.argument("event_id")
@click.option("--outlet", metavar="TEXT", help="The corroborating report's outlet.")
@click.option("--url", metavar="URL", help="Its URL.")
@click.option("--title", metavar="TEXT", help="Its headline.")
@click.option("--published", metavar="DATE", help="When it was published.")
@click.option("--quote", metavar="TEXT", help="Its own words.")
@new_event_format_option
@click.pass_context
def cite(ctx: click.Context, /, event_id: str, fmt: str, **source: Any) -> None:
    """Add a corroborating report to a statement; its stance does not change.

    A second outlet reporting the same position is a citation, not a second statement,
    so the statement keeps its contributions and conditions. `stance`, `timeline`,
    `show`, exports and the report list every source.

    \b
    Example:
      tracker cite 3f2a9c1b --outlet Reuters --url https://reuters.com/... \\
        --published 2025-09-05 --quote "Italy will not send troops, Meloni said."
    """
    from tracker.cli.record import _print_event

    if not (source.get("outlet") or source.get("url")):
        raise click.UsageError("give at least --outlet or --url")
    record = open_tracker(ctx).record_citation(event_id, source)
    _print_event(record, fmt)
    click.echo(
        f"Cited {record['cites'][:8]}: {record['source'].get('outlet') or record['source'].get('url')}",
        err=True,
    )


@click.command()
@click.argument("url")
@click.option("--reason", required=True, help="Why the report is withdrawn.")
@click.option("--dry-run", is_flag=True, help="List what would change; write nothing.")
@click.pass_context
def withdraw(ctx: click.Context, url: str, reason: str, dry_run: bool) -> None:
    """An outlet withdrew a story: retract every active statement that rests on that
    report alone, and remove it from statements that other sources still carry.

    Everything happens in one transaction, and is listed.

    \b
    Example:
      tracker withdraw https://news.example/story --reason "retracted by the outlet" --dry-run
    """
    from tracker.countries import country_name

    done = open_tracker(ctx).withdraw(url, reason, dry_run=dry_run)
    prefix = "Would be " if dry_run else ""
    for item in done:
        what = (
            "retracted"
            if item.action == "retracted"
            else f"source removed, {item.remaining_sources} left"
        )
        click.echo(
            f"{prefix}{what}: {item.event_id[:8]} {country_name(item.country)} "
            f"{item.stance} on {item.date} ({item.topic})"
        )
    retracted = sum(1 for item in done if item.action == "retracted")
    verb = "would retract" if dry_run else "retracted"
    click.echo(
        f"{url}: {verb} {retracted}, removed from {len(done) - retracted} other statements",
        err=True,
    )
