"""The Python API (SPEC §6): `tracker.open` gives typed rows with the JSON output's
fields, the CLI's options as keyword arguments, the CLI's errors as exceptions; on both
backends, against the same database the CLI reads."""

import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

import tracker
from tests.conftest import Tracker as Cli
from tracker.api import Change, Event, MatrixRow, Stance, Statement, Step
from tracker.countries import AmbiguousCountry
from tracker.domain.dates import parse_as_of
from tracker.errors import EventNotFound, InvalidValue, TrackerError, UnknownCountry

TOPIC = "ukraine-reassurance-force"


@pytest.fixture
def cli(api: tracker.Tracker, empty_db: str) -> Cli:
    """The CLI on the same database."""
    return Cli(empty_db)


def test_stances_are_the_cli_json_rows(api: tracker.Tracker, cli: Cli) -> None:
    rows = api.stances()
    assert rows and all(isinstance(r, Stance) for r in rows)
    assert rows.to_records() == cli.json("stance")
    assert api.stances(as_of="2025-06").to_records() == cli.json("stance", "--as-of", "2025-06")
    assert api.stances(as_of=date(2025, 6, 1)).to_records() == cli.json(
        "stance", "--as-of", "2025-06-01"
    )


def test_country_names_resolve_as_the_cli_resolves_them(api: tracker.Tracker, cli: Cli) -> None:
    rows = api.stances(country=["GER", "Paris", "Czech Republic"])
    assert [r.country for r in rows] == ["CZ", "DE", "FR"]
    assert rows.to_records() == cli.json(
        "stance", "--country", "Germany", "--country", "FR", "--country", "CZ"
    )
    assert api.stances(country="Holland")[0].country_name == "Netherlands"


def test_timeline_diff_and_events_match_the_cli(api: tracker.Tracker, cli: Cli) -> None:
    timeline = api.timeline("Lithuania")
    assert len(timeline) == 2 and all(isinstance(s, Statement) for s in timeline)
    assert timeline.to_records() == cli.json("timeline", "LT")

    changes = api.diff("2025-01-01", "2025-10-01")
    assert changes and all(isinstance(c, Change) for c in changes)
    assert changes.to_records() == cli.json("diff", "2025-01-01", "2025-10-01")
    assert set(changes.to_records()[0]) >= {"from", "to", "country_name"}

    events = api.events(country="France")
    assert events and all(isinstance(e, Event) for e in events)
    assert events.to_records() == cli.json("events", "--country", "France")


def test_add_correct_retract_write_what_the_cli_then_reads(api: tracker.Tracker, cli: Cli) -> None:
    added = api.add(
        country="Germany",
        stance="committed",
        date="2026-01-06",
        topic=TOPIC,
        contributions=["ground", "air"],
        troops="1000-2000",
        troops_text="one or two thousand",
        conditions=["after a ceasefire"],
        speaker="Friedrich Merz",
        source={"outlet": "Stern", "url": "https://example.org/a", "published": "2026-01-07"},
    )
    assert added.type == "statement" and added.country == "DE" and added.recorded_by == "analyst"
    assert added.troops == {"min": 1000, "max": 2000, "text": "one or two thousand"}
    assert cli.json("show", added.event_id[:8])[0]["stance"] == "committed"
    germany = next(r for r in cli.json("stance", "--country", "DE"))
    assert germany["stance"] == "committed" and germany["event_id"] == added.event_id

    fixed = api.correct(added.event_id[:8], "was Austria", country="Austria")
    assert fixed.type == "correction" and fixed.changes == {"country": "AT"}
    assert api.timeline("AT")[-1].status == "corrected"

    gone = api.retract(added.event_id, "wrong article")
    assert gone.to_record()["retracts"] == added.event_id
    assert "country" not in gone.to_record()
    assert api.timeline("Austria")[-1].status == "retracted"
    assert api.show(added.event_id).event_id == added.event_id
    api.verify()


def test_add_uses_the_cli_default_topic(empty_db: str) -> None:
    with tracker.open(empty_db, init=True) as opened:
        opened.add(country="France", stance="committed", date="2025-09-04", topic="one")
        second = opened.add(country="Spain", stance="considering", date=date(2025, 9, 5))
        assert second.topic == "one" and second.date == "2025-09-05"


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda t: t.add(country="Korea", stance="committed", date="2025-01-01"), AmbiguousCountry, "North Korea"),
        (lambda t: t.add(country="Frnace", stance="committed", date="2025-01-01"), UnknownCountry, "France"),
        (lambda t: t.add(country="FR", stance="keen", date="2025-01-01", topic=TOPIC), InvalidValue, "stance"),
        (lambda t: t.add(country="FR", stance="committed", date="2025-13-01", topic=TOPIC), InvalidValue, "2025-13-01"),
        (lambda t: t.stances(as_of="last week"), InvalidValue, "last week"),
        (lambda t: t.stances(known_at="yesterday"), InvalidValue, "yesterday"),
        (lambda t: t.events(type="rumour"), InvalidValue, "rumour"),
        (lambda t: t.retract("ffffffff", "no such event"), EventNotFound, "ffffffff"),
        (lambda t: t.correct("ffffffff", "nothing to change"), InvalidValue, "at least one"),
    ],
)  # fmt: skip
def test_errors_are_the_cli_errors_and_change_nothing(
    api: tracker.Tracker, call: object, error: type[TrackerError], words: str
) -> None:
    before = api.events().to_records()
    with pytest.raises(error, match=words) as raised:
        call(api)  # type: ignore[operator]
    assert isinstance(raised.value, TrackerError)
    assert api.events().to_records() == before


