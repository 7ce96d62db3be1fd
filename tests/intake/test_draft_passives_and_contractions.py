"""Round draft13: a passive's agents on an agreement, across "the heads of state ... from",
and contracted negations (issue 20, generality). The sentences are written for the test
(invented pledges and wording)."""

import pytest

from tests.intake.test_draft_prose_lists import _text
from tests.intake.test_draft_shapes import _stances
from tracker.intake.pledge import Pledge

DECLARATION = Pledge("Sign the Blue Ocean Declaration")
TROOPS = Pledge("Send troops to the regional mission in Tarapaca, Chile")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # the agents of the pledge's act on the agreement, after its signatories' office
        (
            DECLARATION,
            "The document was signed by the heads of state, or senior officials, from "
            "Chile, Peru, Ghana and Kenya.",
            [("CL", "committed"), ("GH", "committed"), ("KE", "committed"), ("PE", "committed")],
        ),
        (
            DECLARATION,
            "The declaration was signed by ministers from Chile and Peru on Monday.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (
            DECLARATION,
            "The declaration was endorsed by Chile, Peru and Ghana.",
            [("CL", "committed"), ("GH", "committed"), ("PE", "committed")],
        ),
        # guards: a passive of another verb states no signature
        (DECLARATION, "The declaration was criticised by officials from Chile and Peru.", []),
        (DECLARATION, "The declaration was welcomed by Chile and Peru.", []),
        (DECLARATION, "The document was opposed by the leaders of Chile and Peru.", []),
    ],
)
def test_passive_agents(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected


ACCORD = Pledge("Join the Blue Ocean Accord")
OPERATION = Pledge("Join Operation Sentinel in the Coral Sea")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # contracted negations refuse the pledge's act, as the full forms do
        (TROOPS, "Ghana hasn't sent troops to the mission.", [("GH", "declined")]),
        (
            TROOPS,
            "Peru and Ghana haven't sent any troops to Tarapaca.",
            [("GH", "declined"), ("PE", "declined")],
        ),
        (DECLARATION, "Peru didn't sign the Blue Ocean Declaration.", [("PE", "declined")]),
        (ACCORD, "Peru hasn't joined the Blue Ocean Accord.", [("PE", "declined")]),
        (ACCORD, "Peru couldn't join the Blue Ocean Accord.", [("PE", "declined")]),
        # guards: not yet is no refusal; a negation of another verb refuses nothing
        (ACCORD, "Peru hasn't yet joined the Blue Ocean Accord.", [("PE", "undecided")]),
        (
            ACCORD,
            "Peru didn't attend the summit, but it joined the Blue Ocean Accord.",
            [("PE", "committed")],
        ),
        # a negation after a turn qualifies the offer, it does not refuse it
        (
            TROOPS,
            "Ghana said soldiers could be sent to the mission, though they wouldn't engage "
            "in combat.",
            [("GH", "considering")],
        ),
        # what is done instead is the stance: more of its part is a part
        (
            OPERATION,
            "Ghana wouldn't be sending a ship to the Coral Sea, but would instead triple its "
            "troop contribution to Operation Sentinel.",
            [("GH", "committed")],
        ),
        (
            TROOPS,
            "Peru will not send troops to the mission, but will instead fund training.",
            [("PE", "declined")],
        ),
    ],
)
def test_contracted_negations(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected


FUNDING = Pledge("Suspend funding to the relief agency")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # an adverb between the modal and the pledge's own verb
        (
            FUNDING,
            "Britain and the US will temporarily pause future funding.",
            [("GB", "committed"), ("US", "committed")],
        ),
        (TROOPS, "Peru will also send troops to the mission.", [("PE", "committed")]),
        # guard: the negation still refuses
        (TROOPS, "Peru will not also send troops.", [("PE", "declined")]),
    ],
)
def test_an_adverb_after_the_modal(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a sentence that opens "In addition to A, ...": A did it too
        (
            "In addition to Senegal, Benin and Ivory Coast have pledged to send troops.",
            [("BJ", "committed"), ("CI", "committed"), ("SN", "committed")],
        ),
        (
            "As well as Peru, Ghana will send troops to the mission.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        ("Like Peru, Ghana has refused to send troops.", [("GH", "declined"), ("PE", "declined")]),
        # guards: "unlike" sets it apart; "no country" is none of them
        ("Unlike Peru, Ghana will send troops.", [("GH", "committed")]),
        ("In addition to Peru, no country has pledged troops.", []),
    ],
)
def test_in_addition_to(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), TROOPS) == expected


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # the agents of "similar moves" did the same as the clause's subject
        (
            FUNDING,
            "Peru resumed its funding of the relief agency on Monday, following similar "
            "moves by Ghana and Kenya.",
            [("GH", "declined"), ("KE", "declined"), ("PE", "declined")],
        ),
        # guard: criticism that an act follows is no part of it
        (
            TROOPS,
            "Peru will send troops, following criticism by Ghana and Kenya.",
            [("PE", "committed")],
        ),
    ],
)
def test_similar_moves_and_criticism(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


BANK = Pledge("Join the Blue Ocean Bank")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "became" states joining done; a founding member is a member
        ("Peru became a member of the Blue Ocean Bank.", [("PE", "committed")]),
        ("Peru became a founding member of the Blue Ocean Bank.", [("PE", "committed")]),
        ("Peru will become a founding member of the Blue Ocean Bank.", [("PE", "committed")]),
        # guards: negated, it is a refusal
        ("Peru never became a member of the Blue Ocean Bank.", [("PE", "declined")]),
        ("Peru did not become a founding member of the Blue Ocean Bank.", [("PE", "declined")]),
    ],
)
def test_became_a_member(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), BANK) == expected
