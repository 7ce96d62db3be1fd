"""XLSX export for analysts who live in spreadsheets (openpyxl, write-only mode)."""

import contextlib
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import IO, Any

from tracker.domain.dates import first_day
from tracker.formats.output import Kind, cell_text, neutralise_formula

# One type per column: partial dates are dates (shown at their own precision), record
# times are date-times, counts and flags are numbers, and everything else is text; the
# listing says which fields are which.
_PRECISION_FORMATS = {4: "yyyy", 7: "yyyy-mm", 10: "yyyy-mm-dd"}
# Characters XML 1.0 cannot hold (openpyxl refuses them), spelled out instead.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(kind: Kind, value: Any) -> tuple[Any, str | None]:
    """A cell value and its number format; text is neutralised and never a formula."""
    if value is None or value == "":
        return None, None
    if kind == "partial_date" and isinstance(value, str):
        return first_day(value), _PRECISION_FORMATS.get(len(value), "yyyy-mm-dd")
    if kind == "instant" and isinstance(value, str):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return moment.astimezone(UTC).replace(tzinfo=None), "yyyy-mm-dd hh:mm:ss"
    if isinstance(value, bool | int | float):
        return value, None
    text = value if isinstance(value, str) else cell_text(value)
    text = _XML_ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return neutralise_formula(text), None


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
