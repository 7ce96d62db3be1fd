"""Benchmark harness for tracker (issues 5, 11, 21).

    .venv/bin/python bench/run.py                      # growth: 0 / 100k, SQLite and PostgreSQL
    .venv/bin/python bench/run.py --sizes 0,100000,1000000
    .venv/bin/python bench/run.py --case ids           # the write-path suite: records with ids
    .venv/bin/python bench/run.py --smoke              # seconds: CI keeps the harness working

The default case (issue 21) generates records as editors produce them: no `event_id`
(rows from a spreadsheet), random countries among 40, dates in 2023-2025, unique URLs, so
every import runs the duplicate check. For each size N it builds a log of N such rows by
one import (against the raw floors of the same rows), then measures, in the same run:
10,000 new rows imported into it (without ids, and with ids as a second case), their
peak memory, `stance`, `stance --as-of`, `diff`, `timeline` of one country and the matrix
in process and as the CLI, `verify` (wall and peak memory) against `rebuild`, and lone
API appends (`tracker.open().add`, backdated dates) against eventsourcing one per
transaction. Growth is read as ratios within the run (N against the empty log).

The `ids` case is the write-path suite of issue 11:

Generates realistic synthetic events (tens of topics, every country, real-sized sources
and quotes, some corrections and retractions) as JSON Lines, then measures, per size:
CLI import throughput and peak memory, rebuild, stance/timeline/diff latency in process
and as CLI wall time, `tracker add` wall time (empty and full database), `tracker --help`;
and, in the same run, the floors: raw sqlite3 executemany of the same records into a
table with the same indexes; on PostgreSQL raw psycopg executemany and COPY FROM STDIN of
them into a table shaped as the tracker's (the import is set against the faster of the
two); the start-up floor `python -c "import sqlalchemy, pydantic,
click"`, and, when the `bench` extra is installed, the eventsourcing library storing the
same events one per transaction. Prints medians as a Markdown table and writes JSON to
bench/results/.
"""

import argparse
import datetime
import functools
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tracker.domain.vocabulary import CONTRIBUTIONS, STANCES  # noqa: E402

TRACKER = [sys.executable, "-m", "tracker"]
WORDS = [
    "coalition",
    "troops",
    "ceasefire",
    "guarantee",
    "minister",
    "said",
    "would",
    "could",
    "support",
    "mission",
    "peace",
    "security",
    "forces",
    "deployment",
    "parliament",
    "government",
    "reassurance",
    "backstop",
    "training",
]


