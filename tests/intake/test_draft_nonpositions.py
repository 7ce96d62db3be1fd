"""Countries a sentence names without a position of their own (issue 20, item 4, third
round): views of what others will do, datelines, capitals naming a treaty, a verb's
object, time clauses, the pledge's target, a group's own clause. Every sentence is
written here for the test; none comes from a measured article."""

import pytest

from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge

TROOPS = Pledge("Send troops to a stabilisation force in Haiti")
SPENDING = Pledge("Spend 3% of GDP on health")
TREATY = Pledge("Withdraw from the Lima fisheries treaty")


def _stances(text: str, pledge: Pledge) -> list[tuple[str, str]]:
    drafted = draft_article(read_article(text), pledge=pledge)
    return sorted((p.code, p.stance) for p in drafted.proposals)


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # a view of what others will do is no position of theirs
        (
            TROOPS,
            "The analyst believes that Chile, Peru, and Bolivia, as well as Ecuador, may "
            "join the force.",
            [],
        ),
        (TROOPS, "A former general does not rule out that Chile will also send troops.", []),
        # ... but a country's own view of itself stays its own
        (
            TROOPS,
            "Chilean President Ana Ruiz believes that Chile will send troops.",
            [("CL", "committed")],
        ),
        # a dateline names a place, not an actor
        (SPENDING, "LIMA, Peru: The ministers signed off on a pledge to spend more.", []),
        # a capital naming a treaty is no government
        (
            TREATY,
            "Chile said it was mulling withdrawal from the Lima treaty.",
            [("CL", "considering")],
        ),
        # a verb's object, and the countries of an opening time clause
        (SPENDING, "The pledge is seen as a way to deter Bolivia.", []),
        (
            SPENDING,
            "After Bolivia invaded Paraguay in 2030, the ministers agreed to spend more.",
            [],
        ),
        (TROOPS, "Ministers will meet again when Peru rejects the ceasefire.", []),
        # "such a commitment" is spoken of, not made
        (
            TROOPS,
            "Officials in Chile said it would be hard to convince voters of such a commitment.",
            [],
        ),
    ],
)
def test_no_position_of_their_own(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected
