"""Round draft16: stance grammar that carries to any pledge a title names (issue 20).
Every sentence is written here for the test (invented pledges, places and wording);
none comes from a measured article."""

import pytest

from tests.intake.test_draft_prose_lists import _text
from tests.intake.test_draft_shapes import _stances
from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge

HALT_ARMS = Pledge("Suspend arms exports to Chile over the border war")
HALT_SALES = Pledge("Halt weapons sales to Peru")
RECOGNISE = Pledge("Recognise the Barataria government")
BOYCOTT = Pledge("Boycott the 2031 Lima summit")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # a country inside "anti-X", "pro-X" is what the word is about, not an actor
        (
            BOYCOTT,
            "Twelve countries boycotted the Lima summit over its anti-Chile bias.",
            [],
        ),
        (
            BOYCOTT,
            "Ghana boycotted the Lima summit, citing the pro-Peru tone of its declaration.",
            [("GH", "committed")],
        ),
    ],
)
def test_anti_and_pro_compounds_take_no_position(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


def test_a_speaker_of_another_country_goes_on_no_list() -> None:
    body = (
        "The countries boycotting the Lima summit were: Ghana, Kenya, Chile and Peru. "
        "Norwegian ambassador Ola Berg said his country “did not attend the meeting.”"
    )
    drafted = draft_article(read_article(_text(body)), pledge=BOYCOTT)
    quotes = {p.code: drafted.quote(p) for p in drafted.proposals}
    assert sorted(quotes) == ["CL", "GH", "KE", "PE"]
    assert all("Norwegian" not in quote for quote in quotes.values())


def test_a_continuing_sentence_still_goes_on_its_own_country() -> None:
    body = (
        "Ghana will boycott the Lima summit. "
        "Its foreign minister, Ama Boateng, said the decision was final."
    )
    drafted = draft_article(read_article(_text(body)), pledge=BOYCOTT)
    (ghana,) = drafted.proposals
    assert drafted.quote(ghana).endswith("the decision was final.")
