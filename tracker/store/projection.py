"""The stored projection: one `statements` row per statement (corrections applied, status
known) and one `stances` row per (topic, country).

The rules are those of `tracker.domain.projection`, run by the projectors of
`tracker.store.projectors`. Statements are projected from the stored event bodies by the
database (one INSERT ... SELECT a batch); stances are folded by `fold_stance` itself over
the statements streamed in index order. The property tests and `tracker verify` hold the
stored projection equal to the pure Python replay and fold.
"""

import functools
import heapq
import inspect
import itertools
import json
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby, islice
from typing import Any, TypeVar
from typing import cast as cast_type

from sqlalchemy import (
    JSON,
    Connection,
    Select,
    Text,
    bindparam,
    cast,
    or_,
    select,
)

from tracker.domain.dates import date_key
from tracker.domain.duplicates import duplicate_digest, duplicate_key, view_duplicate_key
from tracker.domain.projection import (
    RETRACTED,
    StanceRow,
    StatementView,
    TailRow,
    fold_page,
    fold_run,
    fold_run_backwards,
)
from tracker.domain.projection import (
    advance_stance as advance,
)
from tracker.domain.projection import (
    advance_stance_over as advance_over,
)
from tracker.domain.registry import VIEW_TYPES, event_type
from tracker.errors import TrackerError, VerificationFailed
from tracker.store.raw import Raw, chunks, decoded_json, sql_names
from tracker.store.schema import events, stances, statement_months, statements

F = TypeVar("F", bound=Callable[..., Any])

Key = tuple[str, str]
_DETAIL_FIELDS = ("approximate", "speaker", "sources", "note", "recorded_at", "recorded_by")


def row_from_view(view: StatementView) -> dict[str, Any]:
    """The `statements` row that stores a view."""
    detail = {name: _plain(getattr(view, name)) for name in _DETAIL_FIELDS}
    detail["corrections"] = list(view.corrections)
    detail["retraction"] = view.retraction
    detail["original"] = dict(view.original) if view.original is not None else None
    return {
        "event_id": view.event_id,
        "seq": view.seq,
        "topic": view.topic,
        "country": view.country,
        "stance": view.stance,
        "date": view.date,
        "date_key": date_key(view.date),
        "status": view.status,
        "contributions": list(view.contributions),
        "troops": view.troops,
        "conditions": list(view.conditions),
        "deployment": view.deployment,
        "detail": detail,
        "duplicate_key": duplicate_digest(view_duplicate_key(view)),
    }


def view_from_row(row: Mapping[Any, Any]) -> StatementView:
    """The view a `statements` row stores. A fresh statement's row keeps no detail of
    its own (`{}`): its detail fields are those of its event body, which the row's
    query joins in as `body` (`_with_body`); a fold, which reads neither, gets none."""
    detail = row["detail"] or _body_record(row)
    if not isinstance(detail, Mapping):
        raise TypeError(f"statement {row['event_id']}: its detail is not an object")
    return StatementView(
        event_id=row["event_id"],
        seq=row["seq"],
        topic=row["topic"],
        country=row["country"],
        stance=row["stance"],
        date=row["date"],
        approximate=detail.get("approximate", False),
        contributions=tuple(row["contributions"]),
        troops=row["troops"],
        conditions=tuple(row["conditions"]),
        speaker=detail.get("speaker"),
        sources=tuple(detail.get("sources") or ()),
        note=detail.get("note"),
        deployment=row.get("deployment"),
        recorded_at=detail.get("recorded_at", ""),
        recorded_by=detail.get("recorded_by", ""),
        status=row["status"],
        corrections=tuple(detail.get("corrections") or ()),
        retraction=detail.get("retraction"),
        original=detail.get("original"),
    )


def _body_record(row: Mapping[Any, Any]) -> dict[str, Any]:
    body = row.get("body")
    return json_record(body) if body else {}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _with_body(*columns: Any) -> Select[Any]:
    """Statement rows (all columns unless given) with their event's body joined in."""
    return select(*(columns or statements.c), events.c.body).join_from(
        statements, events, events.c.seq == statements.c.seq, isouter=True
    )  # outer: a row whose event is missing still shows, and `verify` names it


# Fresh views of the statement events in a seq range, copied by the database from the
# columns the append wrote (`eventstore.view_columns`), so that neither an import nor a
# rebuild parses bodies. A fresh view's `detail` is `{}`: its detail fields are among its
# body's keys, and it has no corrections yet, so the body is not copied (it made up 43%
# of a database); an amended view's is written by `row_from_view`; `view_from_row` reads
# both. `view_from_statement` is the same rule in Python; the property tests and `verify`
# hold the two equal.
_STATEMENTS_COLUMNS = (
    "event_id, seq, topic, country, stance, date, date_key, status,"
    " contributions, troops, conditions, deployment, detail, duplicate_key"
)
# An event chained by another program, without the view columns (`stance` NULL), is
# projected from its body instead; `verify` accepts it (the body is what is hashed).
_FROM_BODY = {
    "sqlite": {
        "text": "json_extract(body, '$.{name}')",
        "json": "json_extract(body, '$.{name}')",
    },
    "postgresql": {
        "text": "(body::json ->> '{name}')",
        "json": "(CASE WHEN json_typeof(body::json -> '{name}') = 'null' THEN NULL"
        " ELSE body::json -> '{name}' END)",
    },
}


_VIEW_TYPE_NAMES = sql_names(VIEW_TYPES)


