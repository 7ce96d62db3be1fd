"""The one renderer: rows to table, JSON, JSON Lines or CSV on stdout.

Rows are plain dicts whose keys are the field names of SPEC §2–§3 (plus `country_name`);
a table shows a chosen subset of columns, the machine formats show every key.
"""

import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import IO, Any

FORMATS = ("table", "json", "jsonl", "csv")
# What a spreadsheet may read as the start of a formula (OWASP's CSV injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

STANCE_COLOURS = {
    "committed": "bold green",
    "conditional": "green",
    "considering": "cyan",
    "undecided": "yellow",
    "skeptical": "magenta",
    "declined": "red",
    "opposed": "bold red",
}


# Characters that must never reach a terminal as themselves: C0 controls but newline and
# tab, DEL, C1 controls, and the bidirectional overrides and isolates that reorder a line.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def show_controls(text: str) -> str:
    """Control and bidi characters spelled out visibly (`ESC` as `\\x1b`, RLO as `\\u202e`)."""
    return _CONTROLS.sub(_spelled, text)


def _spelled(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def terminal_text(value: Any, style: str | None = None) -> Any:
    """Stored text as a rich `Text` for a terminal: never read as markup or emoji codes,
    control characters shown visibly. Every table cell and title goes through it.
    """
    from rich.text import Text

    return Text(
        show_controls(value if isinstance(value, str) else cell_text(value)), style=style or ""
    )


def cell_text(value: Any) -> str:
    """A value as one table or CSV cell: lists joined, mappings as JSON, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list | tuple):
        if all(isinstance(v, str) for v in value):
            return ", ".join(value)
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def csv_cell(value: Any) -> str:
    """A CSV cell: nested values as JSON, and formula-like text neutralised with a `'`."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | tuple | Mapping):
        text = json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    elif value is None:
        text = ""
    else:
        text = str(value)
    return neutralise_formula(text)


def _needs_quote(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_START)


def neutralise_formula(text: str) -> str:
    """The one rule for CSV and XLSX cells: text that a spreadsheet could take for a formula
    gets a leading `'`.

    A text needs it when, after any run of leading apostrophes, it starts with `=`, `+`,
    `-`, `@`, a tab or a carriage return; counting the apostrophes makes the rule exactly
    reversible by `restore_formula` for every string (`'-x` becomes `''-x` and comes back).
    """
    return "'" + text if _needs_quote(text) else text


def restore_formula(text: str) -> str:
    """Undo `neutralise_formula`: drop one `'` only when the rest would itself need it."""
    if text.startswith("'") and _needs_quote(text[1:]):
        return text[1:]
    return text


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    table_columns: Sequence[str] | None = None,
    title: str | None = None,
    out: IO[str] | None = None,
    cell_style: Callable[[str, Any], str | None] | None = None,
) -> int:
    """Write rows in `fmt`; returns how many. `columns` fixes CSV headers (else first row's)."""
    out = out or sys.stdout
    if fmt == "json":
        return _write_json(rows, out)
    if fmt == "jsonl":
        count = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        return _write_csv(rows, out, columns)
    return _write_table(rows, out, table_columns or columns, title, cell_style)


def _write_json(rows: Iterable[Mapping[str, Any]], out: IO[str]) -> int:
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_csv(
    rows: Iterable[Mapping[str, Any]], out: IO[str], columns: Sequence[str] | None
) -> int:
    writer = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(
                out, fieldnames=list(columns or row.keys()), extrasaction="ignore"
            )
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        count += 1
    if writer is None and columns:
        csv.writer(out).writerow(columns)
    return count


def _write_table(
    rows: Iterable[Mapping[str, Any]],
    out: IO[str],
    columns: Sequence[str] | None,
    title: str | None,
    cell_style: Callable[[str, Any], str | None] | None,
) -> int:
    from rich.console import Console
    from rich.table import Table

    width = table_width(out)
    console = Console(file=out, highlight=False, soft_wrap=False, width=width)
    materialised = list(rows)
    if not materialised:
        Console(file=sys.stderr, highlight=False).print("(no rows)")
        return 0
    names = list(columns or materialised[0].keys())
    table = Table(
        title=terminal_text(title) if title else None, title_justify="left", header_style="bold"
    )
    if width is None:  # a terminal's width: room for text, no lines, no empty columns
        from rich import box

        table.box, table.pad_edge, table.show_edge = box.SIMPLE_HEAD, False, False
        table.collapse_padding = True
        names = [n for n in names if any(cell_text(r.get(n)) for r in materialised)]
    for name in names:
        # A header wraps between its words, even above a column whose cells never wrap.
        header = terminal_text(name.replace("_", " "))
        header.no_wrap, header.overflow = False, "fold"
        table.add_column(header, **_column_layout(name, console.width))
    for row in materialised:
        cells = []
        for name in names:
            style = cell_style(name, row.get(name)) if cell_style else None
            cells.append(terminal_text(cell_text(row.get(name)), style))
        table.add_row(*cells)
    if width is None and _ONE_LINE & set(names):
        _fit_one_line_columns(console, table, names)
    console.print(table)
    return len(materialised)


def table_width(out: IO[str]) -> int | None:
    """The width a table is fitted to: None for the terminal's (rich reads COLUMNS too),
    and off a terminal (a pipe, a file) no limit, never an imagined 80 columns, unless
    COLUMNS says how wide standard output is."""
    if out.isatty():
        return None
    # COLUMNS sizes what is shown (standard output), never a file written with -o.
    if out is sys.stdout and os.environ.get("COLUMNS", "").isdigit():
        return None
    return 10_000


# Columns whose words are never broken (stances, dates, codes), and those shortened to
# one line ending in … (a quote); every other column wraps between words.
_NO_WRAP = {
    "country",
    "stance",
    "since",
    "last_statement",
    "date",
    "event_id",
    "status",
    "deployment",
}
_ONE_LINE = {"quote"}


def _fit_one_line_columns(console: Any, table: Any, names: list[str]) -> None:
    """Give one-line columns (a quote) what the line leaves after the other columns'
    natural widths, and at least a quarter of it: they end in … rather than crowd out
    the rest."""
    fitted = [table.columns[names.index(name)] for name in names if name in _ONE_LINE]
    for column in fitted:
        column.max_width = 1
    rest = console.measure(table)  # the other columns: unwrapped, and at their longest word
    room = console.width + len(fitted)
    share = max(20, room - rest.maximum, min(console.width // 4, room - rest.minimum))
    for column in fitted:
        column.max_width = share // len(fitted)


def _column_layout(name: str, width: int) -> dict[str, Any]:
    if name in _ONE_LINE:
        return {"overflow": "ellipsis", "no_wrap": True, "max_width": max(20, width // 3)}
    if name in _NO_WRAP or name[:1].isdigit() or name in ("from", "to", "disputed"):
        return {"overflow": "ellipsis", "no_wrap": True}
    return {"overflow": "fold"}


def stance_style(column: str, value: Any) -> str | None:
    """Colour stance cells (rich drops colour when stdout is not a terminal)."""
    if column in ("stance", "from", "to") or column[:1].isdigit():
        return STANCE_COLOURS.get(str(value))
    if column == "disputed" and value:
        return "bold yellow"
    return None
