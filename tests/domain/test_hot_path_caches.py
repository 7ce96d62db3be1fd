"""The import path's caches and fast formatting give what the plain code gave, every time."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.countries import AmbiguousCountry, resolve_country
from tracker.domain.dates import first_day, format_instant, parse_partial_date
from tracker.errors import InvalidValue, UnknownCountry


@settings(max_examples=2000, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(2, 1, 1),
        max_value=datetime(9998, 12, 31),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=11))]
        ),
    )
)
def test_record_time_text_is_strftimes(moment: datetime) -> None:
    expected = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert format_instant(moment) == expected


def test_record_time_needs_a_zone() -> None:
    with pytest.raises(InvalidValue, match="time zone"):
        format_instant(datetime(2025, 1, 1))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-02-30", "invalid date '2025-02-30': no such day"),
        ("05.09.2025", "invalid date '05.09.2025': expected YYYY-MM-DD, YYYY-MM or YYYY"),
        ("２０２４", "invalid date '２０２４': expected YYYY-MM-DD, YYYY-MM or YYYY"),
    ],
)
def test_a_refused_date_is_refused_the_same_every_time(text: str, message: str) -> None:
    for _ in range(3):
        with pytest.raises(InvalidValue) as caught:
            parse_partial_date(text)
        assert str(caught.value) == message


def test_a_date_is_normalised_the_same_every_time() -> None:
    assert [parse_partial_date(" 2025-09 ") for _ in range(3)] == ["2025-09"] * 3
    assert first_day("2025") == first_day("2025") == datetime(2025, 1, 1).date()


def test_a_date_that_is_not_text_is_read_as_its_text() -> None:
    with pytest.raises(InvalidValue, match=r"invalid date 20250: expected"):
        parse_partial_date(20250)  # type: ignore[arg-type]
    assert parse_partial_date(2025) == "2025"  # type: ignore[arg-type]


def test_a_country_resolves_the_same_every_time() -> None:
    found = [resolve_country(text) for text in ("Holland", "Holland", " nl ", "NL")]
    assert {(c.code, c.name) for c in found} == {("NL", "Netherlands")}


@pytest.mark.parametrize(
    ("text", "error"), [("Narnia", UnknownCountry), ("Korea", AmbiguousCountry)]
)
def test_a_refused_country_is_refused_the_same_every_time(
    text: str, error: type[Exception]
) -> None:
    messages = []
    for _ in range(3):
        with pytest.raises(error) as caught:
            resolve_country(text)
        messages.append(str(caught.value))
    assert len(set(messages)) == 1 and text in messages[0]


PARTIAL_DATES = st.sampled_from(["2024", "2024-06", "2024-06-30", "2024-03-01", "2023-12-31"])


@settings(max_examples=1500, deadline=None)
@given(
    PARTIAL_DATES,
    st.booleans(),
    st.lists(st.one_of(st.none(), st.just(""), PARTIAL_DATES), max_size=3),
)
def test_plausibility_remembers_only_what_its_rules_read(
    day: str, approximate: bool, published: list[str | None]
) -> None:
    """`check_statement` keeps its findings by the values its rules read: asked again,
    and asked first, it says what the rules say (messages included)."""
    from tracker.domain.plausibility import _checked, check_statement

    record = {
        "date": day,
        "approximate": approximate,
        "sources": [{"outlet": "AFP", "published": p} for p in published],
    }
    expected = _checked(record)
    assert check_statement(record) == expected
    assert check_statement(record) == expected
