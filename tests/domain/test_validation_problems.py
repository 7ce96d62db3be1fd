"""Validation reports every problem of a record at once, each in the words users see,
in the order of the record's fields, whether pydantic-core or the tracker's own reading
of a value (country, date, record time, event id) found it."""

import pytest
from pydantic import ValidationError

from tracker.domain.events import event_from_dict, event_to_dict
from tracker.service.validation import validation_problems

VALID = {
    "event_id": "8f0c1d2e-3b4a-4c5d-9e6f-708192a3b4c5",
    "recorded_at": "2025-09-05T10:12:00Z",
    "recorded_by": "editor",
    "topic": "pledge-01",
    "country": "FR",
    "stance": "committed",
    "date": "2025-09",
}


def problems(record: dict[str, object]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        event_from_dict(record)
    return validation_problems(caught.value)


def test_every_problem_of_a_statement_is_reported_in_field_order() -> None:
    record = {
        **VALID,
        "bogus": 1,
        "event_id": "not-an-id",
        "recorded_at": "yesterday",
        "topic": "Not A Slug",
        "country": "Narnia",
        "stance": "comitted",
        "date": "2025-02-30",
        "contributions": ["naval", "foo"],
        "conditions": ["fine", "bad\x00"],
        "sources": [{"url": "ftp://x", "published": "2999"}],
        "note": "nul \x00 here",
    }
    found = problems(record)
    assert found[0] == "event_id: event_id 'not-an-id' is not a UUID"
    assert found[1].startswith("recorded_at: invalid time 'yesterday': expected ISO 8601")
    assert (
        found[2]
        == "topic: topic 'Not A Slug' must be a slug of lower-case letters, digits and hyphens"
    )
    assert found[3].startswith("country: unknown country 'Narnia'")
    assert found[4] == "stance: 'comitted' is not a stance; did you mean committed?"
    assert found[5] == "date: invalid date '2025-02-30': no such day"
    assert found[6].startswith("contributions.1: 'foo' is not a contribution")
    assert found[7:] == [
        "conditions.1: contains a NUL character",
        "sources.0.url: url 'ftp://x' must start with http:// or https://",
        "sources.0.published: published 2999 is in the future",
        "note: contains a NUL character",
        "bogus: unknown field",
    ]


def test_a_refused_country_alone_is_reported() -> None:
    assert problems({**VALID, "country": "Korea"})[0].startswith(
        "country: 'Korea' is ambiguous: it may mean"
    )


def test_a_url_with_a_nul_is_refused_for_the_nul() -> None:
    record = {**VALID, "sources": [{"url": "https://x.example/\x00"}]}
    assert problems(record) == ["sources.0.url: contains a NUL character"]


def test_a_topic_with_a_nul_is_refused_as_no_slug() -> None:
    assert problems({**VALID, "topic": " a\x00b "}) == [
        "topic: topic 'a\\x00b' must be a slug of lower-case letters, digits and hyphens"
    ]


def test_a_too_long_text_is_refused_for_its_length_first() -> None:
    assert problems({**VALID, "note": "\x00" * 20_001}) == [
        "note: String should have at most 20000 characters"
    ]


def test_amendments_read_their_target_ids_like_event_ids() -> None:
    base = {k: VALID[k] for k in ("event_id", "recorded_at", "recorded_by")}
    target = "8F0C1D2E3B4A4C5D9E6F708192A3B4C5"
    event = event_from_dict({**base, "type": "retraction", "retracts": target, "reason": "x"})
    assert event_to_dict(event)["retracts"] == "8f0c1d2e-3b4a-4c5d-9e6f-708192a3b4c5"
    bad = {**base, "type": "correction", "corrects": "123", "changes": {}, "reason": " "}
    assert problems(bad) == [
        "corrects: event_id '123' is not a UUID",
        "changes: a correction must change at least one field",
        "reason: String should have at least 1 character",
    ]


def test_values_are_normalised_as_before() -> None:
    record = {
        **VALID,
        "event_id": "{8F0C1D2E-3B4A-4C5D-9E6F-708192A3B4C5}",
        "recorded_at": "2025-09-05T12:12:00+02:00",
        "country": " Holland ",
        "date": " 2025-09 ",
        "contributions": ["Navy", "sea", "air force", " troops "],
        "speaker": "   ",
        "deployment": "In Country",
        "sources": [{"outlet": " AFP ", "url": " ", "published": " 2025-09-05 "}],
    }
    stored = event_to_dict(event_from_dict(record))
    assert stored["event_id"] == "8f0c1d2e-3b4a-4c5d-9e6f-708192a3b4c5"
    assert stored["recorded_at"] == "2025-09-05T10:12:00.000000Z"
    assert (stored["country"], stored["date"]) == ("NL", "2025-09")
    assert stored["contributions"] == ["sea", "air", "ground"]
    assert stored["speaker"] is None and stored["deployment"] == "in-country"
    assert stored["sources"] == [
        {"outlet": "AFP", "url": None, "title": None, "published": "2025-09-05", "quote": None}
    ]


def test_records_of_any_mapping_type_are_normalised_alike() -> None:
    from collections import OrderedDict

    record = OrderedDict(VALID, country="Holland", sources=[OrderedDict(url=" ", outlet=" AFP ")])
    stored = event_to_dict(event_from_dict(record))
    assert stored["country"] == "NL"
    assert stored["sources"][0]["url"] is None and stored["sources"][0]["outlet"] == "AFP"
