"""Invariants of record time and topic definitions (issue 19, items 1 and 9), on both
backends, for random inputs:

- an import into a database that holds events never changes what `--known-at` reports
  for a time before the import: records carrying a `recorded_at` are each refused with
  nothing written, or, restamped, recorded after every earlier time;
- a topic's definition is that of its latest edit, whatever the edits, an edit that
  changes nothing is refused, and the topic's log restores to the identical log.
"""

import itertools
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker, empty_database
from tracker.domain.dates import format_instant, utc_now
from tracker.domain.topics import TopicDefinition
from tracker.errors import Conflict, InvalidRecord
from tracker.service import importing, reading, recording, topic_lookup, upkeep
from tracker.store.database import Database

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
COUNTRIES = ["FR", "DE", "IT", "PL"]
STANCES = ["committed", "considering", "declined"]
START = datetime(2025, 1, 1, tzinfo=UTC)
SEED_TOPIC = "ukraine-reassurance-force"
_EXAMPLES = itertools.count()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Database(str(path)).upgrade()
    return path


def fresh_copy(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / f"{uuid.uuid4().hex}.db"
    shutil.copy(template, target)
    return Database(str(target))


@pytest.fixture(scope="module")
def pg_database() -> Iterator[Database]:
    """One PostgreSQL schema for the module; each example works under its own topic."""
    schema = empty_database("postgresql", Path())
    database = Database(next(schema))
    database.upgrade()
    yield database
    database.dispose()
    schema.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(
    request: pytest.FixtureRequest, template: Path, tmp_path: Path
) -> Callable[[], tuple[Database, str]]:
    """Each example's database and a topic slug of its own."""
    if request.param == "sqlite":
        return lambda: (fresh_copy(template, tmp_path), f"t{next(_EXAMPLES)}")
    database = request.getfixturevalue("pg_database")
    return lambda: (database, f"t{uuid.uuid4().hex[:10]}")


def statement(topic: str, country: str, stance: str, **more: Any) -> dict[str, Any]:
    return {"topic": topic, "country": country, "stance": stance, "date": "2025-09-04", **more}


back_dated = st.lists(
    st.fixed_dictionaries(
        {
            "country": st.sampled_from(COUNTRIES),
            "stance": st.sampled_from(STANCES),
            "minutes": st.integers(0, 60 * 24 * 600),  # from 2025 into the recent past
            "with_id": st.booleans(),
        }
    ),
    min_size=1,
    max_size=6,
)


@SETTINGS
@given(records=back_dated, moments=st.lists(st.integers(0, 60 * 24 * 700), max_size=4))
def test_an_import_never_changes_what_the_database_knew_before_it(
    store: Callable[[], tuple[Database, str]], records: list[dict[str, Any]], moments: list[int]
) -> None:
    database, topic = store()
    recording.create_topic(database, topic, "T", "p")
    for country in COUNTRIES[:2]:
        recording.record_statement(database, statement(topic, country, "undecided"), "p")
    lines = [
        (
            f"r{n}",
            statement(
                topic,
                r["country"],
                r["stance"],
                recorded_at=format_instant(START + timedelta(minutes=r["minutes"])),
                **({"event_id": str(uuid.uuid4())} if r["with_id"] else {}),
            ),
        )
        for n, r in enumerate(records)
    ]
    now = utc_now()
    times = [min(START + timedelta(minutes=m), now) for m in moments] + [now]
    known = [reading.stance_rows(database, topic=topic, known_at=t) for t in times]
    log = [e.body for e in reading.event_log(database, topic=topic)]

    with pytest.raises(InvalidRecord) as refused:
        importing.import_records(database, iter(lines), allow_duplicate=True)
    assert [p.split(":")[0] for p in refused.value.problems] == [loc for loc, _ in lines]
    assert all("already holds events" in p for p in refused.value.problems)
    assert [e.body for e in reading.event_log(database, topic=topic)] == log

    result = importing.import_records(database, iter(lines), restamp=True, allow_duplicate=True)
    assert result.added == result.restamped == len(lines)
    assert [reading.stance_rows(database, topic=topic, known_at=t) for t in times] == known
    upkeep.verify(database)


titles = st.sampled_from([None, "", "Troops", "Send soldiers", " Troops "])
phrases = st.lists(
    st.sampled_from(["send troops", "Send  Troops", "boots on the ground", "deploy troops"]),
    max_size=3,
)
edits = st.lists(
    st.fixed_dictionaries({"title": titles, "pledges": phrases, "clear": st.booleans()}),
    max_size=6,
)


def expected_after(current: TopicDefinition, edit: dict[str, Any]) -> TopicDefinition:
    """What an edit should make of a definition, as the user reads `topics edit`."""
    title = current.title if edit["title"] is None else (edit["title"].strip() or None)
    found: dict[str, str] = {}
    for phrase in [*(() if edit["clear"] else current.pledges), *edit["pledges"]]:
        phrase = " ".join(phrase.split())
        found.setdefault(phrase.casefold(), phrase)
    return TopicDefinition(current.slug, title, tuple(found.values()))


@SETTINGS
@given(first=st.fixed_dictionaries({"title": titles, "pledges": phrases}), changes=edits)
def test_a_topic_is_its_latest_edit_and_its_log_restores_identically(
    store: Callable[[], tuple[Database, str]],
    template: Path,
    tmp_path: Path,
    first: dict[str, Any],
    changes: list[dict[str, Any]],
) -> None:
    database, topic = store()
    recording.create_topic(database, topic, first["title"], "p", pledges=first["pledges"])
    expected = expected_after(TopicDefinition(topic), {**first, "clear": True})
    assert topic_lookup.topic_definition(database, topic) == expected
    for edit in changes:
        after = expected_after(expected, edit)
        try:
            recording.edit_topic(
                database,
                topic,
                title=edit["title"],
                pledges=edit["pledges"],
                clear_pledges=edit["clear"],
                editor="p",
            )
        except Conflict:
            assert after == expected  # refused only when it changes nothing
        else:
            assert after != expected
        expected = after
        assert topic_lookup.topic_definition(database, topic) == expected

    records = [e.record for e in reading.event_log(database, topic=topic)]
    again = importing.import_records(database, ((f"r{n}", r) for n, r in enumerate(records)))
    assert again.added == 0 and again.skipped == len(records)
    restored = fresh_copy(template, tmp_path)
    importing.import_records(restored, ((f"r{n}", r) for n, r in enumerate(records)))
    assert [e.body for e in reading.event_log(restored)] == [
        e.body for e in reading.event_log(database, topic=topic)
    ]
    assert topic_lookup.topic_definition(restored, topic) == expected
    restored.dispose()


# -- hostile values on the changed surfaces: one Error line, nothing written -------------

hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["20250905", "2025-W36-5", "2025-248", "2025-09-05T", "9999-12-31T23:59Z"])


