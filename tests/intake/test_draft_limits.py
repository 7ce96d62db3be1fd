"""A draft imports as it is, however long the article's sentences and title (issue 19
item 5): a text over an import's limit is cut at a sentence end, with `…`."""

import json
from pathlib import Path

import pytest

from tests.conftest import Tracker
from tracker.domain.events import MAX_TEXT
from tracker.intake.draft import importable_text

TOPIC = "ukraine-reassurance-force"


def _long_article(folder: Path) -> Path:
    title = "Europe's plan " + "for a long peace " * 1200  # 20,414 characters
    body = (
        "France will send troops to Ukraine, President Macron said, "
        + "and the mission will include training, logistics and air policing " * 320
        + "at once. Italy declined to send troops."
    )  # its first sentence alone is 21,000 characters
    path = folder / "long.txt"
    path.write_text(
        f"title: {title}\noutlet: Stern\npublished: 2025-09-05\n\n{body}\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize("fmt", ["yaml", "jsonl"])
def test_a_draft_of_overlong_texts_imports_as_it_is(
    seeded: Tracker, tmp_path: Path, fmt: str
) -> None:
    sheet = tmp_path / f"draft.{fmt}"
    article = _long_article(tmp_path)
    seeded.ok("draft", str(article), "--topic", TOPIC, "--format", fmt, "-o", str(sheet))
    seeded.ok("import", str(sheet))
    rows = [json.loads(line) for line in seeded.ok("export").stdout.splitlines()]
    drafted = [r for r in rows if r.get("type") == "statement" and r["date"] == "2025-09-05"]
    france = next(r for r in drafted if r["country"] == "FR")
    source = france["sources"][0]
    assert source["quote"].startswith("France will send troops to Ukraine")
    assert source["quote"].endswith(" …") and len(source["quote"]) <= MAX_TEXT
    assert source["title"].startswith("Europe's plan for a long peace")
    assert source["title"].endswith(" …") and len(source["title"]) <= MAX_TEXT
    italy = next(r for r in drafted if r["country"] == "IT")
    assert italy["sources"][0]["quote"] == "Italy declined to send troops."


def test_a_long_quote_is_cut_at_its_last_sentence_end_that_fits() -> None:
    sentence = "France will send troops, Macron said. "
    text = sentence * (MAX_TEXT // len(sentence) + 5)
    cut = importable_text(text)
    assert cut is not None and len(cut) <= MAX_TEXT
    assert cut.endswith("Macron said. …")
    assert text.startswith(cut.removesuffix(" …"))


def test_texts_that_fit_are_left_whole() -> None:
    whole = "x " * (MAX_TEXT // 2)
    assert importable_text(whole) == whole
    assert importable_text(None) is None
    assert importable_text("y" * (MAX_TEXT + 1)) == "y" * (MAX_TEXT - 2) + " …"
