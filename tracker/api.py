"""The public Python API: `tracker.open(PATH_OR_URL)` and typed rows (SPEC §6).

    >>> import tracker
    >>> t = tracker.open("tracker.db")            # or a postgresql:// URL
    >>> t.stances(as_of="2025-10-01").to_pandas()

Keyword arguments are the CLI's options: country names are resolved as `--country` does
("Holland", "GER", "Kyiv"), dates and times are parsed as `--as-of`, `--known-at`,
`--since` and `--until` are (ISO text, or `date`/`datetime` objects). Rows carry exactly
the fields of the CLI's JSON output (`from_` stands for the JSON key `from`). Errors are
the CLI's, as exceptions: every one is a `tracker.errors.TrackerError`.

The API sits on `tracker.service`, the functions every command calls; pandas is imported
only by `.to_pandas()` (`pip install 'tracker[pandas]'`).
"""

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any, ClassVar, Generic, TypeVar

from tracker import service
from tracker.countries import country_name, resolve_country
from tracker.domain.dates import parse_as_of, parse_instant, parse_partial_date
from tracker.domain.events import SOURCE_FIELDS
from tracker.domain.projection import StanceChange, StanceRow, StatementView
from tracker.domain.registry import event_type
from tracker.domain.topics import TopicDefinition
from tracker.errors import InvalidValue
from tracker.formats.rows import compare_rows, diff_row, event_row, stance_row, statement_row
from tracker.store.database import Database

__all__ = [
    "Change",
    "Event",
    "MatrixRow",
    "Rows",
    "Stance",
    "Statement",
    "Step",
    "Tracker",
    "open",
]

DateLike = str | date
TimeLike = str | datetime
Countries = str | Iterable[str] | None


class _Row:
    """Common to every row type: the JSON output's keys, in its order."""

    _keys: ClassVar[dict[str, str]] = {}  # attribute -> JSON key, where they differ

    def to_record(self) -> dict[str, Any]:
        """The row as the plain dict `--format json` prints."""
        return {self._keys.get(k, k): v for k, v in asdict(self).items()}  # type: ignore[call-overload]


@dataclass(frozen=True)
class Stance(_Row):
    """A country's current stance on a topic (SPEC §3), as `tracker stance` lists it."""

    topic: str
    country: str
    country_name: str
    stance: str
    since: str
    last_statement: str
    disputed: bool
    contributions: list[str]
    troops: dict[str, Any] | None
    conditions: list[str]
    event_id: str
    statements: int
    deployment: str | None


@dataclass(frozen=True)
class Statement(_Row):
    """One statement in a timeline, with its corrected values, status and amendments."""

    event_id: str
    type: str
    topic: str
    country: str
    country_name: str
    stance: str
    date: str
    approximate: bool
    contributions: list[str]
    troops: dict[str, Any] | None
    conditions: list[str]
    speaker: str | None
    sources: list[dict[str, Any]]
    note: str | None
    deployment: str | None
    recorded_at: str
    recorded_by: str
    status: str
    corrections: list[str]
    retraction: str | None
    original: dict[str, Any] | None
    amendments: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Change(_Row):
    """A country whose stance differs between two dates, as `tracker diff` lists it."""

    _keys: ClassVar[dict[str, str]] = {"from_": "from"}

    topic: str
    country: str
    country_name: str
    from_: str | None
    to: str | None
    date: str | None  # of the move: since when the country holds `to`
    quote: str | None  # the deciding statement's (`to_event`), and its source
    speaker: str | None
    outlet: str | None
    url: str | None
    published: str | None
    from_event: str | None
    to_event: str | None


@dataclass(frozen=True)
class Step(_Row):
    """One change of a country's stance (`stance_history`): the stance held before
    `date`, the one held from it, and the deciding statement."""

    _keys: ClassVar[dict[str, str]] = {"from_": "from"}

    topic: str
    country: str
    country_name: str
    date: str
    from_: str | None
    to: str
    event_id: str
    disputed: bool


@dataclass(frozen=True)
class MatrixRow(_Row):
    """One country's stance on each of the matrix's dates (`export --what matrix`);
    None before its first statement. `to_record()` gives a column per date."""

    topic: str
    country: str
    country_name: str
    stances: dict[str, str | None]

    def to_record(self) -> dict[str, Any]:
        """The row as the matrix export writes it: a column per date."""
        head = {"topic": self.topic, "country": self.country, "country_name": self.country_name}
        return {**head, **self.stances}


@dataclass(frozen=True)
class Event(_Row):
    """One event of the log as stored (any registered type: statement, correction,
    retraction, citation, topic).

    Fields a type does not carry are None; `to_record()` leaves them out, as the JSON
    output does."""

    event_id: str
    type: str
    recorded_at: str
    recorded_by: str
    topic: str | None = None
    country: str | None = None
    country_name: str | None = None
    stance: str | None = None
    date: str | None = None
    approximate: bool | None = None
    contributions: list[str] | None = None
    troops: dict[str, Any] | None = None
    conditions: list[str] | None = None
    speaker: str | None = None
    sources: list[dict[str, Any]] | None = None
    note: str | None = None
    deployment: str | None = None
    corrects: str | None = None
    retracts: str | None = None
    changes: dict[str, Any] | None = None
    reason: str | None = None
    cites: str | None = None
    source: dict[str, Any] | None = None
    title: str | None = None
    pledges: list[str] | None = None
    hash: str | None = None
    present: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @classmethod
    def from_record(cls, record: Mapping[str, Any], event_hash: str | None = None) -> "Event":
        """An event from its stored record (and chain hash, when known)."""
        row = event_row(dict(record), event_hash)
        known = {f.name for f in fields(cls)} - {"present"}
        return cls(**{k: v for k, v in row.items() if k in known}, present=frozenset(row))

    def to_record(self) -> dict[str, Any]:
        """The event as `tracker events --format json` prints it."""
        return {k: v for k, v in asdict(self).items() if k in self.present and k != "present"}


RowT = TypeVar("RowT", bound=_Row)


class Rows(list[RowT], Generic[RowT]):
    """A list of typed rows that also gives plain dicts or a pandas DataFrame."""

    def __init__(self, rows: Iterable[RowT] = (), columns: Sequence[str] = ()) -> None:
        super().__init__(rows)
        self.columns = list(columns)

    def to_records(self) -> list[dict[str, Any]]:
        """Plain dicts with the keys of the JSON output."""
        return [row.to_record() for row in self]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one column per field (pandas is imported only here)."""
        try:
            import pandas
        except ImportError:
            raise ImportError(
                "to_pandas() needs pandas: pip install 'tracker[pandas]' (or pandas)"
            ) from None
        return pandas.DataFrame(self.to_records(), columns=self.columns or None)


def _columns(row_type: Any) -> list[str]:
    keys: dict[str, str] = row_type._keys
    return [keys.get(f.name, f.name) for f in fields(row_type) if f.name != "present"]


def _text(name: str, value: Any, *, optional: bool = False) -> Any:
    """A text argument as given, or the CLI's kind of error: required, or not text."""
    if value is None:
        if optional:
            return None
        raise InvalidValue(f"{name} is required")
    if not isinstance(value, str):
        raise InvalidValue(f"{name} must be text, not {type(value).__name__}")
    if "\x00" in value:  # no command line can hold one; PostgreSQL refuses it
        raise InvalidValue(f"{name} contains a NUL character")
    return value


