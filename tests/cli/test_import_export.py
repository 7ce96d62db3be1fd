"""Import is all-or-nothing and idempotent; export → import gives an identical database."""

import json
from pathlib import Path

from tests.conftest import Tracker

VALID = {"topic": "t", "country": "FR", "stance": "committed", "date": "2025-09-04"}


def write_jsonl(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_export_import_round_trip_gives_an_identical_database(
    seeded: Tracker, tmp_path: Path
) -> None:
    event_id = seeded.add("Germany", "committed", "2025-10-01", topic="ukraine-reassurance-force")
    seeded.ok(
        "correct",
        event_id,
        "--reason",
        "typo",
        "--stance",
        "conditional",
        "--condition",
        "US backstop",
    )
    other = seeded.add("Italy", "committed", "2025-10-02", topic="ukraine-reassurance-force")
    seeded.ok("retract", other, "--reason", "withdrawn")
    dump = tmp_path / "dump.jsonl"
    seeded.ok("export", "--what", "events", "-o", str(dump))
    fresh = Tracker(str(tmp_path / "copy.db"))
    fresh.ok("import", str(dump))
    for args in (["events"], ["stance"], ["timeline", "DE"], ["timeline", "IT"]):
        assert (
            fresh.ok(*args, "--format", "jsonl").stdout
            == seeded.ok(*args, "--format", "jsonl").stdout
        )
    assert fresh.json("info")[0]["chain_head"] == seeded.json("info")[0]["chain_head"]
    fresh.ok("verify")
    again = fresh.ok("import", str(dump))
    assert "imported 0, skipped 29" in again.stderr


def test_export_pipes_into_import_on_stdin(seeded: Tracker, tmp_path: Path) -> None:
    dump = seeded.ok("export", "--what", "events").stdout
    fresh = Tracker(str(tmp_path / "copy.db"))
    fresh.ok("import", "-", input=dump)
    assert fresh.json("stance") == seeded.json("stance")


def test_csv_export_imports_back(seeded: Tracker, tmp_path: Path) -> None:
    seeded.ok("export", "--what", "events", "--format", "csv", "-o", str(tmp_path / "e.csv"))
    fresh = Tracker(str(tmp_path / "copy.db"))
    fresh.ok("import", str(tmp_path / "e.csv"))
    assert (
        fresh.ok("events", "--format", "jsonl").stdout
        == seeded.ok("events", "--format", "jsonl").stdout
    )


def test_invalid_record_means_nothing_is_written_and_every_problem_reported(
    tracker: Tracker, tmp_path: Path
) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        [VALID, {**VALID, "stance": "keen"}, VALID, {**VALID, "country": "Frnace"}],
    )
    (tmp_path / "mixed.jsonl").write_text(
        (tmp_path / "mixed.jsonl").read_text() + "{not json\n", encoding="utf-8"
    )
    result = tracker.fails("import", path)
    assert "mixed.jsonl:2" in result.stderr and "stance" in result.stderr
    assert "mixed.jsonl:4" in result.stderr and "France" in result.stderr
    assert "mixed.jsonl:5" in result.stderr and "not valid JSON" in result.stderr
    assert "nothing was imported" in result.stderr
    assert tracker.json("events") == []


def test_dry_run_validates_and_writes_nothing(tracker: Tracker, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "ok.jsonl", [VALID, {**VALID, "country": "DE"}])
    assert "would import 2" in tracker.ok("import", "--dry-run", path).stderr
    assert tracker.json("events") == []


def test_same_event_id_with_other_content_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    event_id = "11111111-2222-4333-8444-555555555555"
    tracker.ok("import", write_jsonl(tmp_path / "a.jsonl", [{**VALID, "event_id": event_id}]))
    before = tracker.ok("events", "--format", "jsonl").stdout
    changed = write_jsonl(
        tmp_path / "b.jsonl", [{**VALID, "event_id": event_id, "stance": "declined"}]
    )
    assert "already stored with other content" in tracker.fails("import", changed).stderr
    assert tracker.ok("events", "--format", "jsonl").stdout == before
    same = write_jsonl(tmp_path / "c.jsonl", [{**VALID, "event_id": event_id}])
    assert "skipped 1" in tracker.ok("import", same).stderr


def test_corrections_in_the_same_file_apply_to_its_statements(
    tracker: Tracker, tmp_path: Path
) -> None:
    event_id = "aaaaaaaa-2222-4333-8444-555555555555"
    path = write_jsonl(
        tmp_path / "f.jsonl",
        [
            {**VALID, "event_id": event_id},
            {
                "type": "correction",
                "corrects": event_id,
                "changes": {"stance": "declined"},
                "reason": "typo",
            },
        ],
    )
    tracker.ok("import", path)
    assert tracker.json("stance")[0]["stance"] == "declined"


