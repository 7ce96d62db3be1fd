"""The one renderer: a listing's rows as a table, JSON, JSON Lines, CSV or XLSX.

Rows are plain dicts whose keys are the field names of SPEC §2–§3 (plus `country_name`).
A `Listing` (see `tracker.formats.listings` for one per result type) says which fields the
machine formats write and which `Column`s a table shows, with their labels, fit and
colours; `render` is the only code that knows the formats, each an entry of `RENDERERS`
(from which every command's `--format` choices are drawn), so a command picks a listing
and hands it rows.
"""

import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import IO, Any, Literal, cast

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


Row = Mapping[str, Any]
# How a table column fits its cells: wrapped between words ("wrap"), never broken and
# ending in … ("line": stances, dates, codes), or one line that gets what the other
# columns leave ("quote").
Fit = Literal["wrap", "line", "quote"]
# When a table shows a column: always, never, when some cell is not empty ("any"), when
# its cells differ ("varied"), or when some cell differs from the column's `usual` value.
Keep = Literal["always", "never", "any", "varied", "unusual"]
# How a spreadsheet types a field: a partial date as a date at its precision, else text
# (or a number, a flag). Record times are text: see `tracker.formats.spreadsheet`.
Kind = Literal["text", "partial_date"]


@dataclass(frozen=True)
class Column:
    """One column of a table: which field, its header, how it fits and is coloured."""

    name: str
    label: str | None = None  # the header; default: the name with spaces for underscores
    fit: Fit = "wrap"
    # The cell's style (a rich style name) from the cell's value, e.g. a stance's colour.
    style: Callable[[Any], str | None] | None = None
    # The cell from the whole row (a short id, troops in words); default: row[name].
    cell: Callable[[Row], Any] | None = None
    keep: Keep = "always"
    narrow: Keep | None = None  # `keep` on a terminal narrower than NARROW; default: keep
    usual: str = ""
    # How much the column matters when a terminal is too narrow for every column: 1 never
    # drops; of the others the highest number drops first (the rightmost of equals).
    priority: int = 1

    @property
    def header(self) -> str:
        """The header text."""
        return self.label if self.label is not None else self.name.replace("_", " ")

    def value(self, row: Row) -> Any:
        """This column's cell of `row`, before it becomes text."""
        return self.cell(row) if self.cell else row.get(self.name)


@dataclass(frozen=True)
class Listing:
    """A result type's rows: the fields machine formats write and the table's columns.

    `fields` are the CSV header and the spreadsheet's columns, in order (None: each row's
    own keys, as for `show` and `info`); JSON and JSON Lines write each row whole. `columns`
    are what a table shows. `shape` is "rows" (a table with a header), "record" (one row
    per field of a single result, no header, then the `footer` lines) or "ids" (the first
    column's value, one a line: what `add` prints). `reshape` turns the rows into the
    table's rows when they are not one to one (a record's fields). With `one_object`, JSON
    is the single row as an indented object instead of an array.
    """

    name: str  # also the spreadsheet's sheet name
    fields: tuple[str, ...] | None
    columns: tuple[Column, ...]
    title: str | None = None
    shape: Literal["rows", "record", "ids"] = "rows"
    reshape: Callable[[list[Row]], Sequence[Row]] | None = None
    footer: Callable[[list[Row]], list[str]] | None = None
    one_object: bool = False
    kinds: Mapping[str, Kind] | None = None  # spreadsheet typing by field (else text)

    def without(self, *names: str) -> "Listing":
        """The same listing whose table leaves out these columns."""
        return replace(self, columns=tuple(c for c in self.columns if c.name not in names))

    def kind(self, field: str) -> Kind:
        """How the spreadsheet types this field."""
        return (self.kinds or {}).get(field, "text")


# Every sheet of an xlsx file, when a result has more than its one listing.
Workbook = Callable[[], Sequence[tuple[Listing, Iterable[Row]]]]


def binary_format(fmt: str) -> bool:
    """Whether `fmt` is written as bytes, to a file only (a spreadsheet)."""
    return renderer(fmt).binary


NARROW = 140  # a terminal narrower than this keeps only the columns that matter most


def render(
    listing: Listing,
    rows: Iterable[Row],
    fmt: str,
    out: IO[Any] | None = None,
    *,
    title: str | None = None,
    workbook: Workbook | None = None,
) -> int:
    """Write `rows` as `listing` in `fmt` (a name in `RENDERERS`); returns how
    many rows. `out` is standard output by default, a binary file for xlsx. `title` (or
    the listing's own) heads a table. `workbook`, when given, supplies every sheet of an
    xlsx file in place of this one listing (the matrix holds stances and deployments).
    """
    out = out or sys.stdout
    count = renderer(fmt).write(_Job(listing, rows, out, title, workbook))
    out.flush()  # the output comes before the command's closing message on stderr
    return count


