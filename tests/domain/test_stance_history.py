"""`stance_history`: every move of a country, by the same rule as `project(as_of=...)`."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.dates import date_key
from tracker.domain.projection import (
    RETRACTED,
    StatementView,
    project,
    stance_history,
    stance_matrix,
)
from tracker.domain.vocabulary import STANCES


def view(
    seq: int, stance: str, day: str, country: str = "FR", *, retracted: bool = False
) -> StatementView:
    return StatementView(
        event_id=f"id-{seq}",
        seq=seq,
        topic="t",
        country=country,
        stance=stance,
        date=day,
        status=RETRACTED if retracted else "active",
    )


def moves(statements: list[StatementView]) -> list[tuple[str, str | None, str, str]]:
    return [(s.date, s.from_stance, s.to_stance, s.event_id) for s in stance_history(statements)]


def test_first_stance_is_a_step_from_none_and_repeats_are_not_steps() -> None:
    history = moves(
        [
            view(1, "considering", "2025-06"),
            view(2, "considering", "2025-09-04"),
            view(3, "committed", "2026-01-08"),
        ]
    )
    assert history == [
        ("2025-06", None, "considering", "id-1"),
        ("2026-01-08", "considering", "committed", "id-3"),
    ]


def test_backdated_statement_is_placed_on_its_own_date() -> None:
    history = moves([view(1, "committed", "2025-09-04"), view(2, "declined", "2025-03-01")])
    assert history == [
        ("2025-03-01", None, "declined", "id-2"),
        ("2025-09-04", "declined", "committed", "id-1"),
    ]


def test_retracted_statement_is_no_step() -> None:
    history = moves(
        [
            view(1, "declined", "2025-06-01"),
            view(2, "committed", "2025-07-01", retracted=True),
            view(3, "declined", "2025-08-01"),
        ]
    )
    assert history == [("2025-06-01", None, "declined", "id-1")]


def test_same_day_statements_decide_once_by_recording_order() -> None:
    # Two statements on one day (a self-contradicting article): the day's stance is the
    # later recorded one, flagged disputed, and there is no step for the earlier one.
    steps = stance_history(
        [
            view(1, "declined", "2025-06-01"),
            view(2, "committed", "2025-09-04"),
            view(3, "considering", "2025-09-04"),
        ]
    )
    assert [(s.from_stance, s.to_stance, s.disputed) for s in steps] == [
        (None, "declined", False),
        ("declined", "considering", True),
    ]


def test_countries_are_kept_apart() -> None:
    steps = stance_history(
        [view(1, "declined", "2025-06-01", "IT"), view(2, "committed", "2025-06-01")]
    )
    assert [(s.country, s.to_stance) for s in steps] == [("FR", "committed"), ("IT", "declined")]


DAY0 = date(2025, 1, 1)
statement_lists = st.lists(
    st.tuples(
        st.sampled_from(["FR", "DE", "IT"]),
        st.sampled_from(STANCES),
        st.integers(min_value=0, max_value=60),
        st.sampled_from(["day", "month"]),
        st.booleans(),
    ),
    max_size=25,
)


def build(specs: list[tuple[str, str, int, str, bool]]) -> list[StatementView]:
    views = []
    for seq, (country, stance, offset, precision, retracted) in enumerate(specs, start=1):
        day = DAY0 + timedelta(days=offset)
        text = day.isoformat() if precision == "day" else day.isoformat()[:7]
        views.append(view(seq, stance, text, country, retracted=retracted))
    return views


@given(statement_lists)
def test_history_replays_to_the_projection_on_every_day(
    specs: list[tuple[str, str, int, str, bool]],
) -> None:
    statements = build(specs)
    history = stance_history(statements)
    for offset in range(-1, 62):
        day = (DAY0 + timedelta(days=offset)).isoformat()
        expected = {r.country: r.stance for r in project(statements, as_of=day)}
        held: dict[str, str] = {}
        for step in history:
            if date_key(step.date) <= day:
                held[step.country] = step.to_stance
        assert held == expected, day
    # Each step names the statement and the dispute flag of the fold on its day.
    for step in history:
        rows = {r.country: r for r in project(statements, as_of=date_key(step.date))}
        assert (rows[step.country].event_id, rows[step.country].disputed) == (
            step.event_id,
            step.disputed,
        )


@given(statement_lists)
def test_each_step_starts_where_the_previous_one_ended(
    specs: list[tuple[str, str, int, str, bool]],
) -> None:
    previous: dict[str, str | None] = {}
    for step in stance_history(build(specs)):
        assert step.from_stance == previous.get(step.country)
        assert step.from_stance != step.to_stance
        previous[step.country] = step.to_stance


@given(statement_lists, st.lists(st.integers(-1, 62), max_size=12), st.booleans())
def test_the_matrix_sweep_is_the_projection_as_of_each_date(
    specs: list[tuple[str, str, int, str, bool]], offsets: list[int], monthly: bool
) -> None:
    """`stance_matrix` sweeps each key's statements once; every cell is still what
    `project(as_of=day)` holds on that day (partial dates standing for their first)."""
    statements = build(specs)
    dates = [(DAY0 + timedelta(days=n)).isoformat()[: 7 if monthly else 10] for n in offsets]
    cells = stance_matrix(statements, dates)
    for day in dates:
        expected = {
            (r.topic, r.country): r.stance for r in project(statements, as_of=date_key(day))
        }
        assert {key: line[day] for key, line in cells.items() if day in line} == expected
    assert set(cells) == {(s.topic, s.country) for s in statements if s.is_active}
