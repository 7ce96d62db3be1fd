"""`is_stored_statement`, the shortcut `verify` and the import take past the models, says
yes only where the models would: a record it takes is accepted by `Statement` and given
back equal (same canonical JSON) by `event_to_dict`; and it takes every statement as
`event_to_dict` stores it. Records are drawn as stored, then damaged one value at a time
with the values editors and attackers give (padded, empty, NUL, lone surrogates, too
long, other types, lower-case codes, names, future dates, other spellings of a time)."""

import copy
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tracker.domain.events import (
    _CORE_WHITESPACE,
    _SOURCE_KEYS,
    _STATEMENT_KEYS_DEPLOYED,
    _TROOPS_KEYS,
    MAX_TEXT,
    MAX_TROOPS,
    Source,
    Statement,
    Troops,
    canonical_json,
    event_from_dict,
    event_to_dict,
    is_stored_statement,
    stored_statement,
)
from tracker.domain.vocabulary import CONTRIBUTIONS, DEPLOYMENTS, STANCES
from tracker.errors import TrackerError

WORDS = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=8,
)
ODD = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            " x",
            "x ",
            "\x1cx",
            "x\x1f",
            "\u00a0x",
            "x\u3000",
            "a\x00b",
            "a\udc00b",
            "\ud800",
            "x" * (MAX_TEXT + 1),
            "x" * MAX_TEXT,
            "fr",
            "France",
            "Fr ",
            "XX",
            "2999-01-01",
            "2024-02-30",
            "2024-1-1",
            "2024",
            "2024-06",
            " 2024-06-01",
            "statement",
            "correction",
            "http://x",
            "ftp://x",
            "https://a b",
            "https://a\x1cb",
            "Committed",
            "committed",
            "naval",
            "sea",
            "In Country",
            "in-country",
            "2025-09-05T10:12:00Z",
            "2025-09-05T10:12:00.000000Z",
            "2025-09-05T10:12:00.000000+00:00",
            "0999-09-05T10:12:00.000000Z",
            "2025-02-30T10:12:00.000000Z",
            "57535A08-65CC-4C80-AD90-35B3C8ECE60C",
            "57535a0865cc4c80ad9035b3c8ece60c",
        ]
    ),
    WORDS,
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=MAX_TROOPS + 2),
    st.sampled_from([0, 1, 10**20, 1.0, 2.5, [], {}, ["sea"], ["sea", "sea"], ["x"], [1]]),
    st.sampled_from([{"min": 1}, {"min": 1, "max": None, "text": None}, {"a": 1}]),
)


@st.composite
def sources(draw: Any) -> dict[str, Any]:
    def optional(values: Any) -> Any:
        return draw(st.one_of(st.none(), values))

    day = draw(
        st.dates(min_value=datetime(2015, 1, 1).date(), max_value=datetime(2025, 12, 31).date())
    )
    return {
        "outlet": optional(WORDS.map(str.strip).filter(bool)),
        "url": optional(st.sampled_from(["https://a.example/1", "http://b.example/x?y=1"])),
        "title": optional(WORDS.map(str.strip).filter(bool)),
        "published": optional(st.sampled_from([day.isoformat(), day.isoformat()[:7], "2020"])),
        "quote": optional(WORDS.map(str.strip).filter(bool)),
    }


@st.composite
def stored_statements(draw: Any) -> dict[str, Any]:
    """A statement record as `event_to_dict` stores it (drawn through the model)."""
    moment = draw(
        st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2025, 1, 1))
    ).replace(tzinfo=UTC)
    troops = draw(
        st.one_of(
            st.none(),
            st.builds(
                lambda low, span, text: {"min": low, "max": low + span, "text": text},
                st.integers(0, 50_000),
                st.integers(0, 5_000),
                st.one_of(st.none(), WORDS),
            ),
            st.builds(lambda text: {"text": text}, WORDS.map(str.strip).filter(bool)),
        )
    )
    record: dict[str, Any] = {
        "event_id": str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))),
        "type": "statement",
        "recorded_at": moment.isoformat().replace("+00:00", "Z"),
        "recorded_by": draw(WORDS.map(str.strip).filter(bool)),
        "topic": draw(st.sampled_from(["pledge", "a-1", "x" * 200])),
        "country": draw(st.sampled_from(["FR", "DE", "GB", "US", "UA"])),
        "stance": draw(st.sampled_from(STANCES)),
        "date": draw(st.sampled_from(["2024", "2024-06", "2024-06-30", "2019-02-28"])),
        "approximate": draw(st.booleans()),
        "contributions": draw(st.lists(st.sampled_from(CONTRIBUTIONS), unique=True, max_size=3)),
        "troops": troops,
        "conditions": draw(st.lists(WORDS.map(str.strip).filter(bool), max_size=2)),
        "speaker": draw(st.one_of(st.none(), WORDS)),
        "sources": draw(st.lists(sources(), max_size=3)),
        "note": draw(st.one_of(st.none(), WORDS)),
    }
    if draw(st.booleans()):
        record["deployment"] = draw(st.sampled_from(DEPLOYMENTS))
    return event_to_dict(event_from_dict(record))


def _model_form(record: Any) -> str | None:
    """The canonical JSON of what the models make of `record`, None if they refuse it."""
    try:
        return canonical_json(event_to_dict(event_from_dict(copy.deepcopy(record))))
    except (ValidationError, ValueError, TypeError, TrackerError):
        return None


