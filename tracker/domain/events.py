"""The event types of SPEC §2 as frozen pydantic models, and the hash chain.

Event types are stored as the fixed strings `statement`, `correction`, `retraction`,
`citation` and `topic`, never as class paths, so renaming a class can never break history.

Validation is the import's hot path, so pydantic-core does the checking: lengths, the
closed vocabularies, the topic slug, the URL form and the NUL refusal are core
constraints. What only Python can do (resolve a country, read a partial date, a record
time or a UUID in any of its forms, map contribution synonyms, blank text to None) is
done in one pass per model (`_Checked._validate`), not by a validator per field; its
problems and the core's are reported together, each in the words users saw before,
every problem of the record at once.
"""

import hashlib
import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal

import orjson
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    ValidationError,
    field_serializer,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails

from tracker.domain.dates import (
    _CANONICAL_INSTANT,
    ensure_not_future,
    format_instant,
    parse_instant,
    parse_partial_date,
)
from tracker.domain.vocabulary import (
    CONTRIBUTION_SYNONYMS,
    CONTRIBUTIONS,
    Contribution,
    Deployment,
    Stance,
)
from tracker.errors import VerificationFailed

GENESIS_HASH = "0" * 64
TOPIC_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Fields that exports add for readers but that are not part of an event.
DERIVED_FIELDS = ("hash", "country_name", "seq")
TOPIC_MAX_LENGTH = 200  # the `topic` columns' width

# pydantic-core patterns (Rust regex: `$` is the end of the text, `\s` Unicode White_Space).
# PostgreSQL refuses NUL in text where SQLite stores it: refuse it on both, up front.
_NO_NUL = r"^[^\x00]*$"
# Python's `\S` also refuses \x1c-\x1f (str.isspace), which Unicode White_Space does not.
_HTTP_URL = r"^https?://[^\s\x00\x1c-\x1f]+$"
_SLUG = TOPIC_PATTERN.pattern
# What pydantic-core's strip_whitespace removes (Unicode White_Space, Rust's `trim`).
_CORE_WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

# Every stored string is bounded and NUL-free, so both backends accept the same events.
MAX_TEXT = 20_000  # characters of one text field (a quote, a title, a note ...)
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT, pattern=_NO_NUL)]
OptionalText = Annotated[str, Field(max_length=MAX_TEXT, pattern=_NO_NUL)]
Slug = Annotated[str, Field(max_length=TOPIC_MAX_LENGTH, pattern=_SLUG)]


def _strip_or_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _uuid_text(value: Any) -> str:
    """An event id in any form `uuid.UUID` reads, as its canonical lower-case text."""
    if type(value) is str and _CANONICAL_UUID.fullmatch(value):
        return value
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise ValueError(f"event_id {value!r} is not a UUID") from None


def _record_time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return parse_instant(value.isoformat())
    return parse_instant(str(value), end_of_day=False)


# Texts already read, for the values an import repeats: country names and dates. Only
# results are kept, never errors; a date is kept once it is not in the future (it never
# will be again), so every entry is what reading the text again would give.
_COUNTRY_CODES: dict[str, str] = {}
_PAST_DATES: dict[tuple[str, str], str] = {}
_KEPT_TEXTS = 50_000  # then start again: a bound on memory, not on correctness


def _country_code(value: Any) -> str:
    if type(value) is str:
        code = _COUNTRY_CODES.get(value)
        if code is not None:
            return code
    from tracker.countries import resolve_country

    code = resolve_country(str(value)).code
    if type(value) is str:
        if len(_COUNTRY_CODES) >= _KEPT_TEXTS:
            _COUNTRY_CODES.clear()
        _COUNTRY_CODES[value] = code
    return code


def _past_date(value: Any, field: str) -> str:
    key = (value, field) if type(value) is str else None
    if key is not None:
        known = _PAST_DATES.get(key)
        if known is not None:
            return known
    partial = ensure_not_future(parse_partial_date(str(value)), field=field)
    if key is not None:
        if len(_PAST_DATES) >= _KEPT_TEXTS:
            _PAST_DATES.clear()
        _PAST_DATES[key] = partial
    return partial


