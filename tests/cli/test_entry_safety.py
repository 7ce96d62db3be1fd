"""Entry that cannot quietly damage the record (issue 9): corrections keep what they do not
name, topics are created on purpose, duplicates are caught, every problem is reported."""

import json
from pathlib import Path
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
    t = sqlite_tracker  # one database for every example: the same statement again
    event_id = t.add("France", "committed", "2025-09-04", *FULL, "--allow-duplicate")
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


# -- topics ----------------------------------------------------------------------------

SEED_TOPIC = "ukraine-reassurance-force"


def test_a_mistyped_topic_is_refused_with_the_closest_known_one(seeded: Tracker) -> None:
    before = seeded.ok("events", "--format", "jsonl").stdout
    result = seeded.fails(
        "add", "--topic", "ukraine-reasurance-force", "--country", "DE", "--stance",
        "committed", "--date", "2025-10-01",
    )  # fmt: skip
    assert "did you mean ukraine-reassurance-force?" in result.stderr
    assert "--new-topic" in result.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before
    # and a later add without --topic still finds the one topic
    seeded.ok("add", "--country", "DE", "--stance", "committed", "--date", "2025-10-01")


def test_topics_are_created_on_purpose_and_listed_with_counts(seeded: Tracker) -> None:
    seeded.ok("topics", "add", "sending-soldiers", "--title", "Sending soldiers")
    seeded.fails("topics", "add", "sending-soldiers")
    seeded.add("DE", "declined", "2025-10-01", topic="sending-soldiers")
    seeded.add("FR", "committed", "2025-10-01", "--new-topic", topic="backing-declaration")
    listed = {r["topic"]: r for r in seeded.json("topics")}
    assert listed["sending-soldiers"]["title"] == "Sending soldiers"
    assert listed["sending-soldiers"]["statements"] == 1
    assert listed[SEED_TOPIC]["statements"] == 24
    assert listed[SEED_TOPIC]["countries"] == 23
    assert set(listed) == {SEED_TOPIC, "sending-soldiers", "backing-declaration"}
    assert seeded.json("events", "--type", "topic")[-1]["title"] == "Sending soldiers"
    seeded.ok("verify")


def test_a_topic_event_survives_export_and_import(seeded: Tracker, tmp_path: Path) -> None:
    seeded.ok("topics", "add", "empty-so-far", "--title", "Nothing yet")
    backup = tmp_path / "b.jsonl"
    seeded.ok("export", "--what", "events", "-o", str(backup))
    fresh = Tracker(str(tmp_path / "fresh.db"))
    fresh.ok("import", str(backup))
    assert {r["topic"] for r in fresh.json("topics")} == {SEED_TOPIC, "empty-so-far"}