def generate(path: Path, count: int, seed: int = 7) -> None:
    """Write `count` events: ~97% statements, 2% corrections, 1% retractions."""
    from tracker.countries import all_countries

    rnd = random.Random(seed)
    countries = [c.code for c in all_countries()]
    topics = [f"pledge-{n:02d}" for n in range(30)]
    statements: list[str] = []
    retracted: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            base = {
                "event_id": str(uuid.UUID(int=rnd.getrandbits(128), version=4)),
                "recorded_by": f"editor{n % 7}",
            }
            roll = rnd.random()
            live = [s for s in statements[-50:] if s not in retracted]
            if roll < 0.02 and live:
                record = {
                    **base,
                    "type": "correction",
                    "corrects": rnd.choice(live),
                    "changes": {"stance": rnd.choice(STANCES)},
                    "reason": "misread the report",
                }
            elif roll < 0.03 and live:
                target = rnd.choice(live)
                retracted.add(target)
                record = {
                    **base,
                    "type": "retraction",
                    "retracts": target,
                    "reason": "story withdrawn",
                }
            else:
                quote = (
                    " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(20, 60))).capitalize()
                    + "."
                )
                said = datetime.date(
                    rnd.randint(2015, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
                )
                reported = said + datetime.timedelta(days=rnd.randint(0, 3))
                record = {
                    **base,
                    "type": "statement",
                    "topic": rnd.choice(topics),
                    "country": rnd.choice(countries),
                    "stance": rnd.choice(STANCES),
                    "date": said.isoformat(),
                    "approximate": rnd.random() < 0.05,
                    "contributions": rnd.sample(CONTRIBUTIONS, rnd.randint(0, 3)),
                    "conditions": ["after a ceasefire"] if rnd.random() < 0.2 else [],
                    "speaker": "Minister of Defence",
                    "sources": [
                        {
                            "outlet": rnd.choice(["Reuters", "AFP", "dpa", "Stern", "BBC"]),
                            "url": f"https://news.example/{n}",
                            "title": quote[:80],
                            "published": reported.isoformat(),
                            "quote": quote,
                        }
                    ],
                }
                statements.append(base["event_id"])
            out.write(json.dumps(record) + "\n")


STARTUP_FLOOR = [sys.executable, "-c", "import sqlalchemy, pydantic, click"]


def paired_with_floor(args: list[str], pairs: int = 5) -> tuple[float, float]:
    """Median wall seconds of a command and of the start-up floor, run in alternation
    (the machine's pace drifts over a run: a ratio of figures taken minutes apart is
    off by as much as the target's margin)."""
    command, floor = [], []
    for _ in range(pairs):
        floor.append(wall(STARTUP_FLOOR))
        command.append(wall(args))
    return statistics.median(command), statistics.median(floor)


def wall(args: list[str]) -> float:
    """Wall seconds of one command."""
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - start


# Runs the CLI and, at exit, writes the process's own peak RSS (VmHWM, kB) to a file.
# ru_maxrss of a child is no good here: Linux carries the high-water mark of the
# (v)forking parent across exec, so the bench's own memory would be counted.
_PEAK_WRAPPER = """
import atexit, sys
out = sys.argv.pop(1)
def peak():
    with open("/proc/self/status") as status, open(out, "w") as handle:
        handle.write(next(l.split()[1] for l in status if l.startswith("VmHWM")))
atexit.register(peak)
from tracker.cli import main
sys.argv[0] = "tracker"
main()
"""


def measured_child(args: list[str]) -> tuple[float, float]:
    """Wall seconds and own peak RSS (MB) of one `tracker` CLI run (`args` after the
    program name); the peak is NaN where /proc is missing."""
    with tempfile.NamedTemporaryFile(suffix=".peak") as peak_file:
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _PEAK_WRAPPER, peak_file.name, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode:
            raise SystemExit(f"tracker {' '.join(args)} failed:\n{done.stderr[-2000:]}")
        seconds = time.perf_counter() - start
        text = Path(peak_file.name).read_text() if Path("/proc/self/status").exists() else ""
    return seconds, int(text) / 1024 if text else float("nan")


def floor_batches(
    path: Path, instant: Callable[[datetime.datetime], Any]
) -> Iterator[list[tuple[Any, ...]]]:
    """The floors' rows in batches of 10,000: each line json.loads'ed, the indexed
    columns taken out, the line kept as the body, the record time the current instant as
    `instant` gives it to the driver (ISO text for SQLite, a datetime for timestamptz)."""
    with path.open(encoding="utf-8") as handle:
        rows = []
        for line in handle:
            r = json.loads(line)
            rows.append(
                (
                    r.get("event_id") or str(uuid.uuid4()),
                    r["type"],
                    r.get("topic"),
                    r.get("country"),
                    r.get("corrects") or r.get("retracts"),
                    instant(datetime.datetime.now(datetime.UTC)),  # as the import stamps it
                    line,
                    "0" * 64,
                )
            )
            if len(rows) >= 10_000:
                yield rows
                rows = []
        yield rows


def raw_sqlite_floor(path: Path, db: Path) -> float:
    """Raw sqlite3 executemany of the same records into an events table with the same indexes."""
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE events (seq INTEGER PRIMARY KEY, event_id TEXT UNIQUE NOT NULL, type TEXT,"
        " topic TEXT, country TEXT, target_id TEXT, recorded_at TEXT, body TEXT, hash TEXT);"
        "CREATE INDEX ix1 ON events(topic, country); CREATE INDEX ix2 ON events(target_id);"
        "CREATE INDEX ix3 ON events(recorded_at);"
    )
    start = time.perf_counter()
    for rows in floor_batches(path, datetime.datetime.isoformat):
        conn.executemany("INSERT INTO events VALUES (NULL,?,?,?,?,?,?,?,?)", rows)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


PG_FLOOR_SCHEMA = "bench_floor"
PG_FLOOR_COLUMNS = "event_id, type, topic, country, target_id, recorded_at, body, hash"


def raw_pg_floor(path: Path, pg_url: str, *, copy: bool = False) -> float:
    """Seconds to store the same records, read and json.loads'ed as `raw_sqlite_floor`
    does, with raw psycopg into an events table shaped as the tracker's on PostgreSQL
    (seq bigserial primary key, event_id unique, indexes on (topic, country), target_id
    and recorded_at; recorded_at timestamptz), in a schema of its own dropped afterwards.
    `executemany` in batches of 10,000, or with `copy` one `COPY ... FROM STDIN` fed row
    by row (`write_row`); one commit at the end either way. Issue 11's PostgreSQL target
    is the import against the faster of the two."""
    import psycopg

    url = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA IF EXISTS {PG_FLOOR_SCHEMA} CASCADE")
        admin.execute(f"CREATE SCHEMA {PG_FLOOR_SCHEMA}")
    try:
        with psycopg.connect(url, options=f"-csearch_path={PG_FLOOR_SCHEMA}") as conn:
            conn.execute(
                "CREATE TABLE events (seq bigserial PRIMARY KEY,"
                " event_id varchar(36) NOT NULL UNIQUE, type varchar(16) NOT NULL,"
                " topic varchar(200), country varchar(8), target_id varchar(36),"
                " recorded_at timestamptz NOT NULL, body text NOT NULL,"
                " hash varchar(64) NOT NULL)"
            )
            conn.execute("CREATE INDEX ix1 ON events (topic, country)")
            conn.execute("CREATE INDEX ix2 ON events (target_id)")
            conn.execute("CREATE INDEX ix3 ON events (recorded_at)")
            conn.commit()
            fed = 0
            start = time.perf_counter()
            with conn.cursor() as cur:
                if copy:
                    with cur.copy(f"COPY events ({PG_FLOOR_COLUMNS}) FROM STDIN") as feed:
                        for rows in floor_batches(path, lambda moment: moment):
                            fed += len(rows)
                            for row in rows:
                                feed.write_row(row)
                else:
                    for rows in floor_batches(path, lambda moment: moment):
                        fed += len(rows)
                        cur.executemany(
                            f"INSERT INTO events ({PG_FLOOR_COLUMNS})"
                            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                            rows,
                        )
            conn.commit()
            seconds = time.perf_counter() - start
            count = conn.execute("SELECT count(*) FROM events").fetchone()
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA IF EXISTS {PG_FLOOR_SCHEMA} CASCADE")
    assert fed and count == (fed,), f"the PostgreSQL floor stored {count} of {fed} rows"
    return seconds


def sample_statements(path: Path, count: int) -> list[dict[str, Any]]:
    """The first `count` statements of a generated file: the events both peers store."""
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["type"] == "statement":
                found.append(record)
                if len(found) == count:
                    break
    return found


@functools.cache
def _pledge_aggregate() -> Any:
    """The eventsourcing aggregate, defined once (the library registers class topics)."""
    from eventsourcing.domain import Aggregate, event

    class Pledge(Aggregate):
        @event("Stated")
        def state(self, record: dict[str, Any]) -> None:
            self.stance = record["stance"]

    return Pledge


def eventsourcing_rates(
    records: list[dict[str, Any]], workdir: Path, pg_url: str | None = None
) -> dict[str, float]:
    """Events per second of eventsourcing's SQLite recorder storing `records`, one per
    transaction and in batches of 1,000 (empty without the `bench` extra); with
    `pg_url`, also of its PostgreSQL recorder one per transaction, on the same server
    (`es_pg_per_transaction_per_s`: what the tracker's PostgreSQL appends are set
    against)."""
    try:
        from eventsourcing.application import Application
    except ImportError:
        return {}
    Pledge = _pledge_aggregate()
    rates = {}
    cases: list[tuple[str, int, dict[str, str]]] = []
    for name, batch in (("es_per_transaction_per_s", 1), ("es_batched_per_s", 1_000)):
        es_db = workdir / f"es-{batch}.db"
        es_db.unlink(missing_ok=True)
        cases.append(
            (
                name,
                batch,
                {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(es_db)},
            )
        )
    if pg_url is not None and _has_es_postgres():
        from urllib.parse import urlsplit

        reset_pg(pg_url, "bench_es")
        where = urlsplit(pg_url.replace("postgresql+psycopg://", "postgresql://"))
        cases.append(
            (
                "es_pg_per_transaction_per_s",
                1,
                {
                    "PERSISTENCE_MODULE": "eventsourcing.postgres",
                    "POSTGRES_DBNAME": where.path.lstrip("/"),
                    "POSTGRES_HOST": where.hostname or "127.0.0.1",
                    "POSTGRES_PORT": str(where.port or 5432),
                    "POSTGRES_USER": where.username or "postgres",
                    "POSTGRES_PASSWORD": where.password or "",
                    "POSTGRES_SCHEMA": "bench_es",
                    "CREATE_TABLE": "y",
                },
            )
        )
    for name, batch, settings in cases:
        os.environ.update(settings)
        app = Application()
        pledge = Pledge()
        app.save(pledge)
        start = time.perf_counter()
        for n, record in enumerate(records, start=1):
            pledge.state(record=record)
            if n % batch == 0 or n == len(records):
                app.save(pledge)
        rates[name] = len(records) / (time.perf_counter() - start)
        app.close()
    return rates


def tracker_appends(db: str, records: list[dict[str, Any]]) -> float:
    """Events per second of single appends (`record_statement`) through the library API."""
    from tracker.service import recording
    from tracker.store.database import Database

    database = Database(db)
    database.ensure_ready()
    start = time.perf_counter()
    for record in records:
        fields = {k: v for k, v in record.items() if k != "type"}
        recording.record_statement(database, fields, "bench", new_topic=True, allow_duplicate=True)
    rate = len(records) / (time.perf_counter() - start)
    database.dispose()
    return rate


def in_process_ms(db: str) -> dict[str, float]:
    from tracker.service import reading
    from tracker.store.database import Database

    database = Database(db)

    def best(fn: Any) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000

    return {
        "stance_ms": best(lambda: reading.stance_rows(database, topic="pledge-03")),
        "timeline_ms": best(lambda: reading.timeline(database, "FR", topic="pledge-03")),
        "diff_ms": best(
            lambda: reading.diff(database, "2020-01-01", "2024-01-01", topic="pledge-03")
        ),
        "stance_as_of_ms": best(
            lambda: reading.stance_rows(database, topic="pledge-03", as_of="2020-01-01")
        ),
    }


def add_command(db: str) -> list[str]:
    """`tracker add` of one statement into `db`."""
    return [*TRACKER, "--db", db, "add", "--topic", "bench-add", "--new-topic",
            "--allow-duplicate", "--country", "FR", "--stance", "committed",
            "--date", "2025-01-01"]  # fmt: skip


def fresh_sqlite(path: Path) -> str:
    """A path with no database (nor WAL files) left from an earlier run."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return str(path)


def one_run(
    size: int,
    backend: str,
    data: Path,
    workdir: Path,
    pg_url: str | None,
    floor_url: str | None = None,
) -> dict[str, Any]:
    """One run's measures. PostgreSQL: `pg_url` is the tracker's database (its schema
    reset), `floor_url` the server for the raw psycopg floors (their own schema)."""
    result: dict[str, Any] = {"size": size, "backend": backend}
    if backend == "sqlite":
        db, empty = fresh_sqlite(workdir / f"bench-{size}.db"), fresh_sqlite(workdir / "empty.db")
        subprocess.run([*TRACKER, "--db", empty, "init"], check=True, capture_output=True)
    else:
        assert pg_url is not None
        db = empty = pg_url  # a schema dropped before each run: empty until the import
    subprocess.run([*TRACKER, "--db", db, "init"], check=True, capture_output=True)
    result["add_empty_s"], floor = paired_with_floor(add_command(empty))
    result["add_vs_floor"] = result["add_empty_s"] / floor
    seconds, peak = measured_child(["--db", db, "import", "--new-topic", str(data)])
    result.update(import_s=seconds, import_per_s=size / seconds, import_peak_mb=peak)
    start = time.perf_counter()
    subprocess.run([*TRACKER, "--db", db, "rebuild"], check=True, capture_output=True)
    result["rebuild_s"] = time.perf_counter() - start
    result.update(in_process_ms(db))
    result["stance_cli_s"] = wall(
        [*TRACKER, "--db", db, "stance", "--topic", "pledge-03", "--format", "json"]
    )
    result["timeline_cli_s"] = wall(
        [*TRACKER, "--db", db, "timeline", "FR", "--topic", "pledge-03", "--format", "json"]
    )
    result["diff_cli_s"] = wall(
        [
            *TRACKER,
            "--db",
            db,
            "diff",
            "2020-01-01",
            "2024-01-01",
            "--topic",
            "pledge-03",
            "--format",
            "json",
        ]
    )
    result["add_full_s"], _floor = paired_with_floor(add_command(db))
    if backend == "sqlite":
        floor = workdir / "floor.db"
        floor.unlink(missing_ok=True)
        result["raw_sqlite_per_s"] = size / raw_sqlite_floor(data, floor)
        result["import_vs_raw"] = result["import_per_s"] / result["raw_sqlite_per_s"]
    else:
        assert floor_url is not None
        result["raw_pg_per_s"] = size / raw_pg_floor(data, floor_url)
        result["raw_pg_copy_per_s"] = size / raw_pg_floor(data, floor_url, copy=True)
        # against the faster of the two floors (issue 11)
        result["import_vs_raw"] = result["import_per_s"] / max(
            result["raw_pg_per_s"], result["raw_pg_copy_per_s"]
        )
    return result


EDITOR_TOPICS = ["pledge-00", "pledge-01", "pledge-02"]
# New rows imported into each log size (the growth measurement); the smoke uses fewer.
NEW_ROWS = 10_000


def editor_countries() -> list[str]:
    """The 40 countries of the editors' rows: France (the timeline measured) and 39 more."""
    from tracker.countries import all_countries

    codes = [c.code for c in all_countries() if c.code != "FR"]
    return ["FR", *codes[:39]]


def editor_rows(path: Path, count: int, seed: int, *, tag: str, ids: bool = False) -> None:
    """Write `count` statements as an editor's spreadsheet gives them (issue 21): no
    `event_id` (unless `ids`), a country among 40, a date in 2023-2025, a unique URL."""

    rnd = random.Random(seed)
    countries = editor_countries()
    first = datetime.date(2023, 1, 1).toordinal()
    last = datetime.date(2025, 12, 31).toordinal()
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            said = datetime.date.fromordinal(rnd.randint(first, last))
            quote = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(20, 60))).capitalize()
            record: dict[str, Any] = {
                "type": "statement",
                "topic": rnd.choice(EDITOR_TOPICS),
                "country": rnd.choice(countries),
                "stance": rnd.choice(STANCES),
                "date": said.isoformat(),
                "contributions": rnd.sample(CONTRIBUTIONS, rnd.randint(0, 2)),
                "speaker": "Minister of Defence",
                "sources": [
                    {
                        "outlet": rnd.choice(["Reuters", "AFP", "dpa", "BBC"]),
                        "url": f"https://news.example/{tag}/{n}",
                        "published": said.isoformat(),
                        "quote": quote + ".",
                    }
                ],
            }
            if ids:
                record["event_id"] = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            out.write(json.dumps(record) + "\n")