def _statement_date(value: Any) -> str:
    return _past_date(value, "date")


def _published_date(value: Any) -> str | None:
    value = _strip_or_none(value)
    if value is None:
        return None
    return _past_date(value, "published")


_CONTRIBUTION_WORDS = frozenset(CONTRIBUTIONS)


def _contribution_words(value: Any) -> Any:
    """Synonyms to their canonical words, each once (when all are words of the vocabulary;
    otherwise each is left for the vocabulary check to name)."""
    if type(value) is not list:
        return value
    if not value:
        return value
    words = [canonical_contribution(v) if isinstance(v, str) else v for v in value]
    for word in words:
        if type(word) is not str or word not in _CONTRIBUTION_WORDS:
            return words
    return list(dict.fromkeys(words))


def _deployment_word(value: Any) -> Any:
    value = _strip_or_none(value)
    if isinstance(value, str):
        return value.lower().replace(" ", "-").replace("_", "-")
    return value


def _pattern_problem(field: str, given: Any) -> str:
    """A core pattern mismatch in the words the field's check has always used."""
    value = (given if isinstance(given, str) else str(given)).strip(_CORE_WHITESPACE)
    if field == "topic":
        return f"topic {value!r} must be a slug of lower-case letters, digits and hyphens"
    if field == "url" and "\x00" not in value:
        return f"url {value!r} must start with http:// or https://"
    return "contains a NUL character"


class _Frozen(BaseModel):
    # Each model builds its validator when first used, not at import: a command pays only
    # for the event types it validates.
    model_config = ConfigDict(
        frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


class _Checked(_Frozen):
    """A model whose Python-only normalisations run in one pass before pydantic-core.

    `_PREPARE` maps a field to the function that reads its given value (and raises
    `ValueError`, as `InvalidValue` is, for a value it refuses), applied only to fields
    present in the input, as a field validator in "before" mode was. A refused value is
    reported where that field's problem stood among the core's; the core's pattern
    mismatches are reported in the words of the checks they replace.
    """

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {}
    # A value the core accepts, put in place of a refused one so that the core reports
    # only the record's other problems.
    _STAND_IN: ClassVar[dict[str, Any]] = {}

    @model_validator(mode="wrap")
    @classmethod
    def _validate(cls, data: Any, handler: ModelWrapValidatorHandler[Any]) -> Any:
        refused: list[InitErrorDetails] = []
        if type(data) is dict or isinstance(data, Mapping):
            prepare = cls._PREPARE
            prepared = None
            for name, given in data.items():
                read = prepare.get(name)
                if read is None:
                    continue
                if read is _strip_or_none:  # the most frequent, inline
                    if not isinstance(given, str):
                        continue
                    value = given.strip() or None
                    if value is not None and value == given and type(given) is str:
                        continue
                    if prepared is None:
                        prepared = dict(data)
                    prepared[name] = value
                    continue
                try:
                    value = read(given)
                except ValueError as error:
                    refused.append(
                        {
                            "type": "value_error",
                            "loc": (name,),
                            "input": given,
                            "ctx": {"error": error},
                        }
                    )
                    value = cls._STAND_IN[name]
                if value is not given:
                    if prepared is None:
                        prepared = dict(data)
                    prepared[name] = value
            if prepared is not None:
                data = prepared
        try:
            validated = handler(data)
        except ValidationError as error:
            problems = error.errors()
            if refused or any(p["type"] == "string_pattern_mismatch" for p in problems):
                raise _problems(cls, error.title, refused, problems) from None
            raise
        if refused:
            raise _problems(cls, cls.__name__, refused, [])
        return validated


def _problems(
    model: type[BaseModel],
    title: str,
    refused: list[InitErrorDetails],
    found: list[Any],
) -> ValidationError:
    """One error listing the refused values and the core's problems in field order."""
    order = {name: index for index, name in enumerate(model.model_fields)}
    merged: list[Any] = []
    for problem in found:
        if problem["type"] == "string_pattern_mismatch":
            field = next((p for p in reversed(problem["loc"]) if isinstance(p, str)), "")
            problem = {
                "type": "value_error",
                "loc": problem["loc"],
                "input": problem["input"],
                "ctx": {"error": ValueError(_pattern_problem(field, problem["input"]))},
            }
        merged.append(problem)
    merged.extend(refused)
    # Stable: problems of one field keep their order, extra fields stay last.
    merged.sort(key=lambda p: order.get(p["loc"][0], len(order)) if p["loc"] else len(order))
    return ValidationError.from_exception_data(title, merged)


# More soldiers than any country's armed forces, reserves included: a figure above it is
# a typo (or a hostile value), and stored figures stay far inside JSON's 64-bit integers.
MAX_TROOPS = 10_000_000


class Troops(_Frozen):
    """A troop figure: a number, a range, and/or the article's own words."""

    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    text: OptionalText | None = None

    @model_validator(mode="after")
    def _range_in_order(self) -> "Troops":
        over = [n for n in (self.min, self.max) if n is not None and n > MAX_TROOPS]
        if over:
            shown = f"{over[0]:,}" if over[0] < 10**18 else "a figure of that size"
            raise ValueError(
                f"{shown} is more than {MAX_TROOPS:,}, more than any country's armed "
                "forces: check the figure"
            )
        if self.min is not None and self.max is not None and self.max < self.min:
            raise ValueError(f"troops max {self.max} is below min {self.min}")
        if self.min is None and self.max is None and not self.text:
            raise ValueError("troops needs a number, a range or a text")
        return self


class Source(_Checked):
    """Where a statement was reported."""

    outlet: OptionalText | None = None
    url: Annotated[str, Field(max_length=MAX_TEXT, pattern=_HTTP_URL)] | None = None
    title: OptionalText | None = None
    published: str | None = None
    quote: OptionalText | None = None

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "outlet": _strip_or_none,
        "url": _strip_or_none,
        "title": _strip_or_none,
        "quote": _strip_or_none,
        "published": _published_date,
    }
    _STAND_IN: ClassVar[dict[str, Any]] = {"published": None}


