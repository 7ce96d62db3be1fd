"""A proportional time axis for the report: its span, its scale and ticks that never collide.

Pure date arithmetic, no drawing: the template places what these functions return.
"""

import itertools
from dataclasses import dataclass
from datetime import date, timedelta

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Width of one character of the 12 px axis font, generously rounded up (system-ui digits
# and capitals run 6.5-7.5 px), and the least gap between two labels.
CHAR_WIDTH = 7.5
LABEL_GAP = 14.0
MONTH_STEPS = (1, 2, 3, 4, 6)
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled point of the axis, `x` pixels from the plot's left edge."""

    day: date
    x: float
    label: str
    anchor: str = "middle"

    @property
    def extent(self) -> tuple[float, float]:
        """The label's left and right edge (an upper bound of its width)."""
        width = label_width(self.label)
        if self.anchor == "start":
            return self.x, self.x + width
        if self.anchor == "end":
            return self.x - width, self.x
        return self.x - width / 2, self.x + width / 2


@dataclass(frozen=True, slots=True)
class TimeAxis:
    """Days `start`..`end` drawn over `width` pixels."""

    start: date
    end: date
    width: float

    def x(self, day: date) -> float:
        """Pixels from the plot's left edge; days outside the axis are clamped to it."""
        span = max((self.end - self.start).days, 1)
        offset = min(max((day - self.start).days, 0), span)
        return self.width * offset / span

    def ticks(self) -> list[Tick]:
        """Month ticks (every 1, 2, 3, 4 or 6 months) or year ticks, the finest whose
        labels fit without touching; a label near either end is aligned to stay inside, or
        left out when that would bring it too close to its neighbour."""
        for months in MONTH_STEPS:
            ticks = self._inside(self._month_ticks(months))
            if self._fits(ticks):
                return ticks
        for years in YEAR_STEPS:
            ticks = self._inside(self._year_ticks(years))
            if self._fits(ticks):
                return ticks
        return []

    def _inside(self, ticks: list[Tick]) -> list[Tick]:
        placed = []
        for tick in ticks:
            half = label_width(tick.label) / 2
            if tick.x < half:
                tick = Tick(tick.day, tick.x, tick.label, "start")
            elif tick.x > self.width - half:
                tick = Tick(tick.day, tick.x, tick.label, "end")
            placed.append(tick)
        # An end-aligned label sits closer to its neighbour: drop it rather than the level.
        if (
            len(placed) > 1
            and placed[-1].anchor == "end"
            and placed[-1].extent[0] - placed[-2].extent[1] < LABEL_GAP
        ):
            placed.pop()
        if (
            len(placed) > 1
            and placed[0].anchor == "start"
            and placed[1].extent[0] - placed[0].extent[1] < LABEL_GAP
        ):
            placed.pop(0)
        return placed

    def _month_ticks(self, step: int) -> list[Tick]:
        ticks: list[Tick] = []
        year, month = self.start.year, self.start.month
        if self.start.day != 1:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        while (day := date(year, month, 1)) <= self.end:
            if (month - 1) % step == 0:
                # The year is printed at January and on the first tick only.
                label = MONTH_NAMES[month - 1]
                if month == 1 or not ticks:
                    label = f"{label} {year}"
                ticks.append(Tick(day, self.x(day), label))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return ticks

    def _year_ticks(self, step: int) -> list[Tick]:
        first = self.start.year + (0 if (self.start.month, self.start.day) == (1, 1) else 1)
        first += -first % step
        return [
            Tick(date(year, 1, 1), self.x(date(year, 1, 1)), str(year))
            for year in range(first, self.end.year + 1, step)
        ]

    def _fits(self, ticks: list[Tick]) -> bool:
        if not ticks:
            return False
        # Centred labels need the widest label and a gap between ticks; a label aligned
        # at an end must still clear its neighbour.
        widest = max(label_width(t.label) for t in ticks)
        even = all(b.x - a.x >= widest + LABEL_GAP for a, b in itertools.pairwise(ticks))
        return even and all(
            b.extent[0] - a.extent[1] >= LABEL_GAP for a, b in itertools.pairwise(ticks)
        )


def label_width(text: str) -> float:
    """An upper bound of a 12 px axis label's width in pixels."""
    return len(text) * CHAR_WIDTH


def axis_span(
    first: date | None, last: date | None, *, start: date | None, end: date | None, today: date
) -> tuple[date, date]:
    """The days an axis covers: from `start` (else a little before the first statement)
    to `end` (else a little after the last statement, never running on to today)."""
    if first is None or last is None:
        first = last = today
    pad = timedelta(days=max(7, round((last - first).days * 0.04)))
    low = start if start is not None else first - pad
    high = end if end is not None else last + pad
    # A window beside all statements keeps the side the user gave and a padded other one.
    if high <= low and end is None:
        high = low + pad
    elif high <= low and start is None:
        low = high - pad
    elif high <= low:
        high = low + timedelta(days=1)
    return low, high
