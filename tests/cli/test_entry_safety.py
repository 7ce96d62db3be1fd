"""Entry that cannot quietly damage the record (issue 9): corrections keep what they do not
name, topics are created on purpose, duplicates are caught, every problem is reported."""

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker

FULL = [
    "--contribution",
    "ground",
    "--contribution",
    "air",
    "--troops",
    "1000-2000",
    "--troops-text",
    "some thousand soldiers",
    "--condition",
    "after a ceasefire",
    "--speaker",
    "Emmanuel Macron",
    "--outlet",
    "Stern",
    "--url",
    "https://www.stern.de/a",
    "--title",
    "Paris summit",
    "--published",
    "2025-09-05",
    "--quote",
    "France will send some thousand soldiers.",
    "--note",
    "checked",
]


def view(t: Tracker, event_id: str) -> dict[str, Any]:
    """The statement as the timeline shows it now, without its bookkeeping."""
    (row,) = [r for r in t.json("timeline", "France") if r["event_id"] == event_id]
    for key in ("status", "corrections", "original", "amendments", "retraction"):
        row.pop(key)
    return row


def test_correcting_the_url_keeps_the_other_source_fields(tracker: Tracker) -> None:
    event_id = tracker.add("France", "committed", "2025-09-04", *FULL)
    tracker.ok("correct", event_id[:8], "--reason", "URL typo", "--url", "https://x.org/fixed")
    (source,) = view(tracker, event_id)["sources"]
    assert source == {
        "outlet": "Stern",
        "url": "https://x.org/fixed",
        "title": "Paris summit",
        "published": "2025-09-05",
        "quote": "France will send some thousand soldiers.",
    }


def test_correcting_troop_words_keeps_the_figure(tracker: Tracker) -> None:
    event_id = tracker.add("France", "committed", "2025-09-04", *FULL)
    tracker.ok("correct", event_id, "--reason", "words", "--troops-text", "about 1,500")
    assert view(tracker, event_id)["troops"] == {"min": 1000, "max": 2000, "text": "about 1,500"}
    tracker.ok("correct", event_id, "--reason", "figure", "--troops", "1500")
    assert view(tracker, event_id)["troops"] == {"min": 1500, "max": 1500, "text": "about 1,500"}


def test_clear_empties_only_the_named_field(tracker: Tracker) -> None:
    event_id = tracker.add("France", "committed", "2025-09-04", *FULL)
    before = view(tracker, event_id)
    tracker.ok("correct", event_id, "--reason", "r", "--clear", "speaker", "--clear", "quote")
    after = view(tracker, event_id)
    assert after["speaker"] is None
    assert after["sources"][0]["quote"] is None
    assert after["sources"][0]["outlet"] == "Stern"
    assert {k: v for k, v in after.items() if k not in ("speaker", "sources")} == {
        k: v for k, v in before.items() if k not in ("speaker", "sources")
    }


def test_a_correction_that_changes_nothing_is_refused(tracker: Tracker) -> None:
    event_id = tracker.add("France", "committed", "2025-09-04", *FULL)
    before = tracker.ok("events", "--format", "jsonl").stdout
    result = tracker.fails("correct", event_id, "--reason", "r", "--stance", "committed")
    assert "nothing to correct" in result.stderr
    assert tracker.ok("events", "--format", "jsonl").stdout == before


def test_clearing_an_unknown_field_is_a_usage_error(tracker: Tracker) -> None:
    event_id = tracker.add("France", "committed", "2025-09-04", *FULL)
    tracker.fails("correct", event_id, "--reason", "r", "--clear", "colour", code=2)


# Each correctable option with a value different from FULL's, and the view field it sets.
CORRECTIONS: dict[str, tuple[list[str], str]] = {
    "country": (["--country", "Belgium"], "country"),
    "stance": (["--stance", "conditional"], "stance"),
    "date": (["--date", "2025-09-01"], "date"),
    "approximate": (["--approximate"], "approximate"),
    "contributions": (["--contribution", "sea"], "contributions"),
    "troops": (["--troops", "3000+"], "troops"),
    "troops-text": (["--troops-text", "a brigade"], "troops"),
    "conditions": (["--condition", "a US backstop"], "conditions"),
    "speaker": (["--speaker", "Jean-Noël Barrot"], "speaker"),
    "note": (["--note", "rechecked"], "note"),
    "outlet": (["--outlet", "AFP"], "sources"),
    "url": (["--url", "https://afp.com/x"], "sources"),
    "title": (["--title", "Another title"], "sources"),
    "published": (["--published", "2025-09-06"], "sources"),
    "quote": (["--quote", "Another quote."], "sources"),
}


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(name=st.sampled_from(sorted(CORRECTIONS)))
def test_correcting_one_field_leaves_every_other_field_unchanged(
    sqlite_tracker: Tracker, name: str
) -> None:
    t = sqlite_tracker
    event_id = t.add("France", "committed", "2025-09-04", *FULL)
    before = view(t, event_id)
    args, field = CORRECTIONS[name]
    t.ok("correct", event_id, "--reason", f"fix {name}", *args)
    rows = [r for r in t.json("timeline", "--topic", "t", before["country"])]
    rows += [r for r in t.json("timeline", "--topic", "t", "Belgium")]
    (after,) = [r for r in rows if r["event_id"] == event_id]
    for key in ("status", "corrections", "original", "amendments", "retraction"):
        after.pop(key)
    after.pop("country_name"), before.pop("country_name")
    assert after[field] != before[field]
    assert {k: v for k, v in after.items() if k != field} == {
        k: v for k, v in before.items() if k != field
    }
    if field == "sources":
        changed = [
            k for k in before["sources"][0] if before["sources"][0][k] != after["sources"][0][k]
        ]
        assert changed == [name]
    if field == "troops":
        changed = [k for k in before["troops"] if before["troops"][k] != after["troops"][k]]
        assert changed == (["text"] if name == "troops-text" else ["min", "max"])


def test_correction_json_records_full_values(tracker: Tracker) -> None:
    event_id = tracker.add("France", "committed", "2025-09-04", *FULL)
    record = json.loads(
        tracker.ok(
            "correct", event_id, "--reason", "r", "--outlet", "AFP", "--format", "json"
        ).stdout
    )
    assert record["changes"]["sources"][0]["url"] == "https://www.stern.de/a"
    assert record["changes"]["sources"][0]["outlet"] == "AFP"