class _Recorded(_Checked):
    event_id: str
    recorded_at: datetime
    recorded_by: Text

    @field_serializer("recorded_at")
    def _canonical_instant(self, value: datetime) -> str:
        return format_instant(value)


_NIL_ID = str(uuid.UUID(int=0))
_RECORDED: dict[str, Callable[[Any], Any]] = {
    "event_id": _uuid_text,
    "recorded_at": _record_time,
}
_RECORDED_STAND_IN: dict[str, Any] = {
    "event_id": _NIL_ID,
    "recorded_at": datetime(2000, 1, 1).astimezone(),
}


# A source's fields, in the model's order: the one list of them (CLI options, CSV columns,
# sheets, the API's `source=` mapping and `--clear` all read this).
SOURCE_FIELDS: tuple[str, ...] = tuple(Source.model_fields)
# What every record carries beside its own fields: set by the recorder, never by an editor.
RECORD_FIELDS: tuple[str, ...] = ("event_id", "type", "recorded_at", "recorded_by")


class Statement(_Recorded):
    """One reported statement of one country's stance on one topic."""

    type: Literal["statement"] = "statement"
    topic: Slug
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
    # Added in schema 0003 (SPEC §6). Absent from a body when None (`event_to_dict`), so
    # that statements written before it existed keep their canonical JSON and hash exactly.
    deployment: Deployment | None = None

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        **_RECORDED,
        "country": _country_code,
        "date": _statement_date,
        "contributions": _contribution_words,
        "speaker": _strip_or_none,
        "note": _strip_or_none,
        "deployment": _deployment_word,
    }
    _STAND_IN: ClassVar[dict[str, Any]] = {
        **_RECORDED_STAND_IN,
        "country": "FR",
        "date": "2000",
        "deployment": None,
    }


