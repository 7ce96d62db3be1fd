"""Checks that a statement is plausible for its sources (SPEC §6, "Plausibility").

Applied when a statement is recorded (`add`, `import`), never to stored events, so that
a rule added later cannot make an existing database fail `verify`.
"""

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from tracker.domain.dates import first_day

# A statement dated this long before its earliest report, without `approximate`, is
# recorded with a warning: articles that say "months ago" are usually approximate.
STALE_AFTER = timedelta(days=90)


def _last_day(partial: str) -> date:
    """The last day a partial date may stand for (`2025-09` -> 2025-09-30)."""
    start = first_day(partial)
    if len(partial) == 4:
        return date(start.year, 12, 31)
    if len(partial) == 7:
        following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return following - timedelta(days=1)
    return start


# What the rules found for the dates they read: an import checks the same few thousand
# (date, publication dates) again and again. Only the inputs below decide the result.
_FOUND: dict[tuple[Any, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
_KEPT = 50_000  # then start again: a bound on memory, not on correctness


def check_statement(record: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """(problems, warnings) of one validated statement record.

    A problem: the statement is dated after a report of it was published. Warnings: no
    source at all; dated more than 90 days before its earliest report and not
    `approximate`.
    """
    sources = record.get("sources") or []
    try:
        key = (
            record["date"],
            bool(record.get("approximate")),
            bool(sources),
            *(s.get("published") for s in sources),
        )
        known = _FOUND.get(key)
    except (KeyError, TypeError, AttributeError):  # not a validated record: the rules say why
        return _checked(record)
    if known is None:
        problems, warnings = _checked(record)
        if len(_FOUND) >= _KEPT:
            _FOUND.clear()
        _FOUND[key] = known = (tuple(problems), tuple(warnings))
    return list(known[0]), list(known[1])


def _checked(record: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    problems: list[str] = []
    warnings: list[str] = []
    sources = record.get("sources") or []
    published = [s["published"] for s in sources if s.get("published")]
    if not sources:
        warnings.append("no source: give --outlet/--url/--published so readers can check it")
    if not published:
        return problems, warnings
    earliest = min(published, key=first_day)
    said = first_day(record["date"])
    if said > _last_day(earliest):
        problems.append(
            f"date: {record['date']} is after the source's publication date {earliest}; "
            "a statement cannot be reported before it is made"
        )
    elif not record.get("approximate") and first_day(earliest) - said > STALE_AFTER:
        warnings.append(
            f"date {record['date']} is more than 90 days before the report of "
            f"{earliest}; if the article is vague about it, mark it approximate "
            "(--approximate, or approximate: true in a file)"
        )
    return problems, warnings
