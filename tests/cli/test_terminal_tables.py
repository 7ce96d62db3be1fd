"""Terminal tables at 80 and 100 columns (SPEC §7 "Terminal tables"): no word, slug, date or
id is broken across lines, low-priority columns drop first and a footer names them.

The tmux tests run `tracker` in a real terminal of that size (a detached tmux session on
a server of their own) and read the screen back; they skip where tmux is not installed.
The CliRunner tests size the table with COLUMNS, on both backends.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Tracker

TOPIC = "ukraine-reassurance-force"
FOOTER = re.compile(r"Not shown at this width: (.+?) \(widen the terminal or use --format csv\)")
BOX = re.compile("[\u2500-\u257f]+")  # a table's rules
FOOTER_TEXT = "Not shown at this width: (widen the terminal or use --format csv)"
FOOTER_WORDS = set(FOOTER_TEXT.split())


def seed_more(t: Tracker) -> dict[str, str]:
    """The seed, a correction, a statement with a long quote and a second topic: what
    every listing shows. Returns the ids `show` is run on."""
    t.ok("init", "--seed")
    spain = t.add(
        "Spain",
        "committed",
        "2025-10-01",
        "--speaker",
        "Pedro Sánchez",
        "--contribution",
        "logistics",
        "--condition",
        "a ceasefire agreed by both parties",
        "--outlet",
        "El País",
        "--published",
        "2025-10-02",
        "--quote",
        "Spain will send logistics units and engineers once a ceasefire holds, the "
        "prime minister said after the meeting in Madrid.",
        topic=TOPIC,
    )
    correction = t.ok(
        "correct", spain[:8], "--reason", "the article says at sea", "--deployment", "at-sea"
    ).stdout.strip()
    t.ok("topics", "add", "recognition", "--title", "Recognition of the State of Palestine")
    t.add("France", "committed", "2025-09-22", "--speaker", "Emmanuel Macron", topic="recognition")
    return {"statement": spain, "correction": correction}


def listings(ids: dict[str, str]) -> list[list[str]]:
    """Every listing a user reads in a terminal, as `tracker` arguments."""
    return [
        ["stance", "--topic", TOPIC],
        ["stance"],
        ["stance", "--topic", TOPIC, "--topic", "recognition"],
        ["timeline", "Spain"],
        ["timeline", "France"],
        ["events"],
        ["diff", "2025-01-01", "2025-12-31", "--topic", TOPIC],
        ["diff", "2025-01-01", "2025-12-31"],
        ["topics"],
        ["show", ids["statement"][:8]],
        ["show", ids["correction"][:8]],
        ["export", "--what", "stances", "--format", "table"],
        ["export", "--what", "events", "--format", "table", "--topic", "recognition"],
    ]


def known_words(wide: str) -> set[str]:
    """Every word of the uncut table (off a terminal nothing wraps), and the footer's."""
    return set(wide.split()) | FOOTER_WORDS


def assert_fits(shown: str, wide: str, width: int) -> None:
    """Every word on screen is a whole word of the uncut table (a quote may end in … where
    the line ends), no line is wider than the terminal, and a footer names exactly the
    columns left out."""
    known = known_words(wide)
    joined = " ".join(known)
    for line in shown.splitlines():
        assert len(line.rstrip()) <= width, line
        for word in line.split():
            if word in known or word.rstrip(",") in known or BOX.fullmatch(word):
                continue
            # A one-line quote ends in … at the terminal's edge: the start of a known word.
            assert word.endswith("…") and re.search(r"(^|\s)" + re.escape(word[:-1]), joined), (
                f"{word!r} is broken in {line!r}"
            )
    footer = FOOTER.search(" ".join(shown.split()))
    if footer:
        for name in footer.group(1).split(", "):
            assert name in wide, name  # a column the uncut table has


# --- in tmux ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tmux() -> Iterator[list[str]]:
    """A tmux server of this module's own (never the user's), stopped afterwards."""
    if shutil.which("tmux") is None:
        if os.environ.get("TRACKER_REQUIRE_TMUX") == "1":  # CI installs it
            pytest.fail("tmux is required (TRACKER_REQUIRE_TMUX=1) but not installed")
        pytest.skip("tmux is not installed")
    command = ["tmux", "-L", f"tracker-test-{uuid.uuid4().hex[:8]}", "-f", "/dev/null"]
    yield command
    subprocess.run([*command, "kill-server"], capture_output=True, check=False)