@SETTINGS
@given(value=hostile_text)
def test_any_known_at_is_an_answer_or_one_error_line(seeded: Tracker, value: str) -> None:
    result = seeded.run("stance", "--known-at", value, "--format", "json")
    assert "Traceback" not in result.stderr + result.stdout
    if result.exit_code != 0:
        assert result.exit_code == 1 and result.stdout == ""
        assert [line for line in result.stderr.splitlines() if line.startswith("Error:")]


@SETTINGS
@given(title=hostile_text, phrases=st.lists(hostile_text, max_size=3))
def test_any_title_or_pledge_is_recorded_or_refused_with_nothing_written(
    seeded: Tracker, title: str, phrases: list[str]
) -> None:
    slug = f"t{uuid.uuid4().hex[:10]}"
    before = seeded.run("events", "--format", "jsonl").stdout
    added = seeded.run(
        "topics", "add", slug, "--title", title, *[a for p in phrases for a in ("--pledge", p)]
    )
    edited = seeded.run("topics", "edit", SEED_TOPIC, "--title", title)
    for result in (added, edited):
        assert "Traceback" not in result.stderr + result.stdout
        assert result.exit_code in (0, 1), result.stderr
        if result.exit_code == 1:
            errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
            assert len(errors) == 1, result.stderr
    if added.exit_code == edited.exit_code == 1:
        assert seeded.run("events", "--format", "jsonl").stdout == before
