"""The HTML report (issue 6): self-contained, escaped, and rendered by a real browser."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Tracker

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def write_report(t: Tracker, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "report.html"
    t.ok("report", "-o", str(path), *args)
    return path.read_text(encoding="utf-8")


def test_report_has_a_lane_per_country_charts_table_and_changes(
    seeded: Tracker, tmp_path: Path
) -> None:
    html = write_report(seeded, tmp_path, "--from", "2025-08-01", "--to", "2025-09-30")
    assert html.count('class="lane"') == 23
    assert 'id="counts"' in html and 'id="stances"' in html and 'id="legend"' in html
    changes = html.split('id="changes"')[1]
    assert changes.count("<tr>") == 1 + 21  # header + the 21 countries first heard in September
    assert "disputed" in html.split('id="stances"')[1]


def test_report_is_self_contained(seeded: Tracker, tmp_path: Path) -> None:
    html = write_report(seeded, tmp_path)
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert not re.search(r"""(src|@import|url\()\s*=?\s*["']?https?:""", html)


def test_text_from_events_is_escaped(tracker: Tracker, tmp_path: Path) -> None:
    tracker.ok(
        "add",
        "--topic",
        "t",
        "--country",
        "FR",
        "--stance",
        "committed",
        "--date",
        "2025-01-01",
        "--quote",
        "<script>alert(1)</script>",
        "--speaker",
        '"><img src=x onerror=alert(2)>',
    )
    html = write_report(tracker, tmp_path)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_known_at_before_anything_is_empty(seeded: Tracker, tmp_path: Path) -> None:
    html = write_report(seeded, tmp_path, "--known-at", "2025-09-01")
    assert 'class="lane"' not in html


@pytest.mark.skipif(
    CHROMIUM is None and os.environ.get("TRACKER_REQUIRE_BROWSER") != "1",
    reason="no chromium binary (CI installs Debian's chromium)",
)
def test_report_renders_in_a_headless_browser(sqlite_tracker: Tracker, tmp_path: Path) -> None:
    assert CHROMIUM, "TRACKER_REQUIRE_BROWSER=1 but no chromium is installed"
    sqlite_tracker.ok("init", "--seed")
    write_report(sqlite_tracker, tmp_path)
    flags = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1200,1500",
        "--enable-logging=stderr",
        "--v=0",
    ]
    url = (tmp_path / "report.html").as_uri()
    dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert dom.stdout.count('class="lane"') == 23
    assert dom.stdout.count("<rect") > 23 and 'id="counts"' in dom.stdout
    assert "CONSOLE" not in dom.stderr and "Uncaught" not in dom.stderr
    shot = tmp_path / "report.png"
    subprocess.run(
        [*flags, f"--screenshot={shot}", url], capture_output=True, timeout=120, check=True
    )
    assert shot.stat().st_size > 20_000
    shutil.copy(shot, Path(os.environ.get("TMPDIR", "/tmp")) / "tracker-report.png")
