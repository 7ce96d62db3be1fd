"""The public Python API: `tracker.open(PATH_OR_URL)` and typed rows (SPEC §6).

    >>> import tracker
    >>> t = tracker.open("tracker.db")            # or a postgresql:// URL
    >>> t.stances(as_of="2025-10-01").to_pandas()

Keyword arguments are the CLI's options: country names are resolved as `--country` does
("Holland", "GER", "Kyiv"), dates and times are parsed as `--as-of`, `--known-at`,
`--since` and `--until` are (ISO text, or `date`/`datetime` objects). Rows carry exactly
the fields of the CLI's JSON output (`from_` stands for the JSON key `from`). Errors are
the CLI's, as exceptions: every one is a `tracker.errors.TrackerError`.

The CLI is a client of this API: every command parses its options, calls a `Tracker`
method and renders what it returns. The API sits on `tracker.service`; pandas is
imported only by `.to_pandas()` (`pip install 'tracker[pandas]'`).
"""

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from tracker.countries import country_name, resolve_country
from tracker.domain.dates import parse_as_of, parse_instant, parse_partial_date
from tracker.domain.events import SOURCE_FIELDS
from tracker.domain.projection import StanceChange, StanceRow, StatementView
from tracker.domain.registry import event_type
from tracker.domain.topics import TopicDefinition
from tracker.errors import InvalidValue, TrackerError
from tracker.formats.rows import compare_rows, diff_row, event_row, stance_row, statement_row
from tracker.service import reading, topic_lookup
from tracker.store.database import Database

if TYPE_CHECKING:
    from tracker.service import importing, upkeep

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

    _stances: ClassVar[tuple[str, ...]] = ("stance",)
    _partial_dates: ClassVar[tuple[str, ...]] = ("since", "last_statement")

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

    _stances: ClassVar[tuple[str, ...]] = ("stance",)
    _partial_dates: ClassVar[tuple[str, ...]] = ("date",)
    _instants: ClassVar[tuple[str, ...]] = ("recorded_at",)

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
    _stances: ClassVar[tuple[str, ...]] = ("from", "to")
    _partial_dates: ClassVar[tuple[str, ...]] = ("date", "published")

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
    _stances: ClassVar[tuple[str, ...]] = ("from", "to")
    _partial_dates: ClassVar[tuple[str, ...]] = ("date",)

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
    output does. The fields of a type registered after this class was written (one not
    named below) are attributes too, and columns of `to_pandas()`: they are kept in
    `more`, so that a new event type needs no change here."""

    _stances: ClassVar[tuple[str, ...]] = ("stance",)
    _partial_dates: ClassVar[tuple[str, ...]] = ("date",)
    _instants: ClassVar[tuple[str, ...]] = ("recorded_at",)

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
    more: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_record(cls, record: Mapping[str, Any], event_hash: str | None = None) -> "Event":
        """An event from its stored record (and chain hash, when known)."""
        row = event_row(dict(record), event_hash)
        return cls(
            **{k: v for k, v in row.items() if k in _EVENT_FIELDS},
            present=frozenset(row),
            more={k: v for k, v in row.items() if k not in _EVENT_FIELDS},
        )

    @classmethod
    def columns(cls) -> list[str]:
        """Every field an event of any registered type may carry, `hash` last."""
        from tracker.domain.registry import record_fields

        named = [name for name in _columns(cls) if name != "hash"]
        return [*named, *(f for f in record_fields() if f not in named), "hash"]

    def to_record(self) -> dict[str, Any]:
        """The event as `tracker events --format json` prints it."""
        named = {k: v for k, v in asdict(self).items() if k in self.present and k != "more"}
        return {**named, **self.more}

    def __getattr__(self, name: str) -> Any:
        """A field of a type this class does not name (see `more`)."""
        more = self.__dict__.get("more") or {}
        if name in more:
            return more[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


def _named_fields(row_type: Any) -> list[str]:
    """A row type's own fields, without its bookkeeping (`present`, `more`)."""
    return [f.name for f in fields(row_type) if f.name not in ("present", "more")]


