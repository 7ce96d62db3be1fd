"""What every hand-coded set's scripts share: one coded statement, a troop figure, the
writer of `gold/<stem>.json`, and the writer of `articles/` from the stored texts.

A set's `coding/` keeps only what is its own: its topics' notes (`gold_common.py`), its
articles' gold (`gold_*.py`) and its stored texts (`sources/*.json`); `gold_common.py` and
`make_articles.py` there are a few lines that hand the set's directory to this module.
"""

import json
import re
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


# The store's leading metadata `date YYYY-MM-DD` (or `date YYYY-MM`) before the text.
_STORE_DATE = re.compile(r"^ ?date \d{4}-\d{2}(-\d{2})? ")


def write_articles(base: Path) -> None:
    """Write `articles/<stem>.txt` of the set at `base` from `coding/sources/*.json`.

    Each source holds the pages corpus's stored text as returned by the `search` tool.
    Dropped only: a leading store line `date YYYY-MM-DD` (its `date ...` part) and blank
    lines at the very start or end of the text. Nothing else is changed. A header of
    title, outlet, url and published, then a blank line, goes before the text.
    """
    for src in sorted((base / "coding" / "sources").glob("*.json")):
        for a in json.loads(src.read_text(encoding="utf-8")):
            text = _STORE_DATE.sub("", a["text"], count=1).strip("\n")
            head = "".join(f"{k}: {a[k]}\n" for k in ("title", "outlet", "url", "published"))
            out = base / "articles" / f"{a['stem']}.txt"
            out.write_text(head + "\n" + text + "\n", encoding="utf-8")
            print(out.name, len(text))


def set_writer(gold_common: str, topic_notes: dict[str, str]) -> Callable[..., None]:
    """`write` for the set whose `coding/gold_common.py` is `gold_common` (its `__file__`)."""
    return gold_writer(Path(gold_common).resolve().parent.parent, topic_notes)