@dataclass(frozen=True)
class _Job:
    """What a renderer writes: rows as a listing, to `out`, under `title`; `workbook`
    supplies every sheet of an xlsx file when given."""

    listing: Listing
    rows: Iterable[Row]
    out: IO[Any]
    title: str | None
    workbook: Workbook | None


def _as_json(job: _Job) -> int:
    if job.listing.one_object:
        return _write_objects(job.rows, job.out, indent=2)
    return _write_json(job.rows, job.out)


def _as_jsonl(job: _Job) -> int:
    return _write_objects(job.rows, job.out, indent=None)


def _as_csv(job: _Job) -> int:
    return _write_csv(job.rows, job.out, job.listing.fields)


def _as_xlsx(job: _Job) -> int:
    from tracker.formats.spreadsheet import write_xlsx_sheets

    sheets = job.workbook() if job.workbook is not None else [(job.listing, job.rows)]
    return write_xlsx_sheets(
        cast(IO[bytes], job.out), [_sheet(sheet, sheet_rows) for sheet, sheet_rows in sheets]
    )


def _as_table(job: _Job) -> int:
    listing, title = job.listing, job.title or job.listing.title
    if listing.shape == "ids":
        return _write_ids(job.rows, job.out, listing.columns[0])
    if listing.shape == "record":
        return _write_record(listing, list(job.rows), job.out, title)
    return _write_table(listing, job.rows, job.out, title)


@dataclass(frozen=True)
class Renderer:
    """One output format: its `--format` name, its writer and where it may go."""

    name: str
    write: Callable[[_Job], int]
    summary: str  # what it writes, for the reference
    binary: bool = False  # bytes, to a file only (`-o FILE`)
    flat: bool = False  # a row per line in the listing's columns (nested values as JSON)


# The one list of output formats: `render` writes through it, and every command's
# `--format` choices (hence `--help` and docs/cli.md) are drawn from it by `format_names`.
RENDERERS: tuple[Renderer, ...] = (
    Renderer("table", _as_table, "a table for people; colours only on a terminal"),
    Renderer("json", _as_json, "one JSON array of the rows (an object for a single result)"),
    Renderer("jsonl", _as_jsonl, "JSON Lines: one object a row"),
    Renderer("csv", _as_csv, "CSV with a header of the listing's fields", flat=True),
    Renderer("xlsx", _as_xlsx, "an Excel workbook, a sheet a listing", binary=True, flat=True),
)
_BY_NAME = {r.name: r for r in RENDERERS}


def renderer(fmt: str) -> Renderer:
    """The renderer called `fmt`; `ValueError` for any other."""
    try:
        return _BY_NAME[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}") from None


def format_names(
    *, binary: bool = False, flat: bool = True, first: Sequence[str] = ()
) -> list[str]:
    """The `--format` choices of a command: every renderer but the binary ones (unless
    `binary`: the command writes files) and the flat ones (unless `flat`: its result
    has columns), those in `first` leading in that order, the rest in registry order."""
    wanted = [r for r in RENDERERS if (binary or not r.binary) and (flat or not r.flat)]
    leading = [renderer(name) for name in first]
    return [r.name for r in leading if r in wanted] + [r.name for r in wanted if r not in leading]


def write_rows(rows: Iterable[Row], fmt: str, *, out: IO[str] | None = None) -> int:
    """Rows with no listing of their own, every key a field (as `json`/`jsonl` write any)."""
    return render(Listing("rows", None, ()), rows, fmt, out)


def _write_objects(rows: Iterable[Row], out: IO[str], indent: int | None) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, indent=indent) + "\n")
        count += 1
    return count


def _write_json(rows: Iterable[Row], out: IO[str]) -> int:
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_csv(rows: Iterable[Row], out: IO[str], fields: Sequence[str] | None) -> int:
    writer = None
    count = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(
                out, fieldnames=list(fields or row.keys()), extrasaction="ignore"
            )
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
        count += 1
    if writer is None and fields:
        csv.writer(out).writerow(fields)
    return count


def _sheet(
    listing: Listing, rows: Iterable[Row]
) -> tuple[str, Iterable[Row], Sequence[str], Callable[[str], Kind]]:
    """A sheet for the spreadsheet writer; a listing without fields takes the first row's keys."""
    fields = listing.fields
    if fields is None:
        stream = iter(rows)
        first = next(stream, None)
        fields = tuple(first) if first is not None else ()
        rows = chain([first], stream) if first is not None else ()
    return listing.name, rows, fields, listing.kind


