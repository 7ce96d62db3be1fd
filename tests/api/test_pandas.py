"""`to_pandas()` types its columns for analysis: stances as an ordered categorical,
partial dates as datetimes with their precision beside them, sources as a tidy frame."""

import pandas
import pytest

import tracker
from tracker.domain.vocabulary import STANCES
from tracker.errors import InvalidValue

TOPIC = "ukraine-reassurance-force"


def test_stance_is_an_ordered_categorical_in_the_vocabulary_order(api: tracker.Tracker) -> None:
    frame = api.stances().to_pandas()
    assert isinstance(frame["stance"].dtype, pandas.CategoricalDtype)
    assert frame["stance"].cat.ordered
    assert list(frame["stance"].cat.categories) == list(STANCES)
    assert STANCES[0] == "committed" and STANCES[-1] == "opposed"
    ordered = frame.sort_values("stance")["stance"].tolist()
    assert ordered[0] == "committed" and ordered[-1] == "opposed"  # Russia last
    assert (frame["stance"] < "undecided").sum() == sum(
        s.stance in STANCES[:3] for s in api.stances()
    )


def test_dates_are_datetimes_with_their_precision_beside_them(api: tracker.Tracker) -> None:
    api.add(country="Spain", stance="committed", date="2025-10", topic=TOPIC, approximate=True)
    frame = api.stances().to_pandas()
    assert pandas.api.types.is_datetime64_any_dtype(frame["since"])
    columns = list(frame.columns)
    assert columns[columns.index("since") + 1] == "since_precision"
    spain = frame[frame["country"] == "ES"].iloc[0]
    assert spain["since"] == pandas.Timestamp("2025-10-01")
    assert spain["since_precision"] == "month"
    timeline = api.timeline("Lithuania").to_pandas()
    assert set(timeline["date_precision"]) == {"day"}
    assert str(timeline["recorded_at"].dt.tz) == "UTC"


def test_every_listing_types_its_stances_and_dates(api: tracker.Tracker) -> None:
    moves = api.diff("2025-01-01", "2026-01-01").to_pandas()
    assert moves["to"].cat.ordered and list(moves["to"].cat.categories) == list(STANCES)
    assert pandas.api.types.is_datetime64_any_dtype(moves["published"])
    history = api.stance_history(TOPIC).to_pandas()
    assert history["from"].cat.ordered and "date_precision" in history
    matrix = api.matrix(TOPIC, ["2024-01-01", "2025-10-01"]).to_pandas()
    assert matrix["2025-10-01"].cat.ordered
    assert matrix["2024-01-01"].isna().all()  # no statement yet
    empty = api.diff("2025-01-01", "2025-01-01").to_pandas()
    assert empty.empty and empty["to"].cat.ordered and "date_precision" in empty


def test_sources_are_a_tidy_second_frame(api: tracker.Tracker) -> None:
    (first, *_) = api.timeline("France")
    api.cite(
        first.event_id, outlet="Le Monde", url="https://lemonde.example/a", published="2025-09"
    )
    statements = api.timeline("France")
    sources = statements.sources_to_pandas()
    assert len(sources) == sum(len(s.sources) for s in statements)
    mine = sources[sources["event_id"] == first.event_id]
    assert mine["source_number"].tolist() == [1, 2]
    cited = mine.iloc[1]
    assert cited["outlet"] == "Le Monde"
    assert cited["published"] == pandas.Timestamp("2025-09-01")
    assert cited["published_precision"] == "month"
    assert sources["stance"].cat.ordered
    joined = sources.merge(statements.to_pandas(), on="event_id", suffixes=("", "_statement"))
    assert len(joined) == len(sources)
    with pytest.raises(InvalidValue, match="no sources"):
        api.stances().sources_to_pandas()
