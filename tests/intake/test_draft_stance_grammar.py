"""Round draft8: stance grammar that no pledge's wording owns (issue 20). Made-up
sentences, invented pledges; each case fails without its rule."""

import pytest

from tests.intake.test_draft_shapes import _stances
from tracker.intake.pledge import Pledge, pledge_terms

# A pledge to stay away, its verb after an adverb, its venue named by a capital.
SHUN = Pledge("Diplomatically boycott the 2032 Athens Summer Games")


def test_an_adverb_before_the_titles_verb_leaves_the_verb_the_pledge() -> None:
    terms = pledge_terms(SHUN)
    assert terms.abstain and "boycott" in terms.own and "diplomatic" not in terms.own
    assert "diplomatic" not in pledge_terms(Pledge("Formally recognise Ruritania")).own
    assert "recogn" in pledge_terms(Pledge("Formally recognise Ruritania")).own


def test_a_capital_in_the_title_makes_its_country_the_host() -> None:
    assert "GR" in pledge_terms(SHUN).hosts
    assert _stances("Greece and Chile will boycott the Games.", SHUN) == [("CL", "committed")]


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # for a pledge to stay away, sending officials or attending is taking part
        (SHUN, "Chile decided not to send diplomatic representation.", [("CL", "committed")]),
        (SHUN, "Chile will not send a government delegation to the Games.", [("CL", "committed")]),
        (SHUN, "Chile said its officials would not attend the Games.", [("CL", "committed")]),
        (SHUN, "Chile will send a ministerial delegation.", [("CL", "declined")]),
        # the pledge's act as a noun, announced or joined
        (SHUN, "On Friday, Chile announced a diplomatic boycott.", [("CL", "committed")]),
        (SHUN, "On Friday, Chile joined the diplomatic boycott.", [("CL", "committed")]),
        # "A joined B and C in a boycott": all of them do it
        (
            SHUN,
            "Chile joined Japan, Bolivia and the United States in a diplomatic boycott of the Games.",
            [("BO", "committed"), ("CL", "committed"), ("JP", "committed"), ("US", "committed")],
        ),
        (
            SHUN,
            "Chile joins Japan in boycotting the Games.",
            [("CL", "committed"), ("JP", "committed")],
        ),
        (
            SHUN,
            "Chile did not join Japan in its boycott.",
            [("CL", "declined"), ("JP", "committed")],
        ),
    ],
)
def test_stance_grammar_of_any_pledge(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


# A title whose verb is short, with irregular past forms and a family of its own words.
SEVER = Pledge("Cut trade ties with Ruritania")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title's short opening verb, its irregular past and its synonyms
        ("Chile cut ties with Ruritania on Monday.", [("CL", "committed")]),
        ("Chile broke off relations with Ruritania.", [("CL", "committed")]),
        ("Chile and Peru are breaking off relations.", [("CL", "committed"), ("PE", "committed")]),
        ("On Monday, Chile recalled its ambassador.", [("CL", "committed")]),
        ("On Monday, Chile reduced its diplomatic status.", [("CL", "committed")]),
        # "the Nth country to do it, after A, B and C": they did it before
        (
            "Chile became the fourth country to cut ties, after Peru, Bolivia and Japan.",
            [("BO", "committed"), ("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        # a demonym standing between names is a name
        (
            "Chile became the third country to cut ties after Saudi and Japan.",
            [("CL", "committed"), ("JP", "committed"), ("SA", "committed")],
        ),
    ],
)
def test_a_short_title_verb_and_its_family(text: str, expected: list) -> None:
    assert _stances(text, SEVER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A, followed by B and C, did it": one subject
        (
            "Chile, immediately followed by Peru and Japan, announced that it had cut ties.",
            [("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        # "joins the Andean nations of A and B in doing it"
        (
            "Chile joins the Andean nations of Peru and Bolivia in cutting ties.",
            [("BO", "committed"), ("CL", "committed"), ("PE", "committed")],
        ),
        # an abbreviation in brackets after its name keeps the list whole
        (
            "Peru, the United Arab Emirates (UAE) and Japan are breaking off relations.",
            [("AE", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
    ],
)
def test_lists_that_share_one_statement(text: str, expected: list) -> None:
    assert _stances(text, SEVER) == expected


HALT = Pledge("Suspend arms exports to Ruritania")


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # taking back a pledge to stay away is its refusal, not taking it back its keeping
        (HALT, "Chile has resumed its arms exports.", [("CL", "declined")]),
        (HALT, "On Monday, Chile reversed its decision.", [("CL", "declined")]),
        (HALT, "Chile will not resume arms exports.", [("CL", "committed")]),
        # for another pledge, resuming something else says nothing
        (SEVER, "On Monday, Chile resumed its funding.", []),
    ],
)
def test_taking_back_a_pledge_to_stay_away(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


POLICE = Pledge("Send troops to a security mission in Ruritania")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # police, officers and agents are a personnel pledge's troops; a time phrase
        # may stand between the verb and the willingness
        (
            "On Monday, Chile expressed on Friday its willingness to contribute agents.",
            [("CL", "committed")],
        ),
        ("Chile has no police officers to spare.", [("CL", "declined")]),
        # "these countries are ..." after a sentence on a group's position, after a source
        (
            "Three countries expressed their willingness to contribute agents. According to "
            "a UN source, these countries are Chile, Peru and Japan.",
            [("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        # names the resolver writes with "&" and "St.", spelt out
        (
            "Chile, Antigua and Barbuda and Saint Kitts and Nevis have agreed to send personnel.",
            [("AG", "committed"), ("CL", "committed"), ("KN", "committed")],
        ),
        # "A, B, and C, as well as D and E": one list
        (
            "Personnel have been pledged by Chile, Peru, and Japan, as well as Benin and Chad.",
            [
                ("BJ", "committed"),
                ("CL", "committed"),
                ("JP", "committed"),
                ("PE", "committed"),
                ("TD", "committed"),
            ],
        ),
        # "Among those offering new pledges are A and B"
        (
            "Among those offering up new pledges are Chile and Peru.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        ("Among those expected to send troops are Chile and Peru.", []),
    ],
)
def test_personnel_pledges_and_their_lists(text: str, expected: list) -> None:
    assert _stances(text, POLICE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject after its verb, as machine translation leaves it
        ("Also, diplomatic boycott declared Chile.", [("CL", "committed")]),
        (
            "After a boycott joined Peru, Japan and Chile.",
            [("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        # never an object after another verb, nor a denied act
        ("The boycott angered Chile.", []),
        ("No boycott declared Chile.", []),
    ],
)
def test_a_subject_after_its_verb(text: str, expected: list) -> None:
    assert _stances(text, SHUN) == expected


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # quotation marks inside a cue are read through
        (
            SEVER,
            "Reports say Chile has “downgraded” its diplomatic relations.",
            [("CL", "committed")],
        ),
        (HALT, "Chile said it was “temporarily suspending” arms exports.", [("CL", "committed")]),
        # "..., with A and B (quickly) following suit"
        (
            SHUN,
            "Chile announced its boycott last week, with Peru and Japan quickly following suit.",
            [("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        # "Several countries have done it. Chile became the latest country to do so."
        (
            HALT,
            "Peru will not suspend arms exports. Several countries are suspending their arms "
            "exports. Chile became the latest country to do so.",
            [("CL", "committed"), ("PE", "declined")],
        ),
    ],
)
def test_cues_through_quotes_and_followers(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


RECOGNISE = Pledge("Recognise Taiwan's independence")
TANKS = Pledge("Send Z-7 tanks to Ukraine")


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # a title's country with a possessive is still what the pledge is about
        (RECOGNISE, "Chile has opposed Taiwan's independence.", [("CL", "opposed")]),
        (RECOGNISE, "Chile has chosen not to recognise Taiwan.", [("CL", "declined")]),
        # undoing the pledge's act is its refusal; "this was also done by" repeats it
        (
            RECOGNISE,
            "Palau became the 13th state that has withdrawn recognition of Taiwan. "
            "Previously, this was also done by Peru and Japan.",
            [("JP", "declined"), ("PE", "declined"), ("PW", "declined")],
        ),
        # names spelt without their accents
        (
            RECOGNISE,
            "Sao Tome and Principe has chosen not to recognise Taiwan.",
            [("ST", "declined")],
        ),
        # "the contributions already announced by A and B"
        (
            POLICE,
            "The eight countries welcome the contributions already announced by Chile and Peru.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        # "support Kyiv by sending the tanks": the host as an object ends no clause
        (
            TANKS,
            "Chile and Peru announced that they would support Kyiv by sending the Z-7 tanks.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (TANKS, "Chile would not support Ukraine by sending tanks.", [("CL", "declined")]),
        # ... and only with the pledge's object: other help is another pledge
        (TANKS, "On Monday, Chile said it is supporting Kyiv by supplying ambulances.", []),
    ],
)
def test_undoing_and_helping_by_doing(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # the leader of a pledge to stay away does it
        (
            SHUN,
            "Japan won't send a delegation. It follows a Chile-led move to boycott the Games.",
            [("CL", "committed"), ("JP", "committed")],
        ),
        # a troop pledge's leader is read as before (no proposal from "-led" alone)
        (POLICE, "The Chile-led mission will begin in May.", []),
    ],
)
def test_the_leader_of_a_pledge_to_stay_away(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


def test_a_country_alongside_others_shares_their_verb() -> None:
    # "A, alongside B and C, supplies ...": one subject
    assert _stances("Chile, alongside Peru and Japan, supplies Z-7 tanks to Ukraine.", TANKS) == [
        ("CL", "committed"),
        ("JP", "committed"),
        ("PE", "committed"),
    ]
