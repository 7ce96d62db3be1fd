"""The driver's-cursor path writes what SQLAlchemy's column types would have written:
rows of both kinds sit side by side in one database (every database written before
revision 0005, and the statements that still go through SQLAlchemy)."""

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from tracker.store.raw import sqlite_instant, stored_instant

_SQLALCHEMY_SQLITE = sqlite.DATETIME().bind_processor(sqlite.dialect())


@given(
    st.datetimes(
        min_value=datetime(1970, 1, 1),
        max_value=datetime(2200, 1, 1),
        timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30))]),
    )
)
def test_a_record_time_is_stored_as_sqlalchemy_stores_it(moment: datetime) -> None:
    assert _SQLALCHEMY_SQLITE is not None
    expected = _SQLALCHEMY_SQLITE(moment.astimezone(UTC).replace(tzinfo=None))
    assert sqlite_instant(moment) == expected
    assert stored_instant(expected) == moment  # and read back as the same instant


def test_whole_seconds_keep_their_microseconds() -> None:
    moment = datetime(2026, 11, 26, 1, 2, 3, tzinfo=UTC)
    assert sqlite_instant(moment) == "2026-11-26 01:02:03.000000"  # text order == time order
