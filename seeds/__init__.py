"""Seed data shipped with the package: the founding article encoded as events."""

from importlib.resources import files
from importlib.resources.abc import Traversable


def seed_files() -> list[Traversable]:
    """The seed event files, in name order."""
    return sorted(
        (f for f in files(__name__).iterdir() if f.name.endswith(".jsonl")),
        key=lambda f: f.name,
    )
