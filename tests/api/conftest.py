"""The API's fixtures."""

from collections.abc import Iterator

import pytest

import tracker


@pytest.fixture
def api(empty_db: str) -> Iterator[tracker.Tracker]:
    """The API on a fresh, seeded database of each backend."""
    opened = tracker.open(empty_db, editor="analyst", init=True)
    opened.seed()
    yield opened
    opened.close()
