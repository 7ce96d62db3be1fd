"""Build the HTML report from the library's results; Jinja2 with autoescaping renders it.

Everything is drawn as inline SVG and HTML on the server side: the file needs no script,
no font and no network to open, and every text taken from events is escaped by the
template. Every stance shown (lanes, counts, change log, table) comes from the domain's
`stance_history` and `project`, the rules the rest of `tracker` uses.
"""

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tracker.countries import country_name
from tracker.domain.dates import date_key, today_utc
from tracker.domain.projection import (
    RETRACTED,
    StanceRow,
    StanceStep,
    StatementView,
    group_by_key,
    project,
    stance_history,
    timeline_order,
)
from tracker.domain.vocabulary import STANCES
from tracker.errors import InvalidValue
from tracker.formats.rows import bare_quote, quoted, troops_text
from tracker.report.axis import TimeAxis, axis_span
from tracker.service import reading, topic_lookup
from tracker.store.database import Database

# Okabe–Ito, a palette that readers with colour-vision deficiencies can tell apart.
PALETTE = {
    "committed": "#009E73",
    "conditional": "#56B4E9",
    "considering": "#0072B2",
    "undecided": "#BBBBBB",
    "skeptical": "#E69F00",
    "declined": "#D55E00",
    "opposed": "#CC79A7",
}
LANE_HEIGHT = 22
LABEL_WIDTH = 150
PLOT_WIDTH = 860
# Room right of the plot for an end-aligned tick label and the last marker.
PLOT_MARGIN = 12
CHART_HEIGHT = 160
COUNT_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500)


@dataclass
class Lane:
    """One country's row of the timeline."""

    country: str
    name: str
    stance: str
    segments: list[dict[str, Any]] = field(default_factory=list)
    markers: list[dict[str, Any]] = field(default_factory=list)


def _day(text: str) -> date:
    return date.fromisoformat(date_key(text))


def shown_date(view_date: str, approximate: bool) -> str:
    """A statement's date as readers see it: `about 2025-06` when approximate."""
    return f"about {view_date}" if approximate else view_date


def statement_detail(view: StatementView) -> dict[str, Any]:
    """Everything a statement says, ready for the tooltip and the country section."""
    troops = view.troops or {}
    figure = troops_text({"min": troops.get("min"), "max": troops.get("max")}) if troops else ""
    return {
        "event_id": view.event_id,
        "date": shown_date(view.date, view.approximate),
        "stance": view.stance,
        "status": view.status,
        "active": view.status != RETRACTED,
        "speaker": view.speaker or "",
        "contributions": list(view.contributions),
        "troops": figure,
        "troops_words": troops.get("text") or "",
        "conditions": list(view.conditions),
        "deployment": _deployment(view),
        "note": view.note or "",
        "sources": [dict(s) for s in view.sources],
        "tooltip": tooltip(view, figure),
    }


def _deployment(view: StatementView) -> str:
    # SPEC §6 adds an optional `deployment` to statements; shown whenever a view has one.
    return str(getattr(view, "deployment", None) or "")


def quote_html(text: Any) -> Any:
    """A quote as HTML: in a `<q>` (the stylesheet's marks) unless it carries its own."""
    from markupsafe import Markup, escape

    words, add_marks = bare_quote(str(text))
    tag = "q" if add_marks else "span"
    return Markup(f'<{tag} class="quote">{escape(words)}</{tag}>')


def tooltip(view: StatementView, figure: str) -> str:
    """The plain-text tooltip of a statement's marker: every field, every source."""
    head = [shown_date(view.date, view.approximate), view.stance]
    if view.speaker:
        head.append(view.speaker)
    if view.status != "active":
        head.append(view.status)
    lines = [" · ".join(head)]
    if view.contributions:
        lines.append("Contributions: " + ", ".join(view.contributions))
    words = (view.troops or {}).get("text")
    if figure or words:
        lines.append(
            "Troops: " + " ".join(p for p in (figure, quoted(words) if words else "") if p)
        )
    if view.conditions:
        lines.append("Conditions: " + "; ".join(view.conditions))
    if _deployment(view):
        lines.append("Deployment: " + _deployment(view))
    for source in view.sources:
        if source.get("quote"):
            lines.append(quoted(source["quote"]))
        where = [str(source[k]) for k in ("outlet", "published", "url") if source.get(k)]
        lines.append("— " + ", ".join(where) if where else "— (no outlet)")
    if view.note:
        lines.append("Note: " + view.note)
    return "\n".join(lines)