# -- the stored form, checked without the models ------------------------------------------
#
# `verify` validates every stored body and an import every record it writes: most are a
# statement exactly as `event_to_dict` writes one (every field present, every value in
# its normal form). `is_stored_statement` recognises that form in plain Python, with the
# models' own readers of countries, dates and record times, in a fraction of the models'
# time; it is a shortcut and never a second rule: it answers True only for a record the
# models accept and give back unchanged (a property test holds it to that on hostile
# records), and anything else (an older body, another type, a value in any other form)
# is for the models to judge, so that what is accepted is exactly what they accept.

# The fields checked below, each by name: a field added to `Statement` needs its check
# here (a test holds the two lists equal).
_STATEMENT_KEYS = frozenset(
    ("event_id", "type", "recorded_at", "recorded_by", "topic", "country", "stance", "date")
) | frozenset(
    ("approximate", "contributions", "troops", "conditions", "speaker", "sources", "note")
)
_STATEMENT_KEYS_DEPLOYED = _STATEMENT_KEYS | {"deployment"}
_SOURCE_KEYS = frozenset(("outlet", "url", "title", "published", "quote"))
_TROOPS_KEYS = frozenset(("min", "max", "text"))
_STANCE_WORDS = frozenset(s.value for s in Stance)
_DEPLOYMENT_WORDS = frozenset(d.value for d in Deployment)
_HTTP_URL_TEXT = re.compile(_HTTP_URL)  # Python's \s refuses more than the core's


_CORE_SPACE = frozenset(_CORE_WHITESPACE)


def _core_text(value: Any, *, empty: bool = False) -> bool:
    """A text the core takes as it is: exact `str`, nothing for its strip to take (its
    whitespace, not Python's), no NUL, at most `MAX_TEXT` characters, encodable (the core
    refuses lone surrogates), and not empty unless `empty`."""
    if type(value) is not str:
        return False
    if not value:
        return empty
    return (
        len(value) <= MAX_TEXT
        and value[0] not in _CORE_SPACE
        and value[-1] not in _CORE_SPACE
        and "\x00" not in value
        and (value.isascii() or _encodable(value))
    )


def _stored_optional(value: Any) -> bool:
    """A `_strip_or_none` field in its stored form: None, or a text that Python's strip
    (which the field's reader applies before the core; its whitespace holds the core's)
    leaves as it is, and `_core_text` otherwise."""
    if value is None:
        return True
    return (
        type(value) is str
        and 0 < len(value) <= MAX_TEXT
        and not value[0].isspace()
        and not value[-1].isspace()
        and "\x00" not in value
        and (value.isascii() or _encodable(value))
    )


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _stored_source(source: Any) -> bool:
    if type(source) is not dict or source.keys() != _SOURCE_KEYS:
        return False
    url, published = source["url"], source["published"]
    if url is not None and not (_stored_optional(url) and _HTTP_URL_TEXT.fullmatch(url)):
        return False
    if published is not None and not _kept_date(published, "published"):
        return False
    return (
        _stored_optional(source["outlet"])
        and _stored_optional(source["title"])
        and _stored_optional(source["quote"])
    )


def _stored_troops(troops: Any) -> bool:
    if troops is None:
        return True
    if type(troops) is not dict or troops.keys() != _TROOPS_KEYS:
        return False
    low, high, text = troops["min"], troops["max"], troops["text"]
    for figure in (low, high):
        if figure is not None and not (type(figure) is int and 0 <= figure <= MAX_TROOPS):
            return False
    if text is not None and not _core_text(text, empty=True):
        return False
    if low is not None and high is not None and high < low:
        return False
    return not (low is None and high is None and not text)


def _kept_country(value: Any) -> bool:
    """Whether the model's reader gives the country `value` back unchanged (a code; its
    memo holds only readings, so a code read already is one)."""
    if type(value) is not str:
        return False
    if _COUNTRY_CODES.get(value) == value:
        return True
    try:
        return _country_code(value) == value
    except ValueError:
        return False


