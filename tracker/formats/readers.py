"""Import readers: `.jsonl`, `.json` (a list), `.yaml`/`.yml`, `.csv`, `.xlsx` (the events
sheet `export --format xlsx` writes) and `-` (JSON Lines on stdin). Each yields `(location, record)` pairs, or `(location, error)` for a record that
cannot be parsed, and streams its input (except YAML, which is for hand-written files).
"""

import codecs
import csv
import functools
import io
import itertools
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson

from tracker.domain.events import SOURCE_FIELDS
from tracker.domain.troops import troops_from_text
from tracker.errors import InvalidValue
from tracker.formats.output import restore_formula

Located = tuple[str, dict[str, Any] | Exception]
SUFFIXES = (".jsonl", ".ndjson", ".json", ".yaml", ".yml", ".csv", ".xlsx")
_MODEL_WHITESPACE = "".join(
    c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\x1c\x1d\x1e\x1f"
)
# What `surrogateescape` decoding makes of bytes that are not UTF-8.
_BAD_BYTES = re.compile("[\udc80-\udcff]")


# Limits that keep a hostile file from eating memory or the stack: an event is at most four
# levels deep (event > sources > source > value), and nothing legitimate comes near these.
MAX_DEPTH = 32
MAX_NODES = 100_000  # values in one record, counting a YAML alias each time it is used
MAX_LINE_BYTES = 16 * 1024 * 1024  # one JSON Lines record


def read_records(name: str) -> Iterator[Located]:
    """Records of one import argument, chosen by its suffix; `-` is JSON Lines on stdin.

    Bytes that are not UTF-8, nesting deeper than `MAX_DEPTH`, a JSON Lines record over
    `MAX_LINE_BYTES` and a CSV cell over the csv module's field limit are reported as
    problems at their file and line, never raised.
    """
    if name == "-":
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:  # an embedding program gave a text stream
            stdin = io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))
        yield from _read_jsonl(stdin, "<stdin>")
        return
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidValue(
            f"{name}: unsupported file type; use .jsonl, .json, .yaml, .yml, .csv or .xlsx"
        )
    if not path.is_file():
        raise InvalidValue(f"{name}: no such file")
    if suffix in (".jsonl", ".ndjson"):
        with path.open("rb") as handle:
            yield from _read_jsonl(handle, name)
    elif suffix == ".json":
        from tracker.formats.sheet import holds_one_object, read_json_sheet

        if holds_one_object(path):  # an article sheet, not a list of events
            yield from read_json_sheet(path, name)
            return
        yield from _read_json_list(path, name)
    elif suffix in (".yaml", ".yml"):
        yield from _read_yaml(path, name)
    elif suffix == ".xlsx":
        yield from _read_xlsx(path, name)
    else:
        with path.open("rb") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
            yield from _read_csv(text, name)


def _not_utf8(raw: bytes, error: UnicodeDecodeError) -> InvalidValue:
    line_start = raw.rfind(b"\n", 0, error.start) + 1
    return InvalidValue(
        f"not valid UTF-8 (byte 0x{raw[error.start]:02x} at column {error.start - line_start + 1})"
    )


def _read_jsonl(handle: IO[bytes] | IO[str], name: str) -> Iterator[Located]:
    number = 0
    while True:
        line_read = handle.readline(MAX_LINE_BYTES + 1)
        if not line_read:
            return
        # Text streams (an embedding program's) are read the same way, as UTF-8 bytes.
        raw = (
            line_read
            if isinstance(line_read, bytes)
            else line_read.encode("utf-8", "surrogateescape")
        )
        number += 1
        location = f"{name}:{number}"
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            yield location, InvalidValue(f"record longer than {MAX_LINE_BYTES} bytes")
            return  # reading on would mean reading the rest of that line
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield location, _not_utf8(raw, error)
            continue
        try:
            record = _loads(line)
        except ValueError as error:
            yield location, InvalidValue(f"not valid JSON ({error})")
            continue
        except RecursionError:
            yield location, InvalidValue(f"nested deeper than {MAX_DEPTH} levels")
            continue
        if type(record) is dict and len(line) <= MAX_NODES and _brackets(line) <= MAX_DEPTH:
            # Within both bounds without a walk: a line of at most MAX_NODES characters
            # holds no more values, and no more containers deep than it opens.
            yield location, record
            continue
        yield location, _checked(record)


