"""One `Listing` per result type: the fields machine formats write, the table's columns.

A command picks its listing and hands rows to `tracker.formats.output.render`, which
alone knows the formats. A new result type is a listing here and no format code:
columns take their fit (never broken, wrapped, one line) and colour from their field
name unless they say otherwise, and spreadsheets type partial dates and record times by
field name.
"""

import json
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from tracker.domain.projection import StanceRow
from tracker.domain.registry import event_type
from tracker.formats.output import Column, Kind, Listing, Row, stance_colour
from tracker.formats.rows import short_id, sources_text, troops_text

# Fields whose cells are never broken (stances, dates, codes); a quote is one line.
_LINE_FIELDS = {
    "country",
    "stance",
    "since",
    "last_statement",
    "date",
    "event_id",
    "status",
    "deployment",
    "from",
    "to",
    "disputed",
}
_STANCE_FIELDS = {"stance", "from", "to"}
FIELD_KINDS: dict[str, Kind] = {
    "date": "partial_date",
    "since": "partial_date",
    "last_statement": "partial_date",
    "recorded_at": "instant",
}


def column(name: str, **how: Any) -> Column:
    """A column of field `name` with the fit and colour its name implies; `how`
    overrides them. A name starting with a digit is a date (a matrix column): its cells
    are stances, never broken."""
    dated = name[:1].isdigit()
    fit = "quote" if name == "quote" else "line" if name in _LINE_FIELDS or dated else "wrap"
    style = None
    if name in _STANCE_FIELDS or dated:
        style = stance_colour
    elif name == "disputed":
        style = _disputed_colour
    return Column(name, **({"fit": fit, "style": style} | how))


def _disputed_colour(value: Any) -> str | None:
    return "bold yellow" if value else None


def _listing(name: str, fields: tuple[str, ...] | None, *columns: Column, **how: Any) -> Listing:
    return Listing(name, fields, columns, kinds=FIELD_KINDS, **how)


def every_field(listing: Listing) -> Listing:
    """The listing whose table shows every field as stored, uncoloured and untitled (what
    `export --format table` shows)."""
    assert listing.fields is not None
    return replace(
        listing,
        columns=tuple(column(name, style=None) for name in listing.fields),
        title=None,
        reshape=None,
    )


def _conditions(row: Row) -> str:
    # A condition may hold a comma: list them with "; ".
    return "; ".join(row["conditions"])


def _short_event(row: Row) -> str:
    return short_id(row["event_id"])


def _troops(row: Row) -> str:
    return troops_text(row["troops"])


def _with_country_name(names: list[str]) -> tuple[str, ...]:
    at = names.index("country") + 1
    return (*names[:at], "country_name", *names[at:])


# --- stance: the projection, one row per (topic, country)
STANCES = _listing(
    "stances",
    _with_country_name([f.name for f in dataclass_fields(StanceRow)]),
    column("topic", keep="varied"),
    column("country"),
    column("country_name"),
    column("stance"),
    column("since"),
    column("last_statement", narrow="never"),
    column("disputed", cell=lambda r: "disputed" if r["disputed"] else "", narrow="any"),
    column("contributions"),
    column("troops", cell=_troops),
    column("conditions", cell=_conditions),
    column("deployment", keep="any"),
    column("statements", narrow="never"),
    column("event_id", cell=_short_event),
    title="Stances",
)


def compared_stances(topics: list[str]) -> Listing:
    """Stances on several topics side by side: each topic's stance and since."""
    names = ["country", "country_name"]
    columns = [column("country"), column("country_name")]
    for topic in topics:
        names += [topic, f"{topic} since"]
        columns += [column(topic, style=stance_colour), column(f"{topic} since")]
    return _listing("stances", tuple(names), *columns)


# --- timeline: one country's statements in date order
def _history(row: Row) -> str:
    """What was corrected (original values) and why it was retracted."""
    parts = []
    if row["original"]:
        was = ", ".join(f"{k} was {_listed(v)}" for k, v in sorted(row["original"].items()))
        parts.append(f"corrected: {was}")
    for amendment in row["amendments"]:
        if amendment.get("reason"):  # a citation gives none
            label = event_type(amendment["type"]).history_label
            parts.append(f"{label}: {amendment['reason']}")
    return "; ".join(parts)