def growth_in_process(db: str) -> dict[str, float]:
    """Milliseconds (medians of 5) of the reads, in process, on topic pledge-00."""
    from tracker.service import reading
    from tracker.store.database import Database

    database = Database(db)
    topic = EDITOR_TOPICS[0]
    known = datetime.datetime.now(datetime.UTC)

    def best(fn: Any, times: int = 5) -> float:
        found = []
        for _ in range(times):
            start = time.perf_counter()
            fn()
            found.append(time.perf_counter() - start)
        return statistics.median(found) * 1000

    measured = {
        "stance_ms": best(lambda: reading.stance_rows(database, topic=topic)),
        "as_of_ms": best(lambda: reading.stance_rows(database, topic=topic, as_of="2024-06-30")),
        "diff_ms": best(lambda: reading.diff(database, "2024-01-01", "2025-01-01", topic=topic)),
        # As known now (every event recorded by then): the index read past nothing later.
        "known_at_ms": best(lambda: reading.stance_rows(database, topic=topic, known_at=known)),
        "timeline_ms": best(lambda: reading.timeline(database, "FR", topic=topic)),
        "timeline_rows": float(len(reading.timeline(database, "FR", topic=topic))),
        "matrix_ms": best(lambda: reading.matrix(database, topic=topic), times=1),
    }
    database.dispose()
    return measured


