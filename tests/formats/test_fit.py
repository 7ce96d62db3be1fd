"""Terminal tables fit their width without breaking a word, whatever the columns hold
(a property of `tracker.formats.output`'s layout, over random listings and rows)."""

import io
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.formats.output import Column, Listing, render

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-,", min_size=1, max_size=12)
CELL = st.lists(WORD, max_size=8).map(" ".join)
FOOTER_TEXT = "Not shown at this width: (widen the terminal or use --format csv)"
FOOTER = re.compile(r"Not shown at this width: (.+?) \(widen the terminal or use --format csv\)")


@st.composite
def tables(draw: st.DrawFn) -> tuple[Listing, list[dict[str, str]]]:
    """A key column that never drops, then up to six others of any fit and priority."""
    count = draw(st.integers(1, 6))
    names = [f"c{i}" for i in range(count)]
    columns = [Column("key", fit="line")] + [
        Column(
            name,
            fit=draw(st.sampled_from(["wrap", "line", "quote"])),
            priority=draw(st.integers(2, 5)),
        )
        for name in names
    ]
    rows = [
        {"key": draw(st.text(alphabet="ABCDEF0123", min_size=1, max_size=8))}
        | {name: draw(CELL) for name in names}
        for _ in range(draw(st.integers(1, 5)))
    ]
    return Listing("t", ("key", *names), tuple(columns)), rows


@settings(max_examples=60, deadline=None)
@given(table=tables(), width=st.sampled_from([40, 80, 100]))
def test_a_terminal_table_fits_and_breaks_no_word(
    table: tuple[Listing, list[dict[str, str]]], width: int
) -> None:
    listing, rows = table
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", str(width))
        out = io.StringIO()
        patch.setattr(sys, "stdout", out)
        render(listing, rows, "table")
    shown = out.getvalue()
    words = {w for row in rows for v in row.values() for w in v.split()}
    words |= {c.header for c in listing.columns} | set(FOOTER_TEXT.split())
    footer = FOOTER.search(" ".join(shown.split()))
    dropped = footer.group(1).split(", ") if footer else []
    for line in shown.splitlines():
        assert len(line.rstrip()) <= width, line
        for word in line.split():
            whole = word in words or word.rstrip(",") in words or set(word) == {"─"}
            cut = word.endswith("…") and any(w.startswith(word[:-1]) for w in words)
            assert whole or cut, f"{word!r} broken in {line!r}"
    # Only columns of a priority above 1 drop, and each is named once.
    assert "key" not in dropped and len(dropped) == len(set(dropped))
