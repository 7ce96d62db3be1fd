"""Output files are complete or absent, and never the database itself (issue 10 item 1)."""

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker

FORMATS = ["csv", "jsonl", "json", "table", "xlsx"]


def _export(tracker: Tracker, target: str, fmt: str = "jsonl", what: str = "events") -> list[str]:
    return ["export", "--what", what, "--format", fmt, "-o", target]


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("suffix", ["", "-wal", "-journal", "-shm"])
def test_export_onto_the_database_or_its_journal_is_refused(
    tmp_path: Path, fmt: str, suffix: str
) -> None:
    db = tmp_path / "t.db"
    tracker = Tracker(str(db))
    tracker.ok("init", "--seed")
    before = db.read_bytes()
    result = tracker.fails(*_export(tracker, str(db) + suffix, fmt))
    assert "database" in result.stderr
    assert db.read_bytes() == before
    tracker.ok("verify")
    assert "25 events" in tracker.ok("verify").stdout


def test_report_and_links_to_the_database_are_refused(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    tracker = Tracker(str(db))
    tracker.ok("init", "--seed")
    before = db.read_bytes()
    (tmp_path / "sym.html").symlink_to(db)
    os.link(db, tmp_path / "hard.html")
    for target in (str(db), str(tmp_path / "sym.html"), str(tmp_path / "hard.html")):
        tracker.fails("report", "-o", target)
        tracker.fails("export", "-o", target)
    # A relative spelling of the same file is the same file.
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        tracker.fails("export", "-o", "./sub/../t.db".replace("sub/../", ""))
    finally:
        os.chdir(cwd)
    assert db.read_bytes() == before
    assert "25 events" in tracker.ok("verify").stdout


def test_export_onto_a_new_database_path_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    Tracker(str(db)).fails("export", "-o", str(db))
    assert not db.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_folder_gives_one_error_and_no_file(
    seeded: Tracker, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "absent" / "out.file"
    result = seeded.fails(*_export(seeded, str(target), fmt))
    assert "no such folder" in result.stderr
    assert not target.parent.exists()


def test_missing_folder_for_report(seeded: Tracker, tmp_path: Path) -> None:
    seeded.fails("report", "-o", str(tmp_path / "absent" / "r.html"))
    assert not (tmp_path / "absent").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_full_device_gives_one_error(seeded: Tracker, fmt: str) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    result = seeded.fails(*_export(seeded, "/dev/full", fmt))
    assert "No space left" in result.stderr


def test_unwritable_folder_gives_one_error(seeded: Tracker, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:
        # root ignores permissions; sysfs refuses new files even to root.
        target = "/sys/tracker-export.csv"
        if not Path("/sys").is_dir():
            pytest.skip("neither an unprivileged user nor /sys")
    else:
        folder.chmod(0o500)
        target = str(folder / "out.csv")
    try:
        seeded.fails(*_export(seeded, target, "csv"))
        seeded.fails("report", "-o", target)
        assert not Path(target).exists()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_size_limit_leaves_old_content_and_no_temporary(
    seeded: Tracker, tmp_path: Path, fmt: str
) -> None:
    """`ulimit -f`: the write fails half-way; the old file stays whole, no stray files."""
    notes = "\n".join(
        json.dumps(
            {
                "topic": "t",
                "country": "FR",
                "stance": "committed",
                "date": f"2025-01-{i % 28 + 1:02d}",
                "note": os.urandom(9_500).hex(),  # incompressible, for xlsx too
            }
        )
        for i in range(40)
    )
    (tmp_path / "big.jsonl").write_text(notes + "\n", encoding="utf-8")
    seeded.ok("import", "--new-topic", str(tmp_path / "big.jsonl"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"export.{fmt}"
    target.write_text("the previous export\n", encoding="utf-8")
    limit = 200_000  # below the export's size, far above anything else written

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    args = [sys.executable, "-m", "tracker", "--db", seeded.db]
    done = subprocess.run(
        [*args, *_export(seeded, str(target), fmt)],
        capture_output=True,
        text=True,
        preexec_fn=cap,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "too large" in errors[0], done.stderr
    assert _listing(out) == {f"export.{fmt}": b"the previous export\n"}
    # Without the limit the same export is complete, and replaces the old one.
    seeded.ok(*_export(seeded, str(target), fmt))
    assert target.stat().st_size > limit
    assert sorted(p.name for p in out.iterdir()) == [f"export.{fmt}"]


def test_report_under_a_size_limit_leaves_no_partial_file(seeded: Tracker, tmp_path: Path) -> None:
    target = tmp_path / "r.html"

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4_000, 4_000))

    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", seeded.db, "report", "-o", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=cap,
        check=False,
    )
    if seeded.db.endswith(".db") and done.returncode == 1 and "database" in done.stderr:
        pytest.skip("the SQLite file itself is over the limit here")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.html")] == []


def test_successful_export_keeps_permissions_and_follows_symlinks(
    seeded: Tracker, tmp_path: Path
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    seeded.ok("export", "--what", "stances", "-o", str(link))
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("topic,")
    assert oct(real.stat().st_mode & 0o777) == oct(0o640)
    fresh = tmp_path / "fresh.csv"
    seeded.ok("export", "--what", "stances", "-o", str(fresh))
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask


def test_odd_output_paths_give_one_error(seeded: Tracker, tmp_path: Path) -> None:
    seeded.fails("export", "-o", "")
    seeded.fails("export", "-o", str(tmp_path / ("x" * 300)))
    seeded.fails("report", "-o", str(tmp_path / ("x" * 300)))
    assert list(tmp_path.iterdir()) == [] or all(
        p.name == "tracker.db" or p.name.startswith("tracker.db-") for p in tmp_path.iterdir()
    )


def test_export_to_a_device_is_written_in_place(seeded: Tracker) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", seeded.db, "export", "-o", "/dev/stdout"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 25