def _write_ids(rows: Iterable[Row], out: IO[str], column: Column) -> int:
    count = 0
    for row in rows:
        out.write(cell_text(column.value(row)) + "\n")
        count += 1
    return count


def _write_record(listing: Listing, rows: list[Row], out: IO[str], title: str | None) -> int:
    """A single result as a field/value table with no header, then its footer lines.

    Each value's lines wrap at spaces to the terminal with a hanging indent (a source's
    title stays under its outlet), so no word, date or id is broken; a word longer than
    the line (a long URL) is written whole, for the terminal to wrap and a copy to keep
    whole."""
    from rich.cells import cell_len
    from rich.console import Console
    from rich.text import Text

    fields = listing.reshape(rows) if listing.reshape else rows
    console = Console(file=out, highlight=False, soft_wrap=True, width=table_width(out))
    first, *rest = listing.columns
    names = [show_controls(cell_text(first.value(row))) for row in fields]
    indent = max((cell_len(n) for n in names), default=0) + COLUMN_GAP
    room = max(20, console.width - indent)
    _print_title(console, title)
    for name, row in zip(names, fields, strict=True):
        value = "  ".join(show_controls(cell_text(c.value(row))) for c in rest)
        for at, line in enumerate(hanging(value, room).splitlines() or [""]):
            head = Text(name.ljust(indent) if at == 0 else " " * indent, style="bold")
            console.print(head + terminal_text(line))
    for line in listing.footer(rows) if listing.footer else []:
        console.print(terminal_text(hanging(line, console.width, hang=2)))
    return len(rows)


_HANG = re.compile(r"^(\s*)(\d+\. |• |now: )?")


