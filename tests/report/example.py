"""A richer example than the seed, for the report's browser tests and its screenshots.

The seed article (24 statements, 2025-06 and 2025-09-04) plus invented later statements
from invented outlets (example.org URLs): 33 countries over seven statement dates, with
moves, a same-week pair of dates (2026-01-06 and 2026-01-08), an approximate date,
corrections and a retraction. Everything is entered through the CLI, as an editor would.
It illustrates the report; it is not reporting.
"""

import json
import random
import uuid
from collections.abc import Callable
from typing import Any

TOPIC = "ukraine-reassurance-force"

# (key, country, stance, date, extra fields); `key` names statements corrected later.
LATER: list[tuple[str, str, str, str, dict[str, Any]]] = [
    (
        "de-oct",
        "DE",
        "conditional",
        "2025-10-14",
        {
            "speaker": "Friedrich Merz",
            "contributions": ["air", "training"],
            "conditions": ["on neighbouring NATO territory, not in Ukraine", "a US backstop"],
            "quote": "Germany could station forces on neighbouring NATO territory, not in Ukraine.",
        },
    ),
    (
        "ca-oct",
        "CA",
        "considering",
        "2025-10-14",
        {
            "speaker": "Mark Carney",
            "quote": "Canada signed the declaration; sending troops remains a possibility.",
        },
    ),
    ("no-oct", "NO", "considering", "2025-10-14", {"quote": "Norway is studying a naval role."}),
    (
        "fi-oct",
        "FI",
        "conditional",
        "2025-10-14",
        {
            "conditions": ["after a ceasefire"],
            "contributions": ["training", "logistics"],
            "quote": "Finland will contribute once a ceasefire holds.",
        },
    ),
    (
        "be-oct",
        "BE",
        "committed",
        "2025-10-14",
        {
            "contributions": ["air", "sea"],
            "troops": {"min": 30, "max": 30, "text": "about thirty personnel"},
            "quote": "Belgium pledges frigates and jets, about three hundred personnel.",
        },
    ),
    (
        "tr-nov",
        "TR",
        "conditional",
        "2025-11-20",
        {
            "speaker": "Hakan Fidan",
            "contributions": ["sea"],
            "conditions": ["a ceasefire agreement", "a UN or OSCE mandate"],
            "quote": "Türkiye could clear mines in the Black Sea under an international mandate.",
        },
    ),
    (
        "jp-nov",
        "JP",
        "declined",
        "2025-11-20",
        {
            "contributions": ["financing"],
            "quote": "Japan will not send personnel but will fund reconstruction.",
        },
    ),
    (
        "au-nov",
        "AU",
        "considering",
        "2025-11",
        {
            "approximate": True,
            "quote": "Australia said last autumn it was open to a role.",
        },
    ),
    (
        "lv-nov",
        "LV",
        "committed",
        "2025-11-20",
        {
            "contributions": ["ground"],
            "troops": {"text": "a company"},
            "quote": "Latvia will send a company.",
        },
    ),
    (
        "ie-nov",
        "IE",
        "declined",
        "2025-11-20",
        {
            "quote": "Ireland's neutrality rules out troops; it offers demining experts.",
        },
    ),
    (
        "it-nov",
        "IT",
        "declined",
        "2025-11-20",
        {
            "speaker": "Giorgia Meloni",
            "quote": "Italian soldiers will not be deployed to Ukraine.",
        },
    ),
    (
        "es-nov",
        "ES",
        "skeptical",
        "2025-11-20",
        {"quote": "Madrid now calls a deployment premature."},
    ),
    (
        "nl-jan",
        "NL",
        "committed",
        "2026-01-06",
        {
            "contributions": ["air", "sea", "ground"],
            "troops": {"min": 1000, "max": 1500, "text": "up to 1,500 personnel"},
            "conditions": ["a ceasefire", "a parliamentary vote"],
            "quote": "The Netherlands will send up to 1,500 personnel after a ceasefire.",
        },
    ),
    ("pt-jan", "PT", "committed", "2026-01-06", {"quote": "Portugal confirms a contingent."}),
    (
        "lt-jan",
        "LT",
        "committed",
        "2026-01-06",
        {
            "quote": "Lithuania clears up its position: it will take part.",
        },
    ),
    ("cz-jan", "CZ", "considering", "2026-01-06", {"quote": "Prague no longer rules it out."}),
    (
        "us-jan",
        "US",
        "conditional",
        "2026-01-06",
        {
            "contributions": ["intelligence", "air"],
            "conditions": ["no US ground troops in Ukraine"],
            "quote": "Washington would back the force with intelligence and air support.",
        },
    ),
    (
        "gr-jan",
        "GR",
        "committed",
        "2026-01-06",
        {"quote": "Greece to send a frigate, a report says."},
    ),
    (
        "lu-jan",
        "LU",
        "committed",
        "2026-01-08",
        {
            "contributions": ["financing"],
            "quote": "Luxembourg will pay its share.",
        },
    ),
    ("ro-jan", "RO", "committed", "2026-01-08", {"quote": "Romania could host a headquarters."}),
    (
        "ca-jan",
        "CA",
        "committed",
        "2026-01-08",
        {
            "speaker": "Mark Carney",
            "contributions": ["ground", "training"],
            "quote": "Canada will contribute troops to the reassurance force.",
        },
    ),
    (
        "de-jan",
        "DE",
        "committed",
        "2026-01-08",
        {
            "speaker": "Friedrich Merz",
            "contributions": ["ground"],
            "troops": {"min": 5000, "max": 8000, "text": "five to eight thousand soldiers"},
            "conditions": ["on neighbouring NATO territory, not in Ukraine"],
            "quote": "Germany will station a brigade on NATO's eastern flank.",
        },
    ),
    (
        "it-feb",
        "IT",
        "considering",
        "2026-02-12",
        {
            "speaker": "Giorgia Meloni",
            "quote": "Italy is ready to discuss a monitoring role.",
        },
    ),
    (
        "hu-feb",
        "HU",
        "opposed",
        "2026-02-12",
        {
            "speaker": "Viktor Orbán",
            "quote": "Hungary opposes the whole plan.",
        },
    ),
    (
        "no-feb",
        "NO",
        "committed",
        "2026-02-12",
        {
            "contributions": ["sea"],
            "quote": "Norway will send a frigate.",
        },
    ),
    (
        "fi-feb",
        "FI",
        "committed",
        "2026-02-12",
        {
            "contributions": ["training", "logistics"],
            "quote": "Finland commits trainers.",
        },
    ),
]
OUTLETS = ("Example Gazette", "Sample Wire", "Demo Post")


