"""`tracker draft`: an article's text in, a draft article sheet out (nothing is stored)."""

import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pathlib import Path

    from tracker.intake.pledge import Pledge

# Drafting time grows faster than the text on degenerate input (one sentence repeated
# thousands of times: 75,000 characters took 5 s, 50,000 take 3 s); real articles are
# far shorter (2,000 words draft in a tenth of a second).
MAX_ARTICLE_CHARS = 50_000


@click.command()
@click.argument("file", metavar="FILE|-")
@click.option("--topic", metavar="SLUG", help="Topic slug written into the sheet.")
@click.option("--outlet", metavar="TEXT", help="Outlet (overrides the file's header).")
@click.option("--url", metavar="URL", help="Article URL (overrides the file's header).")
@click.option("--title", metavar="TEXT", help="Headline (overrides the file's header).")
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date, YYYY-MM-DD; relative dates in the text are resolved against it.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "jsonl"]),
    default="yaml",
    show_default=True,
    help="yaml: an article sheet with a `# why:` comment per proposal; jsonl: import records.",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@click.pass_context
def draft(
    ctx: click.Context,
    file: str,
    topic: str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
    published: str | None,
    fmt: str,
    output: str | None,
) -> None:
    """Draft an article sheet from an article's plain text, offline.

    FILE may begin with `key: value` header lines (title, outlet, url, published) up to
    the first blank line; options override them. One statement is proposed per country
    position the text states, with the sentence(s) carrying it as quote; countries only
    mentioned are listed in a comment. Check the draft, edit it, then import it.

    \b
    Example:
      tracker draft article.txt --published 2025-09-05 -o sheet.yaml
      $EDITOR sheet.yaml
      tracker import sheet.yaml
    """
    from tracker.intake.article import looks_like_html, page_text, read_article
    from tracker.intake.draft import draft_article, render_jsonl, render_sheet

    protected = _database_files(ctx)
    if output is not None:
        _refuse_clobbering(output, file, protected)
    text = _read_text(file)
    if len(text) > MAX_ARTICLE_CHARS:
        raise click.ClickException(
            f"{file}: {len(text):,} characters; draft reads articles of at most "
            f"{MAX_ARTICLE_CHARS:,} (about 8,000 words): split it"
        )
    if published is not None:
        from tracker.domain.dates import ensure_not_future, parse_partial_date

        published = ensure_not_future(parse_partial_date(published), field="published")
    pledge = _topic_pledge(ctx, topic) if topic is not None else None
    if looks_like_html(text, file):
        text = page_text(text)  # a saved web page: its text and metadata
    article = read_article(text, title=title, outlet=outlet, url=url, published=published)
    result = draft_article(article, pledge=pledge)
    if result.article.published is None:
        dated = (
            f"dated from the text ({result.dated_from}): {result.default_date}"
            if result.dated_from
            else f"dated today, {result.default_date} (the text gives no date)"
        )
        click.echo(
            "Warning: the article gives no publication date and no --published was given: "
            f"statements the text does not date are {dated}; check them",
            err=True,
        )
    rendered = render_jsonl(result, topic) if fmt == "jsonl" else render_sheet(result, topic)
    if output is None:
        click.echo(rendered, nl=False)
    else:
        from tracker.formats.files import output_file

        # The one writer of every -o: complete or absent, the umask's mode, a device
        # written in place (never replaced), the database and its links refused.
        with output_file(output, protected=protected) as handle:
            handle.write(rendered)
    proposals = len(result.proposals)
    if not proposals:
        from tracker.intake.draft import why_nothing

        reasons = why_nothing(result)
        if reasons:
            click.echo("No position found; sentences that looked like one:", err=True)
            for reason in reasons:
                click.echo(f"  {reason}", err=True)
            click.echo(
                "  (a pledge phrase the topic lacks? add it to the topic and draft again)",
                err=True,
            )
    click.echo(
        f"Drafted {proposals} statement{'s' if proposals != 1 else ''} "
        f"({len(result.mentioned)} countries only mentioned); nothing is stored until you import",
        err=True,
    )


def _topic_pledge(ctx: click.Context, topic: str) -> "Pledge":
    """The pledge of the topic a draft is for, from its title; a slug the database does
    not know is the usual unknown-topic error with suggestions (as `add` gives), except
    in a database that holds no topic yet, where the import will create it."""
    from tracker.api import Tracker
    from tracker.cli.options import open_tracker
    from tracker.intake.pledge import Pledge

    if Tracker.is_missing_file(ctx.find_root().obj.get("db")):
        return Pledge(topic.replace("-", " ").title())  # no database: nothing to check against
    definition = open_tracker(ctx, setup=False, projection=False).topic_pledge(topic)
    if definition is None:
        return Pledge(topic.replace("-", " ").title())  # the import will create the first topic
    return Pledge(definition.title or topic.replace("-", " ").title(), tuple(definition.pledges))


def _read_text(file: str) -> str:
    from tracker.errors import InvalidValue

    if file == "-":
        return sys.stdin.read()
    try:
        with open(file, encoding="utf-8-sig") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InvalidValue(f"{file}: no such file") from None
    except UnicodeDecodeError:
        raise InvalidValue(f"{file}: not UTF-8 text") from None
    except OSError as error:
        raise InvalidValue(f"{file}: cannot read ({error.strerror})") from None


def _database_files(ctx: click.Context) -> list["Path"]:
    """The files of the database `--db` names (none for a server): never a draft's target."""
    from tracker.cli.options import database_files

    return database_files(ctx)


def _refuse_clobbering(output: str, source: str, protected: list["Path"]) -> None:
    """The draft never overwrites the article it reads or the database (SPEC §6), and
    says so before any drafting is done."""
    from tracker.errors import InvalidValue
    from tracker.formats.files import refuse_protected, same_file

    if source != "-" and same_file(output, source):
        raise InvalidValue(f"{output}: that is the article being read; write the draft elsewhere")
    refuse_protected(output, protected)
