"""Shape library results into the plain rows the renderer and the exports write.

Keys are the field names of SPEC §2 and §3, plus `country_name`.
"""

from dataclasses import asdict
from typing import Any

from tracker.countries import alpha3_code, country_name
from tracker.domain.dates import first_day
from tracker.domain.events import SOURCE_FIELDS
from tracker.domain.projection import StanceChange, StanceRow, StatementView
from tracker.domain.troops import troops_figure
from tracker.domain.vocabulary import STANCES


def stance_row(row: StanceRow) -> dict[str, Any]:
    """A projection row with its country's name."""
    data = asdict(row)
    data["contributions"] = list(row.contributions)
    data["conditions"] = list(row.conditions)
    data["troops"] = troops_value(row.troops)
    data["country_name"] = country_name(row.country)
    return data


def statement_row(view: StatementView) -> dict[str, Any]:
    """A timeline row: the statement's (corrected) fields, status and history."""
    return {
        "event_id": view.event_id,
        "type": "statement",
        "topic": view.topic,
        "country": view.country,
        "country_name": country_name(view.country),
        "stance": view.stance,
        "date": view.date,
        "approximate": view.approximate,
        "contributions": list(view.contributions),
        "troops": troops_value(view.troops),
        "conditions": list(view.conditions),
        "speaker": view.speaker,
        "sources": [dict(s) for s in view.sources],
        "note": view.note,
        "deployment": view.deployment,
        "recorded_at": view.recorded_at,
        "recorded_by": view.recorded_by,
        "status": view.status,
        "corrections": list(view.corrections),
        "retraction": view.retraction,
        "original": dict(sorted(view.original.items())) if view.original else None,
    }


def diff_row(change: StanceChange) -> dict[str, Any]:
    """A `diff` row: the move (SPEC §4's `country`, `from`, `to`), its date, and the
    deciding statement's quote and source (its first, the statement's own report)."""
    deciding = change.deciding
    source = dict(deciding.sources[0]) if deciding and deciding.sources else {}
    return {
        "topic": change.topic,
        "country": change.country,
        "country_name": country_name(change.country),
        "from": change.from_stance,
        "to": change.to_stance,
        "date": change.since,
        "quote": source.get("quote"),
        "speaker": deciding.speaker if deciding else None,
        "outlet": source.get("outlet"),
        "url": source.get("url"),
        "published": source.get("published"),
        "from_event": change.from_event,
        "to_event": change.to_event,
    }


def compare_rows(per_topic: dict[str, list[StanceRow]]) -> list[dict[str, Any]]:
    """One row per country with each topic's stance and since (`TOPIC`, `TOPIC since`),
    in country order; a topic the country has no stance on leaves its cells empty."""
    by_country: dict[str, dict[str, Any]] = {}
    for topic, rows in per_topic.items():
        for row in rows:
            by_country.setdefault(row.country, {})[topic] = row
    compared = []
    for country in sorted(by_country):
        line: dict[str, Any] = {"country": country, "country_name": country_name(country)}
        for topic in per_topic:
            held = by_country[country].get(topic)
            line[topic] = held.stance if held else None
            line[f"{topic} since"] = held.since if held else None
        compared.append(line)
    return compared


def matrix_table(
    dates: list[str], rows: list[dict[str, Any]], topics: list[str] | None = None
) -> tuple[list[dict[str, Any]], list[str]]:
    """The matrix export's rows and columns: a row per (topic, country) and a column per
    date; with `topics` (a comparison), a row per country and a `DATE TOPIC` column for
    each date and each topic, dates first so that the topics of one day stand together."""
    if not topics:
        table = [
            {
                "topic": r["topic"],
                "country": r["country"],
                "country_name": country_name(r["country"]),
                **{d: r.get(d) for d in dates},
            }
            for r in rows
        ]
        return table, ["topic", "country", "country_name", *dates]
    cells = [f"{d} {t}" for d in dates for t in topics]
    by_country: dict[str, dict[str, Any]] = {}
    for r in rows:
        line = by_country.setdefault(
            r["country"],
            {"country": r["country"], "country_name": country_name(r["country"])}
            | dict.fromkeys(cells),
        )
        for d in dates:
            line[f"{d} {r['topic']}"] = r.get(d)
    return [by_country[c] for c in sorted(by_country)], ["country", "country_name", *cells]