def test_amendments_in_one_file_see_each_other(tracker: Tracker, tmp_path: Path) -> None:
    """Within one batch: a correction moves a statement, a later one sees it moved, and a
    retraction then refuses any further amendment of it (and an amendment of an amendment)."""
    first, second = "aaaaaaaa-2222-4333-8444-555555555555", "cccccccc-2222-4333-8444-555555555555"
    fix = "dddddddd-2222-4333-8444-555555555555"
    amendments = [
        {"type": "correction", "corrects": first, "changes": {"country": "DE"}, "reason": "a"},
        {"event_id": fix, "type": "correction", "corrects": first,
         "changes": {"stance": "declined"}, "reason": "b"},
        {"type": "retraction", "retracts": second, "reason": "c"},
    ]  # fmt: skip
    good = [{**VALID, "event_id": first}, {**VALID, "event_id": second}, *amendments]
    tracker.ok("import", write_jsonl(tmp_path / "good.jsonl", good))
    assert [(r["country"], r["stance"]) for r in tracker.json("stance")] == [("DE", "declined")]
    moved = [e for e in tracker.json("events", "--country", "DE") if e["type"] == "correction"]
    assert [e["event_id"] for e in moved] == [fix]  # recorded under the country it moved to

    new, other = "eeeeeeee-2222-4333-8444-555555555555", "ffffffff-2222-4333-8444-555555555555"
    refused = {
        "retracted in the file": [
            {**VALID, "event_id": new},
            {"type": "retraction", "retracts": new, "reason": "x"},
            {"type": "correction", "corrects": new, "changes": {"stance": "opposed"},
             "reason": "y"},
        ],
        "a correction in the file": [
            {**VALID, "event_id": new},
            {"event_id": other, "type": "correction", "corrects": new,
             "changes": {"stance": "opposed"}, "reason": "y"},
            {"type": "retraction", "retracts": other, "reason": "z"},
        ],
        "a stored correction": [{}, {}, {"type": "retraction", "retracts": fix, "reason": "z"}],
    }  # fmt: skip
    before = tracker.ok("events", "--format", "jsonl").stdout
    for case, records in refused.items():
        records = [r or {**VALID, "date": "2025-01-01"} for r in records]
        stderr = tracker.fails("import", write_jsonl(tmp_path / "bad.jsonl", records)).stderr
        expected = "is retracted" if case.startswith("retracted") else "is a correction"
        assert "bad.jsonl:3" in stderr and expected in stderr, case
        assert tracker.ok("events", "--format", "jsonl").stdout == before


def test_correction_of_unknown_statement_fails_the_whole_import(
    tracker: Tracker, tmp_path: Path
) -> None:
    path = write_jsonl(
        tmp_path / "f.jsonl",
        [
            VALID,
            {
                "type": "retraction",
                "retracts": "bbbbbbbb-2222-4333-8444-555555555555",
                "reason": "x",
            },
        ],
    )
    assert "f.jsonl:2" in tracker.fails("import", path).stderr
    assert tracker.json("events") == []


def test_json_yaml_and_flat_csv_files_import(tracker: Tracker, tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps([{**VALID, "country": "Holland"}]))
    (tmp_path / "b.yaml").write_text(
        "- topic: t\n  country: Türkiye\n  stance: considering\n  date: 2025-06-01\n"
        "  sources:\n    - outlet: Hürriyet\n      published: 2025-06-02\n"
    )
    (tmp_path / "c.csv").write_text(
        "topic,country,stance,date,contributions,troops,outlet,quote\n"
        't,Czech Republic,skeptical,2025-09,training;logistics,100-200,ČT,"""Premature"", they said"\n',
        encoding="utf-8",
    )
    tracker.ok(
        "import", str(tmp_path / "a.json"), str(tmp_path / "b.yaml"), str(tmp_path / "c.csv")
    )
    rows = {r["country"]: r for r in tracker.json("stance")}
    assert set(rows) == {"NL", "TR", "CZ"}
    assert rows["CZ"]["contributions"] == ["training", "logistics"]
    assert rows["CZ"]["troops"] == {"min": 100, "max": 200, "text": None}
    turkey = tracker.json("timeline", "Turkey")[0]
    assert turkey["sources"][0]["published"] == "2025-06-02"


def test_bad_csv_row_is_reported_with_its_line(tracker: Tracker, tmp_path: Path) -> None:
    (tmp_path / "c.csv").write_text(
        "topic,country,stance,date\nt,FR,committed,2025\nt,FR,committed,someday\n"
    )
    assert "c.csv:3" in tracker.fails("import", str(tmp_path / "c.csv")).stderr
    assert tracker.json("events") == []


def test_formula_cells_are_neutralised_in_csv_and_restored_on_import(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.ok(
        "add",
        "--topic",
        "t",
        "--country",
        "FR",
        "--stance",
        "committed",
        "--date",
        "2025",
        "--speaker",
        '=HYPERLINK("http://evil")',
        "--note",
        "-1 for the plan",
    )
    events_csv = tmp_path / "e.csv"
    tracker.ok("export", "--what", "events", "--format", "csv", "-o", str(events_csv))
    text = events_csv.read_text()
    assert "'=HYPERLINK" in text and "'-1 for the plan" in text
    fresh = Tracker(str(tmp_path / "copy.db"))
    fresh.ok("import", str(events_csv))
    event = fresh.json("events")[0]
    assert event["speaker"] == '=HYPERLINK("http://evil")' and event["note"] == "-1 for the plan"
