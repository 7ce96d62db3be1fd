"""Invariants of the projection, on real databases, for random event histories:

- the incrementally kept projection equals a rebuild and the pure fold, on SQLite and on
  PostgreSQL (one test over both backends: appends and rebuilds run the same projectors);
- `--known-at T --as-of D` equals the projection of a database holding only the events
  recorded by T;
- export → import gives an identical database.
"""

import io
import itertools
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import empty_database
from tracker.domain.dates import date_key, format_instant
from tracker.domain.projection import project, stance_changes
from tracker.domain.replay import replay
from tracker.formats.output import write_rows
from tracker.formats.readers import _read_jsonl
from tracker.formats.rows import event_row
from tracker.service import importing, reading, upkeep
from tracker.store import eventstore
from tracker.store.database import Database

COUNTRIES = ["FR", "DE", "IT", "PL"]
STANCES = ["committed", "conditional", "considering", "declined", "opposed"]
START = datetime(2025, 1, 1, tzinfo=UTC)

statement = st.fixed_dictionaries(
    {
        "kind": st.just("statement"),
        "country": st.sampled_from(COUNTRIES),
        "stance": st.sampled_from(STANCES),
        "day": st.integers(0, 5),
        "precision": st.sampled_from(["day", "day", "day", "month"]),
        "deployment": st.sampled_from([None, None, "in-country", "remote"]),
    }
)
amendment = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["correction", "retraction"]),
        "target": st.integers(0, 1_000),
        "stance": st.sampled_from(STANCES),
        "country": st.sampled_from(COUNTRIES),
        "day": st.integers(0, 5),
        "deployment": st.sampled_from([None, "neighbouring", "at-sea"]),
        "field": st.sampled_from(["stance", "country", "date", "deployment"]),
    }
)
histories = st.lists(st.one_of(statement, statement, amendment), min_size=1, max_size=30)
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def day_text(day: int, precision: str = "day") -> str:
    moment = (START + timedelta(days=day * 7)).date()
    return moment.isoformat()[:7] if precision == "month" else moment.isoformat()


def build_records(
    history: list[dict[str, Any]], topic: str, shuffle_seed: int, offset_minutes: int = 0
) -> list[dict[str, Any]]:
    """Turn a drawn history into valid records with increasing record times (starting
    `offset_minutes` later, for a database that already holds earlier examples: record
    time only moves forward along a chain)."""
    import random

    order = list(range(len(history)))
    random.Random(shuffle_seed).shuffle(order)
    records: list[dict[str, Any]] = []
    live: list[str] = []
    for position, index in enumerate(order):
        item = history[index]
        recorded_at = format_instant(START + timedelta(days=400, minutes=offset_minutes + position))
        base = {"event_id": str(uuid.uuid4()), "recorded_at": recorded_at, "recorded_by": "p"}
        if item["kind"] == "statement":
            records.append(
                {
                    **base,
                    "type": "statement",
                    "topic": topic,
                    "country": item["country"],
                    "stance": item["stance"],
                    "date": day_text(item["day"], item["precision"]),
                    # Absent or given: a body without it is the release's shape.
                    **({"deployment": item["deployment"]} if item["deployment"] else {}),
                }
            )
            live.append(base["event_id"])
        elif live:
            target = live[item["target"] % len(live)]
            if item["kind"] == "retraction":
                records.append({**base, "type": "retraction", "retracts": target, "reason": "r"})
                live.remove(target)
            else:
                value = {
                    "stance": item["stance"],
                    "country": item["country"],
                    "date": day_text(item["day"]),
                    "deployment": item["deployment"],
                }
                records.append(
                    {
                        **base,
                        "type": "correction",
                        "corrects": target,
                        "changes": {item["field"]: value[item["field"]]},
                        "reason": "c",
                    }
                )
    return records


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head, copied for each example (migrations run once)."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    Database(str(path)).upgrade()
    return path


