"""The projection rules of SPEC §3, on the pure fold."""

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.projection import (
    StatementView,
    apply_correction,
    apply_retraction,
    fold_stance,
    project,
)
from tracker.domain.replay import replay
from tracker.domain.vocabulary import STANCES


def view(seq: int, stance: str, date: str, event_id: str | None = None) -> StatementView:
    return StatementView(
        event_id=event_id or f"id-{seq}", seq=seq, topic="t", country="FR", stance=stance, date=date
    )


def test_latest_statement_by_date_decides_the_stance() -> None:
    row = fold_stance([view(1, "committed", "2025-09-04"), view(2, "declined", "2025-05-01")])
    assert row is not None
    assert row.stance == "committed"
    assert row.last_statement == "2025-09-04"


def test_backdated_statement_does_not_override_newer() -> None:
    statements = [view(1, "committed", "2025-09-04"), view(2, "declined", "2025-03-01")]
    assert fold_stance(statements).stance == "committed"  # type: ignore[union-attr]
    earlier = project(statements, as_of="2025-06-01")
    assert [r.stance for r in earlier] == ["declined"]


def test_since_is_the_start_of_the_unbroken_run() -> None:
    row = fold_stance(
        [
            view(1, "committed", "2025-01-10"),
            view(2, "declined", "2025-02-10"),
            view(3, "committed", "2025-03-10"),
            view(4, "committed", "2025-04-10"),
        ]
    )
    assert row is not None
    assert (row.stance, row.since, row.last_statement, row.statements) == (
        "committed",
        "2025-03-10",
        "2025-04-10",
        4,
    )


def test_month_precision_sorts_as_its_first_day() -> None:
    row = fold_stance([view(1, "considering", "2025-06-01"), view(2, "declined", "2025-06")])
    # Same sort day: recording order breaks the tie, the later record wins.
    assert row is not None and row.stance == "declined"
    row = fold_stance([view(1, "considering", "2025-06-02"), view(2, "declined", "2025-06")])
    assert row is not None and row.stance == "considering"


def test_same_date_different_stance_is_disputed() -> None:
    row = fold_stance([view(1, "committed", "2025-09-04"), view(2, "skeptical", "2025-09-04")])
    assert row is not None
    assert row.stance == "skeptical" and row.disputed


def test_an_older_disagreement_is_not_a_dispute() -> None:
    row = fold_stance([view(1, "committed", "2025-09-03"), view(2, "skeptical", "2025-09-04")])
    assert row is not None and not row.disputed


def test_retracted_statements_do_not_count() -> None:
    kept = view(1, "declined", "2025-01-01")
    gone = apply_retraction(view(2, "committed", "2025-02-01"), {"event_id": "r"})
    row = fold_stance([kept, gone])
    assert row is not None
    assert (row.stance, row.statements) == ("declined", 1)
    assert fold_stance([gone]) is None


def test_correction_changes_values_and_keeps_the_original() -> None:
    corrected = apply_correction(
        view(1, "committed", "2025-09-04"),
        {"event_id": "c1", "changes": {"stance": "declined", "date": "2025-09-05"}},
    )
    assert corrected.stance == "declined" and corrected.status == "corrected"
    assert corrected.original == {"stance": "committed", "date": "2025-09-04"}
    again = apply_correction(corrected, {"event_id": "c2", "changes": {"stance": "skeptical"}})
    assert again.original == {"stance": "committed", "date": "2025-09-04"}
    assert again.corrections == ("c1", "c2")


def test_replay_ignores_amendments_of_unknown_statements() -> None:
    views = replay(
        [
            (1, {"type": "correction", "event_id": "c", "corrects": "missing", "changes": {}}),
            (2, {"type": "retraction", "event_id": "r", "retracts": "missing"}),
        ]
    )
    assert views == {}


dates = st.dates(min_value=__import__("datetime").date(2020, 1, 1)).map(lambda d: d.isoformat())


@given(
    st.lists(
        st.tuples(st.sampled_from(STANCES), dates, st.sampled_from(["FR", "DE", "IT"])),
        min_size=1,
        max_size=25,
        unique_by=lambda s: (s[1], s[2]),
    ),
    st.randoms(use_true_random=False),
)
def test_distinct_dates_give_the_same_stances_in_any_recording_order(statements, rnd) -> None:  # type: ignore[no-untyped-def]
    def stances(order: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str, int]]:
        views = [
            StatementView(event_id=f"{c}{d}", seq=i, topic="t", country=c, stance=s, date=d)
            for i, (s, d, c) in enumerate(order)
        ]
        return [
            (r.country, r.stance, r.since, r.last_statement, r.statements) for r in project(views)
        ]

    shuffled = list(statements)
    rnd.shuffle(shuffled)
    assert stances(statements) == stances(shuffled)
