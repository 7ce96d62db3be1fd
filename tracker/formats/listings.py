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

from tracker.domain.events import SOURCE_FIELDS
from tracker.domain.projection import StanceChange, StanceRow
from tracker.domain.registry import event_type, record_fields
from tracker.formats.output import Column, Kind, Listing, Row, stance_colour
from tracker.formats.rows import (
    analysis_fields,
    diff_row,
    quoted,
    short_id,
    sources_text,
    troops_text,
)

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
    "recorded_at",
}
_STANCE_FIELDS = {"stance", "from", "to"}
# Which columns a narrow terminal drops first (the highest number; see Column.priority).
# A field not named here never drops: a row's key, its stance and its date.
_PRIORITIES = {
    "topic": 2,
    "country_name": 2,
    "disputed": 2,
    "status": 2,
    "speaker": 2,
    "history": 2,
    "detail": 2,
    "event_id": 2,
    "contributions": 3,
    "conditions": 3,
    "quote": 3,
    "recorded_at": 3,
    "target": 3,
    "active_statements": 3,
    "to_event": 3,
    "troops": 4,
    "deployment": 4,
    "recorded_by": 4,
    "from_event": 4,
    "countries": 4,
    "sources": 5,
    "last_statement": 5,
    "statements": 6,
}
FIELD_KINDS: dict[str, Kind] = {
    "date": "partial_date",
    "published": "partial_date",
    "date_first_day": "partial_date",
    "since_first_day": "partial_date",
    "since": "partial_date",
    "last_statement": "partial_date",
}


def column(name: str, **how: Any) -> Column:
    """A column of field `name` with the fit and colour its name implies; `how`
    overrides them. A name starting with a digit is a date (a matrix column): its cells
    are stances, never broken."""
    dated = name[:1].isdigit()
    fit = "quote" if name == "quote" else "line" if name in _LINE_FIELDS or dated else "wrap"
    style = None
    priority = _PRIORITIES.get(name, 1)
    if name in _STANCE_FIELDS or dated:
        style = stance_colour
    elif name == "disputed":
        style = _disputed_colour
    return Column(name, **({"fit": fit, "style": style, "priority": priority} | how))


def _disputed_colour(value: Any) -> str | None:
    return "bold yellow" if value else None


def _listing(name: str, fields: tuple[str, ...] | None, *columns: Column, **how: Any) -> Listing:
    return Listing(name, fields, columns, kinds=FIELD_KINDS, **how)


def every_field(listing: Listing) -> Listing:
    """The listing whose table shows every field as stored (but those empty in every
    row), uncoloured and untitled (what `export --format table` shows)."""
    assert listing.fields is not None
    return replace(
        listing,
        columns=tuple(
            column(name, style=None, priority=_export_priority(name, at))
            for at, name in enumerate(listing.fields)
        ),
        title=None,
        reshape=None,
    )


# What an export's table never drops: besides its first field (the key), these and a
# matrix's dates. Of the rest an event's type drops last (its key and stance tell a
# statement), and a field no listing shows drops first.
_EXPORT_KEPT = {"country", "stance", "date", "since"}


def _export_priority(name: str, at: int) -> int:
    if at == 0 or name in _EXPORT_KEPT or name[:1].isdigit():
        return 1
    return 2 if name == "type" else _PRIORITIES.get(name, 5)


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
    column("last_statement"),
    column("disputed", cell=lambda r: "disputed" if r["disputed"] else "", narrow="any"),
    column("contributions"),
    column("troops", cell=_troops),
    column("conditions", cell=_conditions),
    column("deployment", keep="any"),
    column("statements"),
    column("event_id", cell=_short_event),
    title="Stances",
)