_EVENT_FIELDS = frozenset(_named_fields(Event))


RowT = TypeVar("RowT", bound=_Row)


class Rows(list[RowT], Generic[RowT]):
    """A list of typed rows that also gives plain dicts or a pandas DataFrame."""

    def __init__(
        self, rows: Iterable[RowT] = (), columns: Sequence[str] = (), row_type: Any = None
    ) -> None:
        super().__init__(rows)
        self.columns = list(columns)
        self.row_type = row_type  # what an empty list would hold (to type its columns)

    def to_records(self) -> list[dict[str, Any]]:
        """Plain dicts with the keys of the JSON output."""
        return [row.to_record() for row in self]

    def to_pandas(self) -> Any:
        """A pandas DataFrame, one column per field (pandas is imported only here), typed
        for analysis: every stance column (`stance`, diff's `from` and `to`, a matrix's
        cells) is an ordered categorical, committed < … < opposed as SPEC §1 orders
        them; a statement's partial date (`date`, `since`, `published` ...) is the
        datetime of its first day, with its precision (year, month, day) in the column
        `<name>_precision` beside it; record times are UTC datetimes. Sources stay a
        list per row here; `sources_to_pandas()` gives them as a tidy frame."""
        pandas = _pandas()
        frame = pandas.DataFrame(self.to_records(), columns=self.columns or None)
        row_type = type(self[0]) if self else self.row_type
        return _typed(pandas, frame, row_type)

    def sources_to_pandas(self) -> Any:
        """A tidy frame of the rows' sources: one row per statement and source
        (`source_number` 1 is the statement's own report, then its citations'), joined
        to the statements on `event_id`; `published` typed as `to_pandas()` types dates."""
        pandas = _pandas()
        row_type: Any = type(self[0]) if self else self.row_type
        if row_type is None or "sources" not in {f.name for f in fields(row_type)}:
            raise InvalidValue("these rows carry no sources (a timeline's or events' do)")
        head = ("event_id", "topic", "country", "country_name", "stance", "date")
        records = [
            {key: getattr(row, key) for key in head}
            | {"source_number": number}
            | {key: source.get(key) for key in SOURCE_FIELDS}
            for row in self
            for number, source in enumerate(getattr(row, "sources", None) or [], start=1)
        ]
        frame = pandas.DataFrame(records, columns=[*head, "source_number", *SOURCE_FIELDS])
        frame["source_number"] = frame["source_number"].astype("int64")
        return _typed(pandas, frame, _SourceRow)


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "to_pandas() needs pandas: pip install 'tracker[pandas]' (or pandas)"
        ) from None
    return pandas


class _SourceRow(_Row):
    """The typed columns of `sources_to_pandas()`."""

    _stances: ClassVar[tuple[str, ...]] = ("stance",)
    _partial_dates: ClassVar[tuple[str, ...]] = ("date", "published")


def _typed(pandas: Any, frame: Any, row_type: Any) -> Any:
    """`frame` with its stance columns as ordered categoricals, its partial dates as
    datetimes (first day) with a precision column beside each, its instants as UTC
    datetimes."""
    from tracker.domain.dates import first_day
    from tracker.domain.vocabulary import STANCES

    stance_type = pandas.CategoricalDtype(list(STANCES), ordered=True)
    stances = getattr(row_type, "_stances", ())
    if row_type is MatrixRow:
        stances = [c for c in frame.columns if c not in ("topic", "country", "country_name")]
    for column in stances:
        if column in frame.columns:
            frame[column] = frame[column].astype(stance_type)
    for column in getattr(row_type, "_partial_dates", ()):
        if column not in frame.columns:
            continue
        partial = frame[column]
        frame[column] = pandas.to_datetime(
            [first_day(v) if isinstance(v, str) and v else None for v in partial]
        )
        precision = [_PRECISION.get(len(v)) if isinstance(v, str) else None for v in partial]
        frame.insert(
            frame.columns.get_loc(column) + 1,
            f"{column}_precision",
            pandas.Series(precision, index=frame.index, dtype="object"),
        )
    for column in getattr(row_type, "_instants", ()):
        if column in frame.columns:
            frame[column] = pandas.to_datetime(frame[column], utc=True, format="ISO8601")
    return frame


