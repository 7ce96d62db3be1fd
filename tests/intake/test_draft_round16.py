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
        # a halt of a supply stated as the supply no longer made
        (HALT_ARMS, "Ghana will no longer sell arms to Chile.", [("GH", "committed")]),
        (HALT_ARMS, "Ghana said it no longer exports weapons to Chile.", [("GH", "committed")]),
        # ... as no more of what the title names, whatever the verb's tense or modal
        (
            HALT_ARMS,
            "Ghana decided in March to send no more weapons to Chile.",
            [("GH", "committed")],
        ),
        (
            HALT_ARMS,
            "Ghana said it would not export any more weapons to Chile.",
            [("GH", "committed")],
        ),
        (
            HALT_SALES,
            "Ghana will not approve any new arms sales to Peru.",
            [("GH", "committed")],
        ),
        # ... as a ban on it
        (HALT_ARMS, "Ghana banned weapons exports to Chile in May.", [("GH", "committed")]),
        (HALT_SALES, "Kenya has imposed a ban on arms sales to Peru.", [("KE", "committed")]),
        # the title's object through its synonyms: arms are weapons, exports sales
        (HALT_ARMS, "Ghana has suspended weapons sales to Chile.", [("GH", "committed")]),
        (HALT_SALES, "Kenya froze arms exports to Peru.", [("KE", "committed")]),
        # guards: going on with the supply refuses the halt; a call for a ban is none
        (HALT_ARMS, "Ghana will keep selling arms to Chile.", []),
        (HALT_ARMS, "Ghana will continue to export weapons to Chile.", [("GH", "declined")]),
    ],
)
def test_a_halt_read_through_its_synonyms(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # no hurry to do it: reluctance, no refusal
        (
            RECOGNISE,
            "Ghana and Kenya made it clear that they were not in a hurry to recognise the "
            "Barataria government.",
            [("GH", "skeptical"), ("KE", "skeptical")],
        ),
        (
            RECOGNISE,
            "Ghana is in no rush to recognise the Barataria government.",
            [("GH", "skeptical")],
        ),
        (
            RECOGNISE,
            "The United States is in no hurry to extend recognition to the Barataria government.",
            [("US", "skeptical")],
        ),
        # guard: hurrying to do it is doing it
        (
            RECOGNISE,
            "Ghana rushed to recognise the Barataria government.",
            [("GH", "committed")],
        ),
    ],
)
def test_no_hurry_is_reluctance(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # a reaction noun's holders through "including from"
        (
            RECOGNISE,
            "Chile's recognition of the Barataria government has been met with widespread "
            "rejection, including from Peru, Ghana and regional bodies.",
            [("CL", "committed"), ("GH", "opposed"), ("PE", "opposed")],
        ),
        (
            RECOGNISE,
            "Chile's recognition of the Barataria government drew criticism, notably from Peru.",
            [("CL", "committed"), ("PE", "opposed")],
        ),
        # guard: "including from" after no reaction noun holds nothing
        (
            RECOGNISE,
            "Chile recognised the Barataria government after visits, including from Peru.",
            [("CL", "committed")],
        ),
    ],
)
def test_a_reaction_held_including_from(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


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