def api_appends(db: str, count: int, seed: int) -> float:
    """Lone appends a second through the library (`tracker.open().add`), each its own
    transaction, on backdated random dates (the stance advanced from its run)."""
    import warnings

    import tracker

    rnd = random.Random(seed)
    countries = editor_countries()
    session = tracker.open(db, editor="bench")
    first = datetime.date(2023, 1, 1).toordinal()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        start = time.perf_counter()
        for n in range(count):
            said = datetime.date.fromordinal(rnd.randint(first, first + 1_000))
            session.add(
                rnd.choice(countries),
                rnd.choice(STANCES),
                said,
                EDITOR_TOPICS[0],
                source={"outlet": "AFP", "url": f"https://api.example/{seed}/{n}"},
            )
        rate = count / (time.perf_counter() - start)
    session.close()
    return rate


def growth_run(
    size: int, backend: str, workdir: Path, pg_url: str | None, floor_url: str | None
) -> dict[str, Any]:
    """Issue 21's measures for one log size on one backend (see the module's doc)."""
    result: dict[str, Any] = {"size": size, "backend": backend}
    if backend == "sqlite":
        db = fresh_sqlite(workdir / f"growth-{size}.db")
    else:
        assert pg_url is not None
        db = pg_url
    subprocess.run([*TRACKER, "--db", db, "init"], check=True, capture_output=True)
    base = workdir / f"base-{size}.jsonl"
    if size:
        if not base.exists():
            editor_rows(base, size, seed=size, tag=f"base{size}")
        seconds, peak = measured_child(["--db", db, "import", "--new-topic", str(base)])
        result.update(base_import_s=seconds, base_per_s=size / seconds, base_peak_mb=peak)
        if backend == "sqlite":
            floor = workdir / "floor.db"
            floor.unlink(missing_ok=True)
            result["floor_per_s"] = size / raw_sqlite_floor(base, floor)
        else:
            assert floor_url is not None
            result["floor_per_s"] = size / raw_pg_floor(base, floor_url, copy=True)
        result["base_vs_floor"] = result["base_per_s"] / result["floor_per_s"]
    print(f"  {backend} {size:,}: base built", file=sys.stderr, flush=True)
    new_rows, id_rows = workdir / "new.jsonl", workdir / "new-ids.jsonl"
    if not new_rows.exists():
        editor_rows(new_rows, NEW_ROWS, seed=1, tag="new")
        editor_rows(id_rows, NEW_ROWS, seed=2, tag="ids", ids=True)
    seconds, peak = measured_child(["--db", db, "import", "--new-topic", str(new_rows)])
    result.update(new_us=seconds / NEW_ROWS * 1e6, new_peak_mb=peak)
    seconds, peak = measured_child(["--db", db, "import", "--new-topic", str(id_rows)])
    result.update(ids_us=seconds / NEW_ROWS * 1e6, ids_peak_mb=peak)
    result.update(growth_in_process(db))
    topic = ["--topic", EDITOR_TOPICS[0], "--format", "json"]
    result["stance_cli_s"] = wall([*TRACKER, "--db", db, "stance", *topic])
    result["as_of_cli_s"] = wall([*TRACKER, "--db", db, "stance", "--as-of", "2024-06-30", *topic])
    result["diff_cli_s"] = wall([*TRACKER, "--db", db, "diff", "2024-01-01", "2025-01-01", *topic])
    result["timeline_cli_s"] = wall([*TRACKER, "--db", db, "timeline", "FR", *topic])
    start = time.perf_counter()
    subprocess.run(
        [*TRACKER, "--db", db, "export", "--what", "matrix", "--topic", EDITOR_TOPICS[0],
         "-o", str(workdir / "matrix.csv")],
        check=True,
        capture_output=True,
    )  # fmt: skip
    result["matrix_cli_s"] = time.perf_counter() - start
    result["api_appends_per_s"] = api_appends(db, 300, seed=size + 3)
    result["verify_s"], result["verify_peak_mb"] = measured_child(["--db", db, "verify"])
    start = time.perf_counter()
    subprocess.run([*TRACKER, "--db", db, "rebuild"], check=True, capture_output=True)
    result["rebuild_s"] = time.perf_counter() - start
    print(f"  {backend} {size:,}: done", file=sys.stderr, flush=True)
    return result


