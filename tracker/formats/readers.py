"""Import readers: `.jsonl`, `.json` (a list), `.yaml`/`.yml`, `.csv`, and `-` (JSON Lines
on stdin). Each yields `(location, record)` pairs, or `(location, error)` for a record that
cannot be parsed, and streams its input (except YAML, which is for hand-written files).
"""

import csv
import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tracker.errors import InvalidValue

Located = tuple[str, dict[str, Any] | Exception]
SUFFIXES = (".jsonl", ".ndjson", ".json", ".yaml", ".yml", ".csv")
# CSV cells that hold JSON (as `export --format csv` writes them).
_JSON_COLUMNS = ("contributions", "conditions", "sources", "troops", "changes")
_SOURCE_COLUMNS = ("outlet", "url", "title", "published", "quote")


def read_records(name: str) -> Iterator[Located]:
    """Records of one import argument, chosen by its suffix; `-` is JSON Lines on stdin."""
    if name == "-":
        yield from _read_jsonl(sys.stdin, "<stdin>")
        return
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InvalidValue(f"{name}: unsupported file type; use .jsonl, .json, .yaml, .yml or .csv")
    if not path.is_file():
        raise InvalidValue(f"{name}: no such file")
    if suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8-sig") as handle:
            yield from _read_jsonl(handle, name)
    elif suffix == ".json":
        from tracker.intake.sheet import holds_one_object, read_json_sheet

        if holds_one_object(path):  # an article sheet, not a list of events
            yield from read_json_sheet(path, name)
            return
        yield from _read_json_list(path, name)
    elif suffix in (".yaml", ".yml"):
        yield from _read_yaml(path, name)
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from _read_csv(handle, name)


def _read_jsonl(handle: IO[str], name: str) -> Iterator[Located]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        location = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            yield location, InvalidValue(f"not valid JSON ({error})")
            continue
        yield location, _object_or_error(record)


def _object_or_error(record: Any) -> dict[str, Any] | Exception:
    if isinstance(record, dict):
        return record
    return InvalidValue(f"expected an object, got {type(record).__name__}")


def _read_json_list(path: Path, name: str) -> Iterator[Located]:
    import ijson

    with path.open("rb") as handle:
        number = 0
        try:
            for number, record in enumerate(ijson.items(handle, "item", use_float=True), start=1):
                yield f"{name} record {number}", _object_or_error(record)
        except ijson.JSONError as error:
            yield f"{name} after record {number}", InvalidValue(f"not a valid JSON list ({error})")
    if number == 0 and path.read_bytes().strip()[:1] not in (b"[", b""):
        yield f"{name}", InvalidValue("expected a JSON list of events")


def _read_yaml(path: Path, name: str) -> Iterator[Located]:
    import yaml

    try:
        with path.open(encoding="utf-8") as handle:
            documents = list(yaml.safe_load_all(handle))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        yield where, InvalidValue(f"not valid YAML ({getattr(error, 'problem', error)})")
        return
    from tracker.intake.sheet import expand_documents, is_sheet

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
        if isinstance(record, dict):
            record = {
                k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in record.items()
            }
            for source in record.get("sources") or []:
                if isinstance(source, dict) and hasattr(source.get("published"), "isoformat"):
                    source["published"] = source["published"].isoformat()
        yield f"{name} record {number}", _object_or_error(record)


def _read_csv(handle: IO[str], name: str) -> Iterator[Located]:
    # Spreadsheets in many European locales write `;`, some tabs: the header tells.
    header = handle.readline()
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    delimiter = max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","
    reader = csv.DictReader(itertools.chain([header], handle), delimiter=delimiter)
    for row in reader:
        location = f"{name}:{reader.line_num}"
        try:
            yield location, record_from_csv_row(row)
        except InvalidValue as error:
            yield location, error


def _uncell(text: str) -> str:
    """Undo the formula neutralisation that CSV export applies."""
    if text.startswith("'") and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return text[1:]
    return text


def record_from_csv_row(row: dict[str, str | None]) -> dict[str, Any]:
    """A record from a CSV row: export columns (JSON cells) or `add`-style flat columns."""
    cells = {
        k.strip(): _uncell(v.strip())
        for k, v in row.items()
        if k is not None and v is not None and v.strip() != ""
    }
    if None in row and any(row[None] or []):  # type: ignore[index]
        raise InvalidValue("more cells than header columns")
    record: dict[str, Any] = {}
    for key, text in cells.items():
        if key in _JSON_COLUMNS and text[:1] in ("[", "{"):
            try:
                record[key] = json.loads(text)
            except ValueError:
                raise InvalidValue(f"column {key}: not valid JSON") from None
        elif key in ("contributions", "conditions"):
            record[key] = [part.strip() for part in text.split(";") if part.strip()]
        elif key == "troops":
            record[key] = troops_from_text(text, cells.get("troops_text"))
        elif key == "approximate":
            record[key] = text.lower() in ("true", "yes", "1", "y", "x")
        elif key in _SOURCE_COLUMNS or key in ("troops_text", "hash", "country_name"):
            continue
        else:
            record[key] = text
    if "troops_text" in cells and "troops" not in record:
        record["troops"] = {"text": cells["troops_text"]}
    flat_source = {k: cells[k] for k in _SOURCE_COLUMNS if k in cells}
    if flat_source:
        record.setdefault("sources", []).append(flat_source)
    return record


def troops_from_text(text: str, words: str | None = None) -> dict[str, Any]:
    """`N` (exactly N), `N+` (at least N) or `N-M`, with optional words, as troops."""
    value = text.replace(",", "").replace("_", "").strip()
    open_ended = value.endswith("+")
    low, dash, high = value.rstrip("+").partition("-")
    if dash and not high:
        raise InvalidValue(f"troops {text!r}: a range needs both ends (N-M), or write N+")
    try:
        if not (
            low.isascii() and low.isdigit() and (not high or (high.isascii() and high.isdigit()))
        ):
            raise ValueError
        minimum = int(low)
        maximum = None if open_ended else int(high) if high else minimum
        troops: dict[str, Any] = {"min": minimum, "max": maximum}
    except ValueError:
        raise InvalidValue(f"troops {text!r}: expected N, N+ or N-M") from None
    if words:
        troops["text"] = words
    return troops