def on_screen(tmux: list[str], width: int, db: str, args: list[str]) -> str:
    """What `tracker ARGS` shows in a detached tmux session `width` columns wide."""
    session, channel = f"s{uuid.uuid4().hex[:8]}", f"c{uuid.uuid4().hex[:8]}"
    env = {"TRACKER_DB": db, "TRACKER_CACHE_DIR": os.environ["TRACKER_CACHE_DIR"], "TERM": "xterm"}
    run = shlex.join(
        ["env", *(f"{k}={v}" for k, v in env.items()), sys.executable, "-m", "tracker"]
    )
    script = f"{run} {shlex.join(args)}; {shlex.join([*tmux, 'wait-for', '-S', channel])}; sleep 60"
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", session, "-x", str(width), "-y", "50", script],
        check=True,
        env={k: v for k, v in os.environ.items() if k != "COLUMNS"},
    )
    try:
        subprocess.run([*tmux, "wait-for", channel], check=True, timeout=60)
        screen = subprocess.run(
            [*tmux, "capture-pane", "-p", "-S", "-", "-t", session],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
    finally:
        subprocess.run([*tmux, "kill-session", "-t", session], capture_output=True, check=False)
    return screen.rstrip("\n")


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    t = Tracker(str(tmp_path_factory.mktemp("tables") / "tracker.db"))
    with pytest.MonkeyPatch.context() as patch:  # as the per-test isolation does
        patch.delenv("TRACKER_DB", raising=False)
        patch.setenv("TRACKER_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
        t.ok("init")
        return t.db, seed_more(t)


@pytest.mark.parametrize("width", [80, 100])
def test_every_listing_fits_a_real_terminal_without_a_broken_word(
    tmux: list[str], seeded_file: tuple[str, dict[str, str]], width: int
) -> None:
    db, ids = seeded_file
    screens = {}
    for args in listings(ids):
        shown = on_screen(tmux, width, db, args)
        assert shown.strip(), args
        assert_fits(shown, Tracker(db).ok(*args).stdout, width)
        screens[" ".join(args)] = shown
    stance = screens[f"stance --topic {TOPIC}"]
    assert "Netherlands" in stance and "United" in stance
    footer = FOOTER.search(" ".join(stance.split()))
    assert footer and "troops" in footer.group(1)  # the seed's widest column drops
    # The timeline keeps its speaker; its quote is one line.
    assert "Pedro" in screens["timeline Spain"] and "Sánchez" in screens["timeline Spain"]
    assert "at-sea" in screens[f"show {ids['statement'][:8]}"]


# --- through CliRunner with COLUMNS, on both backends --------------------------------------


@pytest.mark.parametrize("width", [80, 100])
def test_every_listing_fits_columns_without_a_broken_word(tracker: Tracker, width: int) -> None:
    ids = seed_more(tracker)
    for args in listings(ids):
        wide = tracker.ok(*args).stdout
        shown = tracker.run(*args, env={"COLUMNS": str(width)})
        assert shown.exit_code == 0, shown.stderr
        assert_fits(shown.stdout, wide, width)
    timeline = tracker.run("timeline", "Spain", env={"COLUMNS": str(width)}).stdout
    assert "Sánchez" in timeline and "2025-10-01" in timeline


def test_a_footer_names_the_columns_a_narrow_terminal_leaves_out(seeded: Tracker) -> None:
    wide = seeded.ok("stance").stdout
    assert "troops" in wide and "Not shown" not in wide
    narrow = seeded.run("stance", env={"COLUMNS": "80"}).stdout
    footer = FOOTER.search(" ".join(narrow.split()))
    assert footer, narrow
    dropped = footer.group(1).split(", ")
    assert "troops" in dropped and "stance" not in dropped and "since" not in dropped
    header = narrow.splitlines()[1:4]
    assert not any("troops" in line for line in header)


def test_show_prints_values_as_users_write_them(seeded: Tracker) -> None:
    event_id = seeded.add("Norway", "considering", "2025-09-04", topic=TOPIC)
    shown = seeded.ok("show", event_id[:8]).stdout
    assert re.search(r"^approximate\s+no\s*$", shown, re.M), shown
    assert "False" not in shown and "[]" not in shown


def test_a_long_source_title_hangs_under_its_outlet(seeded: Tracker) -> None:
    shown = seeded.run("show", "86d0eb", env={"COLUMNS": "80"}).stdout
    lines = shown.splitlines()
    at = next(i for i, line in enumerate(lines) if "Consultations in Paris" in line)
    indent = len(lines[at]) - len(lines[at].lstrip())
    assert lines[at + 1].startswith(" " * indent) and lines[at + 1].strip(), lines[at : at + 2]
    assert all(len(line.rstrip()) <= 80 for line in lines)


def test_hash_stays_whole_at_80_columns(seeded: Tracker, tmp_path: Path) -> None:
    shown = seeded.run("show", "86d0eb", env={"COLUMNS": "80"}).stdout
    (record,) = seeded.json("show", "86d0eb")
    assert record["hash"] in shown


def test_timeline_history_gives_original_values_in_words(seeded: Tracker) -> None:
    seeded.ok(
        "correct", "86d0eb", "--reason", "1,200", "--troops", "1200", "--deployment", "remote"
    )
    timeline = seeded.ok("timeline", "France").stdout
    assert "deployment was none" in timeline
    assert "troops was 1,000+ (some thousand soldiers)" in timeline
    assert "None" not in timeline and "{'" not in timeline


def test_show_marks_cited_sources_and_writes_a_long_url_whole(seeded: Tracker) -> None:
    url = "https://www.example.org/world/europe/italy-will-not-send-troops-to-ukraine-2025-09-05/"
    seeded.ok("cite", "0cb51f", "--outlet", "Reuters", "--url", url, "--published", "2025-09-05")
    shown = seeded.run("show", "0cb51f", env={"COLUMNS": "80"}).stdout
    assert "2. Reuters, 2025-09-05 (cited)" in shown
    assert "now:" not in shown  # the original source is not repeated
    # Longer than the line: written whole (the terminal wraps it, a copy keeps it whole).
    assert any(line.strip() == url for line in shown.splitlines()), shown