GROWTH_KEYS = [
    "base_per_s", "floor_per_s", "base_vs_floor", "base_peak_mb", "new_us", "new_peak_mb",
    "ids_us", "stance_ms", "as_of_ms", "diff_ms", "known_at_ms", "timeline_ms", "timeline_rows", "matrix_ms",
    "api_appends_per_s", "verify_s", "verify_peak_mb", "rebuild_s", "stance_cli_s",
    "as_of_cli_s", "diff_cli_s", "timeline_cli_s", "matrix_cli_s",
]  # fmt: skip


def growth_main(args: Any, sizes: list[int], backends: list[str], workdir: Path) -> None:
    """The default case: issue 21's growth measures, one run per size and backend."""
    summary: dict[str, Any] = {
        "case": "growth",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, {platform.platform()}",
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "load_at_start": os.getloadavg(),
        "results": [],
    }
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"growth-{time.strftime('%Y%m%d-%H%M%S')}.json"
    sample_file = workdir / "sample.jsonl"
    generate(sample_file, 2_400)
    es_pg = args.pg_url if "postgresql" in backends else None
    summary.update(eventsourcing_rates(sample_statements(sample_file, 2_000), workdir, es_pg))
    for size in sizes:
        for backend in backends:
            pg = None
            if backend == "postgresql":
                reset_pg(args.pg_url)
                pg = f"{args.pg_url}?options=-csearch_path%3Dbench"
            row = growth_run(size, backend, workdir, pg, args.pg_url)
            row["load"] = os.getloadavg()[0]
            summary["results"].append(row)
            (out_dir / name).write_text(json.dumps(summary, indent=2))  # kept if a run fails
            print(json.dumps(row), file=sys.stderr, flush=True)
    summary["load_at_end"] = os.getloadavg()
    (out_dir / name).write_text(json.dumps(summary, indent=2))
    print(f"{summary['date']} · {summary['machine']} · Python {summary['python']} · SQLite "
          f"{summary['sqlite']} · load {summary['load_at_start']} -> {summary['load_at_end']}")  # fmt: skip
    print(
        f"eventsourcing one per transaction {summary.get('es_per_transaction_per_s', float('nan')):.0f}/s"
        f" (SQLite), {summary.get('es_pg_per_transaction_per_s', float('nan')):.0f}/s (PostgreSQL)\n"
    )
    print("| backend | events | " + " | ".join(GROWTH_KEYS) + " | load |")
    print("|" + " --- |" * (len(GROWTH_KEYS) + 3))
    for r in summary["results"]:
        cells = [f"{r[k]:.3g}" if isinstance(r.get(k), float) else "—" for k in GROWTH_KEYS]
        print(f"| {r['backend']} | {r['size']:,} | " + " | ".join(cells) + f" | {r['load']:.1f} |")