def build_report(
    database: Database,
    *,
    topic: str | None = None,
    start: str | None = None,
    end: str | None = None,
    known_at: datetime | None = None,
) -> str:
    """The report as one HTML string.

    `start` and `end` (ISO days) narrow the change log (both ends included) and the time
    axes; `end` also dates the stance table. Without `end` the axes stop shortly after
    the last statement, not today.
    """
    from importlib.resources import files

    from jinja2 import Environment, select_autoescape

    if start is not None and end is not None and start > end:
        raise InvalidValue(f"--from {start} is after --to {end}")
    # One read; every part of the report is folded from these views by the domain rules.
    views = reading.timeline(database, None, topic=topic, known_at=known_at)
    topics = sorted({v.topic for v in views})
    if topic is None and len(topics) > 1:
        # One lane per country only makes sense for one pledge.
        raise InvalidValue(
            f"the database holds {len(topics)} topics ({', '.join(topics)}); pass --topic"
        )
    topic = topic or (topics[0] if topics else None)
    active = [v for v in views if v.is_active]
    history = stance_history(active)
    by_id = {v.event_id: v for v in views}
    details = {v.event_id: statement_detail(v) for v in views}

    days = [_day(v.date) for v in active]
    low, high = axis_span(
        min(days, default=None),
        max(days, default=None),
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        today=today_utc(),
    )
    axis = TimeAxis(low, high, PLOT_WIDTH)

    steps_of: dict[tuple[str, str], list[StanceStep]] = {}
    for step in history:
        steps_of.setdefault((step.topic, step.country), []).append(step)
    lanes = []
    for key, mine in group_by_key(active).items():
        lane = _lane(key[1], steps_of[key], mine, axis, details)
        if lane is not None:
            lanes.append(lane)
    lanes.sort(key=lambda lane: (STANCES.index(lane.stance), lane.name))

    current = project(active, as_of=end)
    in_window = [
        s
        for s in history
        if (start is None or date_key(s.date) >= start) and (end is None or date_key(s.date) <= end)
    ]
    # Newest first; countries of one day in alphabetical order.
    newest_first = sorted(
        sorted(in_window, key=lambda s: country_name(s.country)),
        key=lambda s: date_key(s.date),
        reverse=True,
    )
    moves = [_move(s, by_id[s.event_id], details) for s in newest_first if s.from_stance]
    first_heard = _first_heard([s for s in newest_first if s.from_stance is None], by_id)

    statements_of = {key[1]: mine for key, mine in group_by_key(views).items()}
    rows_of = {row.country: row for row in current}
    environment = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    environment.filters["quote"] = quote_html
    template = environment.from_string(
        (files("tracker.report") / "templates" / "report.html.j2").read_text(encoding="utf-8")
    )
    current_rows = sorted(
        (_current_row(r, by_id, details) for r in current), key=lambda r: r["name"]
    )
    return template.render(
        topic=topic,
        # SPEC §7: the report shows a topic's title beside its slug.
        topic_title=topic_lookup.topic_title(database, topic) if topic else None,
        shown=_shown_columns(current_rows),
        known_at=known_at,
        generated=today_utc().isoformat(),
        palette=PALETTE,
        stances=STANCES,
        lanes=lanes,
        lane_height=LANE_HEIGHT,
        label_width=LABEL_WIDTH,
        plot_width=PLOT_WIDTH,
        plot_margin=PLOT_MARGIN,
        ticks=axis.ticks(),
        axis_start=low.isoformat(),
        axis_end=high.isoformat(),
        first=min(days).isoformat() if days else None,
        last=max(days).isoformat() if days else None,
        statement_count=len(active),
        counts=_counts(history, axis),
        chart_height=CHART_HEIGHT,
        moves=moves,
        first_heard=first_heard,
        start=start,
        end=end,
        current=current_rows,
        countries=[
            _country_section(lane.country, statements_of.get(lane.country, []), details, rows_of)
            for lane in lanes
        ],
    )


def _lane(
    country: str,
    steps: Sequence[StanceStep],
    statements: Sequence[StatementView],
    axis: TimeAxis,
    details: Mapping[str, dict[str, Any]],
) -> Lane | None:
    """A lane clipped to the axis: a segment per stance held, a marker per statement."""
    lane = Lane(country, country_name(country), steps[-1].to_stance)
    for index, step in enumerate(steps):
        begin = _day(step.date)
        until = _day(steps[index + 1].date) if index + 1 < len(steps) else axis.end
        if until <= axis.start or begin > axis.end:
            continue
        x = axis.x(begin)
        lane.stance = step.to_stance
        lane.segments.append(
            {
                "x": x,
                "w": max(axis.x(until) - x, 2.0),
                "stance": step.to_stance,
                "title": f"{lane.name}: {step.to_stance} from {step.date}"
                + (" (disputed)" if step.disputed else ""),
            }
        )
    if not lane.segments:
        return None
    for view in timeline_order(statements):
        if axis.start <= _day(view.date) <= axis.end:
            detail = details[view.event_id]
            lane.markers.append(
                {
                    "x": axis.x(_day(view.date)),
                    "stance": view.stance,
                    "approximate": view.approximate,
                    "event_id": view.event_id,
                    "tooltip": detail["tooltip"],
                }
            )
    return lane


