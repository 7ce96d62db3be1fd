"""What a correction changes, from what an editor typed: a patch merged into the statement.

An editor names only the fields to fix (`--url`, `--troops-text`, `--speaker` ...). The
correction event stores the full new value of each top-level field it changes, so that
replaying it never depends on anything but the event itself; this module computes those
values from the statement as it currently stands, keeping every field and nested field
(a source's outlet, quote and published; troops' min, max and text) that was not named.
Clearing is explicit (`--clear FIELD`).
"""

from collections.abc import Iterable, Mapping
from typing import Any

from tracker.domain.events import SOURCE_FIELDS
from tracker.domain.projection import StatementView
from tracker.errors import InvalidValue

TROOP_FIELDS = ("min", "max", "text")
# Fields replaced whole when given.
PLAIN_FIELDS = (
    "topic",
    "country",
    "stance",
    "date",
    "approximate",
    "contributions",
    "conditions",
    "speaker",
    "note",
    "deployment",
)
# What `--clear` accepts: a field of the statement, a field of its first source, or a
# part of its troops.
CLEARABLE = (
    "contributions",
    "conditions",
    "speaker",
    "note",
    "deployment",
    "troops",
    "troops-text",
    "sources",
    *SOURCE_FIELDS,
)


def correction_changes(
    view: StatementView, patch: Mapping[str, Any], clear: Iterable[str] = ()
) -> dict[str, Any]:
    """The `changes` of a correction: each changed top-level field with its full new value.

    `patch` holds plain fields, plus `troops` (a partial mapping of min/max/text) and
    `source` (a partial mapping of the first source's fields), merged into the current
    values; `sources`, when given, replaces the whole list. Raises `InvalidValue` when nothing would change.
    """
    clear = list(dict.fromkeys(clear))
    unknown = [name for name in clear if name not in CLEARABLE]
    if unknown:
        raise InvalidValue(f"cannot clear {', '.join(unknown)}; clearable: {', '.join(CLEARABLE)}")
    changes: dict[str, Any] = {}
    for name in PLAIN_FIELDS:
        if name in patch:
            changes[name] = patch[name]
    for name in ("contributions", "conditions"):
        if name in clear:
            changes[name] = []
    for name in ("speaker", "note", "deployment"):
        if name in clear:
            changes[name] = None

    troops = _merged_troops(view.troops, patch.get("troops"), clear)
    if troops != _plain_troops(view.troops):
        changes["troops"] = troops

    given = patch.get("sources")
    base = view.sources if given is None else tuple(given)
    sources = _merged_sources(base, patch.get("source"), clear)
    if sources != [dict(s) for s in view.sources]:
        changes["sources"] = sources

    changed = {k: v for k, v in changes.items() if not _same(getattr(view, k, None), v)}
    if not changed:
        raise InvalidValue("nothing to correct: the statement already has those values")
    return changed


def _same(current: Any, new: Any) -> bool:
    if isinstance(current, tuple):
        current = list(current)
    return bool(current == new)


def _plain_troops(troops: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not troops:
        return None
    return {k: troops.get(k) for k in TROOP_FIELDS}


def _merged_troops(
    current: Mapping[str, Any] | None, patch: Mapping[str, Any] | None, clear: list[str]
) -> dict[str, Any] | None:
    if "troops" in clear:
        merged: dict[str, Any] = {k: None for k in TROOP_FIELDS}
    else:
        merged = _plain_troops(current) or {k: None for k in TROOP_FIELDS}
    if "troops-text" in clear:
        merged["text"] = None
    if patch:
        if "min" in patch or "max" in patch:  # a new figure replaces the old one whole
            merged["min"], merged["max"] = patch.get("min"), patch.get("max")
        if patch.get("text") is not None:
            merged["text"] = patch["text"]
    if all(merged[k] is None for k in TROOP_FIELDS):
        return None
    return merged


def _merged_sources(
    current: tuple[Mapping[str, Any], ...], patch: Mapping[str, Any] | None, clear: list[str]
) -> list[dict[str, Any]]:
    sources = [] if "sources" in clear else [dict(s) for s in current]
    cleared = [name for name in SOURCE_FIELDS if name in clear]
    if not patch and not cleared:
        return sources
    first = {k: None for k in SOURCE_FIELDS}
    if sources:
        first.update(sources[0])
    for name in cleared:
        first[name] = None
    for name, value in (patch or {}).items():
        first[name] = value
    rest = sources[1:]
    if all(first.get(k) is None for k in SOURCE_FIELDS):
        return rest
    return [first, *rest]
