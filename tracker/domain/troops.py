"""A troop figure as editors write it (SPEC §4): `N` (exactly N), `N+` (at least N) or
`N-M`, with the article's own words beside it. One rule for every way in: `add` and
`correct`, the Python API, CSV and xlsx cells and article sheets."""

import re
from collections.abc import Mapping
from typing import Any

from tracker.errors import InvalidValue

_DIGITS = re.compile("[0-9]+")


def troops_from_text(text: str, words: str | None = None) -> dict[str, Any]:
    """`N` (exactly N), `N+` (at least N) or `N-M`, with optional words, as troops."""
    value = text.replace(",", "").replace("_", "").strip()
    open_ended = value.endswith("+")
    low, dash, high = value.rstrip("+").partition("-")
    if dash and not high:
        raise InvalidValue(f"troops {text!r}: a range needs both ends (N-M), or write N+")
    # ASCII digits only: int() would also read ٢٠٠٠ or ２０００ (and " 1 " or "+1").
    if not _DIGITS.fullmatch(low) or (high and not _DIGITS.fullmatch(high)):
        raise InvalidValue(f"troops {text!r}: expected N, N+ or N-M in ASCII digits")
    if max(len(low.lstrip("0")), len(high.lstrip("0"))) > 18:
        # Far past any figure the model accepts, and past what int() reads (4,300 digits).
        from tracker.domain.events import MAX_TROOPS

        digits = max(len(low), len(high))
        raise InvalidValue(
            f"troops of {digits:,} digits: more than {MAX_TROOPS:,}; check the figure"
        )
    minimum = int(low)
    maximum = None if open_ended else int(high) if high else minimum
    troops: dict[str, Any] = {"min": minimum, "max": maximum}
    if words:
        troops["text"] = words
    return troops


def troops_figure(troops: Mapping[str, Any], *, for_reading: bool = False) -> str:
    """The range of a stored troop figure as editors write it (`1000+`, `5000-8000`), or
    for reading in a table (`for_reading`: `1,000+`, `5,000–8,000`); "" with no figure."""
    low, high = troops.get("min"), troops.get("max")
    number = "{:,}" if for_reading else "{}"
    if low is None and high is None:
        return ""
    if high is None:
        return number.format(low) + "+"
    if low is None or low == high:
        return number.format(high)
    return number.format(low) + ("–" if for_reading else "-") + number.format(high)
