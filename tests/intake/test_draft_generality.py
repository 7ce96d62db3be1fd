"""A pledge known only by its title drafts by general rules (issue 20, round draft6): the
title's verb with its inflections and the verbs that say the same, a title's later words
read as objects, and stance shapes that are no troop wording. Made-up sentences only."""

import pytest

from tests.intake.test_draft_shapes import _stances
from tracker.intake.pledge import Pledge, inflected, pledge_terms

JETS = Pledge("Send Z-9 fighter jets to Ukraine")
BAN = Pledge("Ban Zentel from 6G networks")
MOVE = Pledge("Move the embassy to Jerusalem")
JOIN = Pledge("Join the Coastal Rescue Union")
EXPEL = Pledge("Expel Russian diplomats")
HALT = Pledge("Suspend arms exports to Ruritania")


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("move", ["move", "moves", "moved", "moving"]),
        ("supply", ["supply", "supplies", "supplied", "supplying"]),
        ("ban", ["ban", "bans", "banned", "banning"]),
        ("hand over", ["handed over", "hands over"]),
        ("enter", ["entered", "entering"]),
    ],
)
def test_a_verb_comes_with_its_inflections(verb: str, forms: list[str]) -> None:
    import re

    assert all(re.fullmatch(inflected(verb), form) for form in forms)


def test_an_imperative_title_has_one_verb_and_its_later_words_are_objects() -> None:
    terms = pledge_terms(BAN)
    assert "network" not in terms.own and "networks" in terms.objects
    assert "exclud" in terms.own and "prohibit" in terms.own
    assert "embass" not in pledge_terms(MOVE).own and "relocat" in pledge_terms(MOVE).own
    # a noun title keeps its verb from the noun
    assert r"recogn\w*" in pledge_terms(Pledge("Recognition of the State of Palestine")).own


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # the title's verb in any inflection, and the verbs that say the same
        (MOVE, "Guatemala is moving its embassy to Jerusalem.", [("GT", "committed")]),
        (MOVE, "Paraguay relocated its embassy to Jerusalem.", [("PY", "committed")]),
        (MOVE, "Chile has no intention of moving its embassy.", [("CL", "declined")]),
        (JETS, "Norway has committed to donating six Z-9 jets.", [("NO", "committed")]),
        (JETS, "Belgium will transfer 30 Z-9 jets by 2028.", [("BE", "committed")]),
        (BAN, "Japan decided to exclude Zentel from its rollout.", [("JP", "committed")]),
        (BAN, "Canada has barred Zentel.", [("CA", "committed")]),
        (EXPEL, "Germany said 40 diplomats had been sent home.", [("DE", "committed")]),
        (EXPEL, "Spain announced the expulsion of 25 diplomats.", [("ES", "committed")]),
        (HALT, "Finland will halt arms exports to Ruritania.", [("FI", "committed")]),
        (HALT, "Austria froze its arms exports.", [("AT", "committed")]),
        (JOIN, "Chile will become a member of the union next year.", [("CL", "committed")]),
        # a later word of the title is no verb: owning the item is no pledge
        (JETS, "Portugal operates its own jets.", []),
        (BAN, "Poland's networks are fast.", []),
    ],
)
def test_a_title_only_pledge_reads_its_verb_and_synonyms(
    pledge: Pledge, text: str, expected: list
) -> None:
    assert _stances(text, pledge) == expected