def pg_reachable(pg_url: str) -> bool:
    try:
        import psycopg

        with psycopg.connect(
            pg_url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=3
        ):
            return True
    except Exception:  # no driver, no server: SQLite only
        return False


def reset_pg(pg_url: str, schema: str = "bench") -> None:
    import psycopg

    with psycopg.connect(
        pg_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")


def _has_es_postgres() -> bool:
    """eventsourcing's PostgreSQL recorder needs psycopg_pool (in the `bench` extra)."""
    try:
        import eventsourcing.postgres  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--case",
        choices=["growth", "ids"],
        default="growth",
        help="growth (default): records without ids, issue 21; ids: the write-path suite",
    )
    parser.add_argument("--sizes", default=None, help="default: 0,100000 (ids: 10000,100000)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--backends",
        default="auto",
        help="comma-separated; auto = sqlite, and postgresql when the server answers",
    )
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run (seconds)")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("TRACKER_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"),
    )
    args = parser.parse_args()
    default_sizes = "0,100000" if args.case == "growth" else "10000,100000"
    sizes = [int(s) for s in (args.sizes or default_sizes).split(",")]
    if args.smoke:
        sizes = [0, 500] if args.case == "growth" else [500]
        global NEW_ROWS
        NEW_ROWS = 1_000  # the harness working, not a figure
    runs = 1 if args.smoke else args.runs
    backends = args.backends.split(",")
    if args.backends == "auto":
        backends = ["sqlite", "postgresql"] if pg_reachable(args.pg_url) else ["sqlite"]
    # Timed as installed: `pip install` compiles the package's bytecode, an editable
    # install under PYTHONDONTWRITEBYTECODE (this workplace sets it) never does, and
    # compiling tracker's modules on every run cost a command ~25 ms.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "tracker")],
        check=True,
        capture_output=True,
    )
    workdir = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    os.environ.setdefault("TRACKER_CACHE_DIR", str(workdir / "cache"))
    if args.case == "growth":
        try:
            growth_main(args, sizes, backends, workdir)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        return
    summary: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, {platform.platform()}",
        "python": sys.version.split()[0],
        "startup_floor_s": statistics.median(wall(STARTUP_FLOOR) for _ in range(max(runs, 3))),
        "help_s": statistics.median(wall([*TRACKER, "--help"]) for _ in range(max(runs, 3))),
        "results": [],
    }
    # The peers store the same statements: tracker one per transaction through the
    # library API, eventsourcing one per transaction and in batches.
    sample_file = workdir / "sample.jsonl"
    generate(sample_file, 600 if args.smoke else 12_000)
    sample = sample_statements(sample_file, 500 if args.smoke else 10_000)
    appends, peers = [], []
    for run in range(runs):
        appends.append(tracker_appends(fresh_sqlite(workdir / f"appends-{run}.db"), sample[:2_000]))
        peers.append(eventsourcing_rates(sample, workdir))
    summary["library_appends_per_s"] = statistics.median(appends)
    for key in peers[0]:
        summary[key] = statistics.median(p[key] for p in peers)
    for size in sizes:
        data = workdir / f"events-{size}.jsonl"
        generate(data, size)
        for backend in backends:
            per_run = []
            for _ in range(runs):
                pg = None
                if backend == "postgresql":
                    reset_pg(args.pg_url)
                    pg = f"{args.pg_url}?options=-csearch_path%3Dbench"
                per_run.append(one_run(size, backend, data, workdir, pg, args.pg_url))
            medians = {
                k: statistics.median(r[k] for r in per_run)
                for k in per_run[0]
                if k not in ("size", "backend")
            }
            summary["results"].append({"size": size, "backend": backend, "runs": runs, **medians})
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(summary, indent=2))
    print_table(summary)
    shutil.rmtree(workdir, ignore_errors=True)