def _projected_sql(dialect: str) -> str:
    def column(name: str, kind: str = "text") -> str:
        fallback = _FROM_BODY[dialect][kind].format(name=name)
        return f"CASE WHEN stance IS NULL THEN {fallback} ELSE {name} END"

    day = column("date")
    date_key = f"CASE length({day}) WHEN 4 THEN {day} || '-01-01' WHEN 7 THEN {day} || '-01' ELSE {day} END"
    empty = "'{}'::json" if dialect == "postgresql" else "'{}'"
    values = ", ".join(
        [
            "event_id, seq, topic, country",
            column("stance"),
            day,
            date_key,
            "'active'",
            column("contributions", "json"),
            column("troops", "json"),
            column("conditions", "json"),
            column("deployment"),
            empty,
            "duplicate_key",  # NULL without view columns: `_fill_duplicate_keys`
        ]
    )
    return (
        f"INSERT INTO statements ({_STATEMENTS_COLUMNS}) SELECT {values} FROM events"
        f" WHERE type IN ({_VIEW_TYPE_NAMES}) AND seq BETWEEN :first AND :last"
    )


_PROJECT_STATEMENTS = {dialect: _projected_sql(dialect) for dialect in _FROM_BODY}


def project_statements(conn: Connection, first: int, last: int, *, from_log: bool = True) -> None:
    """Add fresh views for the statement events with seq in `first..last`, in one query.
    `from_log`: the events were stored by anyone (a rebuild, a catch-up), so some may lack
    their view columns; an append's own events never do."""
    raw = Raw(conn)
    raw.run(_PROJECT_STATEMENTS[raw.dialect], {"first": first, "last": last}).close()
    if from_log:
        _fill_duplicate_keys(raw, first, last)


# Views of events chained without view columns (by another program) have no duplicate
# key to copy: it is made from their bodies here. A scan of the range's view rows (small
# and, in a rebuild, read once), not of the log.
_KEYLESS = (
    "SELECT s.seq, e.body FROM statements s JOIN events e ON e.seq = s.seq"
    " WHERE s.seq BETWEEN :first AND :last AND e.seq BETWEEN :first AND :last"
    " AND s.duplicate_key IS NULL"
)


def _fill_duplicate_keys(raw: Raw, first: int, last: int) -> None:
    rows = [
        {"seq": seq, "duplicate_key": duplicate_digest(duplicate_key(json_record(body)))}
        for seq, body in raw.run(_KEYLESS, {"first": first, "last": last}).fetchall()
    ]
    if rows:
        raw.many("UPDATE statements SET duplicate_key = :duplicate_key WHERE seq = :seq", rows)


def readable(read: F) -> F:
    """Reads of the stored projection: a row that cannot be decoded (tampered with, or
    written behind the tracker's back) is one clear error naming the remedy, not a
    traceback."""

    @functools.wraps(read)
    def checked(*args: Any, **kwargs: Any) -> Any:
        try:
            found = read(*args, **kwargs)
        except TrackerError:
            raise
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise _damaged(error) from None
        return _checked_rows(found) if inspect.isgenerator(found) else found

    return cast_type(F, checked)


def _checked_rows(rows: Iterator[Any]) -> Iterator[Any]:
    """A streamed read, whose rows are decoded as they are reached: `readable` too."""
    try:
        yield from rows
    except TrackerError:
        raise
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        raise _damaged(error) from None


def _damaged(error: Exception) -> VerificationFailed:
    return VerificationFailed(
        f"the stored projection is damaged ({str(error).splitlines()[0] or type(error).__name__}); "
        "run `tracker rebuild`"
    )


@readable
def load_view(conn: Connection, event_id: str) -> StatementView | None:
    """The stored view of one statement, or None."""
    row = conn.execute(_VIEW_BY_ID, {"event_id": event_id}).mappings().first()
    return view_from_row(row) if row else None


def load_views(conn: Connection, event_ids: Iterable[str]) -> dict[str, StatementView]:
    """The stored views of these statements, by id, in full (sources, speaker ...)."""
    return _load_views(conn, set(event_ids))


def apply_amendments(conn: Connection, amendments: Iterable[Mapping[str, Any]]) -> None:
    """Apply corrections and retractions, in recording order, to the stored views.

    Batches of amendments read their targets with one query and write the
    amended views back with one executemany, instead of a read and a write each. An
    amendment whose target is not a stored statement is ignored, as `replay` does.
    """
    iterator = iter(amendments)
    while batch := list(islice(iterator, 2_000)):
        kinds = [event_type(a["type"]) for a in batch]
        views = _load_views(conn, {str(k.target_of(a)) for k, a in zip(kinds, batch, strict=True)})
        changed: dict[str, StatementView] = {}
        for kind, amendment in zip(kinds, batch, strict=True):
            target = views.get(str(kind.target_of(amendment)))
            if target is None or kind.amend is None:
                continue
            amended = kind.amend(target, amendment)
            views[amended.event_id] = changed[amended.event_id] = amended
        save_views(conn, changed.values())


def save_views(conn: Connection, views: Iterable[StatementView]) -> None:
    """Write amended views over their stored rows, with one executemany."""
    raw = Raw(conn)
    rows = []
    for view in views:
        row = row_from_view(view)
        for name in _JSON_COLUMNS:
            row[name] = raw.json(row[name])
        rows.append(row)
    if rows:
        sets = ", ".join(
            f"{n} = {raw.json_param(n) if n in _JSON_COLUMNS else ':' + n}"
            for n in _VIEW_ROW_COLUMNS
            if n not in ("seq", "event_id")
        )
        raw.many(f"UPDATE statements SET {sets} WHERE seq = :seq", rows)


_VIEW_ROW_COLUMNS = tuple(c.name for c in statements.c)
_JSON_COLUMNS = frozenset(c.name for c in statements.c if isinstance(c.type, JSON))
# Found through the log's event_id index and the views' key (seq): a rebuild applies
# amendments before it builds the views' own indexes.
_VIEWS_BY_ID = (
    f"SELECT {', '.join('s.' + n for n in _VIEW_ROW_COLUMNS)}, e.body FROM events e"
    " JOIN statements s ON s.seq = e.seq WHERE e.event_id IN ({ids})"
    " AND s.event_id = e.event_id"
)