def _brackets(line: str) -> int:
    """How many containers a JSON text opens (or more: brackets inside strings count)."""
    return line.count("{") + line.count("[")


def _loads(line: str) -> Any:
    """`json.loads`, by orjson when it can (4x faster on an event's line): what orjson
    refuses (NaN, integers past 64 bits, lone surrogate escapes, a malformed line) is
    read again by `json.loads`, so values and error messages are json's own."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)


def _checked(record: Any) -> dict[str, Any] | Exception:
    """The record if it is an object of bounded depth and size, else the problem."""
    if not isinstance(record, dict):
        return InvalidValue(f"expected an object, got {type(record).__name__}")
    # Level by level, containers only, stopping at the first excess: a YAML alias cycle
    # or a billion laughs ends here rather than in the validator (~3 µs a typical event).
    level: list[Any] = [record]
    depth = 1
    nodes = 1
    while level:
        if depth > MAX_DEPTH:
            return InvalidValue(f"nested deeper than {MAX_DEPTH} levels")
        deeper: list[Any] = []
        for container in level:
            children = container.values() if isinstance(container, dict) else container
            nodes += len(children)
            deeper.extend(c for c in children if isinstance(c, dict | list))
        if nodes > MAX_NODES:
            return InvalidValue(f"more than {MAX_NODES} values in one record")
        level = deeper
        depth += 1
    return record


def _read_json_list(path: Path, name: str) -> Iterator[Located]:
    """Stream the items of a top-level list, building each from the parser's events.

    `ijson.items` is not used: it builds a prefix string per level, quadratic in the
    depth (a 400 KB file of `[` took 24 GB). Depth is counted here and bounded.
    """
    import ijson
    from ijson.common import ObjectBuilder

    number = 0
    depth = 0
    builder: Any = None
    started = False
    with path.open("rb") as handle:
        try:
            for event, value in ijson.basic_parse(handle, use_float=True):
                if not started:
                    started = True
                    if event != "start_array":
                        yield name, InvalidValue("expected a JSON list of events")
                        return
                    depth = 1
                    continue
                opens = event in ("start_map", "start_array")
                closes = event in ("end_map", "end_array")
                if closes:
                    depth -= 1
                if depth == 0:
                    continue  # the end of the list; anything after it is a parse error
                if builder is None and not closes:
                    builder = ObjectBuilder()
                    number += 1
                if opens:
                    depth += 1
                    if depth > MAX_DEPTH + 1:
                        yield (
                            f"{name} record {number}",
                            InvalidValue(f"nested deeper than {MAX_DEPTH} levels"),
                        )
                        return
                builder.event(event, value)
                if depth == 1:
                    yield f"{name} record {number}", _checked(builder.value)
                    builder = None
        except (ijson.JSONError, UnicodeDecodeError, ValueError) as error:
            text = error.args[0] if error.args else ""
            text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
            reason = text.strip().splitlines()[0] if text.strip() else "truncated"
            if isinstance(error, UnicodeDecodeError) or "invalid bytes in UTF8" in reason:
                problem = InvalidValue("not valid UTF-8")
            else:
                problem = InvalidValue(f"not a valid JSON list ({reason})")
            yield f"{name} after record {number}", problem
            return
    if not started:
        yield name, InvalidValue("expected a JSON list of events")


# The scalars a hand-written file may mean as something other than text: YAML 1.2's core
# schema (null, true/false, decimal numbers). PyYAML's YAML 1.1 also reads timestamps
# (and refuses `2025-02-30` for the whole file), `NO`/`on`/`yes` as booleans (`country:
# NO` is Norway), `010` as octal 8 and `1:30` as 90; here all of those stay the text
# written, and each field's own check reports what is wrong with it, entry by entry.
_YAML_SCALARS = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|(?:0|[1-9][0-9]*)\.[0-9]*)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?(?:0|[1-9][0-9]*)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),
)


def _yaml_loader() -> Any:
    """A safe YAML loader that reads every other scalar as text (see `_YAML_SCALARS`)."""
    import yaml

    class TextScalarLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no types
        """SafeLoader with YAML 1.2's core scalars only."""

    TextScalarLoader.yaml_implicit_resolvers = {}
    for tag, pattern, first in _YAML_SCALARS:
        TextScalarLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))
    return TextScalarLoader


