"""The three event types of SPEC §2 as frozen pydantic models, and the hash chain.

Event types are stored as the fixed strings `statement`, `correction` and `retraction`,
never as class paths, so renaming a class can never break history.
"""

import hashlib
import json
import re
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

import orjson
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

from tracker.domain.dates import (
    ensure_not_future,
    format_instant,
    parse_instant,
    parse_partial_date,
)
from tracker.domain.vocabulary import (
    CONTRIBUTION_SYNONYMS,
    CORRECTABLE_FIELDS,
    Contribution,
    Deployment,
    Stance,
)
from tracker.errors import VerificationFailed

GENESIS_HASH = "0" * 64
TOPIC_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Fields that exports add for readers but that are not part of an event.
DERIVED_FIELDS = ("hash", "country_name", "seq")


def _no_nul(value: str) -> str:
    # PostgreSQL refuses NUL in text where SQLite stores it: refuse it on both, up front.
    if "\x00" in value:
        raise ValueError("contains a NUL character")
    return value


# Every stored string is bounded and NUL-free, so both backends accept the same events.
Text = Annotated[str, Field(min_length=1, max_length=20_000), AfterValidator(_no_nul)]
OptionalText = Annotated[str, Field(max_length=20_000), AfterValidator(_no_nul)]
TOPIC_MAX_LENGTH = 200  # the `topic` columns' width


def _strip_or_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Troops(_Frozen):
    """A troop figure: a number, a range, and/or the article's own words."""

    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    text: OptionalText | None = None

    @model_validator(mode="after")
    def _range_in_order(self) -> "Troops":
        if self.min is not None and self.max is not None and self.max < self.min:
            raise ValueError(f"troops max {self.max} is below min {self.min}")
        if self.min is None and self.max is None and not self.text:
            raise ValueError("troops needs a number, a range or a text")
        return self


class Source(_Frozen):
    """Where a statement was reported."""

    outlet: OptionalText | None = None
    url: OptionalText | None = None
    title: OptionalText | None = None
    published: str | None = None
    quote: OptionalText | None = None

    _blank_to_none = field_validator("outlet", "url", "title", "quote", mode="before")(
        _strip_or_none
    )

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://\S+$", value):
            raise ValueError(f"url {value!r} must start with http:// or https://")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _published_date(cls, value: Any) -> str | None:
        value = _strip_or_none(value)
        if value is None:
            return None
        return ensure_not_future(parse_partial_date(str(value)), field="published")


class _Recorded(_Frozen):
    event_id: str
    recorded_at: datetime
    recorded_by: Text

    @field_validator("event_id", mode="before")
    @classmethod
    def _uuid(cls, value: Any) -> str:
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise ValueError(f"event_id {value!r} is not a UUID") from None

    @field_validator("recorded_at", mode="before")
    @classmethod
    def _utc(cls, value: Any) -> datetime:
        if isinstance(value, datetime):
            return parse_instant(value.isoformat())
        return parse_instant(str(value), end_of_day=False)

    @field_serializer("recorded_at")
    def _canonical_instant(self, value: datetime) -> str:
        return format_instant(value)