def print_table(summary: dict[str, Any]) -> None:
    print(f"{summary['date']} · {summary['machine']} · Python {summary['python']}")
    print(
        f"start-up floor {summary['startup_floor_s']:.3f} s · tracker --help {summary['help_s']:.3f} s · "
        f"library appends {summary['library_appends_per_s']:.0f}/s · eventsourcing "
        f"{summary.get('es_per_transaction_per_s', float('nan')):.0f}/s one per transaction, "
        f"{summary.get('es_batched_per_s', float('nan')):.0f}/s in batches of 1,000\n"
    )
    keys = [
        "import_per_s",
        "raw_sqlite_per_s",
        "raw_pg_per_s",
        "raw_pg_copy_per_s",
        "import_vs_raw",
        "import_peak_mb",
        "rebuild_s",
        "stance_ms",
        "timeline_ms",
        "diff_ms",
        "stance_as_of_ms",
        "stance_cli_s",
        "timeline_cli_s",
        "diff_cli_s",
        "add_empty_s",
        "add_full_s",
        "add_vs_floor",
    ]
    print("| backend | events | " + " | ".join(keys) + " |")
    print("|" + " --- |" * (len(keys) + 2))
    for r in summary["results"]:
        cells = [f"{r[k]:.3g}" if isinstance(r.get(k), float) else "—" for k in keys]
        print(f"| {r['backend']} | {r['size']:,} | " + " | ".join(cells) + " |")
    print(
        "\nimport_vs_raw: import_per_s over the raw floor; on SQLite raw_sqlite_per_s, on "
        "PostgreSQL the faster of raw_pg_per_s (executemany) and raw_pg_copy_per_s (COPY)."
    )


if __name__ == "__main__":
    main()