def _kept_date(value: Any, field: str) -> bool:
    """Whether the model's reader gives the date `value` of `field` back unchanged (a
    past date as `parse_partial_date` writes it: ASCII, nothing to strip)."""
    if type(value) is not str:
        return False
    if _PAST_DATES.get((value, field)) == value:
        return True
    try:
        return _past_date(value, field) == value
    except ValueError:
        return False


def _stored_instant(value: Any) -> bool:
    """A record time as `format_instant` writes it, which `_record_time` reads back to
    the same text: the canonical pattern, a year from 1000 (format_instant writes
    earlier ones otherwise), a real day and time."""
    if type(value) is not str or len(value) != 27 or value < "1000":
        return False
    if not _CANONICAL_INSTANT.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_stored_statement(record: Any) -> bool:
    """Whether `record` is a statement in the form `event_to_dict` stores: True only when
    `Statement` accepts it and `event_to_dict` gives it back equal, value for value and
    type for type. False says nothing: the models decide (`event_from_dict`)."""
    if type(record) is not dict:
        return False
    keys = record.keys()
    if keys != _STATEMENT_KEYS:
        deployment = record.get("deployment")
        if keys != _STATEMENT_KEYS_DEPLOYED or type(deployment) is not str:
            return False
        if deployment not in _DEPLOYMENT_WORDS:
            return False
    kind, event_id, stance = record["type"], record["event_id"], record["stance"]
    if type(kind) is not str or kind != "statement":
        return False
    if type(event_id) is not str or not _CANONICAL_UUID.fullmatch(event_id):
        return False
    if not _stored_instant(record["recorded_at"]):
        return False
    if type(stance) is not str or stance not in _STANCE_WORDS:
        return False
    topic, country, day = record["topic"], record["country"], record["date"]
    if (
        type(topic) is not str
        or len(topic) > TOPIC_MAX_LENGTH
        or not TOPIC_PATTERN.fullmatch(topic)
    ):
        return False
    if not _kept_country(country) or not _kept_date(day, "date"):
        return False
    if type(record["approximate"]) is not bool or not _core_text(record["recorded_by"]):
        return False
    contributions = record["contributions"]
    if type(contributions) is not list:
        return False
    for word in contributions:
        if type(word) is not str or word not in _STORED_CONTRIBUTIONS:
            return False
    if len(contributions) > 1 and len(set(contributions)) != len(contributions):
        return False  # each word once
    conditions, sources = record["conditions"], record["sources"]
    if type(conditions) is not list or type(sources) is not list:
        return False
    for condition in conditions:
        if not _core_text(condition):
            return False
    for source in sources:
        if not _stored_source(source):
            return False
    return (
        _stored_troops(record["troops"])
        and _stored_optional(record["speaker"])
        and _stored_optional(record["note"])
    )