def _read_yaml(path: Path, name: str) -> Iterator[Located]:
    import yaml

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        yield f"{name}:{line}", _not_utf8(raw, error)
        return
    try:
        documents = list(yaml.load_all(text, Loader=_yaml_loader()))  # a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        yield where, InvalidValue(f"not valid YAML ({getattr(error, 'problem', error)})")
        return
    except RecursionError:
        yield name, InvalidValue(f"not valid YAML (nested deeper than {MAX_DEPTH} levels)")
        return
    except (ValueError, OverflowError) as error:  # a number past int()'s 4,300 digits
        yield name, InvalidValue(f"not valid YAML ({error})")
        return
    from tracker.formats.sheet import expand_documents, is_sheet

    if any(is_sheet(document) for document in documents):
        yield from expand_documents(documents, name)
        return
    records: list[Any] = []
    for document in documents:
        if isinstance(document, list):
            records.extend(document)
        elif document is not None:
            records.append(document)
    for number, record in enumerate(records, start=1):
        checked = _checked(record)
        if isinstance(checked, dict):
            record = {
                k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in checked.items()
            }
            for source in record.get("sources") or []:
                if isinstance(source, dict) and hasattr(source.get("published"), "isoformat"):
                    source["published"] = source["published"].isoformat()
            checked = record
        yield f"{name} record {number}", checked


def _read_csv(handle: IO[str], name: str) -> Iterator[Located]:
    # Spreadsheets in many European locales write `;`, some tabs: the header tells.
    header = handle.readline()
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    delimiter = max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","
    reader = csv.DictReader(itertools.chain([header], handle), delimiter=delimiter)
    try:
        for row in reader:
            location = f"{name}:{reader.line_num}"
            if any(_BAD_BYTES.search(k or "") or _BAD_BYTES.search(str(v)) for k, v in row.items()):
                yield location, InvalidValue("not valid UTF-8")
                continue
            try:
                yield location, record_from_csv_row(row)
            except InvalidValue as error:
                yield location, error
    except csv.Error as error:
        reason = str(error)
        if "field limit" in reason:
            reason = f"a cell longer than {csv.field_size_limit()} characters"
        # The reader counts the lines it has finished; the bad one is the next.
        yield f"{name}:{reader.line_num + 1}", InvalidValue(f"not valid CSV ({reason})")


def _read_xlsx(path: Path, name: str) -> Iterator[Located]:
    """The first sheet of a workbook, a header row then a record a row, read as the CSV
    rows `export --format xlsx` would have written: dates at their cell's precision,
    flags as `true`/`false`, text with its spreadsheet escapes undone."""
    import zipfile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        yield name, InvalidValue(f"not a valid XLSX workbook ({error or type(error).__name__})")
        return
    try:
        if not book.worksheets:
            yield name, InvalidValue("the workbook has no sheet")
            return
        rows = book.worksheets[0].iter_rows()
        header = [_xlsx_text(cell) for cell in next(rows, ())]
        for number, cells in enumerate(rows, start=2):
            values = [_xlsx_text(cell) for cell in cells]
            if not any(values):
                continue
            row: dict[str | None, Any] = dict(zip(header, values, strict=False))
            if len(values) > len(header):
                row[None] = values[len(header) :]
            location = f"{name}:{number}"
            try:
                yield location, record_from_csv_row(row)  # type: ignore[arg-type]
            except InvalidValue as error:
                yield location, error
    finally:
        book.close()