@readable
def _load_views(conn: Connection, event_ids: set[str]) -> dict[str, StatementView]:
    raw = Raw(conn)
    views: dict[str, StatementView] = {}
    names = (*_VIEW_ROW_COLUMNS, "body")
    for chunk in chunks(sorted(event_ids)):
        ids, params = raw.listed(chunk, "i")
        query = _VIEWS_BY_ID.format(ids=ids)
        for values in raw.run(query, params).fetchall():
            row = dict(zip(names, values, strict=True))
            for name in _JSON_COLUMNS:
                row[name] = raw.decoded(row[name])
            views[row["event_id"]] = view_from_row(row)
    return views


# A stance is folded from its key's active statements in (date_key, seq) order, reading
# only what `fold_run` needs; the latest statement's own columns are read afterwards, by
# key (seq), for each folded stance.
_FOLD_COLUMNS = "topic, country, stance, date, seq"
# Read off the covering index (topic, country, date_key, seq, status, stance, date).
_FOLD_ALL = (
    f"SELECT {_FOLD_COLUMNS} FROM statements WHERE status != '{RETRACTED}'"
    " ORDER BY topic, country, date_key, seq"
)
_LATEST = (
    "SELECT seq, event_id, contributions, troops, conditions, deployment FROM statements"
    " WHERE seq IN ({seqs})"
)
# Past this many touched keys, one pass over every statement beats a seek per key.
FOLD_ALL_KEYS = 1_000


@readable
def refold_stances(
    conn: Connection, keys: set[Key] | None, counts: Mapping[Key, int] | None = None
) -> None:
    """Fold the stance of each key (None: of every key) from its active statements, by
    the rule of `fold_stance`, and store them.

    Every key (a rebuild, or more keys than `FOLD_ALL_KEYS`): one ordered pass over the
    covering index with `fold_run`. A few keys (an append, an import): each key's index
    read backwards from its latest statement with `fold_run_backwards`, which stops after
    the latest run of its stance, so that a key costs its run, not its history; its
    count of active statements is `counts[key]` when the caller knows it, else an index
    count (no row read)."""
    raw = Raw(conn)
    if keys is None or len(keys) > FOLD_ALL_KEYS:
        raw.empty(stances.name)
        _store_folded(raw, raw.stream(_FOLD_ALL))
        return
    for chunk in chunks(sorted(keys)):
        pairs = ", ".join(f"(:t{n}, :c{n})" for n in range(len(chunk)))
        params: dict[str, Any] = {}
        for n, (topic, country) in enumerate(chunk):
            params[f"t{n}"], params[f"c{n}"] = topic, country
        raw.run(f"DELETE FROM stances WHERE (topic, country) IN (VALUES {pairs})", params).close()
        folded: dict[int, dict[str, Any]] = {}
        for key in chunk:
            known = counts.get(key) if counts else None
            found = _fold_tail(raw, key, known)
            if found is not None:
                folded[found["seq"]] = found["row"]
        _insert_stances(raw, folded)


# A key's active statements from the latest backwards, a page at a time, off the
# covering index read in reverse (no sort, no row visited).
_TAIL = (
    f"SELECT date, stance, seq, date_key FROM statements WHERE status != '{RETRACTED}'"
    " AND topic = :topic AND country = :country"
    # A row value, which both databases seek to (PostgreSQL filtered the OR form over
    # the key's whole range: 64 ms a key at a million statements, against 0.1 ms).
    " AND (date_key, seq) < (:before_key, :before_seq)"
    " ORDER BY date_key DESC, seq DESC LIMIT :limit"
)
_COUNT_ACTIVE = (
    f"SELECT count(*) FROM statements WHERE status != '{RETRACTED}'"
    " AND topic = :topic AND country = :country AND date_key <= :as_of"
)
_AFTER_EVERY_DATE = "~"  # sorts after every ISO date
_LAST_SEQ = 2**62


def _tail(raw: Raw, key: Key, as_of: str | None = None) -> Iterator[tuple[Any, ...]]:
    """(date, stance, seq, date_key) of a key's active statements dated up to `as_of`
    (None: all), latest first, read in pages that grow (most runs are a statement or two
    long)."""
    params: dict[str, Any] = {
        "topic": key[0],
        "country": key[1],
        "before_key": as_of or _AFTER_EVERY_DATE,
        "before_seq": _LAST_SEQ,
        "limit": 8,
    }
    while True:
        rows = raw.run(_TAIL, params).fetchall()
        yield from rows
        if len(rows) < params["limit"]:
            return
        params["before_key"], params["before_seq"] = rows[-1][3], rows[-1][2]
        params["limit"] = min(params["limit"] * 8, 4_096)


def _fold_tail(
    raw: Raw, key: Key, count: int | None, as_of: str | None = None
) -> dict[str, Any] | None:
    """The stored-row values of a key's stance (as of the ISO day `as_of`: from its
    statements dated up to it), folded from its latest run; None when it has no active
    statement."""
    rows = _tail(raw, key, as_of)
    latest = next(rows, None)
    if latest is None:
        return None
    day, stance, seq, _ = latest
    rest = ((row[0], row[1]) for row in rows)
    since, disputed = fold_run_backwards(itertools.chain([(day, stance)], rest))
    if count is None:
        bound = {"topic": key[0], "country": key[1], "as_of": as_of or _AFTER_EVERY_DATE}
        found = raw.one(_COUNT_ACTIVE, bound)
        count = int(found[0]) if found else 0
    return _folded(key, (day, stance, seq), since, disputed, count)


