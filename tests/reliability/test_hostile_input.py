"""Hostile input gives one `Error:` line and changes nothing (issue 10 items 8, 10-13)."""

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.conftest import PG_URL, Tracker, drop_pg_schema, new_pg_schema_url, pg_problem

STATEMENT = {"topic": "t", "country": "FR", "stance": "committed", "date": "2025-01-02"}


def _unchanged_after(tracker: Tracker, *args: str) -> str:
    """Run a command that must fail; return its stderr; the log must be as before."""
    before = tracker.ok("export").stdout
    result = tracker.fails(*args)
    assert tracker.ok("export").stdout == before
    return result.stderr


# -- item 10: bytes, depth, sizes, calendar edges ------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("bad.jsonl", b'{"note": "ok"}\n{"note": "a\xffb"}\n', "bad.jsonl:2"),
        ("bad.yaml", b"- topic: t\n  note: a\xffb\n", "bad.yaml:2"),
        ("bad.csv", b"topic,country,stance,date,note\nt,FR,committed,2025,a\xffb\n", "bad.csv:2"),
        ("bad.json", b'[{"topic": "t", "note": "a\xffb"}]', "bad.json"),
    ],
)
def test_invalid_utf8_is_one_error_with_its_place(
    tracker: Tracker, tmp_path: Path, name: str, content: bytes, where: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    stderr = _unchanged_after(tracker, "import", str(path))
    assert "UTF-8" in stderr and where in stderr


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".yaml"])
def test_deeply_nested_input_fails_fast(tracker: Tracker, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text("[" * 400_000 + "\n", encoding="utf-8")  # 400 KB
    stderr = _unchanged_after(tracker, "import", str(path))
    assert "nested deeper than 32 levels" in stderr


def test_nesting_inside_a_record_is_bounded(tracker: Tracker, tmp_path: Path) -> None:
    deep = {**STATEMENT, "note": json.loads("[" * 40 + "]" * 40)}
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps(deep) + "\n", encoding="utf-8")
    stderr = _unchanged_after(tracker, "import", str(path))
    assert "deep.jsonl:1" in stderr and "nested deeper than 32 levels" in stderr
    listed = tmp_path / "deep.json"
    listed.write_text(json.dumps([STATEMENT, deep]), encoding="utf-8")
    stderr = _unchanged_after(tracker, "import", str(listed))
    assert "record 2" in stderr and "nested deeper than 32 levels" in stderr