def hanging(text: str, width: int, hang: int = 0) -> str:
    """`text` wrapped at spaces to `width`, each line's continuation indented under its
    text (past a list number), or `hang` columns more; a word longer than the width
    stays whole."""
    import textwrap

    wrapped = []
    for line in text.splitlines() or [""]:
        match = _HANG.match(line)
        lead = match.group(1) if match else ""  # kept even before a word too long to fit
        indent = " " * max(len(match.group(0)) if match else 0, len(lead) + hang)
        wrapped += textwrap.wrap(
            line[len(lead) :],
            width,
            initial_indent=lead,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [""]
    return "\n".join(wrapped)


def _write_table(listing: Listing, rows: Iterable[Row], out: IO[str], title: str | None) -> int:
    from rich.console import Console
    from rich.table import Table

    width = table_width(out)
    console = Console(file=out, highlight=False, soft_wrap=False, width=width)
    materialised = list(rows)
    if not materialised:
        Console(file=sys.stderr, highlight=False).print("(no rows)")
        return 0
    shaped = listing.reshape(materialised) if listing.reshape else materialised
    narrow = width is None and _terminal_columns() < NARROW
    cells = {c.name: [c.value(row) for row in shaped] for c in listing.columns}
    columns = [
        c
        for c in listing.columns
        if _kept(c, cells[c.name], (c.narrow or c.keep) if narrow else c.keep)
        # A column empty in every row says nothing (the data formats keep the field).
        and _kept(c, cells[c.name], "any")
    ]
    texts = {c.name: [show_controls(cell_text(v)) for v in cells[c.name]] for c in columns}
    table = Table(header_style="bold")
    dropped: list[Column] = []
    widths: dict[str, int] = {}
    if width is None:  # a terminal's width: room for text, no lines, columns that fit
        from rich import box

        table.box, table.pad_edge, table.show_edge = box.SIMPLE_HEAD, False, False
        table.collapse_padding = True
        columns, dropped, widths = fit_columns(columns, texts, console.width)
    for column in columns:
        # A header wraps between its words, even above a column whose cells never wrap.
        header = terminal_text(column.header)
        header.no_wrap, header.overflow = False, "fold"
        layout = _column_layout(column.fit, console.width)
        if column.name in widths:
            layout.pop("max_width", None)
            layout["width"] = widths[column.name]
        table.add_column(header, **layout)
    for index in range(len(shaped)):
        table.add_row(
            *(
                terminal_text(
                    texts[c.name][index], c.style(cells[c.name][index]) if c.style else None
                )
                for c in columns
            )
        )
    _print_title(console, title)
    console.print(table)
    if dropped:
        names = ", ".join(c.header for c in dropped)
        console.print(
            terminal_text(
                f"Not shown at this width: {names} (widen the terminal or use --format csv)"
            ),
            style="dim",
        )
    return len(materialised)


def _print_title(console: Any, title: str | None) -> None:
    """A table's title on its own line(s), as wide as the terminal, not the table."""
    if title:
        text = terminal_text(title)
        text.stylize("italic")
        console.print(text)


# What separates two columns of a terminal table: the divider and one cell's padding.
COLUMN_GAP = 2
# A one-line column (a quote) keeps at least this much of the line, or a quarter of it.
QUOTE_LEAST = 20


def fit_columns(
    columns: list[Column], texts: Mapping[str, list[str]], width: int
) -> tuple[list[Column], list[Column], dict[str, int]]:
    """Fit columns to a terminal `width` without breaking a word: the columns shown, those
    dropped (the least important first, as `Column.priority` says) and each shown column's
    width.

    A column needs its longest word (a one-line column: its longest cell; a header wraps
    between its words); columns drop until what they need fits, and the room left goes
    to the columns whose text would wrap, a quote last. When even the columns that never
    drop do not fit, no widths are given and the table's own layout folds what it must.
    """
    least = {c.name: _least_width(c, texts[c.name], width) for c in columns}
    most = {c.name: max(least[c.name], _most_width(c, texts[c.name])) for c in columns}

    def needed(shown: list[Column]) -> int:
        return sum(least[c.name] for c in shown) + COLUMN_GAP * (len(shown) - 1)

    shown = list(columns)
    dropped: list[Column] = []
    while needed(shown) > width:
        droppable = [c for c in shown if c.priority > 1]
        if not droppable:
            return shown, _in_order(columns, dropped), {}
        # The least important; of equals, the rightmost.
        victim = max(reversed(droppable), key=lambda c: c.priority)
        shown.remove(victim)
        dropped.append(victim)
    widths = {c.name: least[c.name] for c in shown}
    spare = width - needed(shown)
    for group in ([c for c in shown if c.fit != "quote"], [c for c in shown if c.fit == "quote"]):
        spare = _share(group, widths, most, spare)
    return shown, _in_order(columns, dropped), widths


def _in_order(columns: list[Column], chosen: list[Column]) -> list[Column]:
    names = {c.name for c in chosen}
    return [c for c in columns if c.name in names]


def _share(group: list[Column], widths: dict[str, int], most: Mapping[str, int], spare: int) -> int:
    """Widen the group's columns towards their natural width: those that lack least get
    all they lack first (each a column that wraps no more), then the rest share what is
    left equally. Returns what is left."""
    lacking = sorted(
        (most[c.name] - widths[c.name], c.name) for c in group if most[c.name] > widths[c.name]
    )
    while lacking and lacking[0][0] <= spare:
        lack, name = lacking.pop(0)
        widths[name] += lack
        spare -= lack
    for at, (_, name) in enumerate(lacking):
        given = spare // (len(lacking) - at)
        widths[name] += given
        spare -= given
    return spare


def _least_width(column: Column, texts: list[str], width: int) -> int:
    """The narrowest the column can be with no word, date, slug or id broken."""
    from rich.cells import cell_len

    header = max((cell_len(w) for w in column.header.split()), default=1)
    if column.fit == "quote":
        longest = max((cell_len(t) for t in texts), default=0)
        return max(header, min(longest, max(QUOTE_LEAST, width // 4)))
    if column.fit == "line":
        return max([header, *(cell_len(line) for t in texts for line in t.splitlines())])
    return max([header, *(cell_len(word) for t in texts for word in t.split())])


def _most_width(column: Column, texts: list[str]) -> int:
    """The column's natural width: its longest line and its header on one line."""
    from rich.cells import cell_len

    return max(
        [cell_len(column.header), *(cell_len(line) for t in texts for line in t.splitlines())]
    )


def _kept(column: Column, values: list[Any], keep: Keep) -> bool:
    if keep == "always":
        return True
    if keep == "never":
        return False
    texts = [cell_text(v) for v in values]
    if keep == "any":
        return any(texts)
    if keep == "varied":
        return len(set(texts)) > 1
    return any(text != column.usual for text in texts)


def _terminal_columns() -> int:
    import shutil

    return shutil.get_terminal_size().columns


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


def _column_layout(fit: Fit, width: int) -> dict[str, Any]:
    if fit == "quote":
        return {"overflow": "ellipsis", "no_wrap": True, "max_width": max(20, width // 3)}
    if fit == "line":
        return {"overflow": "ellipsis", "no_wrap": True}
    return {"overflow": "fold"}


def stance_colour(value: Any) -> str | None:
    """A stance cell's colour (rich drops colour when stdout is not a terminal)."""
    return STANCE_COLOURS.get(str(value))