def _texts(name: str, value: Any) -> list[str]:
    """A text or an iterable of texts (a repeatable option) as a list; None is none."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidValue(f"{name} must be text or a list of texts, not {type(value).__name__}")
    return [_text(name, item) for item in value]


def _day(value: DateLike | None, name: str = "as_of") -> str | None:
    """A date option (`--as-of`, diff's dates) as the ISO day it stands for."""
    if value is None:
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return parse_as_of(_text(name, value))


def _instant(
    value: TimeLike | None, *, end_of_day: bool = True, name: str = "known_at"
) -> datetime | None:
    """A time option (`--known-at`, `--since`, `--until`) as a UTC instant."""
    if value is None:
        return None
    if isinstance(value, date):  # a datetime is a date too
        value = value.isoformat()
    return parse_instant(_text(name, value), end_of_day=end_of_day)


def _codes(countries: Countries) -> list[str] | None:
    names = _texts("country", countries)
    return [resolve_country(name).code for name in names] or None


def _partial_date(value: DateLike, name: str = "date") -> str:
    """A statement date: ISO text with day, month or year precision, or a `date`;
    checked here, as the CLI's `--date` is, before any rule reads it."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    return parse_partial_date(_text(name, value))


class Tracker:
    """One tracker database: read the stances, timelines, diffs and log; append events.

    Made by `tracker.open`; usable as a context manager, which closes its connections.
    """

    def __init__(
        self, location: str | None = None, *, editor: str | None = None, init: bool = False
    ) -> None:
        self.database = Database(location)
        self.editor = editor
        try:
            if init:
                self.database.upgrade()  # `tracker init`: create or upgrade the schema
            else:
                self.database.ensure_ready()  # a new SQLite file is set up, as the CLI does
        except BaseException:
            self.database.dispose()
            raise

    def __repr__(self) -> str:
        return f"<tracker {self.database.display_url}>"

    def __enter__(self) -> "Tracker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database's pooled connections."""
        self.database.dispose()

    def _topic(self, topic: Any) -> str | None:
        """A topic to read: None for every topic, else one the database holds (the
        CLI's check: a typo is `UnknownTopic` naming the closest, not an empty answer)."""
        _text("topic", topic, optional=True)
        service.require_topic(self.database, topic)
        return topic  # type: ignore[no-any-return]

    def _current(self) -> None:
        """Before each read: a projection left stale since the session opened (events
        another program stored behind the projectors' back) is rebuilt first."""
        from tracker.store.projectors import ensure_current

        ensure_current(self.database)

    # -- reading ----------------------------------------------------------------------

    def stances(
        self,
        topic: str | None = None,
        as_of: DateLike | None = None,
        known_at: TimeLike | None = None,
        *,
        country: Countries = None,
    ) -> Rows[Stance]:
        """Each country's stance (`tracker stance`): current, on `as_of`, as known at
        `known_at`; `country` is a name or a list of names."""
        countries, day, known = _codes(country), _day(as_of), _instant(known_at)
        self._current()
        rows = service.stance_rows(
            self.database,
            topic=self._topic(topic),
            countries=countries,
            as_of=day,
            known_at=known,
        )
        return Rows((_stance(r) for r in rows), _columns(Stance))

    def compare(
        self,
        topics: Iterable[str],
        as_of: DateLike | None = None,
        known_at: TimeLike | None = None,
        *,
        country: Countries = None,
    ) -> list[dict[str, Any]]:
        """Several topics side by side (`tracker stance --topic A --topic B`): a record
        per country with `TOPIC` (the stance) and `TOPIC since` for each topic, as the
        CLI's JSON prints them; a topic the country has no stance on is None."""
        compared = _texts("topics", topics)
        if not compared:
            raise InvalidValue("give at least one topic to compare")
        countries, day, known = _codes(country), _day(as_of), _instant(known_at)
        self._current()
        per_topic = service.compared_stances(
            self.database, compared, countries=countries, as_of=day, known_at=known
        )
        return compare_rows(per_topic)

    def timeline(
        self,
        country: str,
        topic: str | None = None,
        as_of: DateLike | None = None,
        known_at: TimeLike | None = None,
    ) -> Rows[Statement]:
        """One country's statements in date order with their status (`tracker timeline`)."""
        code = resolve_country(_text("country", country)).code
        day, known = _day(as_of), _instant(known_at)
        self._current()
        views = service.timeline(
            self.database, code, topic=self._topic(topic), as_of=day, known_at=known
        )
        return Rows(self._statements(views), _columns(Statement))

    def diff(
        self,
        start: DateLike,
        end: DateLike,
        topic: str | None = None,
        known_at: TimeLike | None = None,
    ) -> Rows[Change]:
        """Countries whose stance on `start` differs from that on `end` (`tracker diff`)."""
        first, last = _day(_required("start", start), "start"), _day(_required("end", end), "end")
        known = _instant(known_at)
        self._current()
        changes = service.diff(
            self.database, str(first), str(last), topic=self._topic(topic), known_at=known
        )
        return Rows((_change(c) for c in changes), _columns(Change))

    def stance_history(self, topic: str, country: Countries = None) -> Rows[Step]:
        """Every change of stance on `topic` (of `country`, a name or a list of names,
        or of every country), by country then date; a country's first stance is a step
        from None."""
        codes = _codes(country)
        self._current()
        steps = service.stance_history(self.database, topic, codes)
        return Rows(
            (
                Step(
                    topic=step.topic,
                    country=step.country,
                    country_name=country_name(step.country),
                    date=step.date,
                    from_=step.from_stance,
                    to=step.to_stance,
                    event_id=step.event_id,
                    disputed=step.disputed,
                )
                for step in steps
            ),
            _columns(Step),
        )

    def matrix(self, topic: str, dates: Iterable[DateLike]) -> Rows[MatrixRow]:
        """Each country's stance on `topic` as of each of `dates` (days, as `as_of`
        takes them): a row per country, as `export --what matrix` has, in one sweep."""
        days = [day for day in (_day(value) for value in dates) if day is not None]
        self._current()
        rows = service.stance_matrix_on(self.database, topic, days)
        return Rows(
            (
                MatrixRow(
                    topic=row["topic"],
                    country=row["country"],
                    country_name=country_name(row["country"]),
                    stances={day: row[day] for day in days},
                )
                for row in rows
            ),
            ["topic", "country", "country_name", *days],
        )

    def events(
        self,
        topic: str | None = None,
        country: Countries = None,
        type: str | Iterable[str] | None = None,
        since: TimeLike | None = None,
        until: TimeLike | None = None,
        known_at: TimeLike | None = None,
    ) -> Rows[Event]:
        """The raw log in recording order (`tracker events`); `type` is a registered
        event type (statement, correction, retraction, citation, topic) or a list."""
        types = _texts("type", type) or None
        for kind in types or ():
            event_type(kind)  # InvalidValue naming the registered types
        countries = _codes(country)
        since_at = _instant(since, end_of_day=False, name="since")
        until_at, known = _instant(until, name="until"), _instant(known_at)
        log = service.event_log(
            self.database,
            topic=self._topic(topic),
            countries=countries,
            types=types,
            since=since_at,
            until=until_at,
            known_at=known,
        )
        return Rows((Event.from_record(e.record, e.hash) for e in log), _columns(Event))

    def show(self, event_id: str) -> Event:
        """One event by id or unique prefix of 6+ characters (`tracker show`)."""
        _text("event_id", event_id)
        self._current()
        detail = service.show_event(self.database, event_id)
        return Event.from_record(detail.record, detail.hash)

    # -- writing ----------------------------------------------------------------------

    def add(
        self,
        country: str,
        stance: str,
        date: DateLike,
        topic: str | None = None,
        *,
        approximate: bool = False,
        contributions: Iterable[str] = (),
        troops: str | int | Mapping[str, Any] | None = None,
        troops_text: str | None = None,
        conditions: Iterable[str] = (),
        speaker: str | None = None,
        source: Mapping[str, Any] | None = None,
        note: str | None = None,
        deployment: str | None = None,
        new_topic: bool = False,
        allow_duplicate: bool = False,
    ) -> Event:
        """Append a statement (`tracker add`) and return it as stored.

        The CLI's rules apply: an unknown topic needs `new_topic=True`, a duplicate of an
        active statement `allow_duplicate=True`; warnings go to the `warnings` module.

        `troops` is `N`, `"N+"`, `"N-M"` or a `{"min", "max", "text"}` mapping; `source`
        is `{"outlet", "url", "title", "published", "quote"}` (any of them). Without
        `topic`, the CLI's default applies (`TRACKER_TOPIC`, or the database's only one).
        """
        fields_: dict[str, Any] = {
            "country": resolve_country(_text("country", country)).code,
            "stance": _text("stance", stance),
            "date": _partial_date(_required("date", date)),
            "approximate": approximate,
            "topic": service.default_topic(self.database, _text("topic", topic, optional=True)),
        }
        statement = _statement_fields(
            contributions=contributions,
            troops=troops,
            troops_text=troops_text,
            conditions=conditions,
            speaker=speaker,
            source=source,
            note=note,
            deployment=deployment,
        )
        record = service.record_statement(
            self.database,
            {**fields_, **statement},
            self.editor,
            new_topic=new_topic,
            allow_duplicate=allow_duplicate,
            on_warning=_warn,
        )
        return Event.from_record(record)

    def correct(self, event_id: str, reason: str, **changes: Any) -> Event:
        """Append a correction of a statement (`tracker correct`): give only the fields
        to change, with `add`'s keyword arguments (`country="Slovenia"`, `source={...}`)."""
        _text("event_id", event_id)
        _text("reason", reason)
        if not changes:
            raise InvalidValue("give at least one field to change (e.g. stance= or date=)")
        known = {
            "country", "stance", "date", "topic", "approximate", "contributions", "troops",
            "troops_text", "conditions", "speaker", "source", "note", "deployment",
        }  # fmt: skip
        unknown = sorted(set(changes) - known)
        if unknown:
            raise InvalidValue(f"cannot correct {', '.join(unknown)}")
        fields_: dict[str, Any] = {}
        if changes.get("country") is not None:
            fields_["country"] = resolve_country(_text("country", changes["country"])).code
        if changes.get("date") is not None:
            fields_["date"] = _partial_date(changes["date"])
        for name in ("stance", "topic"):
            if changes.get(name) is not None:
                fields_[name] = _text(name, changes[name])
        if changes.get("approximate") is not None:
            fields_["approximate"] = changes["approximate"]
        optional = known - {"country", "date", "stance", "topic", "approximate"}
        fields_.update(_statement_fields(**{k: v for k, v in changes.items() if k in optional}))
        if "source" in changes and fields_.get("sources"):
            # Like the CLI: the fields of `source` given replace those of the first
            # source; its other fields are kept.
            fields_["source"] = fields_.pop("sources")[0]
        record = service.record_correction(self.database, event_id, fields_, reason, self.editor)
        return Event.from_record(record)

    def retract(self, event_id: str, reason: str) -> Event:
        """Append a retraction of a statement (`tracker retract`)."""
        _text("event_id", event_id)
        _text("reason", reason)
        record = service.record_retraction(self.database, event_id, reason, self.editor)
        return Event.from_record(record)

    def cite(self, event_id: str, **source: Any) -> Event:
        """Add a corroborating report to a statement (`tracker cite`): `outlet`, `url`,
        `title`, `published`, `quote`. Changes no stance."""
        _text("event_id", event_id)
        record = service.record_citation(
            self.database, event_id, _source(source) or {}, self.editor
        )
        return Event.from_record(record)

    def withdraw(self, url: str, reason: str, *, dry_run: bool = False) -> list[Any]:
        """An outlet withdrew the story at `url` (`tracker withdraw`): what it did."""
        _text("url", url)
        _text("reason", reason)
        return service.withdraw_report(self.database, url, reason, self.editor, dry_run=dry_run)

    def topics(self) -> list[Any]:
        """Every topic with its title, pledge phrases and counts (`tracker topics`)."""
        self._current()
        return service.topic_summaries(self.database)

    def topic(self, slug: str) -> TopicDefinition:
        """What a topic's pledge is: its title and pledge phrases (SPEC §7); an unknown
        slug raises `UnknownTopic` naming the closest known ones."""
        return service.topic_definition(self.database, slug)

    def import_files(self, *paths: str, dry_run: bool = False) -> service.ImportResult:
        """Import .jsonl/.json/.yaml/.csv/.xlsx files, all or nothing (`tracker import`);
        `InvalidRecord.problems` lists every problem with its file and line."""
        from tracker.formats.readers import read_records

        for path in paths:
            if not isinstance(path, str | os.PathLike):
                raise InvalidValue(f"a file to import must be a path, not {type(path).__name__}")
        records = (item for path in paths for item in read_records(os.fspath(path)))
        return service.import_records(self.database, records, dry_run=dry_run, editor=self.editor)

    def seed(self) -> service.ImportResult:
        """Import the shipped seed article (`tracker init --seed`; idempotent)."""
        from tracker.formats.readers import read_records
        from tracker.seeds import seed_files

        records = (item for path in seed_files() for item in read_records(str(path)))
        return service.import_seed(self.database, records, editor=self.editor)

    def verify(self) -> service.VerifyReport:
        """Check the hash chain and the stored projection (`tracker verify`); raises
        `VerificationFailed` naming the first bad event."""
        return service.verify(self.database)

    # -- helpers ----------------------------------------------------------------------

    def _statements(self, views: Iterable[StatementView]) -> list[Statement]:
        rows = [statement_row(v) for v in views]
        amended = [r["event_id"] for r in rows if r["status"] != "active"]
        recorded = service.amendments(self.database, amended) if amended else {}
        statements = []
        for row in rows:
            # Only amendments the view reflects, so `known_at` never shows a later one.
            applied = set(row["corrections"]) | {row["retraction"]}
            row["amendments"] = [
                a for a in recorded.get(row["event_id"], []) if a["event_id"] in applied
            ]
            statements.append(Statement(**row))
        return statements


def _stance(row: StanceRow) -> Stance:
    return Stance(**stance_row(row))


def _change(change: StanceChange) -> Change:
    row = diff_row(change)
    row["from_"] = row.pop("from")
    return Change(**row)


def _statement_fields(
    *,
    contributions: Iterable[str] | None = (),
    troops: str | int | Mapping[str, Any] | None = None,
    troops_text: str | None = None,
    conditions: Iterable[str] | None = (),
    speaker: str | None = None,
    source: Mapping[str, Any] | None = None,
    note: str | None = None,
    deployment: str | None = None,
) -> dict[str, Any]:
    """The optional statement fields given, shaped as the event model takes them."""
    fields_: dict[str, Any] = {}
    if contributions:
        fields_["contributions"] = _texts("contributions", contributions)
    if conditions:
        fields_["conditions"] = _texts("conditions", conditions)
    _text("troops_text", troops_text, optional=True)
    if isinstance(troops, Mapping):
        fields_["troops"] = dict(troops)
    elif isinstance(troops, str | int) and not isinstance(troops, bool):
        from tracker.domain.troops import troops_from_text

        fields_["troops"] = troops_from_text(str(troops), troops_text)
    elif troops is not None:
        raise InvalidValue(
            f"troops must be N, 'N+', 'N-M' or a mapping, not {type(troops).__name__}"
        )
    elif troops_text is not None:
        fields_["troops"] = {"text": troops_text}
    for name, value in (("speaker", speaker), ("note", note), ("deployment", deployment)):
        if _text(name, value, optional=True) is not None:
            fields_[name] = value
    shaped = _source(source)
    if shaped:
        fields_["sources"] = [shaped]
    return fields_


def _required(name: str, value: Any) -> Any:
    if value is None:
        raise InvalidValue(f"{name} is required")
    return value


def _source(source: Any) -> dict[str, Any] | None:
    """A source mapping's given fields, each text (`published` also a `date`)."""
    if source is None:
        return None
    if not isinstance(source, Mapping):
        raise InvalidValue(f"source must be a mapping of {', '.join(SOURCE_FIELDS)}")
    shaped: dict[str, Any] = {}
    for key, value in source.items():
        if key not in SOURCE_FIELDS:
            raise InvalidValue(f"unknown source field {key!r}; expected {', '.join(SOURCE_FIELDS)}")
        if key == "published" and value is not None:
            if isinstance(value, str) and not value.strip():
                continue  # blank: not given, as the event model reads it
            value = _partial_date(value, "published")
        if _text(key, value, optional=True) is not None:
            shaped[key] = value
    return shaped


def _warn(text: str) -> None:
    import warnings

    warnings.warn(text, stacklevel=3)


def open(location: str | None = None, *, editor: str | None = None, init: bool = False) -> Tracker:
    """Open the tracker database at a path or URL (the default database for None).

    As with the CLI, a new SQLite file is set up on first use, and any other database
    needs `tracker init` first, or `init=True`, which creates or upgrades its schema.
    `editor` names who records (default: `TRACKER_EDITOR`, else the OS user)."""
    return Tracker(location, editor=editor, init=init)
