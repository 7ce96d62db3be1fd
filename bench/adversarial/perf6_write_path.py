# ruff: noqa: B023  (the worker threads are joined within their loop iteration)
"""Adversarial checks of perf6's write path (a load into an empty log drops and rebuilds
the views' order indexes; SQLite 64 MiB cache; a lone PostgreSQL append as one
client-bound text ending in COMMIT), on SQLite and PostgreSQL.

    python bench/adversarial/perf6_write_path.py [--pg URL] [--only conc,kill,hostile,faults]

URL: a database of your own (default postgresql://postgres@127.0.0.1:5432/adv6); each
case gets a fresh schema in it. Prints one line per case and a count per category and
backend; exits 1 if any case failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg

TRACKER = [sys.executable, "-m", "tracker"]
TMP = Path(tempfile.mkdtemp(prefix="perf6adv-"))
RESULTS: Counter[tuple[str, str, str]] = Counter()
FAILURES: list[str] = []
PG_URL = "postgresql://postgres@127.0.0.1:5432/adv6"
SCHEMAS: list[str] = []  # made by this run, dropped at its end


def note(category: str, backend: str, name: str, ok: bool, detail: str = "") -> None:
    RESULTS[(category, backend, "ok" if ok else "FAIL")] += 1
    line = f"[{'ok' if ok else 'FAIL'}] {category}/{backend}: {name} {detail}"
    print(line, flush=True)
    if not ok:
        FAILURES.append(line)


def tr(db: str, *args: str, stdin: bytes | None = None, timeout: float = 600) -> Any:
    return subprocess.run(
        [*TRACKER, "--db", db, *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "TRACKER_EDITOR": "adv6"},
    )


def new_db(backend: str) -> str:
    if backend == "sqlite":
        return str(TMP / f"{uuid.uuid4().hex}.db")
    schema = f"a6_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    SCHEMAS.append(schema)
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


def indexes(db: str) -> set[tuple[str, str]]:
    """Every index of the database: (table, definition)."""
    if "://" not in db:
        import sqlite3

        with sqlite3.connect(db) as conn:
            rows = conn.execute(
                "SELECT tbl_name, coalesce(sql, name) FROM sqlite_master WHERE type = 'index'"
            ).fetchall()
        return {(t, s) for t, s in rows}
    schema = db.rsplit("%3D", 1)[1]
    with psycopg.connect(PG_URL) as conn:
        rows = conn.execute(
            "SELECT tablename, replace(indexdef, %s, '') FROM pg_indexes WHERE schemaname = %s",
            (f"{schema}.", schema),
        ).fetchall()
    return {(t, s) for t, s in rows}


FRESH: dict[str, set[tuple[str, str]]] = {}


def fresh_indexes(backend: str) -> set[tuple[str, str]]:
    if backend not in FRESH:
        db = new_db(backend)
        tr(db, "init")
        FRESH[backend] = indexes(db)
    return FRESH[backend]


def events(db: str) -> list[dict[str, Any]]:
    out = tr(db, "events", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def count(db: str) -> int:
    out = tr(db, "events", "--format", "jsonl")
    return sum(1 for line in out.stdout.splitlines() if line.strip())


def consistent(db: str, backend: str) -> tuple[bool, str]:
    """verify OK, every index of a fresh init, stances equal a rebuild's."""
    problems = []
    v = tr(db, "verify")
    if v.returncode != 0:
        problems.append(f"verify: {v.stdout.decode()[-300:]} {v.stderr.decode()[-300:]}")
    if indexes(db) != fresh_indexes(backend):
        problems.append(f"indexes differ: {fresh_indexes(backend) ^ indexes(db)}")
    before = tr(db, "stance", "--format", "jsonl").stdout
    tr(db, "rebuild")
    after = tr(db, "stance", "--format", "jsonl").stdout
    if before != after:
        problems.append("stances differ from a rebuild's")
    return not problems, "; ".join(problems)