def test_import_refuses_unknown_topics_unless_new_topic(seeded: Tracker, tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"topic": "ukraine-reasurance-force", "country": "DE",
                    "stance": "committed", "date": "2025-10-01"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result = seeded.fails("import", str(rows))
    assert "rows.jsonl:1: topic: unknown topic" in result.stderr
    assert (
        "Created topic ukraine-reasurance-force"
        in seeded.ok("import", "--new-topic", str(rows)).stderr
    )


# -- duplicates ------------------------------------------------------------------------


def test_reimporting_a_file_without_ids_skips_every_row_as_a_duplicate(
    seeded: Tracker, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "country,stance,date,url,published\n"
        "DE,committed,2025-10-01,https://faz.net/a,2025-10-02\n"
        "CA,considering,2025-10-01,https://cbc.ca/b,2025-10-02\n"
        "CA,considering,2025-10-01,https://cbc.ca/b,2025-10-02\n",
        encoding="utf-8",
    )
    first = seeded.ok("import", str(rows))
    assert (
        "imported 2" in first.stderr and "rows.csv:4: duplicate of active statement" in first.stderr
    )
    before = seeded.ok("events", "--format", "jsonl").stdout
    again = seeded.ok("import", str(rows))
    assert "imported 0" in again.stderr and "skipped 3 duplicates" in again.stderr
    for line in (2, 3, 4):
        assert f"rows.csv:{line}: duplicate" in again.stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before
    assert "imported 3" in seeded.ok("import", "--allow-duplicate", str(rows)).stderr


def test_add_refuses_a_duplicate_unless_allowed(tracker: Tracker) -> None:
    args = ["FR", "committed", "2025-09-04", "--url", "https://a.example/x"]
    first = tracker.add(*args)
    result = tracker.fails("add", "--topic", "t", "--country", "FR", "--stance", "committed",
                           "--date", "2025-09-04", "--url", "https://a.example/x")  # fmt: skip
    assert f"duplicate of active statement {first[:8]}" in result.stderr
    second = tracker.add(*args, "--allow-duplicate")
    tracker.add("FR", "committed", "2025-09-04", "--url", "https://other.example/y")
    for event_id in (first, second):
        tracker.ok("retract", event_id, "--reason", "wrong")
    tracker.add(*args)  # the duplicate of a retracted statement is no duplicate


# -- every problem at once -------------------------------------------------------------


def test_import_reports_every_problem_of_every_record_with_the_value_and_a_suggestion(
    seeded: Tracker, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "country,stance,date,contributions\n"
        "Frnace,comitted,08/01/2026,navel\n"
        "DE,committed,2025-10-01,ground\n"
        "IT,declnied,2025-10-01,airforce\n",
        encoding="utf-8",
    )
    before = seeded.ok("events", "--format", "jsonl").stdout
    stderr = seeded.fails("import", str(rows)).stderr
    assert "rows.csv:2: country: unknown country 'Frnace'; did you mean France" in stderr
    assert "rows.csv:2: stance: 'comitted' is not a stance; did you mean committed?" in stderr
    assert "rows.csv:2: date: invalid date '08/01/2026'" in stderr and "2026-01-08" in stderr
    assert (
        "rows.csv:2: contributions.0: 'navel' is not a contribution; did you mean naval"
        not in stderr
    )
    assert "rows.csv:2: contributions.0: 'navel' is not a contribution" in stderr
    assert "rows.csv:4: stance: 'declnied' is not a stance; did you mean declined?" in stderr
    assert "rows.csv:3" not in stderr
    assert seeded.ok("events", "--format", "jsonl").stdout == before


def test_contribution_synonyms_are_stored_as_the_canonical_word(tracker: Tracker) -> None:
    tracker.add("FR", "committed", "2025-09-04", "--contribution", "naval",
                "--contribution", "troops", "--contribution", "demining")  # fmt: skip
    assert tracker.json("stance")[0]["contributions"] == ["sea", "ground", "demining"]


# -- import is as lenient as the CLI ---------------------------------------------------


def test_import_accepts_id_prefixes_default_topic_and_semicolon_csv(
    seeded: Tracker, tmp_path: Path
) -> None:
    italy = next(r for r in seeded.json("stance") if r["country"] == "IT")["event_id"]
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "country;stance;date;conditions\n"
        'Deutschland;conditional;2025-10-01;"a ceasefire, first; a US backstop"\n',
        encoding="utf-8",
    )
    seeded.ok("import", "--outlet", "FAZ", "--published", "2025-10-02", str(rows))
    (germany,) = [r for r in seeded.json("stance") if r["country"] == "DE"]
    assert germany["stance"] == "conditional" and germany["topic"] == SEED_TOPIC
    assert germany["conditions"] == ["a ceasefire, first", "a US backstop"]
    (latest,) = [r for r in seeded.json("timeline", "DE") if r["event_id"] == germany["event_id"]]
    assert latest["sources"][0]["outlet"] == "FAZ"
    amend = tmp_path / "amend.jsonl"
    amend.write_text(
        json.dumps({"type": "retraction", "retracts": italy[:8], "reason": "wrong"}) + "\n",
        encoding="utf-8",
    )
    seeded.ok("import", str(amend))
    assert "IT" not in {r["country"] for r in seeded.json("stance")}


def test_tab_separated_csv_imports(tracker: Tracker, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("country\tstance\tdate\nFR\tcommitted\t2025-09-04\n", encoding="utf-8")
    tracker.ok("import", "--topic", "t", str(rows))
    assert tracker.json("stance")[0]["country"] == "FR"


# -- plausibility ----------------------------------------------------------------------


def test_a_statement_dated_after_its_report_is_refused(tracker: Tracker) -> None:
    result = tracker.fails("add", "--topic", "t", "--country", "FR", "--stance", "committed",
                           "--date", "2025-09-10", "--published", "2025-09-05")  # fmt: skip
    assert "after the source's publication date" in result.stderr
    assert tracker.json("events") == []


def test_old_or_unsourced_statements_are_recorded_with_a_warning(tracker: Tracker) -> None:
    unsourced = tracker.ok("add", "--topic", "t", "--country", "FR", "--stance", "committed",
                           "--date", "2025-09-04")  # fmt: skip
    assert "Warning: no source" in unsourced.stderr
    old = tracker.ok("add", "--topic", "t", "--country", "IT", "--stance", "declined",
                     "--date", "2025-01-04", "--published", "2025-09-05")  # fmt: skip
    assert "Warning: date 2025-01-04 is more than 90 days" in old.stderr
    vague = tracker.ok("add", "--topic", "t", "--country", "ES", "--stance", "considering",
                       "--date", "2025-01", "--approximate", "--published", "2025-09-05")  # fmt: skip
    assert "Warning" not in vague.stderr
    assert len(tracker.json("events")) == 3


def test_an_open_troop_range_is_refused(tracker: Tracker) -> None:
    result = tracker.fails("add", "--topic", "t", "--country", "FR", "--stance", "committed",
                           "--date", "2025-09-04", "--troops", "5000-")  # fmt: skip
    assert "both ends" in result.stderr


# -- small things ----------------------------------------------------------------------


def test_diff_with_reversed_dates_swaps_them_and_says_so(seeded: Tracker) -> None:
    forward = seeded.json("diff", "2025-07-01", "2025-09-30")
    result = seeded.ok("diff", "2025-09-30", "2025-07-01", "--format", "json")
    assert "showing the changes from 2025-07-01 to 2025-09-30" in result.stderr
    assert json.loads(result.stdout) == forward and forward


def test_stance_table_lists_conditions_with_semicolons(tracker: Tracker) -> None:
    tracker.add("FR", "conditional", "2025-09-04", "--condition", "a ceasefire, first",
                "--condition", "a US backstop")  # fmt: skip
    table = tracker.ok("stance").stdout
    assert "a ceasefire, first; a US backstop" in " ".join(table.split())


def test_an_export_of_several_topics_restores_into_an_empty_database(
    tracker: Tracker, tmp_path: Path
) -> None:
    tracker.add("FR", "committed", "2025-09-04", topic="first")
    tracker.add("IT", "declined", "2025-09-04", "--new-topic", topic="second")
    backup = tmp_path / "backup.jsonl"
    backup.write_text(
        "".join(
            json.dumps({k: v for k, v in e.items() if k not in ("event_id", "hash")}) + "\n"
            for e in tracker.json("events")
        ),
        encoding="utf-8",
    )
    fresh = Tracker(str(tmp_path / "fresh.db"))
    result = fresh.ok("import", str(backup))
    assert "Created topic first" in result.stderr and "Created topic second" in result.stderr
    assert {r["topic"] for r in fresh.json("topics")} == {"first", "second"}


# -- found by the adversarial pass -----------------------------------------------------


def test_a_correction_or_citation_cannot_date_a_statement_after_its_report(
    seeded: Tracker,
) -> None:
    uk = next(r for r in seeded.json("stance") if r["country"] == "GB")["event_id"]
    before = seeded.ok("events", "--format", "jsonl").stdout
    assert "after the source's publication" in seeded.fails(
        "correct", uk, "--reason", "r", "--date", "2025-09-20").stderr  # fmt: skip
    assert "after the source's publication" in seeded.fails(
        "correct", uk, "--reason", "r", "--published", "2025-01-01").stderr  # fmt: skip
    assert "after the source's publication" in seeded.fails(
        "cite", uk, "--outlet", "Y", "--published", "2024-01-01").stderr  # fmt: skip
    assert seeded.ok("events", "--format", "jsonl").stdout == before


def test_clearing_a_field_and_giving_it_a_value_is_a_usage_error(seeded: Tracker) -> None:
    dk = next(r for r in seeded.json("stance") if r["country"] == "DK")["event_id"]
    seeded.fails("correct", dk, "--reason", "r", "--clear", "speaker", "--speaker", "X", code=2)
    seeded.fails(
        "correct", dk, "--reason", "r", "--clear", "url", "--url", "https://x.org/", code=2
    )


def test_an_unknown_topic_on_a_read_command_is_an_error(seeded: Tracker, tmp_path: Path) -> None:
    for args in (
        ["stance"], ["timeline", "France"], ["events"], ["diff", "2025-01", "2025-12"],
        ["export", "--what", "stances"], ["report", "-o", str(tmp_path / "r.html")],
    ):  # fmt: skip
        result = seeded.fails(*args, "--topic", "ukraine-reasurance-force")
        assert "did you mean ukraine-reassurance-force?" in result.stderr, args
    assert not (tmp_path / "r.html").exists()


def test_a_topic_over_200_characters_is_refused_on_every_backend(tracker: Tracker) -> None:
    result = tracker.fails("topics", "add", "a" * 201)
    assert "topic" in result.stderr and "database error" not in result.stderr


def test_draft_refuses_a_text_far_longer_than_an_article(tracker: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "huge.txt"
    article.write_text("France will send troops. " * 3000, encoding="utf-8")
    assert "split it" in tracker.fails("draft", str(article)).stderr


def test_a_bad_troops_cell_does_not_hide_the_rows_other_problems(
    seeded: Tracker, tmp_path: Path
) -> None:
    rows = tmp_path / "b.csv"
    rows.write_text(
        "country,stance,date,troops\nNarnia,committd,2025-09-01,5000-\n", encoding="utf-8"
    )
    stderr = seeded.fails("import", str(rows)).stderr
    assert "b.csv:2: troops:" in stderr and "both ends" in stderr
    assert "b.csv:2: country: unknown country 'Narnia'" in stderr
    assert "b.csv:2: stance: 'committd' is not a stance" in stderr


def test_error_lines_never_carry_control_characters_to_the_terminal(tracker: Tracker) -> None:
    result = tracker.fails("add", "--topic", "t", "--country", "Fr\x1b[31mance", "--stance", "committed",
                           "--date", "2025-09-04")  # fmt: skip
    assert "\x1b" not in result.stderr and "\\x1b" in result.stderr


def test_a_long_import_finds_duplicates_and_id_prefixes_across_its_batches(
    tracker: Tracker, tmp_path: Path
) -> None:
    """Batches of 2,000 are written before the next is checked, so what an import
    remembers stays flat; a duplicate or an id prefix 2,500 records later is still
    found, in the database."""
    first_id = "5b1f0c2e-0000-4000-8000-000000000001"
    rows = [
        {
            "event_id": first_id,
            "type": "statement",
            "topic": "t",
            "country": "FR",
            "stance": "committed",
            "date": "2025-01-01",
            "sources": [{"url": "https://example.org/first"}],
        }
    ]
    rows += [
        {
            "topic": "t",
            "country": "DE",
            "stance": "considering",
            "date": "2025-01-02",
            "sources": [{"url": f"https://example.org/{i}"}],
        }
        for i in range(2_500)
    ]
    rows.append(
        {
            "topic": "t",
            "country": "FR",
            "stance": "committed",
            "date": "2025-01-01",
            "sources": [{"url": "https://example.org/first"}],
        }
    )
    rows.append({"type": "retraction", "retracts": first_id[:8], "reason": "misread"})
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = tracker.ok("import", str(path), "--new-topic")
    assert "duplicate of active statement 5b1f0c2e" in result.stderr
    assert "2503 records read: imported 2502, skipped 0 already stored, skipped 1 duplicates" in (
        result.stderr
    )
    assert tracker.json("timeline", "FR")[0]["status"] == "retracted"