def _xlsx_text(cell: Any) -> str:
    """A cell as the text its CSV cell would hold."""
    from datetime import date, datetime

    from tracker.formats.spreadsheet import PRECISION_OF_FORMAT, unescape_cell_text

    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        day = value.date() if isinstance(value, datetime) else value
        return day.isoformat()[: PRECISION_OF_FORMAT.get(cell.number_format, 10)]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unescape_cell_text(str(value))


def _trim(text: str) -> str:
    """Strip what the event models strip, no more: `str.strip()` would also drop the
    separators U+001C..U+001F, which the models keep, and the round trip would differ.
    """
    return text.strip(_MODEL_WHITESPACE)


def _uncell(text: str) -> str:
    """Undo the formula neutralisation that CSV export applies (one rule, in `output`)."""
    return restore_formula(text)


@functools.cache
def _json_columns() -> frozenset[str]:
    """Cells that hold JSON, as `export --format csv` writes them: every list or mapping
    field of every event type (its registry says which)."""
    from tracker.domain.registry import structured_fields

    return structured_fields()


@functools.cache
def _fields_of(kind: str) -> frozenset[str]:
    """The fields of a registered type's records (none for an unknown type)."""
    from tracker.domain.registry import REGISTRY

    registered = REGISTRY.get(kind)
    return frozenset(registered.model.model_fields) if registered else frozenset()


def record_from_csv_row(row: dict[str, str | None]) -> dict[str, Any]:
    """A record from a CSV row: export columns (JSON cells) or `add`-style flat columns.

    A column is the field of the row's type when that type has it (a topic's `title`);
    otherwise the flat source columns (`outlet`, `url`, `title`, `published`, `quote`)
    make a statement's source, or a citation's."""
    cells = {
        k.strip(): _uncell(_trim(v))
        for k, v in row.items()
        if k is not None and v is not None and _trim(v) != ""
    }
    if None in row and any(row[None] or []):  # type: ignore[index]
        raise InvalidValue("more cells than header columns")
    kind = cells.get("type") or "statement"
    own = _fields_of(kind)
    json_columns = _json_columns()
    problems: list[str] = []
    record: dict[str, Any] = {}
    flat_source: dict[str, str] = {}
    for key, text in cells.items():
        if key in json_columns and text[:1] in ("[", "{"):
            try:
                record[key] = json.loads(text)
            except ValueError:
                raise InvalidValue(f"column {key}: not valid JSON") from None
        elif key in ("contributions", "conditions"):
            record[key] = [part.strip() for part in text.split(";") if part.strip()]
        elif key == "troops":
            try:
                record[key] = troops_from_text(text, cells.get("troops_text"))
            except InvalidValue as error:  # reported with the row's other problems
                problems.append(f"troops: {error}")
        elif key == "approximate":
            record[key] = text.lower() in ("true", "yes", "1", "y", "x")
        elif key in SOURCE_FIELDS and key not in own:
            flat_source[key] = text
        elif key in ("troops_text", "hash", "country_name"):
            continue
        else:
            record[key] = text
    if "troops_text" in cells and "troops" not in record:
        record["troops"] = {"text": cells["troops_text"]}
    if flat_source:
        if kind == "citation":
            record.setdefault("source", flat_source)
        else:
            record.setdefault("sources", []).append(flat_source)
    if problems:
        return RecordWithProblems(record, problems)
    return record


def nearest_field(given: str, fields: Iterable[str], cutoff: int = 75) -> str | None:
    """The name `given` most likely misspells (`contry`: country), if one is close: a
    suggestion, never applied. Field names are short and a wrong guess misleads, hence
    the high default cutoff; a closed vocabulary's words take a lower one."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(given.lower(), list(fields), scorer=fuzz.ratio, score_cutoff=cutoff)
    return found[0] if found else None


class RecordWithProblems(dict[str, Any]):
    """A record read with problems of its own (a cell that could not be read), which the
    import reports together with whatever validation finds in the rest of it.

    `explained` names fields whose absence those problems (or the file's, reported
    elsewhere) already explain: a misspelt `contry` is not also "country: missing"."""

    def __init__(
        self, record: dict[str, Any], problems: list[str], explained: Iterable[str] = ()
    ) -> None:
        super().__init__(record)
        self.problems = problems
        self.explained = frozenset(explained)