def _listed(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


def _first_quote(row: Row) -> str:
    # The first source's words, on one line ending in … where the terminal ends.
    return " ".join(((row["sources"] or [{}])[0].get("quote") or "").split())


TIMELINE = _listing(
    "timeline",
    (
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
    ),
    column("date", cell=lambda r: r["date"] + (" ~" if r["approximate"] else "")),
    column("topic", keep="varied"),
    column("stance"),
    column("status", narrow="unusual", usual="active"),
    column("contributions"),
    column("troops", cell=_troops),
    column("conditions", cell=_conditions),
    column("deployment", keep="any"),
    column("speaker", narrow="never"),
    column("sources", cell=lambda r: sources_text(r["sources"]), narrow="never"),
    column("history", cell=_history, narrow="never"),
    column("event_id", cell=_short_event),
    column("quote", cell=_first_quote),
)


# --- events: the raw log, and `export --what events`
def _target(row: Row) -> str:

    return short_id(event_type(row["type"]).target_of(row))


def _detail(row: Row) -> str:

    return event_type(row["type"]).describe(row)


EVENTS = _listing(
    "events",
    (
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
        # A topic event's definition (SPEC §7), so that the CSV and XLSX carry it.
        "title",
        "pledges",
        "recorded_at",
        "recorded_by",
        "hash",
    ),
    column("event_id", cell=_short_event),
    column("recorded_at", cell=lambda r: r["recorded_at"][:19].replace("T", " ")),
    column("type"),
    column("country"),
    column("stance"),
    column("date"),
    column("target", cell=_target),
    column("detail", cell=_detail),
    column("recorded_by"),
    title="Events",
)


# --- show: one event with everything known about it
SOURCE_KEYS = ("outlet", "url", "title", "published", "quote")


def _event_fields(rows: list[Row]) -> list[dict[str, str]]:
    """The event's fields in name order, then what corrections and citations changed."""
    (row,) = rows
    shown = [
        {"field": key, "value": _in_words(row[key])}
        for key in sorted(k for k in row if k not in ("amendments", "current"))
    ]
    for key, value in (row.get("current") or {}).items():
        if _in_words(value) != _in_words(row.get(key)):
            shown.append({"field": f"{key} (now)", "value": _in_words(value)})
    return shown


def _amendment_lines(rows: list[Row]) -> list[str]:
    """A line per correction, retraction or citation of the event, with its reason."""

    lines = []
    for amendment in rows[0].get("amendments") or []:
        what = amendment["type"].capitalize()
        reason = amendment.get("reason")
        text = (
            f"{what} {amendment['event_id'][:8]} recorded {amendment['recorded_at']} "
            f"by {amendment['recorded_by']}" + (f": {reason}" if reason else "")
        )
        described = event_type(amendment["type"]).describe(amendment)
        if described and described != reason:  # a retraction's is its reason
            text += " — " + described
        lines.append(text)
    return lines


def _in_words(value: Any) -> str:
    """A `show` value in words: each source on its lines with its quote, troops as the
    figure and the article's words, a list of texts one per line."""
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


def _source_text(number: int, source: dict[str, Any]) -> str:
    head = ", ".join(str(source[k]) for k in ("outlet", "published") if source.get(k))
    lines = [f"{number}. {head or source.get('url') or '?'}"]
    lines += [f"   {source[k]}" for k in ("title", "url") if source.get(k) and head]
    if source.get("quote"):
        lines.append(f"   “{source['quote']}”")
    return "\n".join(lines)


EVENT = _listing(
    "event",
    None,
    Column("field"),
    Column("value"),
    shape="record",
    reshape=_event_fields,
    footer=_amendment_lines,
)

# --- add, correct, retract, cite: the new event (its id in a table)
NEW_EVENT = _listing("event", None, Column("event_id"), shape="ids", one_object=True)


# --- diff: stances that changed between two dates
DIFF = _listing(
    "diff",
    ("topic", "country", "country_name", "from", "to", "from_event", "to_event"),
    column("topic"),
    column("country"),
    column("country_name"),
    column("from", cell=lambda r: r["from"] or "—"),
    column("change", cell=lambda r: "→"),
    column("to", cell=lambda r: r["to"] or "—"),
    column("from_event", cell=lambda r: short_id(r["from_event"])),
    column("to_event", cell=lambda r: short_id(r["to_event"])),
)


# --- export --what matrix: a row per (topic, country) or country, a column per date
def matrix(name: str, fields: list[str]) -> Listing:
    """The matrix export's listing (`matrix` for stances, `deployment`), as it has
    columns for its dates."""
    return every_field(_listing(name, tuple(fields)))


# --- countries, info, topics
COUNTRIES = _listing(
    "countries",
    ("country", "country_name"),
    column("country"),
    column("country_name"),
    title="Countries",
)


def _aliases(row: Row) -> str:
    """The Latin-script aliases, at most 40, and how many there are in all."""
    aliases = row["aliases"]
    latin = [a for a in aliases if a.isascii()]
    more = len(latin) > 40 or len(latin) < len(aliases)
    return ", ".join(latin[:40]) + (f" … ({len(aliases)} in all)" if more else "")


COUNTRY = _listing(
    "country",
    ("query", "country", "country_name", "aliases"),
    column("query"),
    column("country"),
    column("country_name"),
    column("aliases", cell=_aliases),
)


def _info_fields(rows: list[Row]) -> list[dict[str, Any]]:
    details = dict(rows[0])
    counts = details.pop("counts")
    return [{"field": k, "value": v} for k, v in [*details.items(), *counts.items()]]


INFO = _listing(
    "info",
    None,
    column("field"),
    column("value"),
    title="tracker database",
    reshape=_info_fields,
)

TOPICS = _listing(
    "topics",
    ("topic", "title", "pledges", "statements", "active_statements", "countries"),
    column("topic", fit="line"),  # a slug is never broken
    column("title"),
    # A phrase may hold a comma: list them with "; ".
    column("pledges", cell=lambda r: "; ".join(r["pledges"])),
    column("statements"),
    column("active_statements", narrow="never"),
    column("countries"),
    title="Topics",
)