def _folded(
    key: Key, latest: tuple[str, str, int], since: str, disputed: bool, count: int
) -> dict[str, Any]:
    """A folded stance: the seq of its latest statement, and the stored row's values."""
    day, stance, seq = latest
    row: dict[str, Any] = {"topic": key[0], "country": key[1], "stance": stance, "since": since}
    row.update(last_statement=day, disputed=disputed, statements=count)
    return {"seq": seq, "row": row}


def _filtered(
    raw: Raw,
    clauses: list[str],
    topic: str | None,
    countries: list[str] | None,
    as_of: str | None = None,
) -> tuple[str, dict[str, Any]]:
    """A WHERE clause (`clauses` and the filters given) and its parameters."""
    params: dict[str, Any] = {}
    clauses = list(clauses)
    if topic:
        clauses.append("topic = :topic")
        params["topic"] = topic
    if countries:
        listed, named = raw.listed(countries, "c")
        clauses.append(f"country IN ({listed})")
        params.update(named)
    if as_of:
        clauses.append("date_key <= :as_of")
        params["as_of"] = as_of
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), params


_KEYS_OF_TOPIC = "SELECT topic, country FROM stances{where} ORDER BY topic, country"


@readable
def stances_as_of(
    conn: Connection,
    as_of: str,
    topic: str | None = None,
    countries: list[str] | None = None,
) -> list[StanceRow]:
    """Each (topic, country)'s stance as of the ISO day `as_of`, sorted by topic then
    country: `project(views, as_of=...)` answered from the index. Every key with an
    active statement has a stored stance; each is folded from its latest run up to the
    day (`fold_run_backwards`, seeks on the covering index), its latest statement's
    columns read by key. Costs the keys and their runs, not the log."""
    raw = Raw(conn)
    where, params = _filtered(raw, [], topic, countries)
    keys: list[Key] = [
        (row[0], row[1]) for row in raw.run(_KEYS_OF_TOPIC.format(where=where), params).fetchall()
    ]
    counts = _counts_as_of(raw, as_of, topic, countries)
    folded: dict[int, dict[str, Any]] = {}
    for chunk in chunks(keys, 100):
        for key, rows in _first_pages(raw, chunk, as_of).items():
            found = _fold_page(key, rows, counts.get(key, 0))
            if found is None:  # the latest run is longer than a page: read on
                found = _fold_tail(raw, key, counts.get(key, 0), as_of)
            if found is not None and found["seq"] is not None:
                folded[found["seq"]] = found["row"]
    _complete_with_latest(raw, folded, encode=False)
    found_rows = [_stance_from_row(row) for row in folded.values()]
    return sorted(found_rows, key=lambda row: (row.topic, row.country))


_PAGE = 32  # a million statements on 40 keys and 1,100 days put ~8 on a latest day


_PAGES_LATERAL = (
    "SELECT k.t, k.c, p.date, p.stance, p.seq, p.date_key"
    " FROM unnest(CAST(:ts AS text[]), CAST(:cs AS text[])) AS k(t, c)"
    " CROSS JOIN LATERAL (SELECT date, stance, seq, date_key FROM statements"
    f" WHERE status != '{RETRACTED}' AND topic = k.t AND country = k.c"
    f" AND date_key <= :as_of ORDER BY date_key DESC, seq DESC LIMIT {_PAGE}) AS p"
)


def _first_pages(raw: Raw, keys: Sequence[Key], as_of: str) -> dict[Key, list[tuple[Any, ...]]]:
    """The latest `_PAGE` active statements up to `as_of` of each of `keys`, latest
    first, in one round trip: a seek on the covering index per key. On PostgreSQL one
    LATERAL seek over the keys' arrays (a UNION ALL of a topic's 40 subqueries took
    ~10 ms to plan there, 2 ms to run); SQLite has no LATERAL: a UNION ALL."""
    pages: dict[Key, list[tuple[Any, ...]]] = {key: [] for key in keys}
    if not keys:
        return pages
    if raw.postgresql:
        sql = _PAGES_LATERAL
        params: dict[str, Any] = {
            "as_of": as_of,
            "ts": [topic for topic, _ in keys],
            "cs": [country for _, country in keys],
        }
    else:
        parts, params = [], {"as_of": as_of}
        for n, (topic, country) in enumerate(keys):
            params[f"t{n}"], params[f"c{n}"] = topic, country
            parts.append(
                f"SELECT * FROM (SELECT topic, country, date, stance, seq, date_key"
                f" FROM statements WHERE status != '{RETRACTED}' AND topic = :t{n}"
                f" AND country = :c{n} AND date_key <= :as_of"
                f" ORDER BY date_key DESC, seq DESC LIMIT {_PAGE}) AS k{n}"
            )
        sql = " UNION ALL ".join(parts)
    for row in raw.run(sql, params).fetchall():
        pages[(row[0], row[1])].append(row[2:])  # (date, stance, seq, date_key)
    for rows in pages.values():
        rows.sort(key=lambda row: (row[3], row[2]), reverse=True)
    return pages


def _fold_page(key: Key, rows: list[tuple[Any, ...]], count: int) -> dict[str, Any] | None:
    """A key's stance from its first page, or None when the page cannot tell (the fold
    read every row of a full page: the run may go on)."""
    if not rows:
        return {"seq": None, "row": None}
    folded = fold_page(rows, complete=len(rows) < _PAGE)
    if folded is None:
        return None
    since, disputed = folded
    day, stance, seq, _ = rows[0]
    return _folded(key, (day, stance, seq), since, disputed, count)


# A key's count up to a day: its whole months before the day's month from
# `statement_months` (a few dozen rows), and its statements of that month up to the day
# counted on the covering index (a month's entries, not the key's history). Correlated
# per key of the stored stances, so that each count is a seek on (topic, country, ...).
_COUNTS_AS_OF = (
    "SELECT k.topic, k.country,"
    " (SELECT coalesce(sum(m.statements), 0) FROM statement_months m"
    "  WHERE m.topic = k.topic AND m.country = k.country AND m.month < :month),"
    " (SELECT count(*) FROM statements s"
    "  WHERE s.topic = k.topic AND s.country = k.country"
    "  AND s.date_key >= :month AND s.date_key <= :as_of"
    f"  AND s.status != '{RETRACTED}')"
    " FROM stances k{where}"
)


def _counts_as_of(
    raw: Raw, as_of: str, topic: str | None, countries: list[str] | None
) -> dict[Key, int]:
    """How many active statements each key has dated up to `as_of`."""
    clauses, params = [], {"month": as_of[:7], "as_of": as_of}
    if topic:
        clauses.append("k.topic = :topic")
        params["topic"] = topic
    if countries:
        listed, named = raw.listed(countries, "c")
        clauses.append(f"k.country IN ({listed})")
        params.update(named)
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = raw.run(_COUNTS_AS_OF.format(where=where), params).fetchall()
    return {(t, c): int(before) + int(within) for t, c, before, within in rows}


# `statement_months`: a batch's fresh views added to their months' counts (an upsert
# from the seq range, the views' key); a key's months counted again from its views (its
# index range), or every key's (one grouped pass, a rebuild).
_MONTH = "substr(date_key, 1, 7)"
_ADD_MONTHS = (
    f"INSERT INTO statement_months (topic, country, month, statements)"
    f" SELECT topic, country, {_MONTH}, count(*) FROM statements"
    f" WHERE seq BETWEEN :first AND :last AND status != '{RETRACTED}'"
    f" GROUP BY topic, country, {_MONTH}"
    " ON CONFLICT (topic, country, month)"
    " DO UPDATE SET statements = statement_months.statements + excluded.statements"
)
_COUNT_MONTHS = (
    f"INSERT INTO statement_months (topic, country, month, statements)"
    f" SELECT topic, country, {_MONTH}, count(*) FROM statements"
    f" WHERE status != '{RETRACTED}'{{where}} GROUP BY topic, country, {_MONTH}"
)


def add_months(conn: Connection, first: int, last: int) -> None:
    """Count the fresh views of seq `first..last` into their months."""
    Raw(conn).run(_ADD_MONTHS, {"first": first, "last": last}).close()


def month_totals(conn: Connection, keys: set[Key]) -> dict[Key, int]:
    """Each of `keys`' count of active statements, summed from its month counts (which
    must be current: `StatementMonths` settles before `Stances`); a key with none is
    left out (the fold then counts its index, which finds none)."""
    raw = Raw(conn)
    found: dict[Key, int] = {}
    for chunk in chunks(sorted(keys)):
        pairs = ", ".join(f"(:t{n}, :c{n})" for n in range(len(chunk)))
        params: dict[str, Any] = {}
        for n, (topic, country) in enumerate(chunk):
            params[f"t{n}"], params[f"c{n}"] = topic, country
        query = (
            f"WITH k (topic, country) AS (VALUES {pairs})"
            " SELECT m.topic, m.country, sum(m.statements) FROM k JOIN statement_months m"
            " ON m.topic = k.topic AND m.country = k.country GROUP BY m.topic, m.country"
        )
        for topic, country, total in raw.run(query, params).fetchall():
            found[(topic, country)] = int(total)
    return found


def recount_months(conn: Connection, keys: set[Key] | None) -> None:
    """Count the months of each key (None: of every key) again from its views."""
    raw = Raw(conn)
    if keys is None or len(keys) > FOLD_ALL_KEYS:
        raw.empty(statement_months.name)
        raw.run(_COUNT_MONTHS.format(where="")).close()
        return
    for topic, country in sorted(keys):
        key = {"topic": topic, "country": country}
        raw.run(
            "DELETE FROM statement_months WHERE topic = :topic AND country = :country", key
        ).close()
        raw.run(
            _COUNT_MONTHS.format(where=" AND topic = :topic AND country = :country"), key
        ).close()


@readable
def iter_stored_months(conn: Connection) -> Generator[tuple[str, str, str, int], None, None]:
    """The stored month counts, by topic, country and month, streamed."""
    query = (
        "SELECT topic, country, month, statements FROM statement_months"
        " ORDER BY topic, country, month"
    )
    for topic, country, month, count in Raw(conn).stream(query):
        yield topic, country, month, int(count)


def _store_folded(raw: Raw, rows: Iterator[tuple[Any, ...]]) -> None:
    folded: dict[int, dict[str, Any]] = {}  # by the seq of the latest statement
    for _key, group in groupby(rows, key=_key_of_row):
        run = list(group)
        since, disputed = fold_run([(r[3], r[2]) for r in run])  # (date, stance)
        topic, country, stance, day, seq = run[-1]
        folded[seq] = {
            "topic": topic,
            "country": country,
            "stance": stance,
            "since": since,
            "last_statement": day,
            "disputed": disputed,
            "statements": len(run),
        }
        if len(folded) >= 5_000:
            _insert_stances(raw, folded)
            folded = {}
    _insert_stances(raw, folded)


def _insert_stances(raw: Raw, folded: dict[int, dict[str, Any]]) -> None:
    """Complete folded stances with their latest statement's columns, and store them."""
    _complete_with_latest(raw, folded, encode=True)
    raw.many(raw.insert_sql(stances), list(folded.values()))


def _complete_with_latest(raw: Raw, folded: dict[int, dict[str, Any]], *, encode: bool) -> None:
    """Add to each folded stance (by the seq of its latest statement) that statement's
    columns: as parameters for a JSON column (`encode`), or decoded."""
    for chunk in chunks(sorted(folded)):
        seqs, params = raw.listed(chunk, "s")
        query = _LATEST.format(seqs=seqs)
        for seq, event_id, contributions, troops, conditions, deployment in raw.run(
            query, params
        ).fetchall():
            values = (contributions, troops, conditions)
            if encode:
                values = tuple(_as_json_param(raw, value) for value in values)
            else:
                values = tuple(raw.decoded(value) for value in values)
            folded[seq].update(
                event_id=event_id,
                contributions=values[0],
                troops=values[1],
                conditions=values[2],
                deployment=deployment,
            )


