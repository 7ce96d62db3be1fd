"""Event types as a registry: what each stable type name means and does.

Each type declares its model, the field naming its target statement (if any), how it
changes that statement's view, and the verb used in messages. The event store, the
replay, the stored projection, `verify` and the CLI read this table instead of testing
type names, so a new type is one entry here plus its model and its amend rule.
"""

import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from tracker.domain import events, projection
from tracker.domain.projection import StatementView
from tracker.domain.troops import troops_figure
from tracker.errors import InvalidValue

Amend = Callable[[StatementView, Mapping[str, Any]], StatementView]


@dataclass(frozen=True)
class EventType:
    """One event type: its name (stored), model, target field and amend rule."""

    name: str
    model: type[Any]
    target_field: str | None = None
    amend: Amend | None = None
    verb: str = ""  # "corrected": what happens to the target, for messages
    describe: Callable[[Mapping[str, Any]], str] = lambda record: ""
    # What it does without its reason (`show` prints the reason once, beside it).
    describe_change: Callable[[Mapping[str, Any]], str] | None = None
    creates_view: bool = False  # a statement: a view of its own in the projection
    declares_topic: bool = False  # a topic event: recording it creates its topic
    history_label: str = "reason"  # how a timeline's history cell introduces its reason

    @property
    def names_topic(self) -> bool:
        """Its record names a topic that must be known, or is created by it."""
        return self.creates_view or self.declares_topic

    @property
    def is_report(self) -> bool:
        """A reported statement: intake fills its topic and source from the file's
        defaults, checks it for duplicates and plausibility (SPEC §6)."""
        return self.creates_view

    def target_of(self, record: Mapping[str, Any]) -> str | None:
        """The statement this event amends, or None."""
        return record.get(self.target_field) if self.target_field else None


def _short(value: Any) -> str:
    """A corrected value as users write it on the command line and in sheets: yes or
    no, a troop figure as `--troops` takes it (`1000+`, `5000-8000`) with the article's
    words, a source by outlet and date, a list comma-separated, "none" for nothing."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == [] or value == {}:
        return "none"
    if isinstance(value, list):
        return "; ".join(_short(v) for v in value)
    if isinstance(value, dict) and set(value) <= {"min", "max", "text"}:
        return _troops(value)
    if isinstance(value, dict):  # a source
        named = [str(value[k]) for k in ("outlet", "published") if value.get(k)]
        return " ".join(named) or str(value.get("url") or value.get("title") or "a source")
    return str(value)


def _troops(troops: Mapping[str, Any]) -> str:
    figure, words = troops_figure(troops), troops.get("text")
    if words:
        return f'{figure} ("{words}")' if figure else f'"{words}"'
    return figure or "none"


def correction_changes(record: Mapping[str, Any]) -> str:
    """What a correction changes, each field and its new value as users write it."""
    return ", ".join(f"{k}={_short(v)}" for k, v in sorted(record["changes"].items()))


def _describe_correction(record: Mapping[str, Any]) -> str:
    return f"{correction_changes(record)} ({record['reason']})"


def _describe_citation(record: Mapping[str, Any]) -> str:
    source = record["source"]
    return " ".join(str(source[k]) for k in ("outlet", "published", "url") if source.get(k))


REGISTRY: dict[str, EventType] = {
    t.name: t
    for t in (
        EventType(
            "statement",
            events.Statement,
            describe=lambda r: (r.get("sources") or [{}])[0].get("outlet") or "",
            creates_view=True,
        ),
        EventType(
            "correction",
            events.Correction,
            "corrects",
            projection.apply_correction,
            "corrected",
            _describe_correction,
            describe_change=correction_changes,
        ),
        EventType(
            "retraction",
            events.Retraction,
            "retracts",
            projection.apply_retraction,
            "retracted",
            lambda r: str(r["reason"]),
            history_label="retracted",
        ),
        EventType(
            "citation",
            events.Citation,
            "cites",
            projection.apply_citation,
            "cited",
            _describe_citation,
        ),
        EventType(
            "topic",
            events.TopicDeclared,
            describe=lambda r: r.get("title") or "",
            declares_topic=True,
        ),
    )
}
AMENDMENT_TYPES: tuple[str, ...] = tuple(n for n, t in REGISTRY.items() if t.amend is not None)
VIEW_TYPES: tuple[str, ...] = tuple(n for n, t in REGISTRY.items() if t.creates_view)
TOPIC_TYPES: tuple[str, ...] = tuple(n for n, t in REGISTRY.items() if t.declares_topic)


def event_type(name: str) -> EventType:
    """The registered type called `name`; `InvalidValue` for any other."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise InvalidValue(
            f"unknown event type {name!r}; expected one of {', '.join(REGISTRY)}"
        ) from None


# Fields every record carries, written first (`event_id`, `type`) and last (the record time).
_LEADING_FIELDS = ("event_id", "type")
_TRAILING_FIELDS = ("recorded_at", "recorded_by")


def record_fields() -> tuple[str, ...]:
    """Every field a record of any registered type may hold, each once: `event_id` and
    `type`, then each type's own fields in registry and model order, then the record time.

    The columns of every export (CSV, XLSX) are these, so that a field added to a model
    is exported, and imported back, without a list to update."""
    own: dict[str, None] = {}
    for kind in REGISTRY.values():
        own.update(dict.fromkeys(kind.model.model_fields))
    middle = [n for n in own if n not in _LEADING_FIELDS and n not in _TRAILING_FIELDS]
    return (*_LEADING_FIELDS, *middle, *_TRAILING_FIELDS)


def structured_fields() -> frozenset[str]:
    """The record fields whose values are lists or mappings (sources, troops, changes,
    a citation's source ...): the cells CSV and XLSX hold as JSON."""
    return frozenset(
        name
        for kind in REGISTRY.values()
        for name, info in kind.model.model_fields.items()
        if _structured(info.annotation)
    )


def _structured(annotation: Any) -> bool:
    """A list, a mapping or a model, or an optional one (`Troops | None`)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_structured(a) for a in typing.get_args(annotation))
    if origin in (list, dict, tuple):
        return True
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
