"""The report's time axis: its span, and tick labels that never collide."""

import itertools
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.report.axis import LABEL_GAP, TimeAxis, axis_span

TODAY = date(2026, 11, 25)


def labels(start: date, end: date, width: float = 860) -> list[str]:
    return [t.label for t in TimeAxis(start, end, width).ticks()]


def test_span_ends_shortly_after_the_last_statement_not_today() -> None:
    low, high = axis_span(date(2025, 6, 1), date(2026, 2, 12), start=None, end=None, today=TODAY)
    assert low == date(2025, 5, 22) and high == date(2026, 2, 22)


def test_from_and_to_set_the_span() -> None:
    low, high = axis_span(
        date(2025, 6, 1), date(2026, 2, 12), start=date(2025, 9, 1), end=TODAY, today=TODAY
    )
    assert (low, high) == (date(2025, 9, 1), TODAY)


def test_a_window_beside_all_statements_keeps_the_given_end() -> None:
    first, last = date(2025, 6, 1), date(2026, 2, 12)
    assert axis_span(first, last, start=date(2026, 6, 1), end=None, today=TODAY) == (
        date(2026, 6, 1),
        date(2026, 6, 11),
    )
    assert axis_span(first, last, start=None, end=date(2025, 1, 1), today=TODAY) == (
        date(2024, 12, 22),
        date(2025, 1, 1),
    )
    one_day = date(2025, 9, 4)
    assert axis_span(first, last, start=one_day, end=one_day, today=TODAY) == (
        one_day,
        one_day + timedelta(days=1),
    )


def test_no_statement_gives_a_short_span_around_today() -> None:
    low, high = axis_span(None, None, start=None, end=None, today=TODAY)
    assert low < TODAY < high


def test_months_for_a_short_span_with_the_year_at_january_and_first_tick() -> None:
    assert labels(date(2025, 5, 22), date(2026, 2, 22)) == [
        "Jun 2025", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2026", "Feb",
    ]  # fmt: skip


def test_fewer_months_when_narrow_then_years_for_a_long_span() -> None:
    assert labels(date(2025, 5, 22), date(2026, 2, 22), width=300) == [
        "Jul 2025", "Oct", "Jan 2026",
    ]  # fmt: skip
    assert labels(date(2014, 3, 1), date(2026, 2, 1)) == [str(y) for y in range(2015, 2027)]
    assert labels(date(1950, 3, 1), date(2026, 2, 1))[:3] == ["1955", "1960", "1965"]


@given(
    start=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    days=st.integers(min_value=1, max_value=40_000),
    width=st.integers(min_value=120, max_value=2000),
)
def test_tick_labels_never_touch_and_stay_inside(start: date, days: int, width: int) -> None:
    axis = TimeAxis(start, start + timedelta(days=days), width)
    ticks = axis.ticks()
    for tick in ticks:
        left, right = tick.extent
        assert left >= -0.01 and right <= width + 0.01
        assert axis.start <= tick.day <= axis.end
    for before, after in itertools.pairwise(ticks):
        assert after.extent[0] - before.extent[1] >= LABEL_GAP
