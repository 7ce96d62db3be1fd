"""What the terminal shows at 100 columns: run as a program with COLUMNS=100, the way a
terminal of that width runs it."""

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import Tracker
from tracker.domain.vocabulary import STANCES

QUOTE = "France is ready to send troops once a ceasefire holds, the president said. " * 3
DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")


def run(t: Tracker, *args: str, columns: int = 100) -> str:
    env = {**os.environ, "COLUMNS": str(columns), "TRACKER_EDITOR": "test editor"}
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", t.db, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def seed(sqlite_tracker: Tracker) -> Tracker:
    sqlite_tracker.ok("init", "--seed")
    return sqlite_tracker


def test_the_stance_table_fits_100_columns_without_breaking_a_word(seed: Tracker) -> None:
    table = run(seed, "stance")
    lines = table.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 100
    body = [line for line in lines if re.match(r"^[A-Z]{2} ", line)]
    assert len(body) == 23
    for line in body:
        # Each row's first line holds its whole stance, its date and its 8-character code.
        words = line.split()
        assert any(word in STANCES for word in words), line
        assert any(DATE.fullmatch(word) for word in words), line
        assert re.search(r" [0-9a-f]{8}\s*$", line), line
    # The same table off a terminal, uncut, is one line per country.
    wide = seed.ok("stance").stdout
    assert "last statement" in wide and "Friedrich Merz" not in wide


def test_timeline_shows_conditions_and_the_quote_cut_to_the_width(seed: Tracker) -> None:
    seed.add(
        "France",
        "committed",
        "2025-09-06",
        "--condition",
        "a ceasefire",
        "--condition",
        "a US backstop",
        "--quote",
        QUOTE,
        topic="ukraine-reassurance-force",
    )
    table = run(seed, "timeline", "France")
    assert max(len(line.rstrip()) for line in table.splitlines()) <= 100
    assert "a ceasefire;" in table and "backstop" in table  # wrapped between words
    quoted = [line for line in table.splitlines() if "France is ready" in line]
    assert len(quoted) == 1 and quoted[0].rstrip().endswith("…")
    assert "France and Great" in table
    # Off a terminal nothing is cut.
    wide = seed.ok("timeline", "France").stdout
    assert QUOTE.strip() in wide and "a ceasefire; a US backstop" in wide


def test_show_shows_all_of_a_statement(seed: Tracker) -> None:
    event_id = seed.add(
        "Norway",
        "conditional",
        "2025-09-04",
        "--troops",
        "100-200",
        "--troops-text",
        "a few hundred",
        "--condition",
        "a mandate",
        "--deployment",
        "at-sea",
        "--outlet",
        "NRK",
        "--published",
        "2025-09-05",
        "--quote",
        "Norway offers a frigate.",
        topic="ukraine-reassurance-force",
    )
    seed.ok("correct", event_id[:8], "--reason", "the report said remote", "--deployment", "remote")
    shown = run(seed, "show", event_id[:8])
    for expected in (
        "NRK, 2025-09-05",
        "“Norway offers a frigate.”",
        "100–200 (a few hundred)",
        "a mandate",
        "at-sea → now remote",
        "the report said remote",
    ):
        assert expected in shown, expected