CLUSTER = Pledge("Send cluster bombs to Ruritania")


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # refusals and objections without a refusal word
        (
            BAN,
            "Germany and Norway decided against prohibiting Zentel.",
            [("DE", "declined"), ("NO", "declined")],
        ),
        (
            BAN,
            "France believes it can manage the risks without enacting a general ban.",
            [("FR", "declined")],
        ),
        (BAN, "Italy will not attempt to limit the company's role.", [("IT", "declined")]),
        (CLUSTER, "Canada does not support the use of cluster bombs.", [("CA", "opposed")]),
        (
            CLUSTER,
            "Britain's prime minister said he discourages the use of cluster bombs.",
            [("GB", "opposed")],
        ),
        (CLUSTER, "Spain said that cluster bombs should not be delivered.", [("ES", "declined")]),
        (CLUSTER, "Chile objected to the plan.", [("CL", "opposed")]),
        (CLUSTER, "Peru raised concerns about the plan.", [("PE", "skeptical")]),
        (CLUSTER, "Peru stopped short of endorsing the plan.", [("PE", "undecided")]),
        (
            CLUSTER,
            "Canada is reiterating its stance against the use of cluster bombs.",
            [("CA", "opposed")],
        ),
        # proposing is not doing; a decision announced is
        (BAN, "The UK has proposed a ban of Zentel products.", [("GB", "considering")]),
        (EXPEL, "France announced its decision to expel 30 diplomats.", [("FR", "committed")]),
        (
            MOVE,
            "The US move was followed by Guatemala.",
            [("GT", "committed"), ("US", "committed")],
        ),
        # "if in limited capacity" is no condition, "limited" no ban
        (BAN, "Thailand has banned Zentel, if in limited capacity.", [("TH", "committed")]),
        # a list named after a group with a participle
        (
            JETS,
            "Other countries pledging to transfer the jets are Denmark and Norway.",
            [("DK", "committed"), ("NO", "committed")],
        ),
    ],
)
def test_stance_shapes_that_are_no_troop_wording(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # a "which" clause about another noun is not the country's statement
        (
            CLUSTER,
            "Chile criticised the bombs, which the US agreed to send.",
            [("US", "committed")],
        ),
        (CLUSTER, "Chile praised the plan, which would send cluster bombs.", []),
        # ... but one right after the country, or its minister's "who", is
        (CLUSTER, "Peru, which has pledged to send cluster bombs, is firm.", [("PE", "committed")]),
        (
            MOVE,
            "Mogherini spoke to Czech Foreign Minister Ana Novak, who pledged that her country has no intention of moving its embassy.",
            [("CZ", "declined")],
        ),
        # the one a report is confirmed by is no actor of it
        (
            Pledge("Join the Coastal Rescue Union"),
            "On Monday, this was confirmed by South African Foreign Minister Ana Dube.",
            [],
        ),
        # committing to a named treaty is another pledge
        (CLUSTER, "Canada has pledged to the Convention on Cluster Munitions.", []),
        # a passive in what the country says is not done to the country
        (
            Pledge("Arrest Ruiz under the court's warrant"),
            "The Peruvian interior minister declined to say whether Ruiz would be detained.",
            [("PE", "undecided")],
        ),
    ],
)
def test_who_states_it(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


COALITION = Pledge("Join Operation Harbour Shield")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organiser of what others join is no member proposed
        (
            "Denmark will join the US-led naval operation. The US will provide ships.",
            [("DK", "committed")],
        ),
        # the one who announces what unnamed countries did is its speaker
        (
            "More than twenty countries have joined the coalition, the US Department of"
            " Defense announced on Thursday.",
            [],
        ),
    ],
)
def test_organisers_and_speakers_of_a_coalition(text: str, expected: list) -> None:
    assert _stances(text, COALITION) == expected


