"""XLSX export for analysts who live in spreadsheets (openpyxl, write-only mode)."""

import contextlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import IO, Any

from tracker.formats.output import cell_text

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


def _cell(value: Any) -> Any:
    """Dates as spreadsheet dates, numbers as numbers, the rest as text."""
    if isinstance(value, (bool, int | float)):
        return value
    if isinstance(value, str):
        if _DAY.match(value):
            return date.fromisoformat(value)
        if _INSTANT.match(value):
            return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
        if value.startswith(("=", "+", "-", "@")):
            return "'" + value  # never let a quote become a formula
        return value
    return cell_text(value) or None


def write_xlsx(
    out: IO[bytes], sheet: str, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]
) -> int:
    """Write one sheet named after the export; header row bold and frozen; dates typed."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    worksheet = book.create_sheet(sheet)
    worksheet.freeze_panes = "A2"
    header = []
    for name in columns:
        cell = WriteOnlyCell(worksheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    worksheet.append(header)
    try:
        count = _write_body(worksheet, rows, columns)
        book.save(out)
    except BaseException:
        _abandon(worksheet)
        raise
    return count


def _write_body(worksheet: Any, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> int:
    from openpyxl.cell import WriteOnlyCell

    count = 0
    for row in rows:
        cells = []
        for name in columns:
            value = _cell(row.get(name))
            cell = WriteOnlyCell(worksheet, value=value)
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(value, date):
                cell.number_format = "yyyy-mm-dd"
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
