"""Regenerate the report screenshots in this folder.

    .venv/bin/python docs/screenshots/make.py [NAME-PREFIX...]

Builds two databases in a temporary folder through the CLI (the seed alone, and the
richer example of `tests/report/example.py`), writes their reports, and takes headless
Chromium screenshots at 1400 and 390 px wide (Debian's `chromium` must be installed).
Anchored URLs (`#stances`, `#c-DE`) scroll to a section, as a reader's click would.
When `pngquant` is installed (Debian: `apt-get install pngquant`), the PNGs are reduced
to 256 colours, a third of their size; the report's flat colours lose nothing visible.
"""

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.report.browser import screenshot  # noqa: E402
from tests.report.example import build_richer_example  # noqa: E402

# (file name, report, anchor, width, height)
SHOTS = [
    ("seed-1400.png", "seed", "", 1400, 1700),
    ("seed-390.png", "seed", "", 390, 1700),
    ("rich-1400.png", "rich", "", 1400, 2300),
    ("rich-1400-stances.png", "rich", "#stances", 1400, 1500),
    ("rich-390.png", "rich", "", 390, 1800),
    ("rich-390-who-moved.png", "rich", "#who-moved", 390, 1400),
    ("rich-390-germany.png", "rich", "#c-DE", 390, 1000),
    ("recognition-1400.png", "recognition", "", 1400, 1300),
    ("recognition-1400-stances.png", "recognition", "#stances", 1400, 900),
]

# An invented example of a topic that is no troop pledge: a title, no contributions, no
# troops (the report leaves their columns out). Sources are example.org pages.
RECOGNITION = "recognition"
RECOGNITION_STATEMENTS = [
    ("France", "considering", "2025-07-24", "Emmanuel Macron", "France will decide in September."),
    ("France", "committed", "2025-09-22", "Emmanuel Macron", "France recognises the state."),
    ("United Kingdom", "conditional", "2025-07-29", "Keir Starmer", "Unless a ceasefire holds."),
    ("United Kingdom", "committed", "2025-09-21", "Keir Starmer", "We recognise it today."),
    ("Canada", "committed", "2025-09-21", "Mark Carney", "Canada recognises it."),
    ("Portugal", "committed", "2025-09-21", "", "Portugal recognises it."),
    ("Belgium", "conditional", "2025-09-22", "", "Once the hostages are released."),
    ("Germany", "declined", "2025-09-22", "", "Not at this time."),
    ("Italy", "skeptical", "2025-09-23", "", "Recognition must come at the end."),
    ("United States", "opposed", "2025-09-22", "", "A reward for terror."),
]


def build_recognition_example(run: Callable[..., str]) -> None:
    """A titled recognition topic with a few moves, through the CLI."""
    run("init")
    run("topics", "add", RECOGNITION, "--title", "Recognition of the State of Palestine")
    for number, (country, stance, date, speaker, quote) in enumerate(RECOGNITION_STATEMENTS):
        extra = ["--speaker", speaker] if speaker else []
        if country == "Belgium":
            extra += ["--condition", "the release of the hostages"]
        run(
            *("add", "--topic", RECOGNITION, "--country", country, "--stance", stance),
            *("--date", date, "--quote", quote, "--outlet", "Example News", *extra),
            *("--url", f"https://example.org/recognition/{number}", "--published", date),
        )


def tracker(db: Path) -> Callable[..., str]:
    """A runner of `tracker --db DB ...` in a subprocess, failing loudly."""

    def run(*args: str, input: str | None = None) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--db", str(db), *args],
            input=input,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise SystemExit(f"tracker {' '.join(args)} failed:\n{done.stderr}")
        return done.stdout

    return run


def main(only: list[str]) -> None:
    """Build the reports and take every screenshot of SHOTS (those whose names start
    with one of `only`, when given)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seed = tracker(work / "seed.db")
        seed("init", "--seed")
        seed("report", "-o", str(work / "seed.html"))
        rich = tracker(work / "rich.db")
        build_richer_example(rich)
        rich("report", "-o", str(work / "rich.html"))
        recognition = tracker(work / "recognition.db")
        build_recognition_example(recognition)
        recognition("report", "-o", str(work / "recognition.html"))
        for name, report, anchor, width, height in SHOTS:
            if only and not name.startswith(tuple(only)):
                continue
            screenshot(work / f"{report}.html", HERE / name, width, height, anchor=anchor)
            if shutil.which("pngquant"):
                subprocess.run(
                    [
                        "pngquant",
                        "--force",
                        "--skip-if-larger",
                        "--output",
                        str(HERE / name),
                        "256",
                        str(HERE / name),
                    ],
                    check=False,
                )
            print(f"{name}: {(HERE / name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
