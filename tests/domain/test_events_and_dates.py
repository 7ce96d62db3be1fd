"""Event validation, canonical JSON and the hash chain (SPEC §2), dates (SPEC §1)."""

import subprocess
import sys
import uuid

import pytest
from pydantic import ValidationError

from tracker.domain.dates import date_key, parse_instant, parse_partial_date
from tracker.domain.events import (
    GENESIS_HASH,
    canonical_json,
    chain_hash,
    event_from_dict,
    event_to_dict,
    new_event_id,
)
from tracker.errors import InvalidValue

BASE = {
    "event_id": "8f0c1d2e-3b4a-4c5d-9e6f-708192a3b4c5",
    "topic": "ukraine-reassurance-force",
    "country": "Great Britain",
    "stance": "committed",
    "date": "2025-09",
    "recorded_at": "2025-09-05T10:12:00Z",
    "recorded_by": "editor",
}


def test_statement_normalises_country_and_record_time() -> None:
    record = event_to_dict(event_from_dict(BASE))
    assert record["country"] == "GB"
    assert record["recorded_at"] == "2025-09-05T10:12:00.000000Z"
    assert record["type"] == "statement" and record["contributions"] == []


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": "Türkiye"}) == '{"a":"Türkiye","b":1}'


def test_chain_starts_at_64_zeros() -> None:
    body = canonical_json({"a": 1})
    import hashlib

    assert chain_hash(GENESIS_HASH, body) == hashlib.sha256(("0" * 64 + body).encode()).hexdigest()


def test_new_ids_are_random_version_4() -> None:
    ids = [new_event_id() for _ in range(50)]
    assert all(uuid.UUID(i).version == 4 for i in ids)
    assert len({i[:6] for i in ids}) > 45  # leading characters differ


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stance", "enthusiastic"),
        ("date", "2025-13"),
        ("date", "2025-02-30"),
        ("date", "2999-01-01"),
        ("topic", "Not A Slug"),
        ("country", "Atlantis"),
        ("contributions", ["submarines"]),
        ("troops", {"min": 10, "max": 5}),
        ("sources", [{"url": "ftp://x"}]),
        ("surprise", 1),
    ],
)
def test_invalid_statement_fields_are_refused(field: str, value: object) -> None:
    with pytest.raises((ValidationError, InvalidValue)):
        event_from_dict({**BASE, field: value})


def test_correction_may_only_change_statement_fields() -> None:
    correction = {
        "type": "correction",
        "event_id": new_event_id(),
        "corrects": BASE["event_id"],
        "reason": "typo",
        "recorded_at": "2025-09-06T00:00:00Z",
        "recorded_by": "e",
    }
    assert event_to_dict(event_from_dict({**correction, "changes": {"country": "Holland"}}))[
        "changes"
    ] == {"country": "NL"}
    with pytest.raises(ValidationError):
        event_from_dict({**correction, "changes": {"recorded_by": "someone else"}})
    with pytest.raises(ValidationError):
        event_from_dict({**correction, "changes": {}})


@pytest.mark.parametrize(
    ("text", "key"),
    [("2025", "2025-01-01"), ("2025-05", "2025-05-01"), ("2025-05-09", "2025-05-09")],
)
def test_partial_dates_stand_for_their_first_day(text: str, key: str) -> None:
    assert date_key(parse_partial_date(text)) == key


def test_bare_known_at_date_means_end_of_day_utc() -> None:
    moment = parse_instant("2025-09-05")
    assert (moment.hour, moment.minute, moment.second) == (23, 59, 59)
    assert parse_instant("2025-09-05T12:00:00+02:00").hour == 10


def test_importing_the_event_models_builds_no_validator() -> None:
    """Start-up time: each model's validator is built when first used, not at import."""
    code = (
        "from tracker.domain.events import Statement\n"
        "from tracker.domain.registry import REGISTRY\n"
        "print(sorted(k for k, t in REGISTRY.items() if t.model.__pydantic_complete__))\n"
        "Statement.model_validate({'event_id': '00000000-0000-4000-8000-000000000001',\n"
        "    'recorded_at': '2025-01-02T00:00:00Z', 'recorded_by': 'x', 'topic': 't',\n"
        "    'country': 'FR', 'stance': 'committed', 'date': '2025-01-01'})\n"
        "print(sorted(k for k, t in REGISTRY.items() if t.model.__pydantic_complete__))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "['statement']"]
