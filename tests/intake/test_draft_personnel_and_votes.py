"""Round draft15: personnel pledges, closing pledges, votes, designations, leaving an
agreement, non-positions (issue 20, set M tuned on). The sentences are written for the
test (invented pledges, places and wording)."""

import pytest

from tests.intake.test_draft_prose_lists import _text
from tests.intake.test_draft_shapes import _stances
from tracker.intake.pledge import Pledge, pledge_terms

MEDICS = Pledge("Send doctors to help fight the Tarapaca fever outbreak in Chile")
RESCUE = Pledge("Send rescue teams to Chile after the earthquake")


def test_a_personnel_pledge_reads_as_the_troop_pledge() -> None:
    terms = pledge_terms(MEDICS)
    assert terms.troops
    assert "doctors" in terms.objects.split("|")
    assert "CL" in terms.hosts


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # the pledge's people counted from their countries
        (
            MEDICS,
            "Almost 300 doctors from Peru, Ghana and Kenya are set to arrive in Chile.",
            [("GH", "committed"), ("KE", "committed"), ("PE", "committed")],
        ),
        (
            MEDICS,
            "Another 40 doctors arriving from Ghana will likely end up in Tarapaca.",
            [("GH", "committed")],
        ),
        (
            RESCUE,
            "More than 100 personnel from Peru and Ghana have been deployed to help.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        # through a list's own lead: "colleagues from countries including"
        (
            MEDICS,
            "They will join hundreds of their colleagues from countries including Peru and "
            "Ghana who already were in Chile.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        # none of them, as "no troops from Peru"
        (MEDICS, "No doctors from Peru have come.", [("PE", "declined")]),
        # people of another kind are no personnel of the pledge
        (MEDICS, "Almost 300 tourists from Peru are set to arrive in Chile.", []),
    ],
)
def test_personnel_counted_from_countries(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


CLOSE = Pledge("Close airspace to Chilean aircraft (2030)")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # closing is done by closing, shutting, banning or barring
        (
            CLOSE,
            "Peru and Ghana also shut their skies to Chile.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        (
            CLOSE,
            "Flights were also banned from two more countries – Peru and Ghana.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        # keeping it open is the refusal
        (CLOSE, "Peru has kept its airspace open to Chilean planes.", [("PE", "declined")]),
        (
            CLOSE,
            "Most of the region closed its airspace. But Peru did not do the same.",
            [("PE", "declined")],
        ),
        # and for another pledge, an open border is no refusal
        (MEDICS, "Peru has kept its border open.", []),
    ],
)
def test_a_pledge_to_close(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected


RECOGNISE = Pledge("Recognise Tarapaca as an independent state")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the ones done before the "Nth state after"
        (
            "Peru becomes the second state after Ghana to recognize Tarapaca.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        (
            "Peru became the third country after Ghana and Kenya to recognise Tarapaca.",
            [("GH", "committed"), ("KE", "committed"), ("PE", "committed")],
        ),
        # a count of recognitions is no country's position, nor a comparison's measure
        ("Meanwhile, Western Sahara is recognized by 45 states.", []),
        (
            "Tarapaca has been recognized by more states than the Turkish Republic of "
            "Northern Cyprus.",
            [],
        ),
        # support short of the act is no refusal of it
        (
            "Peru and Ghana have expressed support for Tarapaca without officially "
            "recognizing its independence.",
            [("GH", "undecided"), ("PE", "undecided")],
        ),
        ("Peru will deal with Tarapaca without recognising it.", [("PE", "declined")]),
    ],
)
def test_recognitions_before_counts_and_sympathy(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), RECOGNISE) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a dated list after "followed by" shares the act before it
        (
            "Peru also recognized it, followed by Ghana on September 10, 2009, Kenya on "
            "16 December 2009, by Togo May 23, 2011 and Mali on September 18, 2011.",
            [
                ("GH", "committed"),
                ("KE", "committed"),
                ("ML", "committed"),
                ("PE", "committed"),
                ("TG", "committed"),
            ],
        ),
        # a list that closes on a group of unnamed others
        (
            "Tarapaca was recognized by Peru, Ghana and some African states.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        # never a place and a country: "in Berlin, Denmark and two others"
        (
            "At the meeting in Berlin, Denmark and two other countries recognised it.",
            [("DK", "committed")],
        ),
        # "one of the few countries to ... and recognise", and the group it is named with
        (
            "Peru was one of the few countries to follow Ghana's lead and recognise "
            "Tarapaca, along with Kenya, Togo and two other African states, Mali and Niger.",
            [
                ("KE", "committed"),
                ("ML", "committed"),
                ("NE", "committed"),
                ("PE", "committed"),
                ("TG", "committed"),
            ],
        ),
    ],
)
def test_dated_and_closing_lists(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), RECOGNISE) == expected