_PRECISION = {4: "year", 7: "month", 10: "day"}


def _columns(row_type: Any) -> list[str]:
    keys: dict[str, str] = row_type._keys
    return [keys.get(name, name) for name in _named_fields(row_type)]


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
        """A topic to read: the one given, else `TRACKER_TOPIC`'s (reads are narrowed
        as writes default to it), else None for every topic; the one named must exist
        (the CLI's check: a typo is `UnknownTopic` naming the closest, not no rows)."""
        _text("topic", topic, optional=True)
        return topic_lookup.read_topic(self.database, topic)

    def _one_topic(self, topic: Any) -> str:
        """The one topic a series reads: the one given, else `TRACKER_TOPIC`'s, else
        the database's only topic (as `add` defaults)."""
        return self._topic(topic) or topic_lookup.default_topic(self.database, None)

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
        rows = reading.stance_rows(
            self.database,
            topic=self._topic(topic),
            countries=countries,
            as_of=day,
            known_at=known,
        )
        return Rows((_stance(r) for r in rows), _columns(Stance), Stance)

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
        per_topic = reading.compared_stances(
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
        views = reading.timeline(
            self.database, code, topic=self._topic(topic), as_of=day, known_at=known
        )
        return Rows(self._statements(views), _columns(Statement), Statement)

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
        changes = reading.diff(
            self.database, str(first), str(last), topic=self._topic(topic), known_at=known
        )
        return Rows((_change(c) for c in changes), _columns(Change), Change)

    def stance_history(self, topic: str | None = None, country: Countries = None) -> Rows[Step]:
        """Every change of stance on `topic` (of `country`, a name or a list of names,
        or of every country), by country then date; a country's first stance is a step
        from None. Without `topic`: `TRACKER_TOPIC`'s, else the database's only one."""
        codes = _codes(country)
        topic = self._one_topic(topic)
        self._current()
        steps = reading.stance_history(self.database, topic, codes)
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
            Step,
        )

    def matrix(self, topic: str | None, dates: Iterable[DateLike]) -> Rows[MatrixRow]:
        """Each country's stance on `topic` as of each of `dates` (days, as `as_of`
        takes them): a row per country, as `export --what matrix` has, in one sweep.
        `topic` None: `TRACKER_TOPIC`'s, else the database's only one."""
        if isinstance(dates, str | bytes) or not isinstance(dates, Iterable):
            raise InvalidValue(f"dates must be a list of dates, not {type(dates).__name__}")
        days = [day for day in (_day(value, "dates") for value in dates) if day is not None]
        topic = self._one_topic(topic)
        self._current()
        rows = reading.stance_matrix_on(self.database, topic, days)
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
            MatrixRow,
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
        log = reading.event_log(
            self.database,
            topic=self._topic(topic),
            countries=countries,
            types=types,
            since=since_at,
            until=until_at,
            known_at=known,
        )
        return Rows((Event.from_record(e.record, e.hash) for e in log), Event.columns(), Event)

    def show(self, event_id: str) -> Event:
        """One event by id or unique prefix of 6+ characters (`tracker show`)."""
        _text("event_id", event_id)
        self._current()
        detail = reading.show_event(self.database, event_id)
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
        from tracker.service import recording

        fields_: dict[str, Any] = {
            "country": resolve_country(_text("country", country)).code,
            "stance": _text("stance", stance),
            "date": _partial_date(_required("date", date)),
            "approximate": approximate,
            "topic": topic_lookup.default_topic(
                self.database, _text("topic", topic, optional=True)
            ),
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
        record = recording.record_statement(
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
        from tracker.service import recording

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
        record = recording.record_correction(self.database, event_id, fields_, reason, self.editor)
        return Event.from_record(record)

    def retract(self, event_id: str, reason: str) -> Event:
        """Append a retraction of a statement (`tracker retract`)."""
        from tracker.service import recording

        _text("event_id", event_id)
        _text("reason", reason)
        record = recording.record_retraction(self.database, event_id, reason, self.editor)
        return Event.from_record(record)

    def cite(self, event_id: str, **source: Any) -> Event:
        """Add a corroborating report to a statement (`tracker cite`): `outlet`, `url`,
        `title`, `published`, `quote`. Changes no stance."""
        from tracker.service import recording

        _text("event_id", event_id)
        record = recording.record_citation(
            self.database, event_id, _source(source) or {}, self.editor
        )
        return Event.from_record(record)

    def withdraw(self, url: str, reason: str, *, dry_run: bool = False) -> list[Any]:
        """An outlet withdrew the story at `url` (`tracker withdraw`): what it did."""
        from tracker.service import recording

        _text("url", url)
        _text("reason", reason)
        return recording.withdraw_report(self.database, url, reason, self.editor, dry_run=dry_run)

    def topics(self) -> list[Any]:
        """Every topic with its title, pledge phrases and counts (`tracker topics`)."""
        self._current()
        return topic_lookup.topic_summaries(self.database)

    def topic(self, slug: str) -> TopicDefinition:
        """What a topic's pledge is: its title and pledge phrases (SPEC §7); an unknown
        slug raises `UnknownTopic` naming the closest known ones."""
        return topic_lookup.topic_definition(self.database, slug)

    def import_files(self, *paths: str, dry_run: bool = False) -> "importing.ImportResult":
        """Import .jsonl/.json/.yaml/.csv/.xlsx files, all or nothing (`tracker import`);
        `InvalidRecord.problems` lists every problem with its file and line."""
        from tracker.formats.readers import read_records
        from tracker.service import importing

        for path in paths:
            if not isinstance(path, str | os.PathLike):
                raise InvalidValue(f"a file to import must be a path, not {type(path).__name__}")
        records = (item for path in paths for item in read_records(os.fspath(path)))
        return importing.import_records(self.database, records, dry_run=dry_run, editor=self.editor)

    def seed(self) -> "importing.ImportResult":
        """Import the shipped seed article (`tracker init --seed`; idempotent)."""
        from tracker.formats.readers import read_records
        from tracker.seeds import seed_files
        from tracker.service import importing

        records = (item for path in seed_files() for item in read_records(str(path)))
        return importing.import_seed(self.database, records, editor=self.editor)

    def verify(self) -> "upkeep.VerifyReport":
        """Check the hash chain and the stored projection (`tracker verify`); raises
        `VerificationFailed` naming the first bad event."""
        from tracker.service import upkeep

        return upkeep.verify(self.database)

    # -- the command line's operations ------------------------------------------------
    # Each command of `tracker.cli` parses its options (countries resolved, dates
    # parsed, in the order its errors are reported), then calls one of these and hands
    # what it returns to the renderers of `tracker.formats`: the CLI imports nothing
    # from `tracker.service` or `tracker.store` (SPEC §6: the CLI is a client of this API).

    @classmethod
    def for_command(cls, location: str | None, *, editor: str | None = None) -> "Tracker":
        """A tracker on `location` that is not checked or set up yet: a command first
        parses its options, then calls `ready` (or not: `init`, `draft`)."""
        tracker = cls.__new__(cls)
        tracker.database = Database(location)
        tracker.editor = editor
        return tracker

    def ready(self, *, projection: bool = True) -> None:
        """Check the database (a new SQLite file is set up), its stored projection
        brought up to date unless `projection` is False."""
        self.database.ensure_ready(projection=projection)

    @staticmethod
    def files_of(location: str | None) -> list[Any]:
        """The files that hold the database at `location` (none for a server), without
        opening it: no output may overwrite them."""
        return Database(location).files()

    @staticmethod
    def is_missing_file(location: str | None) -> bool:
        """Whether `location` is an SQLite file that does not exist yet."""
        path = Database(location).sqlite_path
        return path is not None and not path.exists()

    @staticmethod
    def driver_failure(error: BaseException) -> Exception | None:
        """A database driver's error as the `DatabaseFailure` the API raises for it
        ("database error: ..."), None for any other exception (the CLI's last resort for
        an error met outside an API call, while streaming rows)."""
        from tracker.store.database import driver_failure

        return driver_failure(error)

    @staticmethod
    def mask_url(text: str) -> str:
        """`text` with every password of a database URL in it replaced by `***`."""
        from tracker.store.database import mask_url

        return mask_url(text)

    @staticmethod
    def stored_topics(location: str | None) -> list[str]:
        """The topics stored at `location` (shell completion): never creates a database."""
        from pathlib import Path

        from tracker.store import eventstore

        database = Database(location)
        try:
            path = database.sqlite_path
            if path is not None and not Path(path).is_file():
                return []  # never create a database by pressing <Tab>
            with database.reading() as conn:
                return eventstore.topics(conn)
        finally:
            database.dispose()

    @property
    def display_url(self) -> str:
        """The database's location, its password masked."""
        return self.database.display_url

    def files(self) -> list[Any]:
        """The files that hold this database (none for a server)."""
        return self.database.files()

    def upgrade_schema(self) -> tuple[str | None, str]:
        """Create or upgrade the schema (`tracker init`): the revision before (None for
        an empty database) and the one now."""
        from tracker.store.schema import SCHEMA_REVISION

        before = self.database.schema_revision()
        self.database.upgrade()
        return before, SCHEMA_REVISION

    @staticmethod
    def parse_anchors(lines: Iterable[str], name: str) -> list[Any]:
        """The anchors of a file of `tracker anchor` lines named `name`."""
        from tracker.service import upkeep

        return upkeep.parse_anchors(lines, name)

    def verify_anchored(self, anchors: Iterable[Any] = ()) -> "upkeep.VerifyReport":
        """`verify`, also checking that each of `anchors` (`parse_anchors`) is still on
        the chain (`tracker verify --anchor`)."""
        from tracker.service import upkeep

        return upkeep.verify(self.database, anchors)

    def anchor(self) -> "upkeep.Anchor":
        """The chain head as an anchor (`tracker anchor`)."""
        from tracker.service import upkeep

        return upkeep.anchor(self.database)

    def rebuild(self) -> dict[str, int]:
        """Rebuild the projection from the events (`tracker rebuild`): counts of events,
        active statements, the log's head and the position the projection had reached."""
        from tracker.service import upkeep

        return upkeep.rebuild(self.database)

    def info(self) -> "upkeep.DatabaseInfo":
        """Location, schema revision, counts, topics and chain head (`tracker info`)."""
        from tracker.service import upkeep

        return upkeep.info(self.database)

    def read_topic(self, topic: str | None) -> str | None:
        """The topic a read is narrowed to: the one named, else `TRACKER_TOPIC`'s, else
        None for every topic; the one named must exist (`UnknownTopic` otherwise)."""
        return topic_lookup.read_topic(self.database, topic)

    def read_topics(self, topics: Sequence[str]) -> tuple[str, ...]:
        """The topics a read of several is narrowed to: those named (each must exist),
        else `TRACKER_TOPIC`'s, else none (every topic)."""
        if topics:
            self.require_topics(topics)
            return tuple(topics)
        narrowed = self.read_topic(None)
        return (narrowed,) if narrowed else ()

    def require_topics(self, topics: Iterable[str | None]) -> None:
        """Every topic named exists (a typo is `UnknownTopic`, not an empty answer)."""
        for topic in dict.fromkeys(topics):
            topic_lookup.require_topic(self.database, topic)

    def topic_summaries(self) -> list[Any]:
        """Every topic with its title, pledge phrases and counts, as stored (the
        command opened the database with its projection current)."""
        return topic_lookup.topic_summaries(self.database)

    def topic_title(self, topic: str) -> str:
        """A topic's title for a heading, its slug when it has none."""
        return topic_lookup.topic_title(self.database, topic)

    def stance_records(
        self,
        topic: str | None = None,
        countries: list[str] | None = None,
        as_of: str | None = None,
        known_at: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """`stances` as the JSON output's records, of parsed options (codes, an ISO
        day, a UTC instant)."""
        topic = self._topic(topic)  # narrowed by TRACKER_TOPIC, checked once
        rows = reading.stance_rows(
            self.database, topic=topic, countries=countries, as_of=as_of, known_at=known_at
        )
        return [stance_row(r) for r in rows]

    def compared_records(
        self,
        topics: Sequence[str],
        countries: list[str] | None = None,
        as_of: str | None = None,
        known_at: datetime | None = None,
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """`compare` of parsed options: the topics compared, in order, and the records."""
        self.require_topics(topics)
        per_topic = reading.compared_stances(
            self.database, topics, countries=countries, as_of=as_of, known_at=known_at
        )
        return list(per_topic), compare_rows(per_topic)

    def statement_records(
        self,
        country: str | None,
        topic: str | None = None,
        as_of: str | None = None,
        known_at: datetime | None = None,
        *,
        analysis: bool = False,
    ) -> list[dict[str, Any]]:
        """A country's statements (every country's for None) as `timeline` records,
        each with the amendments it reflects; with `analysis`, with the exports'
        analysis columns too."""
        topic = self._topic(topic)  # narrowed by TRACKER_TOPIC, checked once
        views = reading.timeline(
            self.database, country, topic=topic, as_of=as_of, known_at=known_at
        )
        if not analysis:
            return self._amended([statement_row(v) for v in views])
        from tracker.formats.rows import with_analysis

        return self._amended([with_analysis(statement_row(v), "date") for v in views])

    def source_records(
        self,
        topic: str | None = None,
        as_of: str | None = None,
        known_at: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """A row per statement and source (`export --what sources`)."""
        from tracker.formats.rows import source_rows

        topic = self._topic(topic)  # narrowed by TRACKER_TOPIC, checked once
        views = reading.timeline(self.database, None, topic=topic, as_of=as_of, known_at=known_at)
        return [row for view in views for row in source_rows(view)]

    def analysis_stance_records(
        self,
        topic: str | None = None,
        as_of: str | None = None,
        known_at: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """`stance_records` with the exports' analysis columns (`export --what stances`)."""
        from tracker.formats.rows import with_analysis

        return [
            with_analysis(row, "since")
            for row in self.stance_records(topic, as_of=as_of, known_at=known_at)
        ]

    def event_records(
        self,
        topic: str | None = None,
        countries: list[str] | None = None,
        types: list[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        known_at: datetime | None = None,
    ) -> Iterator[dict[str, Any]]:
        """The log as the JSON output's records, streamed (`tracker events`, `export`);
        the topic is checked before the first record."""
        topic = self._topic(topic)  # narrowed by TRACKER_TOPIC, checked once
        log = reading.event_log(
            self.database,
            topic=topic,
            countries=countries,
            types=types,
            since=since,
            until=until,
            known_at=known_at,
        )
        return (event_row(e.record, e.hash) for e in log)

    def event_detail(self, event_id: str) -> dict[str, Any]:
        """One event as `tracker show` prints it: its record with its position, its
        amendments and, for a statement, its status and current values."""
        from tracker.domain.events import STATEMENT_FIELDS

        detail = reading.show_event(self.database, event_id)
        row = event_row(detail.record, detail.hash)
        row["seq"] = detail.seq
        row["amendments"] = detail.amendments
        if detail.view is not None:
            current = statement_row(detail.view)
            row["status"] = current["status"]
            row["current"] = {k: current[k] for k in STATEMENT_FIELDS}
        return row

    def diff_records(
        self,
        start: str,
        end: str,
        topic: str | None = None,
        known_at: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """`diff` of parsed options (ISO days, `start` not after `end`) as records."""
        topic = self._topic(topic)  # narrowed by TRACKER_TOPIC, checked once
        changes = reading.diff(self.database, start, end, topic=topic, known_at=known_at)
        return [diff_row(c) for c in changes]

    def matrix_records(
        self,
        topic: str | None = None,
        topics: list[str] | None = None,
        as_of: str | None = None,
        known_at: datetime | None = None,
        value: str = "stance",
    ) -> tuple[list[dict[str, Any]], list[str]]:
        """`export --what matrix`: the rows and the columns of the country × date
        table of `value` (stance or deployment), of one topic or `topics` compared."""
        from tracker.formats.rows import matrix_table

        dates, rows = reading.matrix(
            self.database, topic=topic, topics=topics, as_of=as_of, known_at=known_at, value=value
        )
        return matrix_table(dates, rows, topics)

    def package_contents(self, topics: Sequence[str]) -> dict[str, Any]:
        """What `export --what package` writes, of `topics` (every topic for none):
        the events up to the release's anchor (with `seq`), the stances and the source
        rows, the topics' slugs and titles, and the anchor."""
        from tracker.formats.rows import source_rows, with_analysis
        from tracker.service import upkeep

        self.require_topics(topics)
        chosen: list[str | None] = [*dict.fromkeys(topics)] or [None]
        summaries = topic_lookup.topic_summaries(self.database)
        anchor = upkeep.anchor(self.database)  # the release: the log up to this event
        events = sorted(
            (
                (e.seq, {"seq": e.seq} | event_row(e.record, e.hash))
                for topic in chosen
                for e in reading.event_log(self.database, topic=topic)
                if e.seq <= anchor.seq
            ),
            key=lambda pair: pair[0],
        )
        stances: list[dict[str, Any]] = []
        sources: list[dict[str, Any]] = []
        for topic in chosen:
            stances += [
                with_analysis(stance_row(r), "since")
                for r in reading.stance_rows(self.database, topic=topic)
            ]
            sources += [
                row
                for v in reading.timeline(self.database, None, topic=topic)
                for row in source_rows(v)
            ]
        wanted = set(chosen) if chosen != [None] else None
        return {
            "events": [row for _, row in events],
            "stances": stances,
            "sources": sources,
            "topics": [
                {"topic": t.topic, "title": t.title}
                for t in summaries
                if wanted is None or t.topic in wanted
            ],
            "anchor": anchor,
        }

    def report_html(
        self,
        topic: str | None = None,
        start: str | None = None,
        end: str | None = None,
        known_at: datetime | None = None,
    ) -> str:
        """The self-contained HTML report (`tracker report`) of parsed options."""
        from tracker.report.build import build_report

        topic = self._topic(topic)
        return build_report(self.database, topic=topic, start=start, end=end, known_at=known_at)

    def topic_pledge(self, topic: str) -> TopicDefinition | None:
        """What `topic`'s pledge is, for a draft; None in a database that holds no topic
        yet (the import will create it); a slug it does not know is `UnknownTopic`."""
        if not topic_lookup.topic_summaries(self.database):
            return None
        return topic_lookup.topic_definition(self.database, topic)

    def record_statement(
        self,
        fields_: dict[str, Any],
        *,
        new_topic: bool = False,
        allow_duplicate: bool = False,
        on_warning: Callable[[str], None] | None = None,
    ) -> dict[str, Any]:
        """Append a statement of the event model's fields (`tracker add`), the default
        topic for none; the stored record."""
        from tracker.service import recording

        fields_ = {
            **fields_,
            "topic": topic_lookup.default_topic(self.database, fields_.get("topic")),
        }
        return recording.record_statement(
            self.database,
            fields_,
            self.editor,
            new_topic=new_topic,
            allow_duplicate=allow_duplicate,
            on_warning=on_warning,
        )

    def record_correction(
        self, event_id: str, patch: dict[str, Any], reason: str, clear: Sequence[str] = ()
    ) -> dict[str, Any]:
        """Append a correction of `patch`'s fields, emptying those of `clear`
        (`tracker correct`); the stored record."""
        from tracker.service import recording

        return recording.record_correction(
            self.database, event_id, patch, reason, self.editor, clear=clear
        )

    def record_retraction(self, event_id: str, reason: str) -> dict[str, Any]:
        """Append a retraction (`tracker retract`); the stored record."""
        from tracker.service import recording

        return recording.record_retraction(self.database, event_id, reason, self.editor)

    def record_citation(self, event_id: str, source: dict[str, Any]) -> dict[str, Any]:
        """Append a citation of `source` (`tracker cite`); the stored record."""
        from tracker.service import recording

        return recording.record_citation(self.database, event_id, source, self.editor)

    def import_records(
        self,
        records: Iterable[Any],
        *,
        dry_run: bool = False,
        progress: Callable[[int], None] | None = None,
        restamp: bool = False,
        topic: str | None = None,
        new_topic: bool = False,
        allow_duplicate: bool = False,
        source: dict[str, Any] | None = None,
    ) -> "importing.ImportResult":
        """Import records read from files, all or nothing, with `tracker import`'s
        options; `InvalidRecord.problems` lists every problem."""
        from tracker.service import importing

        return importing.import_records(
            self.database,
            records,
            dry_run=dry_run,
            editor=self.editor,
            progress=progress,
            restamp=restamp,
            topic=topic,
            new_topic=new_topic,
            allow_duplicate=allow_duplicate,
            source=source,
        )

    def create_topic(
        self, slug: str, title: str | None, pledges: Sequence[str] = ()
    ) -> dict[str, Any]:
        """Create a topic (`tracker topics add`); the stored `topic` event."""
        from tracker.service import recording

        return recording.create_topic(self.database, slug, title, self.editor, pledges=pledges)

    def edit_topic(
        self,
        slug: str,
        *,
        title: str | None = None,
        pledges: Sequence[str] = (),
        clear_pledges: bool = False,
    ) -> dict[str, Any]:
        """Change a topic's title or pledge phrases (`tracker topics edit`)."""
        from tracker.service import recording

        return recording.edit_topic(
            self.database,
            slug,
            title=title,
            pledges=pledges,
            clear_pledges=clear_pledges,
            editor=self.editor,
        )

    def _amended(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Give each statement record the amendments that apply to it (with reasons),
        in one query; only those the view reflects, so `known_at` never shows a later one."""
        amended = [r["event_id"] for r in rows if r["status"] != "active"]
        recorded = reading.amendments(self.database, amended) if amended else {}
        for row in rows:
            applied = set(row["corrections"]) | {row["retraction"]}
            row["amendments"] = [
                a for a in recorded.get(row["event_id"], []) if a["event_id"] in applied
            ]
        return rows

    # -- helpers ----------------------------------------------------------------------

    def _statements(self, views: Iterable[StatementView]) -> list[Statement]:
        return [Statement(**row) for row in self._amended([statement_row(v) for v in views])]


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


def _driver_errors_as_tracker_errors(method: Callable[..., Any]) -> Callable[..., Any]:
    """`method` with a database driver's error raised as `DatabaseFailure` (a
    `TrackerError`, the driver's exception its `__cause__`): the module's promise that
    every error of the API is a `TrackerError` holds for a dropped connection, a locked
    or full database and a constraint too."""

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except TrackerError:
            raise
        except Exception as error:
            from tracker.store.database import driver_failure

            failure = driver_failure(error)
            if failure is None:
                raise
            raise failure from error

    return call


def _guard_public_methods(cls: type) -> None:
    """Every public method of `cls` (static and class methods too) through
    `_driver_errors_as_tracker_errors`."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_"):
            continue
        if isinstance(member, staticmethod):
            setattr(cls, name, staticmethod(_driver_errors_as_tracker_errors(member.__func__)))
        elif isinstance(member, classmethod):
            setattr(cls, name, classmethod(_driver_errors_as_tracker_errors(member.__func__)))
        elif callable(member):
            setattr(cls, name, _driver_errors_as_tracker_errors(member))


_guard_public_methods(Tracker)


@_driver_errors_as_tracker_errors
def open(location: str | None = None, *, editor: str | None = None, init: bool = False) -> Tracker:
    """Open the tracker database at a path or URL (the default database for None).

    As with the CLI, a new SQLite file is set up on first use, and any other database
    needs `tracker init` first, or `init=True`, which creates or upgrades its schema.
    `editor` names who records (default: `TRACKER_EDITOR`, else the OS user)."""
    return Tracker(location, editor=editor, init=init)