def _copied(value: Any) -> Any:
    return list(value) if type(value) is list else value  # as the models copy lists


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the appender reads of an event beside its record (its type and record time),
    for a record made without the models (`stored_statement`)."""

    type: str
    recorded_at: datetime


def stored_statement(record: Any) -> tuple[dict[str, Any], Stamp] | None:
    """What `event_to_dict(event_from_dict(record))` gives for a statement record whose
    values need no more than the readers the models apply to them (a country's name, a
    date, contribution synonyms, blank text, a record time in another form, fields left
    out), made without the models, with its stamp; None, for the models to decide (and
    to word the problems), whenever the result would not be in the stored form
    (`is_stored_statement`). A property test holds the two equal on hostile records."""
    if type(record) is not dict or not record.keys() <= _STATEMENT_KEYS_DEPLOYED:
        return None
    kind = record.get("type", "statement")
    if type(kind) is not str or kind != "statement":
        return None
    try:
        given = record["recorded_at"]
        if _stored_instant(given):  # as stamped: its own text (a real time, from 1000)
            moment, instant = datetime.fromisoformat(given), given
        else:
            moment = _record_time(given)
            instant = format_instant(moment)
        event_id = _uuid_text(record["event_id"])
        country = _country_code(record["country"])
        day = _statement_date(record["date"])
        sources = record.get("sources", [])
        troops = record.get("troops")
        if type(sources) is not list or (troops is not None and type(troops) is not dict):
            return None
        if troops is not None and not troops.keys() <= _TROOPS_KEYS:
            return None
        made: list[dict[str, Any]] = []
        for source in sources:
            if type(source) is not dict or not source.keys() <= _SOURCE_KEYS:
                return None
            made.append(
                {
                    "outlet": _strip_or_none(source.get("outlet")),
                    "url": _strip_or_none(source.get("url")),
                    "title": _strip_or_none(source.get("title")),
                    "published": _published_date(source.get("published")),
                    "quote": _strip_or_none(source.get("quote")),
                }
            )
        out = {
            "event_id": event_id,
            "recorded_at": instant,
            "recorded_by": record.get("recorded_by"),
            "type": "statement",
            "topic": record.get("topic"),
            "country": country,
            "stance": record.get("stance"),
            "date": day,
            "approximate": record.get("approximate", False),
            "contributions": _copied(_contribution_words(record.get("contributions", []))),
            "troops": None
            if troops is None
            else {"min": troops.get("min"), "max": troops.get("max"), "text": troops.get("text")},
            "conditions": _copied(record.get("conditions", [])),
            "speaker": _strip_or_none(record.get("speaker")),
            "sources": made,
            "note": _strip_or_none(record.get("note")),
        }
        deployment = _deployment_word(record.get("deployment"))
    except (KeyError, ValueError, TypeError, OverflowError):
        return None
    if deployment is not None:
        out["deployment"] = deployment
    if not is_stored_statement(out):
        return None
    return out, Stamp("statement", moment)


def canonical_contribution(word: str) -> str:
    """A contribution as stored: lower case, synonyms (naval, troops, money ...) mapped."""
    key = word.strip().lower().replace(" ", "-").replace("_", "-")
    return CONTRIBUTION_SYNONYMS.get(key, key)


# The contribution words `_contribution_words` keeps as they are (all of them).
_STORED_CONTRIBUTIONS = frozenset(w for w in CONTRIBUTIONS if canonical_contribution(w) == w)


# A statement's own fields, in the model's order (what an editor gives and a correction
# may change): the one list of them.
STATEMENT_FIELDS: tuple[str, ...] = tuple(
    name for name in Statement.model_fields if name not in RECORD_FIELDS
)


class Correction(_Recorded):
    """Fixes a data-entry error in an earlier statement."""

    type: Literal["correction"] = "correction"
    corrects: str
    changes: dict[str, Any]
    reason: Text

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {**_RECORDED, "corrects": _uuid_text}
    _STAND_IN: ClassVar[dict[str, Any]] = {**_RECORDED_STAND_IN, "corrects": _NIL_ID}

    @field_validator("changes")
    @classmethod
    def _known_fields(cls, value: dict[str, Any]) -> dict[str, Any]:
        if not value:
            raise ValueError("a correction must change at least one field")
        unknown = sorted(set(value) - set(STATEMENT_FIELDS))
        if unknown:
            raise ValueError(
                f"cannot correct {', '.join(unknown)}; correctable: {', '.join(STATEMENT_FIELDS)}"
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
        # A cleared deployment changes to None.
        return {field: probe.get(field) for field in value}


class Retraction(_Recorded):
    """Withdraws an earlier statement entirely."""

    type: Literal["retraction"] = "retraction"
    retracts: str
    reason: Text

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {**_RECORDED, "retracts": _uuid_text}
    _STAND_IN: ClassVar[dict[str, Any]] = {**_RECORDED_STAND_IN, "retracts": _NIL_ID}


class Citation(_Recorded):
    """A corroborating report of an existing statement: one more source, no new stance."""

    type: Literal["citation"] = "citation"
    cites: str
    source: Source

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {**_RECORDED, "cites": _uuid_text}
    _STAND_IN: ClassVar[dict[str, Any]] = {**_RECORDED_STAND_IN, "cites": _NIL_ID}

    @field_validator("source")
    @classmethod
    def _names_a_report(cls, value: Source) -> Source:
        if not (value.outlet or value.url):
            raise ValueError("a citation needs at least an outlet or a URL")
        return value


def _pledge_phrases(value: Any) -> Any:
    """Pledge phrases as stored: spaces collapsed, each once (ignoring case), in the
    order given; anything but a list of text is left for the core to refuse."""
    if type(value) is not list:
        return value
    phrases: dict[str, Any] = {}
    for item in value:
        phrase = " ".join(item.split()) if isinstance(item, str) else item
        phrases.setdefault(phrase.casefold() if isinstance(phrase, str) else repr(phrase), phrase)
    return list(phrases.values())


class TopicDeclared(_Recorded):
    """Declares what a topic's pledge is: created on purpose (`tracker topics add`) or
    changed (`tracker topics edit`), each time in full. A topic's definition is its
    latest `topic` event; earlier ones stay in the log as its history (SPEC §7).

    `pledges` are the phrases a draft looks for ("send troops"). Absent from a body when
    empty (`event_to_dict`), so that topic events written before it existed keep their
    canonical JSON and hash exactly."""

    type: Literal["topic"] = "topic"
    topic: Slug
    title: OptionalText | None = None
    pledges: list[Text] = Field(default_factory=list)

    _PREPARE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        **_RECORDED,
        "title": _strip_or_none,
        "pledges": _pledge_phrases,
    }
    _STAND_IN: ClassVar[dict[str, Any]] = _RECORDED_STAND_IN


Event = Statement | Correction | Retraction | Citation | TopicDeclared


def new_event_id() -> str:
    """A random (version 4) UUID: its leading characters differ from event to event."""
    return str(uuid.uuid4())


def event_from_dict(record: dict[str, Any]) -> Event:
    """Validate a plain record (as stored or imported) into its event model."""
    from tracker.domain.registry import REGISTRY  # the one list of types; it imports this module

    kind = record.get("type", "statement")
    entry = REGISTRY.get(kind) if isinstance(kind, str) else None
    if entry is None:
        raise ValueError(f"unknown event type {kind!r}; expected one of {', '.join(REGISTRY)}")
    if "hash" in record or "country_name" in record or "seq" in record:  # DERIVED_FIELDS
        record = {k: v for k, v in record.items() if k not in DERIVED_FIELDS}
    event: Event = entry.model.model_validate(record)
    return event


_ABSENT_DEPLOYMENT = {"deployment"}
_ABSENT_PLEDGES = {"pledges"}


def event_to_dict(event: Event) -> dict[str, Any]:
    """The event as plain JSON-ready data: every field present, but for a statement's
    absent `deployment` and a topic's empty `pledges` (left out so that older bodies
    keep their exact JSON)."""
    if type(event) is Statement and event.deployment is None:
        return event.model_dump(mode="json", exclude=_ABSENT_DEPLOYMENT)
    if type(event) is TopicDeclared and not event.pledges:
        return event.model_dump(mode="json", exclude=_ABSENT_PLEDGES)
    return event.model_dump(mode="json")


def canonical_json(record: dict[str, Any], *, plain: bool = False) -> str:
    """Sorted keys, UTF-8, no insignificant whitespace: the text that is hashed and stored.

    `plain`: the caller knows `record` is a plain tree (a record `stored_statement` made,
    which `is_stored_statement` held to exact types), so the tree is not walked again.

    The text is `json.dumps(record, sort_keys=True, ensure_ascii=False,
    separators=(",", ":"))`, which every stored chain was hashed from. orjson writes the
    same bytes, several times faster, for plain JSON trees of dicts, lists, str, int, bool
    and None; anything else (a float: Python writes `1e-05`, orjson `0.00001`; a `str`
    or `int` subclass; trees deeper than orjson goes) takes json.dumps. What orjson
    refuses (ints beyond 64 bits, lone surrogates, keys that are not text) does too.
    """
    if plain or _plain_tree(record, 0):
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
