"""What every hand-coded set's gold scripts share: one coded statement, a troop figure,
and the writer of `gold/<stem>.json`. A set's `coding/` keeps only its topics' notes and
its articles' gold; its scripts import this module (see each set's `gold_common.py`)."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any


def st(country, stance, date, evidence, contributions=(), approximate=False, **extra):
    """One coded statement; `extra` holds speaker, conditions, troops, note, ambiguity fields."""
    s = {
        "country": country,
        "stance": stance,
        "contributions": list(contributions),
        "date": date,
        "approximate": approximate,
        "evidence": evidence,
    }
    if extra.get("alt_stances") or extra.get("optional") or extra.get("alt_dates"):
        extra["ambiguous"] = True
    s.update(extra)
    return s


def troops(n_min, n_max, text):
    """The `troops` field: numbers as the article gives them, and its words."""
    return {"min": n_min, "max": n_max, "text": text}


def gold_writer(base: Path, topic_notes: dict[str, str]) -> Callable[..., None]:
    """`write(stem, topic, published, statements, mentioned, notes)` for the set at `base`."""

    def write(stem: str, topic: str, published: str, statements: Any, mentioned: Any, notes: str):
        gold = {
            "article": f"articles/{stem}.txt",
            "topic": topic,
            "topic_note": topic_notes[topic],
            "published": published,
            "statements": statements,
            "mentioned_without_stance": mentioned,
            "notes": notes,
        }
        out = base / "gold" / f"{stem}.json"
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    return write
