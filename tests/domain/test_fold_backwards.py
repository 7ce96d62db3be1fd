"""`fold_run_backwards`, the rule the stored projection reads a key's index backwards
with, gives what `fold_run` gives over the whole history (issue 21: a stance advanced
from its latest run, not refolded)."""

from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.dates import date_key
from tracker.domain.projection import fold_run, fold_run_backwards

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
