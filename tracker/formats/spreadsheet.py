"""XLSX export for analysts who live in spreadsheets (openpyxl, write-only mode)."""

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

from tracker.domain.dates import first_day
from tracker.errors import InvalidValue
from tracker.formats.output import Kind, neutralise_formula

# One type per column: partial dates are dates (shown at their own precision), counts
# and flags are numbers, and everything else is text; the listing says which fields are
# which. Record times stay their canonical text (`2025-09-05T10:12:00.123456Z`): a
# spreadsheet's date-time holds milliseconds, and the events sheet must import back into
# the identical log.
_PRECISION_FORMATS = {4: "yyyy", 7: "yyyy-mm", 10: "yyyy-mm-dd"}
PRECISION_OF_FORMAT = {f: n for n, f in _PRECISION_FORMATS.items()}
# Characters XML 1.0 cannot hold (openpyxl refuses them) or does not keep (a carriage
# return is read back as a line feed), and an `_` that would be read as the start of
# such an escape: OOXML's `_xHHHH_` form, which spreadsheets show as the character.
_NOT_KEPT_BY_XML = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
# What one cell holds (Excel's limit; openpyxl would cut a longer text without a word).
MAX_CELL_CHARACTERS = 32_767


def escape_cell_text(text: str) -> str:
    """Text as an XLSX cell holds it: characters XML cannot keep as `_xHHHH_`, and an
    `_` starting such a sequence as `_x005F_`, so that `unescape_cell_text` restores
    every string exactly."""
    return _NOT_KEPT_BY_XML.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape_cell_text(text: str) -> str:
    """Undo `escape_cell_text` (and read any cell written in OOXML's escapes)."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _cell(kind: Kind, value: Any) -> tuple[Any, str | None]:
    """A cell value and its number format; text is neutralised and never a formula."""
    if value is None or value == "":
        return None, None
    if kind == "partial_date" and isinstance(value, str):
        return first_day(value), _PRECISION_FORMATS.get(len(value), "yyyy-mm-dd")
    if isinstance(value, bool | int | float):
        return value, None
    # Lists and mappings as JSON, as in CSV: what the import reads back.
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    # Neutralised first, escaped last: reading undoes them in the opposite order.
    text = escape_cell_text(neutralise_formula(text))
    if len(text) > MAX_CELL_CHARACTERS:
        raise InvalidValue(
            f"a cell of {len(text):,} characters is longer than a spreadsheet cell holds "
            f"({MAX_CELL_CHARACTERS:,}); export as csv or jsonl"
        )
    return text, None


def _write_body(
    worksheet: Any,
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    kind: Callable[[str], Kind],
) -> int:
    from openpyxl.cell import WriteOnlyCell

    kinds = [kind(name) for name in columns]
    count = 0
    for row in rows:
        cells = []
        for name, column_kind in zip(columns, kinds, strict=True):
            value, number_format = _cell(column_kind, row.get(name))
            cell = WriteOnlyCell(worksheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, whatever it starts with
            if number_format:
                cell.number_format = number_format
            cells.append(cell)
        worksheet.append(cells)
        count += 1
    return count


def _abandon(worksheet: Any) -> None:
    """After a failed save, end openpyxl's streaming writers quietly and drop its temp file.

    Left to the garbage collector, they write closing tags to a closed file and print an
    "Exception ignored" traceback on the way out.
    """
    writer = getattr(worksheet, "_writer", None)
    for stream in (getattr(worksheet, "_rows", None), getattr(writer, "xf", None)):
        # The save's own error is the one reported; closing may fail on the same file.
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.close()
    temporary = getattr(writer, "out", None)
    if isinstance(temporary, str):
        with contextlib.suppress(OSError):
            os.remove(temporary)


# Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, no apostrophe
# at either end, unique whatever the case, and never "History" (Excel's own).
SHEET_NAME_LIMIT = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")


def sheet_name(text: str, suffix: str = "", taken: Iterable[str] = ()) -> str:
    """`text` (a topic's title), then `suffix`, as a name Excel accepts: forbidden
    characters become "-", a text too long ends in "…" before the suffix, and a name
    already `taken` (in any case) gets a number."""
    used = {name.casefold() for name in taken}
    cleaned = " ".join(_SHEET_FORBIDDEN.sub("-", text).split()).strip("'") or "sheet"
    number = 1
    while True:
        ending = suffix + (f" ({number})" if number > 1 else "")
        room = SHEET_NAME_LIMIT - len(ending)
        head = cleaned if len(cleaned) <= room else cleaned[: room - 1].rstrip() + "…"
        name = (head + ending).strip("'")
        if name.casefold() not in used and name.casefold() != "history":
            return name
        number += 1


Sheet = tuple[str, Iterable[Mapping[str, Any]], Sequence[str], Callable[[str], Kind]]


def write_xlsx_sheets(out: IO[bytes], sheets: Sequence[Sheet]) -> int:
    """Write sheets (name, rows, columns, each column's kind) into one workbook: a bold,
    frozen header row, then the rows with dates typed; returns the first sheet's row
    count. `tracker.formats.output.render` calls it for `--format xlsx`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    counts = []
    worksheet = None
    names: list[str] = []
    try:
        for name, rows, columns, kind in sheets:
            names.append(sheet_name(name, taken=names))
            worksheet = book.create_sheet(names[-1])
            worksheet.freeze_panes = "A2"
            header = []
            for column in columns:
                cell = WriteOnlyCell(worksheet, value=column)
                cell.font = Font(bold=True)
                header.append(cell)
            worksheet.append(header)
            counts.append(_write_body(worksheet, rows, columns, kind))
        book.save(out)
    except BaseException:
        if worksheet is not None:
            _abandon(worksheet)
        raise
    return counts[0] if counts else 0
