"""Regenerate the report screenshots in this folder.

    .venv/bin/python docs/screenshots/make.py

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
]


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


def main() -> None:
    """Build both reports and take every screenshot of SHOTS."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        seed = tracker(work / "seed.db")
        seed("init", "--seed")
        seed("report", "-o", str(work / "seed.html"))
        rich = tracker(work / "rich.db")
        build_richer_example(rich)
        rich("report", "-o", str(work / "rich.html"))
        for name, report, anchor, width, height in SHOTS:
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
    main()
