"""`fold_run_backwards`, the rule the stored projection reads a key's index backwards
with, gives what `fold_run` gives over the whole history (issue 21: a stance advanced
from its latest run, not refolded)."""

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.dates import date_key
from tracker.domain.projection import (
    StatementView,
    advance_stance,
    advance_stance_over,
    fold_run,
    fold_run_backwards,
    fold_stance,
)

# Few stances and days, partial dates among them, so that runs, ties and disputes abound.
days = st.sampled_from(["2025-01", "2025-01-01", "2025-01-02", "2025-02", "2025-02-01", "2025"])
pairs = st.lists(st.tuples(days, st.sampled_from(["committed", "declined", "opposed"])), min_size=1)


@given(pairs)
def test_reading_backwards_from_the_latest_equals_folding_the_whole_history(
    drawn: list[tuple[str, str]],
) -> None:
    ordered = sorted(drawn, key=lambda pair: date_key(pair[0]))  # stable: recording order
    assert fold_run_backwards(reversed(ordered)) == fold_run(ordered)


def test_it_stops_at_the_first_change_of_stance_before_the_latest_day() -> None:
    read: list[tuple[str, str]] = []

    def backwards() -> object:
        for pair in [
            ("2025-03-01", "committed"),
            ("2025-02-01", "committed"),
            ("2025-01-01", "declined"),
            ("2024-01-01", "opposed"),  # never read
        ]:
            read.append(pair)
            yield pair

    assert fold_run_backwards(backwards()) == ("2025-02-01", False)  # type: ignore[arg-type]
    assert len(read) == 3


def _view(seq: int, day: str, stance: str) -> StatementView:
    return StatementView(
        event_id=f"e{seq}",
        seq=seq,
        topic="t",
        country="FR",
        stance=stance,
        date=day,
        contributions=(f"c{seq}",),
        deployment="remote" if seq % 2 else None,
    )


stances = st.sampled_from(["committed", "declined", "opposed"])


@given(
    history=st.lists(st.tuples(days, stances), min_size=1, max_size=40),
    new=st.tuples(days, stances),
    page=st.integers(1, 45),
    new_in_tail=st.booleans(),
)
def test_a_backdated_statement_advanced_over_its_keys_latest_run_equals_the_whole_fold(
    history: list[tuple[str, str]],
    new: tuple[str, str],
    page: int,
    new_in_tail: bool,
) -> None:
    """`advance_stance_over` (an append's stance, from the key's stored row and its
    latest statements read before or after the new one was stored) gives what folding
    the key's whole history gives, or None when its page of the latest cannot tell; a
    complete tail always tells."""
    views = [_view(seq, day, stance) for seq, (day, stance) in enumerate(history, start=1)]
    latest = _view(len(views) + 1, *new)
    current = fold_stance(views)
    assert current is not None
    expected = fold_stance([*views, latest])
    if advance_stance(current, latest) is not None:
        assert advance_stance(current, latest) == expected
        return
    stored = [*views, latest] if new_in_tail else views
    ordered = sorted(stored, key=lambda v: v.sort_key, reverse=True)
    tail = [(v.date, v.stance, v.seq, date_key(v.date)) for v in ordered[:page]]
    complete = page >= len(ordered)
    found = advance_stance_over(current, latest, tail, complete=complete)
    if complete:
        assert found == expected
    else:
        assert found is None or found == expected


def test_a_stored_row_that_is_not_its_latest_statements_is_folded_again() -> None:
    """A stance row that disagrees with the statements read (written behind the
    tracker's back) is not advanced from: the caller folds the key from its index."""
    views = [_view(1, "2025-01-02", "committed"), _view(2, "2025-02-01", "declined")]
    current = fold_stance(views)
    assert current is not None
    wrong = replace(current, last_statement="2025-03-01")
    tail = [(v.date, v.stance, v.seq, date_key(v.date)) for v in reversed(views)]
    assert advance_stance_over(wrong, _view(3, "2025-01", "opposed"), tail, complete=True) is None
