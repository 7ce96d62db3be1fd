"""`show` prints a correction's reason once, and what it changed as users write values
(yes/no, `1000+`, "none"), never Python's (`True`, `[]`, `None`, `{'min': ...}`)."""

import re

from tests.conftest import Tracker

PYTHON = re.compile(r"True|False|None|\[\]|\{'|\['")


def test_a_correction_reads_as_users_write_values(tracker: Tracker) -> None:
    event_id = tracker.add(
        "Norway", "considering", "2025-09-04", "--speaker", "Støre", "--outlet", "NRK"
    )
    reason = "the article gives a figure and says months ago"
    tracker.ok(
        "correct", event_id[:8], "--reason", reason, "--approximate",
        "--troops", "1000+", "--troops-text", "some thousand", "--contribution", "sea",
    )  # fmt: skip
    tracker.ok("correct", event_id[:8], "--reason", "no speaker named", "--clear", "speaker")
    shown = tracker.ok("show", event_id[:8]).stdout
    assert shown.count(reason.split()[-1]) == 1, shown  # the reason, once
    assert shown.count("no speaker named") == 1, shown
    flat = " ".join(shown.split())
    assert 'approximate=yes, contributions=sea, troops=1000+ ("some thousand")' in flat
    assert "speaker=none" in flat
    assert "approximate no → now yes" in flat
    assert not PYTHON.search(shown), shown
    detail = tracker.ok("events", "--type", "correction").stdout
    assert not PYTHON.search(detail), detail
    history = tracker.ok("timeline", "Norway").stdout
    assert "approximate was no" in " ".join(history.split())
    assert not PYTHON.search(history), history
