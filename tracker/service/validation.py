"""What every write shares: a record stamped (id, record time, editor) and validated
into an event, and pydantic's errors as the lines an editor reads."""

import os
import re
from typing import Any

from pydantic import ValidationError

from tracker.domain.dates import format_instant, utc_now
from tracker.domain.events import Event, event_from_dict, new_event_id
from tracker.errors import InvalidValue, TrackerError


def default_editor() -> str:
    """Who records: `TRACKER_EDITOR`, else the OS user."""
    editor = os.environ.get("TRACKER_EDITOR")
    if editor:
        return editor
    import getpass  # on first use: it brings termios

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


_NOUNS = {"stance": "a stance", "contributions": "a contribution", "type": "an event type"}


_LOCALE_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def validation_problems(error: ValidationError) -> list[str]:
    """Each problem of a pydantic error as `field: problem`, with the value given and,
    for a closed vocabulary, the nearest allowed word.

    One mistake is one line: a misspelt field name (`contry`) is "unknown field; did you
    mean country?", not also "country: missing"; a list where a text belongs is
    "expected a text", whatever the field's own check would make of the list."""
    from tracker.formats.readers import nearest_field

    items = error.errors()
    missing = [_where(item) for item in items if item.get("type") == "missing"]
    misspelt: dict[str, str] = {}  # an unknown field -> the missing field it stands for
    for item in items:
        if item.get("type") == "extra_forbidden":
            nearest = nearest_field(
                _where(item), [m for m in missing if m not in misspelt.values()]
            )
            if nearest:
                misspelt[_where(item)] = nearest
    parts = []
    for item in items:
        where = _where(item)
        if item.get("type") == "missing" and where in misspelt.values():
            continue
        message = _message(item)
        if item.get("type") == "extra_forbidden" and where in misspelt:
            message += f"; did you mean {misspelt[where]}?"
        parts.append(f"{where}: {message}" if where else message)
    return parts


def _where(item: Any) -> str:
    return ".".join(str(p) for p in item["loc"] if not str(p).startswith("function-"))


def _message(item: Any) -> str:
    """The words of one pydantic error item, as an editor reads them."""
    from tracker.domain.registry import structured_fields  # the fields a list may fill

    loc = [str(p) for p in item["loc"] if not str(p).startswith("function-")]
    kind = item.get("type")
    message = str(item["msg"]).removeprefix("Value error, ")
    given = item.get("input")
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "missing":
        return "missing"
    if isinstance(given, list | dict) and len(loc) == 1 and loc[0] not in structured_fields():
        if loc[0] == "country":
            return "expected one country name, not a list (only a sheet entry names several)"
        return "expected a text"
    if kind == "string_type":
        return "expected a text"
    if kind == "int_parsing":
        return f"expected a whole number, got {given!r}"
    if kind == "enum" and isinstance(given, str):
        field_name = loc[0] if loc else ""
        allowed = list(
            item.get("ctx", {})
            .get("expected", "")
            .replace("'", "")
            .replace(" or ", ", ")
            .split(", ")
        )
        message = f"{given!r} is not {_NOUNS.get(field_name, 'allowed')}"
        nearest = nearest_word(given, allowed)
        message += f"; did you mean {nearest}?" if nearest else f"; use one of {', '.join(allowed)}"
    if "ctx" in item and "error" in item["ctx"] and isinstance(item["ctx"]["error"], TrackerError):
        message = str(item["ctx"]["error"])
    if loc and loc[-1] in ("date", "published") and isinstance(given, str):
        match = _LOCALE_DATE.match(given)
        if match:
            first, second, year = match.groups()
            message = (
                f"invalid date {given!r}: it looks like a locale date, whose day and "
                f"month order is ambiguous; dates are ISO: write {year}-{int(second):02d}-{int(first):02d} "
                f"or {year}-{int(first):02d}-{int(second):02d}"
            )
    return message


def validation_message(error: ValidationError) -> str:
    """One line out of a pydantic error: `field: problem; field: problem`."""
    return "; ".join(validation_problems(error))


def nearest_word(given: str, allowed: list[str]) -> str | None:
    """The allowed word closest to `given`, if any is close: a suggestion, never applied."""
    from tracker.formats.readers import nearest_field

    return nearest_field(given, allowed, cutoff=60)


def validated(record: dict[str, Any]) -> Event:
    try:
        return event_from_dict(record)
    except ValidationError as error:
        raise InvalidValue(validation_message(error)) from None
    except ValueError as error:
        raise InvalidValue(str(error)) from None


def stamped(record: dict[str, Any], editor: str | None) -> dict[str, Any]:
    record = {
        k: v for k, v in record.items() if v is not None or k in ("note", "speaker", "troops")
    }
    # Defaults are computed only when missing (an import of a million records gives them).
    if "event_id" not in record:
        record["event_id"] = new_event_id()
    if "recorded_at" not in record:
        record["recorded_at"] = format_instant(utc_now())
    if "recorded_by" not in record:
        record["recorded_by"] = editor or default_editor()
    return record
