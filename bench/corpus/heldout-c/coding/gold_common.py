"""Helpers for writing the hand-coded gold files of held-out set C."""

import json
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "ukraine-reassurance-force": (
        "Which countries send, offer, consider or refuse troops for a multinational reassurance"
        " (peacekeeping) force in Ukraine after a ceasefire: the UK/France-led coalition of the"
        " willing, 2025-26."
    ),
    "gaza-stabilization-force": (
        "Which countries offer, consider or refuse troops for the International Stabilization Force"
        " in Gaza under the US 20-point plan (UN Security Council resolution 2803), 2025-26."
    ),
    "nato-five-percent": (
        "Which NATO members commit to the new target of spending 5% of GDP on defence (3.5% core"
        " plus 1.5% defence-related), agreed at The Hague summit of 24-25 June 2025, and which"
        " refuse it or seek an exemption."
    ),
    "ottawa-treaty-withdrawal": (
        "Which countries withdraw (or announce, recommend, consider withdrawing) from the 1997"
        " Ottawa Convention banning anti-personnel landmines, 2025."
    ),
    "icc-netanyahu-warrant": (
        "Which countries say they would arrest Benjamin Netanyahu under the ICC arrest warrant of"
        " 21 November 2024 if he entered their territory, which will not, which decline to say,"
        " and which reject the warrant itself."
    ),
}


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


def write(stem, topic, published, statements, mentioned, notes):
    """Write gold/<stem>.json for articles/<stem>.txt."""
    gold = {
        "article": f"articles/{stem}.txt",
        "topic": topic,
        "topic_note": TOPIC_NOTES[topic],
        "published": published,
        "statements": statements,
        "mentioned_without_stance": mentioned,
        "notes": notes,
    }
    out = BASE / "gold" / f"{stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