GUARANTOR = Pledge("Recognise Ana Ruiz as president of Chile")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # the pledge's own verb on a country's possessive: that country is its object
        (
            RECOGNISE,
            "The protocol says Peru recognizes Ghana’s territorial integrity.",
            [("PE", "committed")],
        ),
        # the name a pledge backs, in its possessive, is still that name
        (GUARANTOR, "On May 29, Peru recognized Ruiz’s mandate.", [("PE", "committed")]),
        (GUARANTOR, "On May 29, Peru recognized Soto as president.", [("PE", "opposed")]),
    ],
)
def test_objects_and_possessives(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # votes: in favour keeps the pledge, against opposes it, an abstention decides nothing
        (
            "Peru and Ghana voted in favour of recognising Tarapaca.",
            [("GH", "committed"), ("PE", "committed")],
        ),
        ("Kenya voted against the resolution on Tarapaca.", [("KE", "opposed")]),
        ("Mali abstained in the vote on Tarapaca.", [("ML", "undecided")]),
        # a vote's roster, on one line or one country a line
        (
            "In favour: Peru, Ghana and Kenya.",
            [("GH", "committed"), ("KE", "committed"), ("PE", "committed")],
        ),
        (
            "The vote went as follows.\n\nIn favour (2):\n\nPeru\n\nGhana\n\nAgainst:\n\n"
            "Mali\n\nAbstentions:\n\nTogo",
            [("GH", "committed"), ("ML", "opposed"), ("PE", "committed"), ("TG", "undecided")],
        ),
    ],
)
def test_votes(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), RECOGNISE) == expected


DESIGNATE = Pledge("Designate the Tarapaca Front as a terrorist organisation")
SIGN = Pledge("Sign the Tarapaca migration compact")
LEAVE = Pledge("Withdraw from the Tarapaca treaty")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # designating is done by designating, proscribing, blacklisting, listing as terrorist
        (DESIGNATE, "Kenya proscribed the Front last year.", [("KE", "committed")]),
        (
            DESIGNATE,
            "Ghana has listed the Front as a terrorist organisation.",
            [("GH", "committed")],
        ),
        (DESIGNATE, "Mali added the Front to its terrorist list.", [("ML", "committed")]),
        (DESIGNATE, "Togo has refused to designate the Front.", [("TG", "declined")]),
        # leaving an agreement: backing the withdrawal refuses it
        (SIGN, "Poland supported the withdrawal from the compact.", [("PL", "declined")]),
        (SIGN, "Kenya announced its withdrawal from the compact.", [("KE", "declined")]),
        # regretting another's withdrawal is no refusal
        (SIGN, "Ghana regretted the decision to withdraw from the treaty.", []),
        # regretting the pledge's act opposes it
        (LEAVE, "Ghana regretted the decision to withdraw from the treaty.", [("GH", "opposed")]),
        (SIGN, "Togo regretted the decision to sign the pact.", [("TG", "opposed")]),
    ],
)
def test_designations_and_leaving(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an organisation acting as the subject of a clause of time
        (
            "The move came after the EU banned Chilean airlines from its airspace.",
            [("EU", "committed")],
        ),
        # never where it only announces or convenes
        ("The move came after the EU said Peru would act.", []),
    ],
)
def test_an_organisation_in_a_clause_of_time(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), CLOSE) == expected