def test_an_earlier_event_the_clause_recalls_does_not_date_it() -> None:
    from tracker.intake.article import read_article
    from tracker.intake.draft import draft_article

    text = (
        "published: 2024-01-31\n\nEgypt confirmed that it is joining the union after"
        " receiving an invitation last year."
    )
    drafted = draft_article(read_article(text), pledge=JOIN)
    assert [(p.code, p.date) for p in drafted.proposals] == [("EG", None)]


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # a list of demonyms shares the role noun after its last one
        (
            BAN,
            "Chilean, Peruvian and Bolivian governments have said they will not attempt to"
            " limit the company's role.",
            [("BO", "declined"), ("CL", "declined"), ("PE", "declined")],
        ),
        # the subject of a gerund after "despite" states its own act
        (
            JOIN,
            "The union keeps its invitation open despite Chile declining to accept it.",
            [("CL", "declined")],
        ),
    ],
)
def test_lists_of_demonyms_and_gerunds_of_concession(
    pledge: Pledge, text: str, expected: list
) -> None:
    assert _stances(text, pledge) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # other wordings of one pledge draft alike
        ("Expulsion of Russian diplomats", "Spain expelled 25 diplomats.", [("ES", "committed")]),
        ("Expulsion of Russian diplomats", "Chile's networks of diplomats are wide.", []),
        ("BRICS membership", "Ethiopia confirmed that it is joining BRICS.", [("ET", "committed")]),
        ("BRICS membership", "Argentina declined the invitation.", [("AR", "declined")]),
        (
            "Become a member of the Coastal Rescue Union",
            "Peru accepted the invitation. Chile will take a decision in May.",
            [("CL", "undecided"), ("PE", "committed")],
        ),
        (
            "Take part in Operation Harbour Shield",
            "Greece has joined the operation. Italy will take its time.",
            [("GR", "committed")],
        ),
        (
            "Intervene in Chile's case against Peru at the ICJ",
            "Brazil and Spain have so far joined the lawsuit.",
            [("BR", "committed"), ("ES", "committed")],
        ),
    ],
)
def test_a_pledge_drafts_alike_whatever_its_titles_wording(
    title: str, text: str, expected: list
) -> None:
    assert _stances(text, Pledge(title)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more talks first is no condition of an offer; a vote in parliament is
        ("Chile said joining would require further dialogue.", [("CL", "undecided")]),
        (
            "Chile is ready to join, but said this would require a vote in parliament.",
            [("CL", "conditional")],
        ),
        # the one quoted on other countries is their speaker
        (
            "Three countries have confirmed their agreement to join. These are Peru, Bolivia"
            " and Ecuador,” Chilean Foreign Minister Ana Soto said.",
            [("BO", "committed"), ("EC", "committed"), ("PE", "committed")],
        ),
    ],
)
def test_conditions_and_speakers(text: str, expected: list) -> None:
    assert _stances(text, JOIN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Participating countries include Peru, Chile and Bolivia.",
            [("BO", "committed"), ("CL", "committed"), ("PE", "committed")],
        ),
        (
            "Spain's defence ministry denied Washington's claims that it will participate.",
            [("ES", "declined")],
        ),
        (
            "Chile, together with Peru, agreed earlier this month to form the coalition.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (
            "Three countries in the coalition are already known: Peru, Chile and Bolivia.",
            [("BO", "committed"), ("CL", "committed"), ("PE", "committed")],
        ),
    ],
)
def test_members_of_what_a_pledge_joins(text: str, expected: list) -> None:
    assert _stances(text, COALITION) == expected


def test_members_of_a_coalition_are_no_position_for_a_troop_pledge() -> None:
    troops = Pledge("Send troops to a stabilisation force in Haiti")
    text = "Three countries in the coalition are already known: Peru, Chile and Bolivia."
    assert _stances(text, troops) == []


HAITI = Pledge("Send troops to a stabilisation force in Haiti")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Peru Reject Plans to Send Troops to Haiti.",
            [("CL", "declined"), ("PE", "declined")],
        ),
        ("Chile has distanced itself from talk of sending troops.", [("CL", "declined")]),
        (
            "Chile is not among the 20 countries that pledged to deploy troops.",
            [("CL", "declined")],
        ),
        # who reports what unnamed countries did takes no position, nor carries one
        ("Chilean President Ana Soto announced that 26 nations had agreed to send troops.", []),
        (
            "The meeting was chaired by Chilean President Ana Soto. After the talks, Soto"
            " announced that 26 nations had agreed to send troops.",
            [],
        ),
        # "confirmed that" introduces what follows, it commits to nothing itself
        ("Peru confirmed that its leaders met in Lima.", []),
    ],
)
def test_refusals_in_headlines_and_reports_on_others(text: str, expected: list) -> None:
    assert _stances(text, HAITI) == expected


def test_a_list_goes_on_past_an_item_that_is_no_lone_country() -> None:
    text = (
        "Countries that have been invited but remain noncommittal:\n— Chile\n"
        "— The Andean Community's executive arm\n— Peru\n— Bolivia"
    )
    assert _stances(text, JOIN) == [
        ("BO", "undecided"),
        ("CL", "undecided"),
        ("PE", "undecided"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile took the strongest stance, with its president warning the union's"
            " mandate could undermine the international order.",
            [("CL", "opposed")],
        ),
        # a hypothetical of another's is no warning of the country's own
        ("Peru fears that Chile's position could undermine the talks.", []),
        (
            "Chile's minister said: yes to the plan, but no to joining the union.",
            [("CL", "declined")],
        ),
    ],
)
def test_warnings_and_no_to_it(text: str, expected: list) -> None:
    assert _stances(text, JOIN) == expected