def fresh_copy(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / f"{uuid.uuid4().hex}.db"
    shutil.copy(template, target)
    return Database(str(target))


def load(database: Database, records: list[dict[str, Any]], one_by_one: bool) -> None:
    """Record events one at a time (as editors do) or in one import. A restore into an
    empty database keeps the records' times; into one that holds events (the next of
    them, or an earlier example's), they are recorded now, as `add` would."""
    if not one_by_one:
        importing.import_records(
            database, ((f"r{i}", r) for i, r in enumerate(records)), new_topic=True, restamp=True
        )
        return
    for i, record in enumerate(records):
        importing.import_records(database, [(f"r{i}", record)], new_topic=True, restamp=True)


_PG_EXAMPLES = itertools.count()


@pytest.fixture(scope="module")
def pg_database() -> Iterator[Database]:
    """One PostgreSQL schema for the module; each example writes under its own topic."""
    schema = empty_database("postgresql", Path())  # skips, or fails in CI, without a server
    database = Database(next(schema))
    database.upgrade()
    yield database
    database.dispose()
    schema.close()  # drops the schema


@pytest.fixture(params=["sqlite", "postgresql"])
def example_store(
    request: pytest.FixtureRequest, template: Path, tmp_path: Path
) -> Callable[[], tuple[Database, str, int]]:
    """Gives each example a database, a topic of its own and a record-time offset: a
    fresh SQLite copy, or the module's PostgreSQL schema under a new topic."""
    if request.param == "sqlite":
        return lambda: (fresh_copy(template, tmp_path), "p", 0)
    database = request.getfixturevalue("pg_database")

    def on_postgresql() -> tuple[Database, str, int]:
        return database, f"p-{uuid.uuid4().hex[:8]}", 60 * next(_PG_EXAMPLES)

    return on_postgresql


@SETTINGS
@given(history=histories, seed=st.integers(0, 10_000), one_by_one=st.booleans())
def test_incremental_projection_equals_rebuild_and_pure_fold(
    example_store: Callable[[], tuple[Database, str, int]],
    history: list[dict[str, Any]],
    seed: int,
    one_by_one: bool,
) -> None:
    """Appends (one by one, as editors do, or as one import) and a rebuild run the same
    projectors; both equal the pure replay and fold, statement views included."""
    database, topic, offset = example_store()
    records = build_records(history, topic, seed, offset_minutes=offset)
    load(database, records, one_by_one)
    kept = reading.stance_rows(database, topic=topic)
    pure = project(replay(enumerate(records, start=1)).values())
    upkeep.verify(database)  # the appends' month counts equal a count of the views
    upkeep.rebuild(database)
    assert kept == pure == reading.stance_rows(database, topic=topic)
    upkeep.verify(database)  # the stored statement views equal a replay of the log too


@SETTINGS
@given(
    history=histories, seed=st.integers(0, 10_000), cut=st.integers(0, 30), as_of=st.integers(0, 5)
)
def test_known_at_equals_the_database_as_it_was(
    template: Path, tmp_path: Path, history: list[dict[str, Any]], seed: int, cut: int, as_of: int
) -> None:
    records = build_records(history, "p", seed)
    full = fresh_copy(template, tmp_path)
    load(full, records, one_by_one=False)
    known_at = START + timedelta(days=400, minutes=cut, seconds=30)
    earlier = [
        r
        for r in records
        if datetime.fromisoformat(r["recorded_at"].replace("Z", "+00:00")) <= known_at
    ]
    past = fresh_copy(template, tmp_path)
    load(past, earlier, one_by_one=False)
    day = day_text(as_of)
    assert reading.stance_rows(full, known_at=known_at, as_of=day) == reading.stance_rows(
        past, as_of=day
    )
    assert reading.stance_rows(full, known_at=known_at) == reading.stance_rows(past)
    two = COUNTRIES[:2]
    assert reading.stance_rows(full, known_at=known_at, countries=two) == reading.stance_rows(
        past, countries=two
    )
    # diff as known then: two index reads past what came later, deciding views as then.
    a, b = day_text(0), day_text(as_of)
    assert reading.diff(full, a, b, known_at=known_at) == reading.diff(past, a, b)
    for country in COUNTRIES:
        assert reading.timeline(full, country, known_at=known_at) == reading.timeline(past, country)
    full.dispose()
    past.dispose()


@SETTINGS
@given(history=histories, seed=st.integers(0, 10_000))
def test_export_then_import_gives_an_identical_database(
    template: Path, tmp_path: Path, history: list[dict[str, Any]], seed: int
) -> None:
    original = fresh_copy(template, tmp_path)
    load(original, build_records(history, "p", seed), one_by_one=False)
    buffer = io.StringIO()
    write_rows(
        (event_row(e.record, e.hash) for e in reading.event_log(original)), "jsonl", out=buffer
    )
    copy = fresh_copy(template, tmp_path)
    buffer.seek(0)
    importing.import_records(copy, _read_jsonl(buffer, "dump"))
    with original.reading() as a, copy.reading() as b:
        assert [e.body for e in eventstore.iter_events(a)] == [
            e.body for e in eventstore.iter_events(b)
        ]
        assert eventstore.chain_head(a) == eventstore.chain_head(b)
    assert reading.stance_rows(original) == reading.stance_rows(copy)
    original.dispose()
    copy.dispose()


# A statement of two countries and three stances, its day drawn by the caller.
DATED = {
    "country": st.sampled_from(COUNTRIES[:2]),
    "stance": st.sampled_from(STANCES[:3]),
    "precision": st.sampled_from(["day", "day", "day", "month"]),
}
dated_statements = st.lists(
    st.fixed_dictionaries({**DATED, "day": st.integers(0, 60)}),
    min_size=2,
    max_size=25,
    unique_by=lambda s: date_key(day_text(s["day"], s["precision"])),  # distinct days
)


@SETTINGS
@given(drawn=dated_statements, order=st.randoms(use_true_random=False))
def test_statements_with_distinct_dates_give_the_same_stances_in_any_recording_order(
    example_store: Callable[[], tuple[Database, str, int]], drawn: list[dict[str, Any]], order: Any
) -> None:
    """Editors record news late and out of order: the stances depend on the statement
    dates only. Each statement is recorded alone, as `tracker add` does, so the constant-
    time advance of a stance and the backward fold of a backdated one both run; and the
    stances as of each day, read from the index, agree too."""

    def records_in(topic: str) -> list[dict[str, Any]]:
        return [
            {
                "event_id": str(uuid.uuid4()),
                "recorded_by": "p",
                "type": "statement",
                "topic": topic,
                "country": s["country"],
                "stance": s["stance"],
                "date": day_text(s["day"], s["precision"]),
            }
            for s in drawn
        ]

    results = []
    days = sorted({day_text(s["day"]) for s in drawn})[::3]
    for shuffled in (False, True):
        database, topic, offset = example_store()
        records = sorted(records_in(topic), key=lambda r: date_key(r["date"]))
        if shuffled:
            order.shuffle(records)
        for position, record in enumerate(records):  # record time moves forward
            moment = START + timedelta(days=400, minutes=offset + position)
            record["recorded_at"] = format_instant(moment)
        load(database, records, one_by_one=True)
        results.append(
            [
                [replace(row, topic="p", event_id="") for row in rows]
                for rows in [reading.stance_rows(database, topic=topic)]
                + [reading.stance_rows(database, topic=topic, as_of=day) for day in days]
            ]
        )
        if not shuffled:
            views = replay(enumerate(records, start=1)).values()
            pure = [project(views)] + [project(views, as_of=day) for day in days]
            assert results[0] == [
                [replace(row, topic="p", event_id="") for row in rows] for rows in pure
            ]
    assert results[0] == results[1]


@SETTINGS
@given(
    history=histories,
    seed=st.integers(0, 10_000),
    one_by_one=st.booleans(),
    start=st.integers(-1, 6),
    end=st.integers(-1, 6),
)
def test_as_of_and_diff_from_the_index_equal_the_fold_of_the_events_up_to_the_day(
    example_store: Callable[[], tuple[Database, str, int]],
    history: list[dict[str, Any]],
    seed: int,
    one_by_one: bool,
    start: int,
    end: int,
) -> None:
    """`stance --as-of D` reads each key's latest run up to D off the index, `diff` two
    such reads: both equal `project(as_of=D)` of the replayed events and `stance_changes`,
    corrections and retractions included."""
    database, topic, offset = example_store()
    records = build_records(history, topic, seed, offset_minutes=offset)
    load(database, records, one_by_one)
    views = list(replay(enumerate(records, start=1)).values())
    for day in range(-1, 7):
        as_of = day_text(day)
        assert reading.stance_rows(database, topic=topic, as_of=as_of) == project(
            views, as_of=as_of
        )
        assert reading.stance_rows(
            database, topic=topic, countries=COUNTRIES[:2], as_of=as_of
        ) == project([v for v in views if v.country in COUNTRIES[:2]], as_of=as_of)
    a, b = day_text(start), day_text(end)
    moves = reading.diff(database, a, b, topic=topic)
    # The moves the fold finds; diff fills in each one's deciding statement as well.
    assert [replace(c, deciding=None) for c in moves] == stance_changes(views, a, b)
    assert all(
        c.deciding is not None and c.deciding.event_id == c.to_event for c in moves if c.to_event
    )


added_statements = st.lists(
    st.fixed_dictionaries(
        # retract 0: retract an earlier statement first
        {**DATED, "day": st.integers(0, 40), "retract": st.integers(0, 12)}
    ),
    min_size=1,
    max_size=30,
)


@SETTINGS
@given(drawn=added_statements)
def test_lone_adds_keep_the_projection_equal_to_a_rebuild(
    example_store: Callable[[], tuple[Database, str, int]], drawn: list[dict[str, Any]]
) -> None:
    """Statements recorded one at a time by `record_statement` (`tracker add`), dated at
    random so that most are backdated, some retractions between them: each stance is
    advanced from what the append read ahead (its stored row and its key's latest run);
    the projection equals a rebuild, and `verify` holds the month counts too."""
    from tracker.service import recording

    database, topic, _offset = example_store()
    recorded: list[str] = []
    for n, s in enumerate(drawn):
        if s["retract"] == 0 and recorded:
            recording.record_retraction(database, recorded.pop(n % len(recorded)), "r", "p")
        fields = {
            "topic": topic,
            "country": s["country"],
            "stance": s["stance"],
            "date": day_text(s["day"], s["precision"]),
        }
        stored = recording.record_statement(
            database, fields, "p", new_topic=True, allow_duplicate=True
        )
        recorded.append(stored["event_id"])
    kept = reading.stance_rows(database, topic=topic)
    upkeep.verify(database)
    upkeep.rebuild(database)
    assert kept == reading.stance_rows(database, topic=topic)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_backdated_add_into_a_run_longer_than_a_page_is_folded_from_the_index(
    backend: str, tmp_path: Path
) -> None:
    """An append reads ahead a page of its key's latest statements; a backdated one
    whose run goes on past the page is folded from the index (and still agrees)."""
    from tracker.service import recording
    from tracker.store.projection import _PAGE

    location = empty_database(backend, tmp_path)
    database = Database(next(location))
    try:
        database.upgrade()

        def add(stance: str, day: str) -> None:
            fields = {"topic": "p", "country": "FR", "stance": stance, "date": day}
            recording.record_statement(database, fields, "p", new_topic=True)

        add("declined", "2024-01-01")
        for n in range(_PAGE + 8):  # one run of committed, longer than a page
            add("committed", (datetime(2024, 2, 1) + timedelta(days=n)).date().isoformat())
        add("committed", "2024-01-15")  # backdated, before the page: the run starts earlier
        (row,) = reading.stance_rows(database, topic="p")
        assert (row.stance, row.since, row.statements) == ("committed", "2024-01-15", _PAGE + 10)
        add("opposed", "2024-03-10")  # backdated into the run: it starts the day after
        (row,) = reading.stance_rows(database, topic="p")
        assert (row.stance, row.since, row.statements) == ("committed", "2024-03-11", _PAGE + 11)
        upkeep.verify(database)
        upkeep.rebuild(database)
        assert reading.stance_rows(database, topic="p") == [row]
    finally:
        database.dispose()
        location.close()