def _damaged(record: dict[str, Any], data: Any) -> dict[str, Any]:
    record = copy.deepcopy(record)
    for _ in range(data.draw(st.integers(1, 3))):
        places: list[tuple[dict[str, Any], str]] = [(record, key) for key in record]
        for source in record.get("sources") if isinstance(record.get("sources"), list) else []:
            if isinstance(source, dict):
                places.extend((source, key) for key in source)
        if isinstance(record.get("troops"), dict):
            places.extend((record["troops"], key) for key in record["troops"])
        action = data.draw(st.sampled_from(["set", "set", "set", "drop", "add"]))
        holder, key = data.draw(st.sampled_from(places))
        if action == "drop":
            del holder[key]
        elif action == "add":
            holder[data.draw(st.sampled_from(["extra", "hash", "seq", "deployment", "min"]))] = (
                data.draw(ODD)
            )
        else:
            value = data.draw(ODD)
            holder[key] = (
                [value]
                if key in ("conditions", "contributions") and data.draw(st.booleans())
                else value
            )
    return record


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stored_statements())
def test_every_stored_statement_is_recognised(record: dict[str, Any]) -> None:
    assert is_stored_statement(record)
    assert _model_form(record) == canonical_json(record)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stored_statements(), st.data())
def test_the_shortcut_takes_only_what_the_models_store_unchanged(
    record: dict[str, Any], data: Any
) -> None:
    damaged = _damaged(record, data)
    model = _model_form(damaged)
    if is_stored_statement(damaged):
        assert model == canonical_json(damaged)
    elif model is not None and model == canonical_json(damaged):
        # The models keep it as it is: the shortcut takes it too, but for a stored
        # `deployment: null` (event_to_dict leaves it out, so that is not its stored form).
        assert damaged.get("deployment", "") is None


def test_the_shortcut_checks_every_field_of_the_models() -> None:
    assert set(Statement.model_fields) == _STATEMENT_KEYS_DEPLOYED
    assert set(Source.model_fields) == _SOURCE_KEYS
    assert set(Troops.model_fields) == _TROOPS_KEYS


def test_the_core_whitespace_is_python_whitespace() -> None:
    # The shortcut checks Python's str.isspace at the ends; the core strips less.
    assert all(c.isspace() for c in _CORE_WHITESPACE)


def test_a_future_date_and_a_late_record_time_are_left_to_the_models() -> None:
    record = event_to_dict(
        event_from_dict(
            {
                "event_id": str(uuid.uuid4()),
                "recorded_at": "2025-01-01T00:00:00.000000Z",
                "recorded_by": "ed",
                "topic": "pledge",
                "country": "FR",
                "stance": "committed",
                "date": "2024",
            }
        )
    )
    assert is_stored_statement(record)
    future = (datetime.now(UTC) + timedelta(days=400)).date().isoformat()
    assert not is_stored_statement({**record, "date": future})
    assert not is_stored_statement(
        {
            **record,
            "sources": [
                {**dict.fromkeys(("outlet", "url", "title", "quote")), "published": future}
            ],
        }
    )


RAW_VALUES = st.one_of(
    ODD,
    st.sampled_from(
        [
            " Minister ",
            "  ",
            "france",
            "Germany",
            "United Kingdom",
            "naval",
            "Troops",
            "air_policing",
            " in country ",
            "remote",
            "2025-09-05T10:12:00+02:00",
            "2025-09-05",
            "2025-09-05T10:12:00.123456Z",
        ]
    ),
    st.lists(st.sampled_from(["naval", "sea", "Sea", " air ", "money", "x", 3]), max_size=3),
)


@st.composite
def raw_statements(draw: Any) -> dict[str, Any]:
    """A statement as an editor's row or the API gives it (after stamping): some fields
    left out, some in other spellings, sources and troops partly given."""
    record = draw(stored_statements())
    raw: dict[str, Any] = {}
    for key, value in record.items():
        roll = draw(st.integers(0, 9))
        if roll == 0 and key not in ("event_id", "recorded_at", "country", "date"):
            continue  # left out
        if roll == 1:
            value = draw(RAW_VALUES)
        elif key == "sources" and isinstance(value, list):
            value = [
                {k: v for k, v in source.items() if v is not None or draw(st.booleans())}
                for source in value
            ]
        elif key == "troops" and isinstance(value, dict):
            value = {k: v for k, v in value.items() if v is not None or draw(st.booleans())}
        raw[key] = value
    if draw(st.booleans()):
        raw.pop("type", None)
    return raw


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw_statements())
def test_an_import_record_made_without_the_models_is_theirs(raw: dict[str, Any]) -> None:
    """`stored_statement` gives what `event_to_dict(event_from_dict(...))` gives (value,
    type and canonical JSON), and the record time the model holds; or None."""
    made = stored_statement(copy.deepcopy(raw))
    if made is None:
        return
    record, stamp = made
    event = event_from_dict(copy.deepcopy(raw))
    expected = event_to_dict(event)
    assert record == expected
    assert canonical_json(record) == canonical_json(expected)
    # The appender writes such a record without walking its tree again.
    assert canonical_json(record, plain=True) == canonical_json(expected)
    assert list(record) == list(expected)  # the same key order (JSON columns keep it)
    assert stamp.type == event.type and stamp.recorded_at == event.recorded_at


def test_an_editors_row_is_made_without_the_models() -> None:
    row = {
        "type": "statement",
        "topic": "pledge-00",
        "country": "France",
        "stance": "committed",
        "date": "2024-06-07",
        "contributions": ["naval", "air"],
        "speaker": " Minister of Defence ",
        "sources": [{"outlet": "AFP", "url": "https://x.example/1", "published": "2024-06-07"}],
        "event_id": str(uuid.uuid4()),
        "recorded_at": "2025-01-01T00:00:00.000000Z",
        "recorded_by": "ed",
    }
    made = stored_statement(row)
    assert made is not None
    assert made[0] == event_to_dict(event_from_dict(row))
    assert made[0]["country"] == "FR" and made[0]["contributions"] == ["sea", "air"]