def later_records() -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The later statements as import records, and their event ids by key."""
    records, ids = [], {}
    for index, (key, country, stance, day, extra) in enumerate(LATER):
        fields = dict(extra)
        quote = fields.pop("quote")
        # Version-4 ids drawn from the key: the same example, and screenshots, every run.
        ids[key] = str(uuid.UUID(int=random.Random(key).getrandbits(128), version=4))
        published = "2025-11-28" if day == "2025-11" else day
        records.append(
            {
                "event_id": ids[key],
                "type": "statement",
                "topic": TOPIC,
                "country": country,
                "stance": stance,
                "date": day,
                **fields,
                "sources": [
                    {
                        "outlet": OUTLETS[index % len(OUTLETS)],
                        "url": f"https://example.org/{day}/{country.lower()}-"
                        + "-".join(quote.lower().split()[:8]).strip(".,:;"),
                        "published": published,
                        "quote": quote,
                    }
                ],
            }
        )
    return records, ids


def build_richer_example(run: Callable[..., Any]) -> None:
    """Seed, import the later statements, then correct and retract some through the CLI.

    `run(*args, input=None)` runs `tracker <args>` against the example database.
    """
    run("init", "--seed")
    records, ids = later_records()
    run("import", "-", input="".join(json.dumps(r) + "\n" for r in records))
    # Data-entry errors found later: a misread stance, a wrong troop figure, a wrong day.
    run(
        "correct",
        ids["ro-jan"],
        "--reason",
        "misread: Romania only considers it",
        "--stance",
        "considering",
    )
    run(
        "correct",
        ids["be-oct"],
        "--reason",
        "the article says three hundred, not thirty",
        "--troops",
        "300",
        "--troops-text",
        "about three hundred personnel",
    )
    run(
        "correct",
        ids["es-nov"],
        "--reason",
        "statement made the day before",
        "--date",
        "2025-11-19",
    )
    # The outlet withdrew the Greek story.
    run("retract", ids["gr-jan"], "--reason", "the outlet withdrew the report")