def troops_value(troops: Any) -> dict[str, Any] | None:
    """Troops with its keys always in the same order, whichever store it came from."""
    if not troops:
        return None
    return {"min": troops.get("min"), "max": troops.get("max"), "text": troops.get("text")}


def event_row(record: dict[str, Any], event_hash: str | None = None) -> dict[str, Any]:
    """A raw event with `country_name` (statements) and, when given, its chain `hash`."""
    row = dict(record)
    if "country" in row:
        row["country_name"] = country_name(row["country"])
    if event_hash is not None:
        row["hash"] = event_hash
    return row


def short_id(event_id: str | None) -> str:
    """The first 8 characters tables show."""
    return event_id[:8] if event_id else ""


def troops_text(troops: Any) -> str:
    """Troops for a table cell: the range, and the article's words."""
    if not troops:
        return ""
    figure, words = troops_figure(troops, for_reading=True), troops.get("text")
    if words:
        return f"{figure} ({words})" if figure else words
    return figure


def sources_text(sources: Any) -> str:
    """Outlets and publication dates for a table cell."""
    parts = []
    for source in sources or []:
        outlet = source.get("outlet") or source.get("url") or "?"
        published = source.get("published")
        parts.append(f"{outlet} {published}" if published else outlet)
    return "; ".join(parts)


_PRECISIONS = {4: "year", 7: "month", 10: "day"}
_RANKS = {stance: rank for rank, stance in enumerate(STANCES, start=1)}


def analysis_fields(date_field: str) -> tuple[str, ...]:
    """The columns analysts join and sort on, added to a stances or statements export."""
    return ("country_alpha3", f"{date_field}_first_day", f"{date_field}_precision", "stance_rank")


def with_analysis(row: dict[str, Any], date_field: str) -> dict[str, Any]:
    """The row with its country's ISO alpha-3 code, its partial date's first day and
    precision (year, month, day), and its stance's rank (1 committed … 7 opposed)."""
    partial = row.get(date_field)
    return row | {
        "country_alpha3": alpha3_code(row["country"]),
        f"{date_field}_first_day": first_day(partial).isoformat() if partial else None,
        f"{date_field}_precision": _PRECISIONS.get(len(partial)) if partial else None,
        "stance_rank": _RANKS.get(row.get("stance") or ""),
    }


def source_rows(view: StatementView) -> list[dict[str, Any]]:
    """A statement's sources, one row each (1 is the statement's own report, then its
    citations'), with what identifies the statement: no JSON cell."""
    statement = {
        "event_id": view.event_id,
        "topic": view.topic,
        "country": view.country,
        "country_name": country_name(view.country),
        "country_alpha3": alpha3_code(view.country),
        "stance": view.stance,
        "date": view.date,
        "status": view.status,
    }
    return [
        statement | {"source_number": number} | {k: source.get(k) for k in SOURCE_FIELDS}
        for number, source in enumerate(view.sources, start=1)
    ]


_OPENING = "\"“„«‘'"
_CLOSING = "\"”“»’'"
_DOUBLE_MARKS = set('"“”„«»')


def bare_quote(text: str) -> tuple[str, bool]:
    """A quote's words to put between the report's own quotation marks, and whether to
    add them: marks the quote already has at its ends are not doubled (`““Today`,
    `future.""`). A pair enclosing the whole quote is dropped (the report puts its
    own); a lone mark at an end, left over where the excerpt cut a quotation, is
    dropped too; a quote that still begins or ends with its own mark (`He said: "We
    will."`) is shown as it is, with no marks added."""
    words = text.strip()
    if len(words) >= 2 and words[0] in _OPENING and words[-1] in _CLOSING:
        inner = words[1:-1]
        if not any(mark in _DOUBLE_MARKS for mark in inner):
            return inner.strip(), True
    if sum(char in _DOUBLE_MARKS for char in words) % 2:  # an unmatched mark
        if words[0] in _DOUBLE_MARKS:
            words = words[1:].lstrip()
        elif words[-1] in _DOUBLE_MARKS:
            words = words[:-1].rstrip()
    if words and (words[0] in _DOUBLE_MARKS or words[-1] in _DOUBLE_MARKS):
        return words, False
    return words, True


def quoted(text: str) -> str:
    """A quote in quotation marks, as plain text (a tooltip's)."""
    words, add_marks = bare_quote(text)
    return f"“{words}”" if add_marks else words
