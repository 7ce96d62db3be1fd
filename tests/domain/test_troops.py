"""Troop figures are a domain rule (`tracker.domain.troops`): every way in (the CLI, the
Python API, CSV/xlsx cells, article sheets) reads `N`, `N+` and `N-M` by that one rule."""

import ast
from pathlib import Path

import pytest

from tracker.domain.troops import troops_from_text
from tracker.errors import InvalidValue

TRACKER = Path(__file__).resolve().parents[2] / "tracker"


def test_the_three_forms_and_the_words() -> None:
    assert troops_from_text("1,000") == {"min": 1000, "max": 1000}
    assert troops_from_text("2000+") == {"min": 2000, "max": None}
    assert troops_from_text("5000-8000", "five to eight thousand") == {
        "min": 5000,
        "max": 8000,
        "text": "five to eight thousand",
    }


@pytest.mark.parametrize("text", ["5000-", "two thousand", "２０００", "9" * 40])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(InvalidValue, match="troops"):
        troops_from_text(text)


def test_no_module_reaches_troops_through_a_file_format() -> None:
    """The rule lives in the domain; the import codec (tracker.formats) uses it too."""
    for path in TRACKER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and "troops_from_text" in {
                alias.name for alias in node.names
            }:
                assert node.module == "tracker.domain.troops", path