def _as_json_param(raw: Raw, value: Any) -> Any:
    """A JSON column read through the driver, as a parameter for another JSON column."""
    if value is None or isinstance(value, str):
        return value  # SQLite's stored text (NULL stays NULL)
    return raw.json(value)  # psycopg decoded it


def _key_of_row(row: Any) -> Key:
    return (row[0], row[1])  # (topic, country) of a fold row


def json_record(body: str) -> dict[str, Any]:
    """An event body as a record."""
    record: dict[str, Any] = json.loads(body)
    return record


# Found through the log's event_id index and `seq` (the views have none of their own,
# revision 0008); the view's own id is held to it as well.
_VIEW_BY_ID = (
    select(*statements.c, events.c.body)
    .join_from(events, statements, statements.c.seq == events.c.seq)
    .where(events.c.event_id == bindparam("event_id"))
    .where(statements.c.event_id == bindparam("event_id"))
)
STANCE_BY_KEY = (
    f"SELECT {', '.join(c.name for c in stances.c)} FROM stances"
    " WHERE topic = :topic AND country = :country"
)


@dataclass(frozen=True)
class KeyAhead:
    """What a lone statement's stance is advanced from, read before the statement is
    stored (in the round trip of the append's other reads): its key's stored stance,
    and the key's latest active statements (`TailRow`s, latest first; `complete` when
    they are all of them)."""

    key: Key
    stance: StanceRow | None
    tail: list[TailRow]
    complete: bool


def send_latest_page(send: Callable[..., Any], key: Key) -> Any:
    """Send, with `send` (`Raw.run`, or a caller's inside a `Raw.pipeline`), the read of
    a key's latest `_PAGE` active statements; its cursor, for `key_ahead`."""
    bound = {"topic": key[0], "country": key[1], "before_key": _AFTER_EVERY_DATE}
    return send(_TAIL, {**bound, "before_seq": _LAST_SEQ, "limit": _PAGE})


def key_ahead(key: Key, stance: Sequence[Any] | None, page: Any) -> KeyAhead:
    """`KeyAhead` from the key's stance row as read (`STANCE_BY_KEY`'s columns; None
    when it has none) and the cursor of `send_latest_page`."""
    rows: list[TailRow] = [tuple(row) for row in page.fetchall()]
    page.close()
    current = _decoded_stance(stance) if stance is not None else None
    return KeyAhead(key, current, rows, complete=len(rows) < _PAGE)


def _decoded_stance(found: Sequence[Any]) -> StanceRow:
    """A stance row as read on the driver's cursor (JSON text on SQLite)."""
    row = dict(zip((c.name for c in stances.c), found, strict=True))
    for name in ("contributions", "troops", "conditions"):
        row[name] = decoded_json(row[name])
    return _stance_from_row(row)


def advance_stance_with(
    conn: Connection, view: StatementView, ahead: KeyAhead | None = None
) -> bool:
    """Fold the newly recorded statement `view` into its stored stance and store it with
    one upsert (`tracker.domain.projection.advance_stance` in constant time; a backdated
    statement by `advance_stance_over`, from its key's latest run); False, changing
    nothing, when the stored row cannot tell (the caller re-folds). `ahead`: the key's
    stance and latest run as read before `view` was stored, else they are read here. On
    the driver's cursor: an editor's `add` runs it once, and SQLAlchemy's per-statement
    cost was most of its time."""
    raw = Raw(conn)
    key = (view.topic, view.country)
    found = None
    if ahead is None:
        found = raw.one(STANCE_BY_KEY, {"topic": key[0], "country": key[1]})
        current = _decoded_stance(found) if found is not None else None
    else:
        current = ahead.stance
    advanced = advance(current, view)
    if advanced is None:
        if current is None:
            return False
        # Backdated (or a partial date's other spelling of the latest day): the fold of
        # the key's latest run, with the new statement in its place.
        if ahead is None:
            ahead = key_ahead(key, found, send_latest_page(raw.run, key))
        advanced = advance_over(current, view, ahead.tail, complete=ahead.complete)
        if advanced is None:  # its latest run is longer than a page: fold it from the index
            refold_stances(conn, {key}, {key: current.statements + 1})
            return True
    row = {c.name: getattr(advanced, c.name) for c in stances.c}  # shallow: asdict copies deep
    raw.run(_upsert_stance_sql(raw), raw.bound(stances, row)).close()
    return True


@functools.cache
def _upsert_stance(dialect: str, insert: str) -> str:
    updated = ", ".join(
        f"{c.name} = excluded.{c.name}" for c in stances.c if c.name not in ("topic", "country")
    )
    return f"{insert} ON CONFLICT (topic, country) DO UPDATE SET {updated}"


def _upsert_stance_sql(raw: Raw) -> str:
    """One statement that writes a stance in place (a delete and an insert wrote three
    pages where this writes one)."""
    return _upsert_stance(raw.dialect, raw.insert_sql(stances))


@readable
def stored_stances(
    conn: Connection, topic: str | None = None, countries: list[str] | None = None
) -> list[StanceRow]:
    """The stored projection, sorted by topic then country."""
    query = select(stances).order_by(stances.c.topic, stances.c.country)
    if topic:
        query = query.where(stances.c.topic == topic)
    if countries:
        query = query.where(stances.c.country.in_(countries))
    return [_stance_from_row(r) for r in conn.execute(query).mappings()]