def sheet(path: Path, rows: int, tag: str, fmt: str = "jsonl") -> Path:
    """`rows` statements without ids, distinct keys (tag in the URL)."""
    countries = ["FR", "DE", "IT", "ES", "PL", "NL", "BE", "SE", "DK", "FI", "NO", "PT"]
    stances = ["committed", "conditional", "considering", "declined"]
    records = []
    for i in range(rows):
        records.append(
            {
                "topic": "t",
                "country": countries[i % len(countries)],
                "stance": stances[(i // 12) % 4],
                "date": f"{2000 + (i // 336) % 25}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}",
                "sources": [{"outlet": "AFP", "url": f"https://x.example/{tag}/{i}"}],
            }
        )
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def imported(stderr: bytes) -> int | None:
    for line in stderr.decode(errors="replace").splitlines():
        if "records read: imported" in line:
            return int(line.split("imported ", 1)[1].split(",")[0])
    return None


# -- concurrency ---------------------------------------------------------------------


def concurrency(backend: str, rounds: int) -> None:
    for r in range(rounds):
        for same in (False, True):
            db = new_db(backend)
            tr(db, "init")
            n = 2500
            sheets = [
                sheet(TMP / f"c{r}{same}{k}.jsonl", n, "same" if same else f"w{k}")
                for k in range(3)
            ]
            procs = [
                subprocess.Popen(
                    [*TRACKER, "--db", db, "import", "--new-topic", str(s)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
                for s in sheets
            ]
            adds_ok, adds_failed, reads_failed, stop = [0], [], [0], threading.Event()

            def adder() -> None:
                i = 0
                while not stop.is_set() and i < 15:
                    out = tr(
                        db, "add", "--topic", "t", "--new-topic", "--country", "US",
                        "--stance", "committed", "--date", f"2024-01-{1 + i:02d}",
                        "--url", f"https://add.example/{i}", "--outlet", "AP",
                    )  # fmt: skip
                    if out.returncode == 0:
                        adds_ok[0] += 1
                    else:
                        adds_failed.append(out.stderr.decode()[-200:])
                    i += 1

            def reader() -> None:
                while not stop.is_set():
                    for args in (("stance", "--format", "jsonl"), ("timeline", "FR")):
                        out = tr(db, *args)
                        if out.returncode != 0 and b"no topic" not in out.stderr.lower():
                            reads_failed[0] += 1

            threads = [threading.Thread(target=adder), threading.Thread(target=reader)]
            for t in threads:
                t.start()
            reported, errs = 0, []
            for p in procs:
                _, err = p.communicate(timeout=900)
                got = imported(err)
                if p.returncode != 0 or got is None:
                    errs.append(err.decode()[-300:])
                else:
                    reported += got
            stop.set()
            for t in threads:
                t.join()
            evs = events(db)
            statements = [e for e in evs if e["type"] == "statement"]
            topics = [e for e in evs if e["type"] == "topic"]
            expected = reported + adds_ok[0]
            ids = [e["event_id"] for e in evs]
            good, why = consistent(db, backend)
            keys = Counter(
                (e["country"], e["stance"], e["date"], e["sources"][0]["url"]) for e in statements
            )
            ok = (
                good
                and not errs
                and len(statements) == expected
                and len(topics) <= 1  # `events` lists no topic event
                and len(set(ids)) == len(ids)
                and max(keys.values()) == 1
                and (not same or reported == n)
                and (same or reported == 3 * n)
                and reads_failed[0] == 0
            )
            note(
                "concurrency", backend,
                f"3 importers x {n} rows ({'same sheet' if same else 'disjoint'}) + adds + reads",
                ok,
                f"reported={reported} adds={adds_ok[0]} add_errors={len(adds_failed)} "
                f"statements={len(statements)} unique_ids={len(set(ids)) == len(ids)} "
                f"max_key_copies={max(keys.values())} read_errors={reads_failed[0]} "
                f"import_errors={errs[:1]} {why}",
            )  # fmt: skip


# -- SIGKILL mid-load ------------------------------------------------------------------


def kills(backend: str, times: int) -> None:
    big = sheet(TMP / "kill.jsonl", 2500, "kill")
    rng = random.Random(6)
    # How long a full import takes, to aim the kills.
    db = new_db(backend)
    tr(db, "init")
    t0 = time.monotonic()
    tr(db, "import", "--new-topic", str(big))
    span = time.monotonic() - t0
    for k in range(times):
        db = new_db(backend)
        tr(db, "init")
        if k % 3 == 2:  # a log not empty: the indexes are not dropped there
            tr(db, "import", "--new-topic", str(sheet(TMP / "pre.jsonl", 5, "pre")))
        before_n, before_ix = count(db), indexes(db)
        p = subprocess.Popen(
            [*TRACKER, "--db", db, "import", "--new-topic", str(big)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        delay = rng.uniform(0.3, span * 0.6)
        time.sleep(delay)
        finished = p.poll() is not None
        p.send_signal(signal.SIGKILL)
        p.wait()
        if backend == "postgresql":
            time.sleep(0.5)  # the server notices the dropped client and rolls back
        after_n, after_ix = count(db), indexes(db)
        v = tr(db, "verify")
        same = after_n == before_n and after_ix == before_ix and v.returncode == 0
        if finished:
            same = v.returncode == 0 and after_ix == fresh_indexes(backend)
        note(
            "sigkill", backend, f"kill #{k} at {delay:.2f}s of ~{span:.1f}s",
            same,
            f"events {before_n}->{after_n} indexes_equal={after_ix == before_ix} "
            f"verify={v.returncode} finished_first={finished}",
        )  # fmt: skip
        again = tr(db, "import", "--new-topic", str(big))
        good, why = consistent(db, backend) if k % 3 == 0 else (True, "(not checked)")
        note("sigkill", backend, f"import after kill #{k}", again.returncode == 0 and good, why)


# -- hostile text --------------------------------------------------------------------

HOSTILE = [
    "it's", "''", "\\", "\\'", "a\\\\b", "$$", "$tag$ x $tag$", ";", "x'); COMMIT; DROP TABLE events; --",
    "'; COMMIT; DROP TABLE statements; SELECT '", "E'\\x41'", "%s", "%(seq)s", "{}", ":param",
    "?", "a\u2028line\u2029b", "\x1b[31mred", "tab\tnew\nline", "😀🇺🇦𝔘", "\U0010fffd",
    "x" * 200_000, "é" * 30_000, "\x00", "a\x00b", "\ud800", "a\udfffb",
]  # fmt: skip


def hostile(backend: str) -> None:
    db = new_db(backend)
    tr(db, "init")
    tr(db, "import", "--new-topic", str(sheet(TMP / "h0.jsonl", 3, "h0")))
    for i, value in enumerate(HOSTILE):
        label = repr(value[:40]) + (f"..({len(value)})" if len(value) > 40 else "")
        for channel in ("add", "import", "api"):
            n_before = count(db)
            url = f"https://h.example/{channel}/{i}"
            refused, stderr, exc = None, "", None
            if channel == "add":
                try:
                    arg = value.encode("utf-8", "surrogatepass")
                except Exception:
                    arg = value.encode("utf-8", "replace")
                if b"\x00" in arg or len(arg) > 131_000:
                    note(
                        "hostile",
                        backend,
                        f"{channel} {label}",
                        True,
                        "cannot be an argv (skipped)",
                    )
                    continue
                out = subprocess.run(
                    [*TRACKER, "--db", db, "add", "--topic", "t", "--country", "FR",
                     "--stance", "committed", "--date", "2025-03-01", "--url", url,
                     "--outlet", "AFP", b"--speaker", arg, b"--quote", arg,
                     b"--condition", arg],
                    capture_output=True, timeout=120,
                )  # fmt: skip
                refused, stderr = out.returncode != 0, out.stderr.decode(errors="replace")
            elif channel == "import":
                record = {
                    "topic": "t", "country": "FR", "stance": "committed", "date": "2025-03-01",
                    "speaker": value, "conditions": [value],
                    "sources": [{"outlet": "AFP", "url": url, "quote": value}],
                }  # fmt: skip
                path = TMP / f"h{i}.jsonl"
                path.write_text(json.dumps(record) + "\n")  # \ud800 stays a JSON escape
                out = tr(db, "import", str(path))
                refused, stderr = out.returncode != 0, out.stderr.decode(errors="replace")
            else:
                code = (
                    "import json,sys,tracker,tracker.errors\n"
                    "v=json.loads(sys.stdin.read())\n"
                    f"db=tracker.open({db!r})\n"
                    "try:\n"
                    f"  e=db.add('FR','committed','2025-03-01','t',speaker=v,conditions=[v],"
                    f"source={{'outlet':'AFP','url':{url!r},'quote':v}})\n"
                    "  print('stored', e.event_id)\n"
                    "except tracker.errors.TrackerError as x:\n"
                    "  print('refused', type(x).__name__, str(x)[:200]); sys.exit(1)\n"
                )
                out = subprocess.run(
                    [sys.executable, "-c", code], input=json.dumps(value).encode(),
                    capture_output=True, timeout=120,
                )  # fmt: skip
                refused = out.returncode != 0
                stderr = out.stdout.decode(errors="replace") + out.stderr.decode(errors="replace")
                if refused and "Traceback" in stderr:
                    exc = stderr[-300:]
            n_after = count(db)
            if refused:
                error_lines = [ln for ln in stderr.splitlines() if ln.startswith("Error:")]
                one_line = (channel == "api" and exc is None) or len(error_lines) >= 1
                traceback = "Traceback" in stderr
                ok = n_after == n_before and one_line and not traceback
                note("hostile", backend, f"{channel} {label} refused", ok,
                     f"events {n_before}->{n_after} {stderr.strip().splitlines()[-1:] if stderr.strip() else ''}"[:300])  # fmt: skip
                continue
            stored = [
                e for e in events(db) if e["type"] == "statement" and e["sources"][0]["url"] == url
            ]
            if len(stored) != 1:
                note("hostile", backend, f"{channel} {label}", False, f"{len(stored)} stored")
                continue
            e = stored[0]
            expect = value
            if channel == "add":
                expect = arg.decode("utf-8", "surrogateescape")  # what argv turns it into
            got = (e["speaker"], e["conditions"], e["sources"][0]["quote"])
            exact = got == (expect, [expect], expect)
            note("hostile", backend, f"{channel} {label} stored", exact,
                 "" if exact else f"got {[repr(g)[:60] for g in got]}")  # fmt: skip
    good, why = consistent(db, backend)
    note("hostile", backend, "database consistent afterwards", good, why)
    exported = tr(db, "export", "--what", "events")
    back = new_db(backend)
    tr(back, "init")
    restored = tr(back, "import", "-", stdin=exported.stdout)
    same = restored.returncode == 0 and [
        {k: v for k, v in e.items()} for e in events(back)
    ] == events(db)
    note("hostile", backend, "export | import round trip byte-identical", same,
         restored.stderr.decode(errors="replace")[-300:])  # fmt: skip


# -- faults (PostgreSQL) ---------------------------------------------------------------


def terminate(schema_db: str) -> int:
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND application_name <> 'adv6-keep'"
        ).fetchall()
    return len(rows)


def faults(times: int) -> None:
    backend = "postgresql"
    db = new_db(backend)
    tr(db, "init")
    tr(db, "import", "--new-topic", str(sheet(TMP / "f0.jsonl", 3, "f0")))
    # 1. Terminated before the append: the API's pooled connection killed between a
    # read and an add.
    code = (
        "import sys,tracker,tracker.errors\n"
        f"db=tracker.open({db!r})\n"
        "db.stances()\n"
        "sys.stdout.write('ready\\n'); sys.stdout.flush(); sys.stdin.readline()\n"
        "try:\n"
        "  e=db.add('FR','declined','2025-04-01','t',source={'outlet':'AFP','url':'https://f.example/before'})\n"
        "  print('stored', e.event_id)\n"
        "except tracker.errors.TrackerError as x:\n"
        "  print('refused', type(x).__name__, x)\n"
    )
    p = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    if p.stdout.readline().strip() != "ready":
        note("faults", backend, "API process ready", False, p.communicate(timeout=60)[1][-400:])
        return
    killed = terminate(db)
    out, err = p.communicate("\n", timeout=120)
    stored = [
        e
        for e in events(db)
        if e.get("sources") and e["sources"][0]["url"] == "https://f.example/before"
    ]
    ok = ("stored" in out and len(stored) == 1) or ("refused" in out and not stored)
    ok = ok and "Traceback" not in err
    good, why = consistent(db, backend)
    note("faults", backend, "pg_terminate_backend before an API add", ok and good,
         f"terminated={killed} out={out.strip()[:200]} err={err.strip()[-200:]} {why}")  # fmt: skip

    # 2. Terminated during appends: a killer thread terminates backends at random.
    rng = random.Random(21)
    outcomes: Counter[str] = Counter()
    for k in range(times):
        url = f"https://f.example/during/{k}"
        p = subprocess.Popen(
            [*TRACKER, "--db", db, "add", "--topic", "t", "--country", "DE", "--stance",
             "declined", "--date", "2025-04-02", "--url", url, "--outlet", "AFP"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 2.0))
        terminate(db)
        out, err = p.communicate(timeout=120)
        stored = [e for e in events(db) if e.get("sources") and e["sources"][0]["url"] == url]
        errtext = err.decode(errors="replace")
        if p.returncode == 0:
            kind = "stored" if len(stored) == 1 else "LOST"
        else:
            lines = [ln for ln in errtext.splitlines() if ln.startswith("Error:")]
            if "Traceback" in errtext or not lines:
                kind = "UGLY"
            else:
                kind = "refused" if not stored else "refused-but-stored"
        outcomes[kind] += 1
        v = tr(db, "verify")
        note("faults", backend, f"terminate during add #{k}", kind in ("stored", "refused", "refused-but-stored") and v.returncode == 0,
             f"{kind} rc={p.returncode} verify={v.returncode} {errtext.strip().splitlines()[-1:] if errtext.strip() else ''}")  # fmt: skip
    print("terminate-during outcomes:", dict(outcomes))
    good, why = consistent(db, backend)
    note("faults", backend, "consistent after terminations", good, why)

    for backend2 in ("sqlite", "postgresql"):
        duplicate_id(backend2)


def duplicate_id(backend: str) -> None:
    """A constraint failure inside the one-text append: the next event id forced to one
    already stored (new_event_id patched), through the API."""
    db = new_db(backend)
    tr(db, "init")
    tr(db, "import", "--new-topic", str(sheet(TMP / "d0.jsonl", 3, "d0")))
    first = events(db)[1]["event_id"]
    code = (
        "import tracker, tracker.errors, tracker.service.validation as v\n"
        f"v.new_event_id = lambda: {first!r}\n"
        f"db=tracker.open({db!r})\n"
        "try:\n"
        "  db.add('IT','declined','2025-05-01','t',source={'outlet':'AFP','url':'https://d.example/1'})\n"
        "  print('stored')\n"
        "except tracker.errors.TrackerError as x:\n"
        "  print('refused', type(x).__name__, str(x)[:300])\n"
        "e=db.add('IT','opposed','2025-05-02','t',source={'outlet':'AFP','url':'https://d.example/2'}) if False else None\n"
    )
    before = count(db)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    after = count(db)
    good, why = consistent(db, backend)
    ok = out.stdout.startswith("refused") and "Traceback" not in out.stderr and after == before
    note("faults", backend, "duplicate event id forced through the API", ok and good,
         f"{out.stdout.strip()[:300]} {out.stderr.strip()[-300:]} events {before}->{after} {why}")  # fmt: skip
    # the database still takes an ordinary add afterwards
    again = tr(db, "add", "--topic", "t", "--country", "IT", "--stance", "declined", "--date",
               "2025-05-03", "--url", "https://d.example/3", "--outlet", "AFP")  # fmt: skip
    note("faults", backend, "add after the constraint failure", again.returncode == 0 and count(db) == before + 1,
         again.stderr.decode()[-200:])  # fmt: skip


def main() -> int:
    global PG_URL
    parser = argparse.ArgumentParser()
    parser.add_argument("--pg", default=PG_URL)
    parser.add_argument("--only", default="conc,kill,hostile,faults")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--kills", type=int, default=12)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    PG_URL = args.pg
    only = set(args.only.split(","))
    for backend in args.backends.split(","):
        if "hostile" in only:
            hostile(backend)
        if "conc" in only:
            concurrency(backend, args.rounds)
        if "kill" in only:
            kills(backend, args.kills)
    if "faults" in only and "postgresql" in args.backends:
        faults(10)
    print("\n== cases per category and backend ==")
    for (category, backend, result), n in sorted(RESULTS.items()):
        print(f"{category:12} {backend:10} {result:4} {n}")
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        for schema in SCHEMAS:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