def _move(
    step: StanceStep, view: StatementView, details: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    return {
        "date": shown_date(step.date, view.approximate),
        "country": step.country,
        "name": country_name(step.country),
        "from_stance": step.from_stance,
        "to_stance": step.to_stance,
        "disputed": step.disputed,
        "statement": details[step.event_id],
    }


def _first_heard(
    steps: Sequence[StanceStep], by_id: Mapping[str, StatementView]
) -> list[dict[str, Any]]:
    """Countries' first stances, grouped by date (newest first): context, not moves."""
    groups: dict[str, list[dict[str, str]]] = {}
    for step in steps:
        day = shown_date(step.date, by_id[step.event_id].approximate)
        groups.setdefault(day, []).append(
            {"country": step.country, "name": country_name(step.country), "stance": step.to_stance}
        )
    return [{"date": day, "countries": countries} for day, countries in groups.items()]


def _counts(history: Sequence[StanceStep], axis: TimeAxis) -> dict[str, Any]:
    """Stacked columns of how many countries hold each stance, on the lanes' time axis."""
    changes = sorted({_day(s.date) for s in history if axis.start < _day(s.date) < axis.end})
    bounds = [axis.start, *changes, axis.end]
    # Steps in date order (stable: a country's own steps keep their order), applied once
    # each as the columns advance.
    steps = sorted(history, key=lambda s: date_key(s.date))
    held: dict[tuple[str, str], str] = {}
    position = 0
    columns: list[dict[str, Any]] = []
    for begin, until in itertools.pairwise(bounds):
        while position < len(steps) and _day(steps[position].date) <= begin:
            held[(steps[position].topic, steps[position].country)] = steps[position].to_stance
            position += 1
        tally = dict.fromkeys(STANCES, 0)
        for stance in held.values():
            tally[stance] += 1
        columns.append({"begin": begin, "until": until, "tally": tally})
    top = max((sum(c["tally"].values()) for c in columns), default=0)
    every = next((s for s in COUNT_STEPS if top / s <= 5), COUNT_STEPS[-1])
    scale_top = max(top, 1)
    rects = []
    for column in columns:
        x = axis.x(column["begin"])
        w = axis.x(column["until"]) - x
        y = float(CHART_HEIGHT)
        period = f"{column['begin'].isoformat()} to {column['until'].isoformat()}"
        for stance in STANCES:
            count = column["tally"][stance]
            if count:
                h = count / scale_top * CHART_HEIGHT
                y -= h
                rects.append(
                    {
                        "x": x,
                        "y": y,
                        "w": w,
                        "h": h,
                        "stance": stance,
                        "title": f"{period}: {count} {stance}",
                    }
                )
    return {
        "rects": rects,
        "y_ticks": [
            {"y": CHART_HEIGHT - value / scale_top * CHART_HEIGHT, "label": str(value)}
            for value in range(0, top + 1, every)
        ],
        "final": columns[-1]["tally"] if columns else {},
        "final_day": axis.end.isoformat(),
    }


def _shown_columns(rows: Sequence[Mapping[str, Any]]) -> dict[str, bool]:
    """Which optional columns of the stance table hold something in some row (a
    recognition topic has no contributions or troops: no empty columns for them)."""
    return {
        "contributions": any(r["contributions"] for r in rows),
        "troops": any(r["troops"] or r["troops_words"] for r in rows),
        "conditions": any(r["conditions"] for r in rows),
        "deployment": any(r["deployment"] for r in rows),
    }


def _current_row(
    row: StanceRow, by_id: Mapping[str, StatementView], details: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    detail = details[row.event_id]
    return {
        "country": row.country,
        "name": country_name(row.country),
        "stance": row.stance,
        "disputed": row.disputed,
        "since": row.since,
        "last_statement": shown_date(row.last_statement, by_id[row.event_id].approximate),
        "contributions": list(row.contributions),
        "troops": detail["troops"],
        "troops_words": detail["troops_words"],
        "conditions": list(row.conditions),
        "deployment": detail["deployment"],
        "sources": detail["sources"],
        "event_id": row.event_id,
    }


def _country_section(
    country: str,
    statements: Sequence[StatementView],
    details: Mapping[str, dict[str, Any]],
    rows_of: Mapping[str, StanceRow],
) -> dict[str, Any]:
    """Every statement of a country, retracted ones marked, in date order."""
    row = rows_of.get(country)
    return {
        "country": country,
        "name": country_name(country),
        "stance": row.stance if row else None,
        "statements": [details[v.event_id] for v in timeline_order(statements)],
    }