def _stance_from_row(r: Mapping[Any, Any]) -> StanceRow:
    return StanceRow(
        topic=r["topic"],
        country=r["country"],
        stance=r["stance"],
        since=r["since"],
        last_statement=r["last_statement"],
        disputed=bool(r["disputed"]),
        contributions=tuple(r["contributions"]),
        troops=r["troops"],
        conditions=tuple(r["conditions"]),
        event_id=r["event_id"],
        statements=r["statements"],
        deployment=r.get("deployment"),
    )


@readable
def stored_views(
    conn: Connection,
    *,
    topic: str | None = None,
    countries: list[str] | None = None,
    as_of: str | None = None,
    include_retracted: bool = True,
    folding: bool = False,
    recorded_by: datetime | None = None,
) -> list[StatementView]:
    """Stored statement views, in date then recording order.

    `folding` reads only what `fold_stance` uses: active statements, without the detail
    column (speaker, sources, quotes), whose JSON decoding cost most of an as-of fold.
    `recorded_by`: only statements recorded up to that instant (their views as now).
    """
    if folding:
        return list(_lean_views(conn, topic, countries, as_of, recorded_by=recorded_by))
    query = _with_body().order_by(statements.c.date_key, statements.c.seq)
    if recorded_by is not None:
        query = query.where(events.c.recorded_at <= recorded_by)
    if topic:
        query = query.where(statements.c.topic == topic)
    if countries:
        query = query.where(statements.c.country.in_(countries))
    if as_of:
        query = query.where(statements.c.date_key <= as_of)
    if not include_retracted:
        query = query.where(statements.c.status != RETRACTED)
    return [view_from_row(r) for r in conn.execute(query).mappings()]


_LEAN_COLUMNS = (
    "event_id, seq, topic, country, stance, date, status, contributions, troops,"
    " conditions, deployment"
)


def _lean_views(
    conn: Connection,
    topic: str | None = None,
    countries: list[str] | None = None,
    as_of: str | None = None,
    *,
    by_key: bool = False,
    recorded_by: datetime | None = None,
) -> Iterator[StatementView]:
    """Active statement views with only what a fold reads, streamed on the driver's
    cursor and decoded by orjson (SQLAlchemy's row processing and json module cost
    ~50 us a view, most of a matrix at 100k statements): in date order, or `by_key`
    in (topic, country, date) order."""
    raw = Raw(conn)
    clauses = [f"status != '{RETRACTED}'"]
    if recorded_by is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM events e WHERE e.seq = statements.seq"
            " AND e.recorded_at <= :recorded_by)"
        )
    where, params = _filtered(raw, clauses, topic, countries, as_of)
    if recorded_by is not None:
        params["recorded_by"] = raw.instant(recorded_by)
    order = "topic, country, date_key, seq" if by_key else "date_key, seq"
    query = f"SELECT {_LEAN_COLUMNS} FROM statements{where} ORDER BY {order}"
    decoded = raw.decoded
    for (
        event_id,
        seq,
        topic_,
        country,
        stance,
        day,
        status,
        contributions,
        troops,
        conditions,
        deployment,
    ) in raw.stream(query, params):
        yield StatementView(
            event_id=event_id,
            seq=seq,
            topic=topic_,
            country=country,
            stance=stance,
            date=day,
            contributions=tuple(decoded(contributions)),
            troops=decoded(troops),
            conditions=tuple(decoded(conditions)),
            deployment=deployment,
            status=status,
        )


@readable
def views_citing(conn: Connection, url: str) -> list[StatementView]:
    """Active statements that list the report at `url` among their sources."""
    pattern = "%" + url.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    query = (
        _with_body()
        .where(
            statements.c.status != RETRACTED,
            or_(
                cast(statements.c.detail, Text).like(pattern, escape="\\"),
                events.c.body.like(pattern, escape="\\"),
            ),
        )
        .order_by(statements.c.seq)
    )
    found = [view_from_row(row) for row in conn.execute(query).mappings()]
    return [v for v in found if any(s.get("url") == url for s in v.sources)]


VIEW_FIELDS: dict[str, int] = {name: n for n, name in enumerate(_VIEW_ROW_COLUMNS)}


@readable
def iter_stored_view_values(conn: Connection) -> Generator[tuple[Any, ...], None, None]:
    """Every stored statement row as the driver returns it (SQLite: JSON columns as
    their text), in seq order, streamed: `verify` merges it with its walk of the log,
    holding no more than a batch, compares what it can as it comes, and decodes the
    rest (`stored_view_row`); by `VIEW_FIELDS`."""
    query = f"SELECT {', '.join(_VIEW_ROW_COLUMNS)} FROM statements ORDER BY seq"
    yield from Raw(conn).stream(query, size=5_000)


@readable
def stored_view_row(conn: Connection, values: Sequence[Any]) -> dict[str, Any]:
    """One row of `iter_stored_view_values` by column, JSON columns decoded: `verify`
    makes its view with `view_with_record` from the event's record it has parsed
    already (a fresh view's detail is its body: one parse of each body, not two)."""
    decoded = Raw(conn).decoded
    row = dict(zip(_VIEW_ROW_COLUMNS, values, strict=True))
    for name in _JSON_COLUMNS:
        row[name] = decoded(row[name])
    return row


@readable
def view_with_record(row: Mapping[str, Any], record: Mapping[str, Any] | None) -> StatementView:
    """The view a `statements` row stores, a fresh one's detail taken from `record`, the
    body of the row's own event (as `_with_body` joins it in)."""
    if row["detail"] or record is None:
        return view_from_row(row)
    return view_from_row({**row, "detail": record})


