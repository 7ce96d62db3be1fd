"""The report puts a quote between its own marks once: marks the quote already has at
its ends are not doubled (`““Today`, `future.""`)."""

from pathlib import Path

import pytest

from tests.conftest import Tracker
from tracker.formats.rows import bare_quote


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ("We are ready.", ("We are ready.", True)),
        ("“Today we commit.”", ("Today we commit.", True)),
        ('"Today we commit."', ("Today we commit.", True)),
        ("„Wir sind bereit.“", ("Wir sind bereit.", True)),
        ("“Today we are ready,", ("Today we are ready,", True)),  # the excerpt cut it
        ('ready for the future."', ("ready for the future.", True)),
        ('Macron said: "for the future."', ('Macron said: "for the future."', False)),
        ('We are "ready" to act.', ('We are "ready" to act.', True)),
        ("“Yes,” he said, “we will.”", ("“Yes,” he said, “we will.”", False)),
    ],
)
def test_a_quote_keeps_one_pair_of_marks(quote: str, shown: tuple[str, bool]) -> None:
    assert bare_quote(quote) == shown


def test_the_report_never_doubles_a_quotes_marks(tracker: Tracker, tmp_path: Path) -> None:
    tracker.add("FR", "committed", "2025-09-04", "--outlet", "AFP", "--quote", "“Today we commit.”")
    tracker.add("DE", "undecided", "2025-09-04", "--outlet", "FAZ", "--quote", 'for the future."')
    tracker.add("IT", "declined", "2025-09-04", "--outlet", "ANSA", "--quote", "No troops.")
    path = tmp_path / "report.html"
    tracker.ok("report", "-o", str(path))
    html = path.read_text(encoding="utf-8").split("</style>", 1)[1]
    assert '<q class="quote">Today we commit.</q>' in html
    assert '<q class="quote">for the future.</q>' in html
    assert '<q class="quote">No troops.</q>' in html
    for doubled in ("““", "””", '"”', "“&#34;", "&#34;”", "future.&#34;"):
        assert doubled not in html, doubled
    assert "“Today we commit.”\n" in html or "“Today we commit.”&#10;" in html  # the tooltip
