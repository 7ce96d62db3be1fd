"""Statement dates with day, month or year precision, and record-time instants."""

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from tracker.errors import InvalidValue

# ASCII digits only: `\d` would also take ٢٠٢٤ (Arabic-Indic) or ２０２４ (full-width).
_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CANONICAL_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def parse_partial_date(text: str) -> str:
    """Validate `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and return it normalised.

    Raises `InvalidValue` for anything else, including impossible days.
    """
    if type(text) is str:
        # An import names the same few thousand days again and again.
        return _parse_partial_text(text)
    return _parse_partial_text.__wrapped__(text)


@lru_cache(maxsize=8192)
def _parse_partial_text(text: str) -> str:
    # Pure: the same text always gives the same result, or the same error (not cached).
    value = str(text).strip()
    match = _PARTIAL.fullmatch(value)
    if not match:
        raise InvalidValue(f"invalid date {text!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise InvalidValue(f"invalid date {text!r}: no such day") from None
    return value


def date_key(partial: str) -> str:
    """The sortable day a partial date stands for: its first day (`2025-05` -> `2025-05-01`)."""
    if len(partial) == 4:
        return f"{partial}-01-01"
    if len(partial) == 7:
        return f"{partial}-01"
    return partial


@lru_cache(maxsize=8192)
def first_day(partial: str) -> date:
    """The first day of a partial date, as a `date`."""
    return date.fromisoformat(date_key(partial))


def today_utc() -> date:
    """Today's date in UTC, the reference for refusing future statements."""
    return datetime.now(UTC).date()


def ensure_not_future(partial: str, *, field: str = "date") -> str:
    """Refuse a date whose first day lies after today (UTC)."""
    if first_day(partial) > today_utc():
        raise InvalidValue(f"{field} {partial} is in the future")
    return partial


def utc_now() -> datetime:
    """The current instant, UTC-aware, at microsecond precision."""
    return datetime.now(UTC)


def format_instant(moment: datetime) -> str:
    """Canonical text of a record-time instant: `2025-09-05T10:12:00.123456Z`."""
    if moment.tzinfo is None:
        raise InvalidValue("record time must carry a time zone")
    utc = moment.astimezone(UTC)
    if utc.year < 1000:
        # strftime's %Y does not pad years before 1000 on every platform: keep its text.
        return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    # The same text as that strftime, without its cost (it was a tenth of an import):
    # `...T10:12:00.123456+00:00` with the zone written as Z.
    return utc.isoformat(timespec="microseconds")[:-6] + "Z"


def parse_instant(text: str, *, end_of_day: bool = True) -> datetime:
    """Parse an ISO 8601 instant; a bare date means the end of that day, UTC.

    A time without a zone is taken as UTC. A bare date has one spelling, `YYYY-MM-DD`:
    the others ISO 8601 allows (basic `20250905`, week `2025-W36-5`, ordinal `2025-248`)
    are refused with the spelling to write, since Python reads some of them as midnight,
    a different instant from the end of the day `2025-09-05` stands for. A date with a
    time of day may take any ISO form (`20250905T120000Z`): it names one instant.
    Raises `InvalidValue` on anything else.
    """
    value = str(text).strip()
    if len(value) == 27 and _CANONICAL_INSTANT.fullmatch(value):
        # The text format_instant writes (every stored and stamped record time).
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass  # no such day: the general reading below says so
    if _DAY.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise InvalidValue(f"invalid time {text!r}: no such day") from None
        if end_of_day:
            return datetime.combine(day, time.max, tzinfo=UTC)
        return datetime.combine(day, time.min, tzinfo=UTC)
    try:
        if not value.isascii():
            raise ValueError("ASCII digits only")
        moment = datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        ordinal = _other_day_spelling(value)
        if ordinal is None:
            raise InvalidValue(
                f"invalid time {text!r}: expected ISO 8601 such as 2025-09-05 or "
                "2025-09-05T10:12:00Z"
            ) from None
        moment = datetime.combine(ordinal, time.min)
    if not _TIME_OF_DAY.search(value):
        # A bare date spelled otherwise than YYYY-MM-DD (Python gives it midnight).
        day_text = moment.date().isoformat()
        which = "end" if end_of_day else "start"
        raise InvalidValue(
            f"invalid time {text!r}: write a date as {day_text} (the {which} of that day, "
            f"UTC) or give a time, such as {day_text}T10:12:00Z"
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        # An offset can carry 0001-01-01 or 9999-12-31 out of the calendar.
        return moment.astimezone(UTC)
    except OverflowError:
        raise InvalidValue(
            f"invalid time {text!r}: outside the years 0001 to 9999 once in UTC"
        ) from None


# A time of day follows the date after `T` (or a space, which Python also reads).
_TIME_OF_DAY = re.compile(r"[0-9][Tt ][0-9]")
_ORDINAL_DAY = re.compile(r"([0-9]{4})-?([0-9]{3})")


def _other_day_spelling(value: str) -> date | None:
    """The day of an ordinal date (`2025-248`, `2025248`), which Python does not read,
    so that it is refused with its `YYYY-MM-DD` spelling like the other bare forms."""
    match = _ORDINAL_DAY.fullmatch(value)
    if not match:
        return None
    year, number = (int(part) for part in match.groups())
    try:
        day = date(year, 1, 1) + timedelta(days=number - 1)
    except (ValueError, OverflowError):
        return None
    return day if number >= 1 and day.year == year else None


def parse_as_of(text: str) -> str:
    """An `--as-of` value: any partial date; it stands for its first day."""
    return date_key(parse_partial_date(text))
