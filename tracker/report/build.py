"""Build the HTML report from the library's results; Jinja2 with autoescaping renders it.

Everything is drawn as inline SVG on the server side: the file needs no script, no font
and no network to open, and every text taken from events is escaped by the template.
"""

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from tracker import service
from tracker.countries import country_name
from tracker.domain.dates import date_key, today_utc
from tracker.domain.projection import fold_stance, group_by_key, project, stance_changes
from tracker.domain.vocabulary import STANCES
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
PLOT_WIDTH = 900


@dataclass
class Lane:
    country: str
    name: str
    segments: list[dict[str, Any]] = field(default_factory=list)
    markers: list[dict[str, Any]] = field(default_factory=list)


def _day(text: str) -> date:
    return date.fromisoformat(date_key(text))


def build_report(
    database: Database,
    *,
    topic: str | None = None,
    start: str | None = None,
    end: str | None = None,
    known_at: datetime | None = None,
) -> str:
    """The report as one HTML string; `start` and `end` are ISO days."""
    from importlib.resources import files

    from jinja2 import Environment, select_autoescape

    # One read; every part of the report is folded from these views by the domain rules.
    views = [
        v for v in service.timeline(database, None, topic=topic, known_at=known_at) if v.is_active
    ]
    first = min((_day(v.date) for v in views), default=today_utc())
    last_day = max([today_utc(), *(_day(v.date) for v in views)])
    span = max((last_day - first).days, 1)

    def x(day: date) -> float:
        return LABEL_WIDTH + PLOT_WIDTH * (day - first).days / span

    current = project(views)
    lanes = {(r.topic, r.country): Lane(r.country, country_name(r.country)) for r in current}
    for key, mine in group_by_key(views).items():
        lane = lanes[key]
        days = sorted({date_key(v.date) for v in mine})
        for index, day in enumerate(days):
            row = fold_stance(v for v in mine if date_key(v.date) <= day)
            assert row is not None  # at least the statements dated `day`
            until = _day(days[index + 1]) if index + 1 < len(days) else last_day
            lane.segments.append(
                {
                    "x": x(_day(day)),
                    "w": max(x(until) - x(_day(day)), 2),
                    "stance": row.stance,
                    "colour": PALETTE[row.stance],
                    "since": day,
                }
            )
        for v in mine:
            source = (v.sources or [{}])[0]
            lane.markers.append(
                {
                    "x": x(_day(v.date)),
                    "stance": v.stance,
                    "date": v.date,
                    "speaker": v.speaker or "",
                    "quote": source.get("quote") or "",
                    "outlet": source.get("outlet") or "",
                    "published": source.get("published") or "",
                }
            )

    # How many countries hold each stance on each statement date: read off the lanes.
    dates = sorted({date_key(v.date) for v in views})
    counts: list[dict[str, Any]] = []
    for day in dates:
        tally = dict.fromkeys(STANCES, 0)
        for lane in lanes.values():
            held = [seg["stance"] for seg in lane.segments if seg["since"] <= day]
            if held:
                tally[held[-1]] += 1
        counts.append({"date": day, "x": x(date.fromisoformat(day)), "tally": tally})
    max_count = max((sum(c["tally"].values()) for c in counts), default=1) or 1

    start_day = start or (dates[0] if dates else first.isoformat())
    end_day = end or today_utc().isoformat()
    changes = stance_changes(views, start_day, end_day)
    sources = {v.event_id: v.sources for v in views}

    environment = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = environment.from_string(
        (files("tracker.report") / "templates" / "report.html.j2").read_text(encoding="utf-8")
    )
    return template.render(
        topic=topic,
        known_at=known_at,
        generated=today_utc().isoformat(),
        palette=PALETTE,
        stances=STANCES,
        lanes=sorted(
            lanes.values(), key=lambda lane: (STANCES.index(lane.segments[-1]["stance"]), lane.name)
        ),
        lane_height=LANE_HEIGHT,
        label_width=LABEL_WIDTH,
        plot_width=PLOT_WIDTH,
        first=first.isoformat(),
        last=last_day.isoformat(),
        counts=counts,
        max_count=max_count,
        chart_height=160,
        changes=[{**asdict(c), "name": country_name(c.country)} for c in changes],
        start=start_day,
        end=end_day,
        current=[
            {**asdict(r), "name": country_name(r.country), "sources": sources.get(r.event_id, ())}
            for r in current
        ],
    )
