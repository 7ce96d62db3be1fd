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