def test_yaml_alias_bomb_is_bounded(tracker: Tracker, tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("- topic: t\n  " + "\n  ".join(lines) + "\n", encoding="utf-8")
    assert "values in one record" in _unchanged_after(tracker, "import", str(path))


@pytest.mark.parametrize("day", ["0000-01-01", "2025-02-30"])
def test_yaml_timestamps_out_of_the_calendar(tracker: Tracker, tmp_path: Path, day: str) -> None:
    path = tmp_path / "day.yaml"
    path.write_text(f"- topic: t\n  country: FR\n  stance: committed\n  date: {day}\n")
    # Read as the text written and checked as a date (issue 19 item 7), with its record.
    stderr = _unchanged_after(tracker, "import", str(path))
    assert "day.yaml record 1" in stderr and f"invalid date '{day}'" in stderr


def test_csv_cell_over_the_field_limit(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(
        "topic,country,stance,date,note\nt,FR,committed,2025,ok\nt,FR,committed,2025,"
        + "x" * 200_000
        + "\n",
        encoding="utf-8",
    )
    stderr = _unchanged_after(tracker, "import", str(path))
    assert "long.csv:3" in stderr and "longer than" in stderr


EDGES = ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"]


@pytest.mark.parametrize("moment", EDGES)
def test_time_zone_offsets_at_the_calendar_edges(
    tracker: Tracker, tmp_path: Path, moment: str
) -> None:
    tracker.add("France", "committed", "2025-01-02")
    for args in (
        ("stance", "--known-at", moment),
        ("events", "--since", moment),
        ("events", "--until", moment),
        ("export", "--known-at", moment),
        ("diff", "2025", "2026", "--known-at", moment),
    ):
        assert "outside the years" in tracker.fails(*args).stderr
    record = {
        **STATEMENT,
        "event_id": str(uuid.uuid4()),
        "recorded_at": moment,
        "recorded_by": "someone",
    }
    path = tmp_path / "edge.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert "edge.jsonl:1" in _unchanged_after(tracker, "import", str(path))


def test_binary_body_is_a_verify_error(sqlite_tracker: Tracker) -> None:
    """SQLite lets a BLOB into the TEXT body column (an insert, so the triggers allow it)."""
    sqlite_tracker.add("France", "committed", "2025-01-02")
    with sqlite3.connect(sqlite_tracker.db) as conn:
        seq, body, digest = conn.execute("SELECT seq, body, hash FROM events").fetchone()
        record = json.loads(body)
        record["event_id"] = str(uuid.uuid4())
        conn.execute(
            "INSERT INTO events (event_id, type, topic, country, recorded_at, body, hash) "
            "SELECT ?, type, topic, country, recorded_at, ?, ? FROM events WHERE seq = ?",
            (record["event_id"], json.dumps(record).encode(), digest, seq),
        )
    assert "not text" in sqlite_tracker.fails("verify").stderr


def test_malformed_ipv6_url_is_one_error() -> None:
    result = Tracker("postgresql://u:s3cret@[::1/db").fails("info")
    assert "not a valid database URL" in result.stderr
    assert "s3cret" not in result.stderr


# -- item 11: ASCII digits only -------------------------------------------------------------


@pytest.mark.parametrize("digits", ["٢٠٢٤", "２０２４", "२०२४"])
def test_dates_and_numbers_take_ascii_digits_only(tracker: Tracker, digits: str) -> None:
    tracker.add("France", "committed", "2025-01-02")
    tracker.add("Germany", "declined", "2023-01-02")
    assert "invalid date" in tracker.fails("stance", "--as-of", digits).stderr
    assert "invalid date" in tracker.fails("export", "--what", "matrix", "--as-of", digits).stderr
    tracker.fails("diff", digits, "2025")
    tracker.fails("stance", "--known-at", f"{digits}-01-01")
    tracker.fails("events", "--since", f"{digits}-01-01T00:00:00Z")
    for extra in (
        ("--date", digits),
        ("--date", "2024", "--published", digits),
        ("--date", "2024", "--troops", digits),
        ("--date", "2024", "--troops", f"1-{digits}"),
    ):
        _unchanged_after(
            tracker, "add", "--topic", "t", "--country", "Italy", "--stance", "committed", *extra
        )


# -- item 12: what PostgreSQL refuses, refused on both ------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        {**STATEMENT, "note": "a\x00b"},
        {**STATEMENT, "speaker": "\x00"},
        {**STATEMENT, "conditions": ["ok", "x\x00"]},
        {**STATEMENT, "sources": [{"outlet": "a\x00"}]},
        {**STATEMENT, "sources": [{"quote": "q\x00"}]},
        {**STATEMENT, "troops": {"text": "\x00"}},
        {**STATEMENT, "topic": "a" * 201},
        {**STATEMENT, "note": "x" * 20_001},
    ],
)
def test_values_postgresql_refuses_are_refused_on_both(
    tracker: Tracker, tmp_path: Path, record: dict[str, object]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(STATEMENT) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    stderr = _unchanged_after(tracker, "import", str(path))
    assert "in.jsonl:2" in stderr
    field = next(k for k in record if record[k] != STATEMENT.get(k))
    assert f"{field}" in stderr
    assert "NUL" in stderr or "at most" in stderr


def test_nul_in_a_correction_reason_and_editor(tracker: Tracker, tmp_path: Path) -> None:
    event_id = tracker.add("France", "committed", "2025-01-02")
    record = {
        "type": "correction",
        "corrects": event_id,
        "changes": {"note": "x\x00"},
        "reason": "r",
    }
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert "NUL" in _unchanged_after(tracker, "import", str(path))
    record = {"type": "retraction", "retracts": event_id, "reason": "r\x00"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert "NUL" in _unchanged_after(tracker, "import", str(path))


# -- item 13: not a tracker database ---------------------------------------------------------

COMMANDS = [("verify",), ("init",), ("stance",), ("info",), ("export",), ("rebuild",)]


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n", b"SQLite format 2\x00" * 4])
def test_an_empty_or_foreign_file_is_not_a_tracker_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "t.db"
    path.write_bytes(content)
    tracker = Tracker(str(path))
    for args in (
        *COMMANDS,
        ("add", "--topic", "t", "--country", "FR", "--stance", "committed", "--date", "2025"),
    ):
        assert "not a tracker database" in tracker.fails(*args).stderr
        assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.db"]


def test_a_sqlite_file_with_only_a_view_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE VIEW answer AS SELECT 42 AS value")
    conn.close()
    before = path.read_bytes()
    tracker = Tracker(str(path))
    for args in COMMANDS:
        assert "not a tracker database" in tracker.fails(*args).stderr
    assert path.read_bytes() == before


def test_a_postgresql_schema_with_only_a_view_is_left_alone() -> None:
    if pg_problem():
        pytest.skip("no PostgreSQL server")
    import psycopg

    url, schema = new_pg_schema_url()
    try:
        with psycopg.connect(PG_URL, autocommit=True) as conn:
            conn.execute(f'CREATE VIEW "{schema}".answer AS SELECT 42 AS value')
        tracker = Tracker(url)
        for args in COMMANDS:
            assert "not a tracker database" in tracker.fails(*args).stderr
        with psycopg.connect(PG_URL) as conn:
            names = conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
                (schema,),
            ).fetchall()
        assert names == [("answer",)]
    finally:
        drop_pg_schema(schema)


# -- item 8: passwords -----------------------------------------------------------------------


def _with_secret(url: str, how: str) -> str:
    if how == "userinfo":
        return url.replace("postgresql://postgres@", "postgresql://postgres:pa/ss-S3CRET@")
    if how == "query":
        return url + "&password=S3CRET"
    return url.replace("postgresql://postgres@", "postgresql://:S3CRET@")


@pytest.mark.parametrize("how", ["userinfo", "query", "empty-user"])
def test_passwords_never_shown(how: str) -> None:
    if pg_problem():
        pytest.skip("no PostgreSQL server")
    url, schema = new_pg_schema_url()
    try:
        tracker = Tracker(_with_secret(url, how))
        outputs = [
            tracker.run("stance"),
            tracker.run("init"),
            tracker.run("info"),
            tracker.run("info", "--format", "json"),
            tracker.run("verify"),
        ]
        text = "".join(r.stdout + r.stderr for r in outputs)
        assert "S3CRET" not in text and "pa/ss" not in text
        assert "***" in text
        if how != "empty-user":  # the server trusts us: these succeed
            assert "no tracker schema yet" in outputs[0].stderr
            assert outputs[2].exit_code == 0 and "***" in outputs[2].stdout
            assert "***" in json.loads(outputs[3].stdout)[0]["location"]
    finally:
        drop_pg_schema(schema)


def test_password_masked_when_the_server_is_unreachable() -> None:
    result = Tracker("postgresql://u:S3CRET@127.0.0.1:1/db?sslpassword=K3Y").fails("info")
    assert "S3CRET" not in result.stderr and "K3Y" not in result.stderr


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://u:se@cr/et@127.0.0.1:1/db",
        "postgresql://u:se@cr@127.0.0.1:1/db",
        "postgresql://u:se?cr@et@127.0.0.1:1/db",
    ],
)
def test_a_password_with_an_unencoded_at_sign_is_refused_without_showing_it(url: str) -> None:
    """The driver would take the text after the password's `@` as the host and quote it
    in its error ("failed to resolve host 'cr'"): refused before connecting instead."""
    result = Tracker(url).fails("info")
    assert "%40" in result.stderr
    for piece in ("se@", "se?", "cr", "et@"):
        assert piece not in result.stderr.replace("127.0.0.1", "")
