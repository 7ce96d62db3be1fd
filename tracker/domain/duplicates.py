"""What makes two statements the same report: the duplicate key an import checks
(SPEC: a record without an event_id that repeats an active statement is skipped)."""

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import orjson

from tracker.domain.projection import StatementView

DuplicateKey = tuple[str, str, str, str, str | None]


def duplicate_key(record: Mapping[str, Any]) -> DuplicateKey:
    """What makes two statements the same report: topic, country, stance, date and the
    URL of the first source (None for none)."""
    sources = record.get("sources") or ()
    url = sources[0].get("url") if sources else None
    return (record["topic"], record["country"], record["stance"], record["date"], url)


def duplicate_digest(key: DuplicateKey) -> str:
    """The duplicate key as the 32 hex digits stored (revision 0006; compared on the
    rows a seek of the views' covering index finds, 0009): the first half of a SHA-256
    of its fields, exact for every practical purpose (a chance collision needs ~2^64
    statements)."""
    return hashlib.sha256(_key_bytes(key)).hexdigest()[:32]


def _key_bytes(key: DuplicateKey) -> bytes:
    """`json.dumps(key, ensure_ascii=False, separators=(",", ":"))` as UTF-8, the text
    every stored key was hashed from: written by orjson, which gives the same bytes for
    a list of texts and None (~5x faster), and by json.dumps for anything else and what
    orjson refuses (lone surrogates, which UTF-8 refuses too)."""
    if all(type(part) is str or part is None for part in key):
        try:
            return orjson.dumps(key)
        except orjson.JSONEncodeError:
            pass
    return json.dumps(key, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def view_duplicate_key(view: StatementView) -> DuplicateKey:
    """The duplicate key of a statement view as it now reads (corrections applied)."""
    url = view.sources[0].get("url") if view.sources else None
    return (view.topic, view.country, view.stance, view.date, url)