def compared_stances(topics: list[str]) -> Listing:
    """Stances on several topics side by side: each topic's stance and since."""
    names = ["country", "country_name"]
    columns = [column("country"), column("country_name")]
    for topic in topics:
        names += [topic, f"{topic} since"]
        # "since" beside its topic's column: the slug once keeps the table narrow.
        since = column(f"{topic} since", label="since", fit="line")
        columns += [column(topic, style=stance_colour, fit="line"), since]
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
    """An original value in words, as `show` writes it (troops as their figure, yes or
    no, a source by its outlet and date)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return sources_text(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    if isinstance(value, dict) and set(value) <= {"min", "max", "text"}:
        return troops_text(value) or "none"
    return "none" if value is None else str(value)


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
    column("speaker"),
    column("sources", cell=lambda r: sources_text(r["sources"])),
    column("history", cell=_history),
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
    # Every field of every registered event type (a new model field is a new column),
    # and the chain hash: what CSV and XLSX need to import back into an identical log.
    _with_country_name([*record_fields(), "hash"]),
    column("event_id", cell=_short_event, priority=1),
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
SOURCE_KEYS = SOURCE_FIELDS


def _event_fields(rows: list[Row]) -> list[dict[str, str]]:
    """The event's fields in name order, a corrected one with its current value beside
    the original."""
    (row,) = rows
    current = row.get("current") or {}
    shown = []
    for key in sorted(k for k in row if k not in ("amendments", "current")):
        value = _in_words(row[key])
        if key == "sources" and _extends(current.get(key), row[key]):
            value = _in_words(current[key], cited_after=len(row[key] or []))
        elif key in current and _in_words(current[key]) != value:
            value = _now(value, _in_words(current[key]))
        shown.append({"field": key, "value": value})
    for key, value in current.items():  # a field the statement did not have
        if key not in row and _in_words(value):
            shown.append({"field": key, "value": _now("", _in_words(value))})
    return shown


def _extends(current: Any, original: Any) -> bool:
    """Whether citations added sources to the original ones (and changed nothing else)."""
    before = original or []
    return (
        isinstance(current, list)
        and len(current) > len(before)
        and current[: len(before)] == before
    )


def _now(original: str, current: str) -> str:
    """A corrected value: the original, then what it is now."""
    if "\n" not in original + current:
        return f"{original or 'none'} → now {current or 'none'}"
    now = current.replace("\n", "\n     ")
    return f"{original or 'none'}\nnow: {now}"


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
        kind = event_type(amendment["type"])
        described = (kind.describe_change or kind.describe)(amendment)
        if described and described != reason:  # a retraction's is its reason
            text += " — " + described
        lines.append(text)
    return lines


def _in_words(value: Any, cited_after: int | None = None) -> str:
    """A `show` value as users write it: each source on its lines with its quote, troops
    as the figure and the article's words, a list of texts one per line, yes or no, and
    "none" for an empty list. Sources past `cited_after` are marked as added by a
    citation."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list) and not value:
        return "none"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if isinstance(value, list) and all(_is_source(v) for v in value):
        return "\n".join(
            _source_text(number, s, cited=cited_after is not None and number > cited_after)
            for number, s in enumerate(value, start=1)
        )
    if isinstance(value, dict) and set(value) <= {"min", "max", "text"}:
        return troops_text(value)
    if isinstance(value, dict):  # a correction's changes: each field and its new value
        return "\n".join(
            f"{key}: " + _in_words(item).replace("\n", "\n  ") for key, item in value.items()
        )
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, indent=1)
    return "" if value is None else str(value)


def _is_source(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= set(SOURCE_KEYS)


def _source_text(number: int, source: dict[str, Any], cited: bool = False) -> str:
    head = ", ".join(str(source[k]) for k in ("outlet", "published") if source.get(k))
    lines = [f"{number}. {head or source.get('url') or '?'}" + (" (cited)" if cited else "")]
    lines += [f"   {source[k]}" for k in ("title", "url") if source.get(k) and head]
    if source.get("quote"):
        lines.append(f"   {quoted(source['quote'])}")
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


# --- diff: stances that changed between two dates, each with its date and its quote
DIFF = _listing(
    "diff",
    tuple(diff_row(StanceChange("", "FR", None, None, None, None))),
    column("topic", keep="varied"),
    column("country"),
    column("country_name"),
    column("from", cell=lambda r: r["from"] or "—"),
    column("to", cell=lambda r: r["to"] or "—"),
    column("date"),
    column("speaker", narrow="never"),
    column("outlet", cell=lambda r: sources_text([r]) if r["outlet"] or r["url"] else ""),
    column("to_event", cell=lambda r: short_id(r["to_event"]), narrow="never"),
    column("quote", cell=lambda r: " ".join((r["quote"] or "").split())),
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
    # "chain head", not "chain_head": a name that wraps leaves the hash its whole width.
    return [
        {"field": k.replace("_", " "), "value": v} for k, v in [*details.items(), *counts.items()]
    ]


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
    column("topic", priority=1),  # the key here
    column("title"),
    # A phrase may hold a comma: list them with "; ".
    column("pledges", cell=lambda r: "; ".join(r["pledges"])),
    *(column(n) for n in ("statements", "active_statements", "countries")),
    title="Topics",
)


# --- export --what stances|statements|sources: the data formats analysts load
def _analysed(listing: Listing, date_field: str) -> Listing:
    """`every_field(listing)` with the analysis columns (`rows.with_analysis`), each
    beside the field it derives from."""
    assert listing.fields is not None
    alpha3, first_day, precision, rank = analysis_fields(date_field)
    after = {"country_name": alpha3, date_field: (first_day, precision), "stance": rank}
    fields: list[str] = []
    for name in listing.fields:
        fields.append(name)
        extra = after.get(name, ())
        fields.extend((extra,) if isinstance(extra, str) else extra)
    return every_field(replace(listing, fields=tuple(fields)))


EVENTS_EXPORT = every_field(EVENTS)
# A package's events also say where each stands in the chain (import ignores `seq`).
PACKAGE_EVENTS = replace(EVENTS_EXPORT, fields=("seq", *(EVENTS_EXPORT.fields or ())))
STANCES_EXPORT = _analysed(STANCES, "since")
STATEMENTS_EXPORT = _analysed(replace(TIMELINE, name="statements"), "date")
SOURCES = every_field(
    _listing(
        "sources",
        (
            "event_id",
            "topic",
            "country",
            "country_name",
            "country_alpha3",
            "stance",
            "date",
            "status",
            "source_number",
            *SOURCE_FIELDS,
        ),
    )
)