def test_known_at_takes_a_datetime(api: tracker.Tracker) -> None:
    assert api.stances(known_at=datetime(2000, 1, 1, tzinfo=UTC)) == []
    assert len(api.stances(known_at=datetime.now(UTC))) == len(api.stances())


def test_to_pandas_gives_one_column_per_field(api: tracker.Tracker) -> None:
    frame = api.stances().to_pandas()
    fields = list(api.stances().to_records()[0])
    assert [c for c in frame.columns if not c.endswith("_precision")] == fields
    assert len(frame) == len(api.stances())
    assert set(frame["country"]) >= {"FR", "GB", "LT"}
    empty = api.diff("2025-01-01", "2025-01-01").to_pandas()
    assert list(empty.columns)[:5] == ["topic", "country", "country_name", "from", "to"]


def test_import_tracker_is_cheap_and_pandas_only_comes_when_asked(tmp_path: Path) -> None:
    code = (
        "import sys, tracker\n"
        "print('tracker.api' in sys.modules, 'sqlalchemy' in sys.modules)\n"
        f"t = tracker.open({str(tmp_path / 'x.db')!r})\n"
        "t.add(country='France', stance='committed', date='2025-09-04', topic='t')\n"
        "records = t.stances().to_records()\n"
        "print('pandas' in sys.modules)\n"
        "t.stances().to_pandas()\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},
        check=True,
    )
    assert done.stdout.split() == ["False", "False", "False", "True"]


def test_import_tracker_api_loads_no_writer_report_intake_or_analysis_code() -> None:
    """`import tracker.api` (an analyst's first line) loads the reads it serves, not the
    write, import and upkeep use cases, the report, intake, file readers or pandas."""
    code = "import sys, tracker.api\nprint(' '.join(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(done.stdout.split())
    assert {"tracker.service.reading", "tracker.service.topic_lookup"} <= modules
    assert not modules & {
        "tracker.service.importing",
        "tracker.service.recording",
        "tracker.service.upkeep",
        "tracker.report",
        "tracker.intake",
        "tracker.formats.readers",
        "tracker.formats.output",
    }
    assert not {m.split(".")[0] for m in modules} & {"pandas", "jinja2", "openpyxl", "rich", "yaml"}


def test_a_database_without_schema_needs_init(empty_db: str, backend: str) -> None:
    """As with the CLI: a new SQLite file is set up on first use; PostgreSQL needs
    `tracker init` or `init=True`."""
    if backend == "sqlite":
        with tracker.open(empty_db) as opened:
            assert opened.stances() == []
        return
    with pytest.raises(TrackerError, match="tracker init"):
        tracker.open(empty_db)
    with tracker.open(empty_db, init=True) as opened:
        assert opened.stances() == []


def test_correcting_one_source_field_keeps_the_others_and_citations_add_sources(
    api: tracker.Tracker, cli: Cli
) -> None:
    added = api.add("Germany", "committed", "2025-10-01", source={
        "outlet": "FAZ", "url": "https://faz.net/a", "published": "2025-10-02",
        "quote": "Germany will send troops.",
    })  # fmt: skip
    api.correct(added.event_id, "URL typo", source={"url": "https://faz.net/fixed"})
    api.cite(added.event_id, outlet="Reuters", url="https://reuters.com/de")
    (latest,) = [s for s in api.timeline("Germany") if s.event_id == added.event_id]
    assert latest.sources == [
        {"outlet": "FAZ", "url": "https://faz.net/fixed", "title": None,
         "published": "2025-10-02", "quote": "Germany will send troops."},
        {"outlet": "Reuters", "url": "https://reuters.com/de", "title": None,
         "published": None, "quote": None},
    ]  # fmt: skip
    with pytest.raises(TrackerError, match="unknown topic"):
        api.add("Germany", "committed", "2025-10-01", topic="typo-topic")
    assert "typo-topic" not in {t.topic for t in api.topics()}
    cli.ok("verify")


def test_events_filter_by_every_registered_type(api: tracker.Tracker, cli: Cli) -> None:
    """`type=` takes what the registry declares (citations and topics too), as the CLI's
    `events --type` does; an unknown type is the CLI's refusal."""
    france = api.events(country="France", type="statement")[0]
    api.cite(france.event_id, outlet="Le Monde", url="https://lemonde.fr/a")
    cited = api.events(type="citation")
    assert [e.type for e in cited] == ["citation"]
    assert cited.to_records() == cli.json("events", "--type", "citation")
    assert [e.type for e in api.events(type=["topic"])] == ["topic"] * len(
        cli.json("events", "--type", "topic")
    )
    with pytest.raises(InvalidValue, match="unknown event type 'memo'"):
        api.events(type="memo")


