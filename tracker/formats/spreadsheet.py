"""XLSX export for analysts who live in spreadsheets (openpyxl, write-only mode)."""

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

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
    path: str, sheet: str, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]
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
    book.save(path)
    return count


def write_xlsx_sheets(
    path: str, sheets: Sequence[tuple[str, Iterable[Mapping[str, Any]], Sequence[str]]]
) -> int:
    """Write several sheets (name, rows, columns) into one workbook, each as `write_xlsx`
    writes its one; returns the first sheet's row count."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    counts = []
    for name, rows, columns in sheets:
        worksheet = book.create_sheet(name)
        worksheet.freeze_panes = "A2"
        header = [WriteOnlyCell(worksheet, value=column) for column in columns]
        for cell in header:
            cell.font = Font(bold=True)
        worksheet.append(header)
        count = 0
        for row in rows:
            cells = []
            for column in columns:
                value = _cell(row.get(column))
                cell = WriteOnlyCell(worksheet, value=value)
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            worksheet.append(cells)
            count += 1
        counts.append(count)
    book.save(path)
    return counts[0] if counts else 0
