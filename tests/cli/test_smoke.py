"""The seed article, through the CLI, on both backends."""

from tests.conftest import Tracker


def test_seed_gives_the_article_stances(seeded: Tracker) -> None:
    rows = {r["country"]: r for r in seeded.json("stance")}
    assert rows["FR"]["stance"] == "committed"
    assert rows["DE"]["stance"] == "undecided"
    assert rows["LT"]["disputed"] is True