class Statement(_Recorded):
    """One reported statement of one country's stance on one topic."""

    type: Literal["statement"] = "statement"
    topic: Annotated[str, Field(max_length=TOPIC_MAX_LENGTH)]
    country: str
    stance: Stance
    date: str
    approximate: bool = False
    contributions: list[Contribution] = Field(default_factory=list)
    troops: Troops | None = None
    conditions: list[Text] = Field(default_factory=list)
    speaker: OptionalText | None = None
    sources: list[Source] = Field(default_factory=list)
    note: OptionalText | None = None
    # Added in schema 0003 (SPEC §6). Absent from a body when None, so that statements
    # written before it existed keep their canonical JSON, and their hash, exactly.
    deployment: Deployment | None = None

    _blank_to_none = field_validator("speaker", "note", mode="before")(_strip_or_none)

    @field_validator("deployment", mode="before")
    @classmethod
    def _deployment_word(cls, value: Any) -> Any:
        value = _strip_or_none(value)
        if isinstance(value, str):
            return value.lower().replace(" ", "-").replace("_", "-")
        return value

    @model_serializer(mode="wrap")
    def _without_absent_deployment(self, handler: SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if isinstance(data, dict) and data.get("deployment", "") is None:
            del data["deployment"]
        return data

    @field_validator("topic")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not TOPIC_PATTERN.match(value):
            raise ValueError(
                f"topic {value!r} must be a slug of lower-case letters, digits and hyphens"
            )
        return value

    @field_validator("country", mode="before")
    @classmethod
    def _known_country(cls, value: Any) -> str:
        from tracker.countries import resolve_country

        return resolve_country(str(value)).code

    @field_validator("date", mode="before")
    @classmethod
    def _partial_date(cls, value: Any) -> str:
        return ensure_not_future(parse_partial_date(str(value)))

    @field_validator("contributions", mode="before")
    @classmethod
    def _canonical_words(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [canonical_contribution(v) if isinstance(v, str) else v for v in value]
        return value

    @field_validator("contributions")
    @classmethod
    def _unique(cls, value: list[Contribution]) -> list[Contribution]:
        return list(dict.fromkeys(value))


def canonical_contribution(word: str) -> str:
    """A contribution as stored: lower case, synonyms (naval, troops, money ...) mapped."""
    key = word.strip().lower().replace(" ", "-").replace("_", "-")
    return CONTRIBUTION_SYNONYMS.get(key, key)


class Correction(_Recorded):
    """Fixes a data-entry error in an earlier statement."""

    type: Literal["correction"] = "correction"
    corrects: str
    changes: dict[str, Any]
    reason: Text

    @field_validator("corrects", mode="before")
    @classmethod
    def _target_uuid(cls, value: Any) -> str:
        return _Recorded._uuid(value)

    @field_validator("changes")
    @classmethod
    def _known_fields(cls, value: dict[str, Any]) -> dict[str, Any]:
        if not value:
            raise ValueError("a correction must change at least one field")
        unknown = sorted(set(value) - set(CORRECTABLE_FIELDS))
        if unknown:
            raise ValueError(
                f"cannot correct {', '.join(unknown)}; correctable: {', '.join(CORRECTABLE_FIELDS)}"
            )
        # Validate each new value with the statement's own rules, and normalise it.
        probe = Statement.model_validate(
            {
                "event_id": uuid.UUID(int=0),
                "recorded_at": "2000-01-01T00:00:00Z",
                "recorded_by": "-",
                "topic": "probe",
                "country": "FR",
                "stance": "undecided",
                "date": "2000",
                **value,
            }
        ).model_dump(mode="json")
        # A cleared deployment is absent from the probe's dump: it changes to None.
        return {field: probe.get(field) for field in value}


class Retraction(_Recorded):
    """Withdraws an earlier statement entirely."""

    type: Literal["retraction"] = "retraction"
    retracts: str
    reason: Text

    @field_validator("retracts", mode="before")
    @classmethod
    def _target_uuid(cls, value: Any) -> str:
        return _Recorded._uuid(value)


class Citation(_Recorded):
    """A corroborating report of an existing statement: one more source, no new stance."""

    type: Literal["citation"] = "citation"
    cites: str
    source: Source

    @field_validator("cites", mode="before")
    @classmethod
    def _target_uuid(cls, value: Any) -> str:
        return _Recorded._uuid(value)

    @field_validator("source")
    @classmethod
    def _names_a_report(cls, value: Source) -> Source:
        if not (value.outlet or value.url):
            raise ValueError("a citation needs at least an outlet or a URL")
        return value


class TopicDeclared(_Recorded):
    """Creates a topic on purpose (`tracker topics add`), optionally with a title."""

    type: Literal["topic"] = "topic"
    topic: Annotated[str, Field(max_length=TOPIC_MAX_LENGTH)]
    title: str | None = None

    _blank_to_none = field_validator("title", mode="before")(_strip_or_none)
    _slug = field_validator("topic")(Statement._slug.__func__)  # type: ignore[attr-defined]


Event = Statement | Correction | Retraction | Citation | TopicDeclared
EVENT_MODELS: dict[
    str,
    type[Statement] | type[Correction] | type[Retraction] | type[Citation] | type[TopicDeclared],
] = {
    "statement": Statement,
    "correction": Correction,
    "retraction": Retraction,
    "citation": Citation,
    "topic": TopicDeclared,
}


def new_event_id() -> str:
    """A random (version 4) UUID: its leading characters differ from event to event."""
    return str(uuid.uuid4())


def event_from_dict(record: dict[str, Any]) -> Event:
    """Validate a plain record (as stored or imported) into its event model."""
    kind = record.get("type", "statement")
    model = EVENT_MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        raise ValueError(f"unknown event type {kind!r}; expected one of {', '.join(EVENT_MODELS)}")
    clean = {k: v for k, v in record.items() if k not in DERIVED_FIELDS}
    return model.model_validate(clean)


def event_to_dict(event: Event) -> dict[str, Any]:
    """The event as plain JSON-ready data: every field present, but for a statement's
    absent `deployment` (left out so that older bodies keep their exact JSON)."""
    return event.model_dump(mode="json")


def canonical_json(record: dict[str, Any]) -> str:
    """Sorted keys, UTF-8, no insignificant whitespace: the text that is hashed and stored.

    The text is `json.dumps(record, sort_keys=True, ensure_ascii=False,
    separators=(",", ":"))`, which every stored chain was hashed from. orjson writes the
    same bytes, several times faster, for plain JSON trees of dicts, lists, str, int, bool
    and None; anything else (a float: Python writes `1e-05`, orjson `0.00001`; a `str`
    or `int` subclass; trees deeper than orjson goes) takes json.dumps. What orjson
    refuses (ints beyond 64 bits, lone surrogates, keys that are not text) does too.
    """
    if _plain_tree(record, 0):
        try:
            return orjson.dumps(record, option=orjson.OPT_SORT_KEYS).decode("utf-8")
        except (orjson.JSONEncodeError, TypeError):
            pass
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# orjson refuses trees nested deeper than 255; stay well below it.
_MAX_PLAIN_DEPTH = 200


def _plain_tree(value: Any, depth: int) -> bool:
    """Only dicts, lists, tuples, str, int, bool and None (exact types), not too deep."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if depth >= _MAX_PLAIN_DEPTH:
        return False
    if kind is dict:
        value = value.values()
    elif kind is not list and kind is not tuple:
        return False
    for item in value:
        item_kind = type(item)
        if item_kind is str or item_kind is int or item_kind is bool or item is None:
            continue
        if not _plain_tree(item, depth + 1):
            return False
    return True


def chain_hash(previous_hash: str, body: str) -> str:
    """`sha256(previous hash + canonical JSON of the event)`, as hex.

    A body that is not text (SQLite lets a BLOB into a TEXT column) was written behind the
    tracker's back: `VerificationFailed`, not a crash.
    """
    if not isinstance(body, str):
        raise VerificationFailed(f"an event body is stored as {type(body).__name__}, not text")
    return hashlib.sha256((previous_hash + body).encode("utf-8")).hexdigest()