def test_the_api_event_carries_every_field_of_every_registered_type() -> None:
    """Its columns are every registered model's fields; a field no attribute names (a
    type registered later) is an attribute and a key of its record all the same."""
    from tracker.domain.registry import REGISTRY

    for kind in REGISTRY.values():
        assert set(kind.model.model_fields) <= set(Event.columns()), kind.name
    assert Event.columns()[-1] == "hash"
    record = {"event_id": "e", "type": "memo", "recorded_at": "t", "recorded_by": "me"}
    event = Event.from_record({**record, "memo": "x"}, "h")
    assert event.memo == "x" and event.to_record() == {**record, "hash": "h", "memo": "x"}
    with pytest.raises(AttributeError):
        _ = event.nothing


def test_compare_is_the_cli_comparison_of_several_topics(api: tracker.Tracker, cli: Cli) -> None:
    api.add("France", "declined", "2025-10-01", "sending-soldiers", new_topic=True)
    api.add("Italy", "committed", "2025-10-02", "sending-soldiers")
    topics = ["ukraine-reassurance-force", "sending-soldiers"]
    rows = api.compare(topics)
    assert rows == cli.json("stance", "--topic", topics[0], "--topic", topics[1])
    france = next(r for r in rows if r["country"] == "FR")
    assert (france["ukraine-reassurance-force"], france["sending-soldiers"]) == (
        "committed",
        "declined",
    )
    assert api.compare(topics, country="Italy") == cli.json(
        "stance", "--topic", topics[0], "--topic", topics[1], "--country", "IT"
    )
    with pytest.raises(TrackerError, match="sending-soldier"):
        api.compare(["ukraine-reassurance-force", "sending-soldier"])


def test_stance_history_is_every_move_of_each_country(api: tracker.Tracker) -> None:
    """`stance_history` (SPEC §7): the steps of `project(as_of=day)` over the statement
    days, a country's first stance a step from None, as typed rows."""
    api.add("France", "declined", "2025-11-01", TOPIC, source={"url": "https://a.example/1"})
    steps = api.stance_history(TOPIC, country="France")
    assert steps and all(isinstance(s, Step) and s.country == "FR" for s in steps)
    assert steps[0].from_ is None
    assert (steps[-1].date, steps[-1].to) == ("2025-11-01", "declined")
    assert [s.from_ for s in steps[1:]] == [s.to for s in steps[:-1]]
    assert set(steps.to_records()[0]) >= {"from", "to", "date", "event_id", "country_name"}
    everyone = api.stance_history(TOPIC)
    assert {s.country for s in everyone} == {r.country for r in api.stances(topic=TOPIC)}
    for day in ("2025-03-01", "2025-09-15", "2025-12-31"):  # the last step on or before
        held = {r.country: r.stance for r in api.stances(topic=TOPIC, as_of=day)}
        last: dict[str, str] = {}
        for step in everyone:
            if step.date <= day:
                last[step.country] = step.to
        assert last == held


def test_matrix_is_the_stance_of_each_country_on_each_date(api: tracker.Tracker, cli: Cli) -> None:
    days = ["2025-03-01", date(2025, 9, 15), "2025-12"]
    rows = api.matrix(TOPIC, days)
    assert rows and all(isinstance(r, MatrixRow) for r in rows)
    assert rows.columns == [
        "topic",
        "country",
        "country_name",
        "2025-03-01",
        "2025-09-15",
        "2025-12-01",
    ]
    for day in ("2025-03-01", "2025-09-15", "2025-12-01"):
        held = {r.country: r.stance for r in api.stances(topic=TOPIC, as_of=day)}
        assert {r.country: r.stances[day] for r in rows if r.stances[day]} == held
    # On the statement dates, the export's cells (a partial date for its first day).
    exported = cli.json("export", "--what", "matrix", "--format", "json")
    dates = [key for key in exported[0] if key[:1].isdigit()]
    swept = {r.country: r for r in api.matrix(TOPIC, dates)}
    for row in exported:
        found = swept[row["country"]].stances
        assert [found[parse_as_of(d)] for d in dates] == [row[d] for d in dates]


def test_history_and_matrix_refuse_an_unknown_topic_as_the_cli(api: tracker.Tracker) -> None:
    with pytest.raises(TrackerError, match="did you mean ukraine-reassurance-force"):
        api.stance_history("ukraine-reasurance-force")
    with pytest.raises(TrackerError, match="unknown topic"):
        api.matrix("no-such-topic", ["2025-01-01"])
    with pytest.raises(UnknownCountry):
        api.stance_history(TOPIC, country="Frnace")
