"""Canonical JSON is byte for byte the text every stored chain was hashed from (SPEC §2).

`canonical_json` writes with orjson where orjson gives the same bytes as the original
`json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))`, and
with json.dumps everywhere else; these tests hold the two texts equal.
"""

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.events import (
    GENESIS_HASH,
    canonical_json,
    chain_hash,
    event_from_dict,
    event_to_dict,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "release-0.1.0.db"
SEEDS = sorted((ROOT / "seeds").glob("*.jsonl"))


def original_json(value: Any) -> str:
    """The canonical JSON as the releases wrote it."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# Text with what JSON escapes (controls, quote, backslash) and what it must not (DEL,
# U+2028/U+2029, accents, emoji), and lone surrogates that UTF-8 cannot carry.
TRICKY = st.sampled_from(
    ["\x00", "\x1f", "\x7f", "\u2028", "\u2029", '"', "\\", "/", "é", "😀", "\ud800", "\udfff"]
)
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.one_of(st.characters(), TRICKY)),
    st.lists(TRICKY).map("".join),
)
NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1e16, 1e-05, 1e-7, 0.1, 100.0, 5e-324, -0.0, 1.7976931348623157e308]),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT)
JSON_LIKE = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.tuples(inner, inner),
        st.dictionaries(TEXT, inner, max_size=5),
    ),
    max_leaves=30,
)


@settings(max_examples=750, deadline=None)
@given(JSON_LIKE)
def test_canonical_json_is_the_original_text_of_any_json_value(value: Any) -> None:
    try:
        expected = original_json(value)
    except (ValueError, TypeError) as error:  # lone surrogates encode; nothing else fails
        with pytest.raises(type(error)):
            canonical_json(value)
        return
    assert canonical_json(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(st.integers(), st.booleans(), st.none(), TEXT), SCALARS))
def test_keys_that_are_not_text_are_written_as_before(value: dict[Any, Any]) -> None:
    try:
        expected = original_json(value)
    except TypeError:  # keys of mixed types cannot be sorted: refused as before
        with pytest.raises(TypeError):
            canonical_json(value)
        return
    assert canonical_json(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"n": 1e16, "m": 1e-05},  # orjson writes 1e16 and 0.00001
        {"big": 2**64, "small": -(2**63) - 1},  # beyond orjson's 64 bits
        {"s": "lone \ud800 surrogate"},
        {1: "a", 2: "b"},  # keys that are not text
        {"nan": float("nan"), "inf": float("inf")},  # orjson would write null
        {"deep": json.loads("[" * 300 + "]" * 300)},  # deeper than orjson nests
        {"t": ("a", 1)},
    ],
)
def test_values_orjson_writes_otherwise_keep_their_original_text(value: dict[Any, Any]) -> None:
    assert canonical_json(value) == original_json(value)


def test_text_subclasses_are_written_as_their_text() -> None:
    from tracker.domain.vocabulary import Stance

    record = {"stance": Stance.COMMITTED, Stance.DECLINED: 1}
    assert canonical_json(record) == original_json(record) == '{"declined":1,"stance":"committed"}'


def test_every_body_of_the_release_database_reserialises_to_its_stored_bytes() -> None:
    with sqlite3.connect(FIXTURE) as conn:
        rows = conn.execute("SELECT body, hash FROM events ORDER BY seq").fetchall()
    assert len(rows) > 20
    previous = GENESIS_HASH
    for body, stored_hash in rows:
        record = json.loads(body)
        assert canonical_json(record) == body
        # Validating and dumping the stored record again gives the same bytes too.
        assert canonical_json(event_to_dict(event_from_dict(record))) == body
        previous = chain_hash(previous, canonical_json(record))
        assert previous == stored_hash


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_seed_record_is_stored_as_the_original_text(seed: Path) -> None:
    lines = [line for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines
    for line in lines:
        record = event_to_dict(event_from_dict(json.loads(line)))
        body = canonical_json(record)
        assert body == original_json(record)
        assert canonical_json(json.loads(body)) == body


@settings(max_examples=750, deadline=None)
@given(st.tuples(TEXT, TEXT, TEXT, TEXT, st.one_of(st.none(), TEXT)))
def test_a_duplicate_key_hashes_the_text_the_releases_hashed(key: Any) -> None:
    """The duplicate key's digest (revision 0006) is of `json.dumps(key, ensure_ascii=
    False, separators=(",", ":"))`, whichever writer made the bytes; a key UTF-8 cannot
    carry (a lone surrogate) fails as it always did."""
    import hashlib

    from tracker.domain.duplicates import duplicate_digest

    text = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    try:
        expected = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            duplicate_digest(key)
        return
    assert duplicate_digest(key) == expected