@readable
def iter_refolded(
    conn: Connection,
) -> Generator[tuple[dict[str, int], StanceRow], None, None]:
    """Every key's stance folded again from its active views, by topic then country,
    with the key's count of active views by month (`YYYY-MM` of their date_key): one
    ordered pass over the covering index folded by `fold_run`, the rule of `fold_stance`
    (no view built, no row visited but each latest statement's, read a chunk of keys at
    a time). Only one key's rows are held while it is folded; a chunk keeps its keys'
    month counts, never their rows. For `verify`, which compares them with the stored
    stances and month counts."""
    raw = Raw(conn)
    pending: list[tuple[int, dict[str, int], dict[str, Any]]] = []

    def completed() -> Iterator[tuple[dict[str, int], StanceRow]]:
        folded = {seq: row for seq, _, row in pending}
        _complete_with_latest(raw, folded, encode=False)
        for _, months, row in pending:
            yield months, _stance_from_row(row)
        pending.clear()

    for key, group in groupby(raw.stream(_FOLD_ALL), key=_key_of_row):
        run = [(day, stance, seq) for _, _, stance, day, seq in group]
        since, disputed = fold_run([(day, stance) for day, stance, _ in run])
        months: dict[str, int] = {}
        for day, _, _ in run:
            month = date_key(day)[:7]
            months[month] = months.get(month, 0) + 1
        day, stance, seq = run[-1]
        row = _folded(key, (day, stance, seq), since, disputed, len(run))["row"]
        pending.append((seq, months, row))
        if len(pending) >= 500:
            yield from completed()
    yield from completed()


@readable
def iter_stored_stances(conn: Connection) -> Generator[StanceRow, None, None]:
    """The stored stances by topic then country, streamed."""
    query = (
        select(stances)
        .order_by(stances.c.topic, stances.c.country)
        .execution_options(yield_per=5_000)
    )
    for row in conn.execute(query).mappings():
        yield _stance_from_row(row)


# Statements recorded after an instant, as their views now stand (found through the
# log's record-time index: what came later, not the log).
_RECORDED_AFTER = (
    "SELECT s.seq, s.topic, s.country, s.date_key, s.status FROM events e"
    " JOIN statements s ON s.seq = e.seq WHERE e.recorded_at > :known_at"
)
_CURRENT_OF = (
    "SELECT s.seq, s.topic, s.country, s.date_key, s.status FROM events e"
    " JOIN statements s ON s.seq = e.seq WHERE e.event_id IN ({ids})"
    " AND s.event_id = e.event_id"
)
_LAST_DAY = "9999-12-31"


@readable
def stances_known_at(
    conn: Connection,
    known_at: datetime,
    late: Mapping[str, StatementView],
    as_of: str | None = None,
    topic: str | None = None,
    countries: list[str] | None = None,
) -> list[StanceRow]:
    """Each key's stance as known at `known_at` (as of the ISO day `as_of`), sorted by
    topic then country: `project` of a replay of the events recorded by then, answered
    from the index. `late`: the views, as known then, of the statements recorded by then
    that a later amendment targets (the caller replays them). Each key is folded from
    its index read backwards up to the day, passing over the statements recorded later
    and the late ones (whose views are not as they were), merged with the late views;
    its count is the month counts' minus those passed over plus the late views'. Costs
    the keys, their runs and what was recorded or amended after `known_at`."""
    raw = Raw(conn)
    day = as_of or _LAST_DAY
    passed = raw.run(_RECORDED_AFTER, {"known_at": raw.instant(known_at)}).fetchall()
    for chunk in chunks(sorted(late)):
        ids, params = raw.listed(chunk, "i")
        passed.extend(raw.run(_CURRENT_OF.format(ids=ids), params).fetchall())
    skip = {row[0] for row in passed}

    def wanted(key: Key) -> bool:
        return (not topic or key[0] == topic) and (not countries or key[1] in countries)

    fewer: dict[Key, int] = {}
    for _seq, topic_, country, key_day, status in passed:
        if status != RETRACTED and key_day <= day:
            fewer[(topic_, country)] = fewer.get((topic_, country), 0) + 1
    then: dict[Key, list[StatementView]] = {}
    for view in late.values():
        if view.is_active and date_key(view.date) <= day and wanted((view.topic, view.country)):
            then.setdefault((view.topic, view.country), []).append(view)
    where, params = _filtered(raw, [], topic, countries)
    keys = {(row[0], row[1]) for row in raw.run(_KEYS_OF_TOPIC.format(where=where), params)}
    counts = _counts_as_of(raw, day, topic, countries)
    folded: dict[int, dict[str, Any]] = {}
    rows: list[StanceRow] = []
    for key in sorted(keys | then.keys()):
        views = sorted(then.get(key, ()), key=lambda v: v.sort_key, reverse=True)
        kept = (row for row in _tail(raw, key, day) if row[2] not in skip)
        merged = heapq.merge(
            kept,
            ((v.date, v.stance, v.seq, date_key(v.date)) for v in views),
            key=lambda row: (row[3], row[2]),
            reverse=True,
        )
        latest = next(merged, None)
        if latest is None:
            continue
        rest = ((row[0], row[1]) for row in merged)
        since, disputed = fold_run_backwards(itertools.chain([latest[:2]], rest))
        count = counts.get(key, 0) - fewer.get(key, 0) + len(views)
        found = _folded(key, latest[:3], since, disputed, count)
        own = next((v for v in views if v.seq == latest[2]), None)
        if own is None:
            folded[found["seq"]] = found["row"]
            continue
        rows.append(
            _stance_from_row(
                {
                    **found["row"],
                    "event_id": own.event_id,
                    "contributions": list(own.contributions),
                    "troops": own.troops,
                    "conditions": list(own.conditions),
                    "deployment": own.deployment,
                }
            )
        )
    _complete_with_latest(raw, folded, encode=False)
    rows.extend(_stance_from_row(row) for row in folded.values())
    return sorted(rows, key=lambda row: (row.topic, row.country))
