"""`draft -o` writes through the one output writer of `export -o` and `report -o`
(issue 19 item 4): complete or absent, the umask's mode, a device written in place and
never replaced, the database refused however it is named."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker

ARTICLE = "France will send troops, President Macron said on Monday.\n"


def _article(folder: Path) -> Path:
    article = folder / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return article


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def test_a_sheet_gets_the_mode_an_export_gets(tracker: Tracker, tmp_path: Path) -> None:
    article = _article(tmp_path)
    sheet, export = tmp_path / "sheet.yaml", tmp_path / "export.jsonl"
    tracker.ok("draft", str(article), "-o", str(sheet))
    tracker.ok("export", "-o", str(export))
    assert stat.S_IMODE(sheet.stat().st_mode) == stat.S_IMODE(export.stat().st_mode)
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o666 & ~_umask()
    # A sheet written again keeps the mode its owner gave it, as an export does.
    sheet.chmod(0o640)
    tracker.ok("draft", str(article), "-o", str(sheet))
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_links_to_the_database_are_refused(sqlite_tracker: Tracker, tmp_path: Path) -> None:
    article = _article(tmp_path)
    db = Path(sqlite_tracker.db)
    before = db.read_bytes()
    os.link(db, tmp_path / "hard.yaml")
    (tmp_path / "sym.yaml").symlink_to(db)
    for target in (db, tmp_path / "hard.yaml", tmp_path / "sym.yaml", f"{db}-journal"):
        result = sqlite_tracker.fails("draft", str(article), "-o", str(target))
        assert "database" in result.stderr
    assert db.read_bytes() == before
    sqlite_tracker.ok("verify")


def test_a_hard_link_to_the_article_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    article = _article(tmp_path)
    os.link(article, tmp_path / "same.yaml")
    result = tracker.fails("draft", str(article), "-o", str(tmp_path / "same.yaml"))
    assert "article being read" in result.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


def _character_device(path: str) -> bool:
    return stat.S_ISCHR(os.stat(path).st_mode)


def test_a_device_is_written_in_place_never_replaced(tracker: Tracker, tmp_path: Path) -> None:
    """As root a rename over /dev/full would replace the system's device node; the
    shared writer writes a device in place (its own tests write /dev/full and /dev/stdout)."""
    if not Path("/dev/full").exists() or not _character_device("/dev/full"):
        pytest.skip("no /dev/full device on this system")
    article = _article(tmp_path)
    result = tracker.fails("draft", str(article), "-o", "/dev/full")
    assert "No space left" in result.stderr
    assert _character_device("/dev/full")
    args = ["--db", tracker.db, "draft", str(article), "-o", "/dev/stdout"]
    done = subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "country: France" in done.stdout
    assert _character_device("/dev/full")


def test_a_folder_that_is_absent_is_one_error(tracker: Tracker, tmp_path: Path) -> None:
    article = _article(tmp_path)
    result = tracker.fails("draft", str(article), "-o", str(tmp_path / "absent" / "s.yaml"))
    assert "no such folder" in result.stderr
    assert not (tmp_path / "absent").exists()
