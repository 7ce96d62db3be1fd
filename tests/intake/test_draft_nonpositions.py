"""Countries a sentence names without a position of their own (issue 20, item 4, third
round): views of what others will do, datelines, capitals naming a treaty, a verb's
object, time clauses, the pledge's target, a group's own clause. Every sentence is
written here for the test; none comes from a measured article."""

from pathlib import Path

import pytest

from tests.conftest import Tracker
from tests.intake.test_draft_shapes import TROOPS, _stances
from tracker.intake.pledge import Pledge

SPENDING = Pledge("Spend 3% of GDP on health")
TREATY = Pledge("Withdraw from the Lima fisheries treaty")
ARREST = Pledge("Arrest Ruiz under the court's warrant")
CASE = Pledge("Join Chile's case against Peru at the ICJ")
RECOGNITION = Pledge("Recognise Patagonia as an independent state")


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
        # a first name that is a country's: "Prime Minister Georgia ..."
        (
            TROOPS,
            "Peruvian Prime Minister Georgia Blanco said her country would not send troops.",
            [("PE", "declined")],
        ),
        # a capital in a newspaper's name
        (TROOPS, "Countries willing to send troops are backing out, the Lima Herald reported.", []),
        # a group that is its clause's own subject keeps its stance
        (
            TROOPS,
            "The first draft of the plan said that Chile would work with partners on the "
            "force, but so far no other countries have committed troops.",
            [],
        ),
        (
            TROOPS,
            "Though many nations have held off on joining the force, Peru and Chile appeared "
            "unfazed.",
            [],
        ),
        # a progressive is no passive: "are withdrawing" is the country's own act
        (
            TREATY,
            "Chile and Peru announced that they are withdrawing from the treaty.",
            [("CL", "committed"), ("PE", "committed")],
        ),
    ],
)
def test_no_position_of_their_own(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


def test_the_person_a_pledge_targets_gives_no_position() -> None:
    """The country of the person a title names is the pledge's target, like a host; one
    whose own leader "was not arrested" undergoes the act, takes no position."""
    text = (
        "Chilean President Ana Ruiz faces a warrant. Chile rejects the warrant. Peru said "
        "it would arrest Ruiz. Bolivian President Luis Soto was not arrested on a visit."
    )
    assert _stances(text, ARREST) == [("PE", "committed")]


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        (
            TROOPS,
            "Chile and Peru are in early talks to provide troops for the force.",
            [("CL", "considering"), ("PE", "considering")],
        ),
        (
            ARREST,
            "The Peruvian interior minister declined to say whether Ruiz would be detained.",
            [("PE", "undecided")],
        ),
        (ARREST, "Peru vows to disregard the court's arrest warrant.", [("PE", "declined")]),
        (
            ARREST,
            "The Peruvian interior minister declined on Friday to say whether Ruiz would be "
            "detained.",
            [("PE", "undecided")],
        ),
        (
            ARREST,
            "Asked if Ruiz would be held, the Peruvian government said: We are not going into "
            "hypotheticals.",
            [("PE", "undecided")],
        ),
        # "crimes have been committed" is a passive, no commitment
        (ARREST, "Peru's foreign minister said crimes have been committed.", []),
        (
            ARREST,
            "Chile said police would be required to arrest Ruiz if he came to Chile.",
            [("CL", "committed")],
        ),
        (ARREST, "Peru said it would comply with the warrant.", [("PE", "committed")]),
        (
            TROOPS,
            "The Peruvian president said his country is exploring ways to help the mission.",
            [("PE", "considering")],
        ),
        (
            SPENDING,
            "In May, Chile and Peru said that they would aim to meet the new target.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        # a present figure beside the pledge's verb is no position on the pledged share
        (SPENDING, "Chile currently spends around 1.4% of its GDP on health.", []),
        (SPENDING, "Peru has pledged to spend 3% of GDP on health.", [("PE", "committed")]),
    ],
)
def test_stance_words_of_talks_non_answers_and_defiance(
    pledge: Pledge, text: str, expected: list
) -> None:
    assert _stances(text, pledge) == expected


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # doubts about something else than the pledge
        (TROOPS, "Chile remains wary of court rulings on the matter.", []),
        (TROOPS, "Chile remains wary of sending troops.", [("CL", "skeptical")]),
        # a condition that is the pledge's own occasion is no condition
        (
            ARREST,
            "Chile and Peru said they would comply and arrest Ruiz if he were to visit.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        # a list between dashes closing a group
        (ARREST, "Others - including Chile - have rejected the warrant.", [("CL", "opposed")]),
        # a group apposed to a country shares the list's verb
        (
            SPENDING,
            "Chile and the Andean countries — Peru and Bolivia — have committed to 3% of GDP.",
            [("BO", "committed"), ("CL", "committed"), ("PE", "committed")],
        ),
        # a country naming likely contributors forecasts, takes no position
        (TROOPS, "Chile named Peru and Bolivia as likely contributors to the force.", []),
        # after a sentence opening on a group, "They" is the group
        (
            TROOPS,
            "Many countries fear the force will stay as long as Chile does. They are also "
            "hesitant about joining the mission.",
            [],
        ),
        # the act done to another person than the pledge's target is a precedent
        (ARREST, "Peru did not arrest then-President Luis Soto when he visited.", []),
    ],
)
def test_doubts_occasions_lists_and_precedents(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # a group's relative clause states what the list after "are" did
        (
            CASE,
            "Other countries that have filed such declarations are Bolivia, Ecuador and Uruguay.",
            [("BO", "committed"), ("EC", "committed"), ("UY", "committed")],
        ),
        # troops sent, counted
        (
            TROOPS,
            "Chile sent the largest contingent. Peru sent three officers, while Bolivia and "
            "Ecuador each provided one soldier.",
            [
                ("BO", "committed"),
                ("CL", "committed"),
                ("EC", "committed"),
                ("PE", "committed"),
            ],
        ),
        # a list after a dash names the group of the clause before it
        (
            TROOPS,
            "Two countries have committed to train police - Chile and Peru, the commander said.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (TROOPS, "Officials listed possible contributors - Chile and Peru.", []),
        # "do so" names the pledge of the sentence before
        (
            CASE,
            "Uruguay will intervene. Bolivia and Ecuador have all stated their intentions to "
            "formally do so.",
            [("BO", "committed"), ("EC", "committed"), ("UY", "committed")],
        ),
        # troops arriving, en route
        (
            TROOPS,
            "Troops from several countries, including Chile and Peru, are arriving in Haiti.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (
            TROOPS,
            "Chilean military elements are already en route, officials said.",
            [("CL", "committed")],
        ),
    ],
)
def test_lists_named_as_a_group_and_troops_sent(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


def test_signatories_take_the_points_their_statement_makes() -> None:
    """A joint statement's signatories, named in their formal style, take the stance of
    the points the statement makes after its colon; the country whose announcement is
    rejected is no signatory."""
    text = (
        "The statement, signed by the foreign ministers of the Republic of Chile, the "
        "Plurinational State of Bolivia and the Kingdom of Spain, stressed the following "
        "points:\n\n• A firm rejection of Peru's announcement recognising Patagonia."
    )
    assert _stances(text, RECOGNITION) == [
        ("BO", "opposed"),
        ("CL", "opposed"),
        ("ES", "opposed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru are members of the coalition that plans the force.",
        "Peru convened the meeting in Lima on the force.",
        "Chile hosted talks on the force on Monday.",
        "Chile has offered to host a conference on the force.",
        "Chile is open to a dialogue on the force.",
    ],
)
def test_members_and_conveners_take_no_position(text: str) -> None:
    assert _stances(text, TROOPS) == []


def test_hosting_the_force_itself_is_a_position() -> None:
    assert _stances("Chile has offered to host troops of the force.", TROOPS) == [
        ("CL", "committed")
    ]


SANCTIONS = Pledge("Impose sanctions on Bolivia's mining sector")
KOSOVO = Pledge("Recognise Kosovo's independence")


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # the act aimed at another country than the title's is another pledge
        (SANCTIONS, "Chile imposed sanctions on Peru in 2022.", []),
        (SANCTIONS, "Chile imposed sanctions on Monday.", [("CL", "committed")]),
        (KOSOVO, "Chile recognised Palestine in 2024.", []),
        # a title's possessive country is a host, not a person the pledge targets
        (
            KOSOVO,
            "Peru became the latest country to recognise Kosovo last year.",
            [("PE", "committed")],
        ),
        # a weekday after the act names no other target
        (CASE, "Bolivia intervened Thursday in the case.", [("BO", "committed")]),
    ],
)
def test_the_act_aimed_elsewhere(pledge: Pledge, text: str, expected: list) -> None:
    assert _stances(text, pledge) == expected


def test_a_weak_refusal_does_not_swallow_a_strong_commitment() -> None:
    """A guessed refusal (no cue, confidence 0.3) beside a stated commitment is dropped;
    the commitment must not be folded into it and vanish with it."""
    text = (
        "Uruguay will intervene in the case. Uruguay does not take sides in the case against Peru."
    )
    assert _stances(text, CASE) == [("UY", "committed")]


def test_a_dateline_after_the_page_date_still_imports(tracker: Tracker, tmp_path: Path) -> None:
    """A page dated the day before its dateline ("Lima, March 9" on a page of March 7):
    the statement takes the page's date, so the draft imports as it is."""
    article = tmp_path / "a.txt"
    article.write_text(
        "published: 2025-03-07\n\nLima, March 9 -- Chile has pledged to send troops to the "
        "force.\n",
        encoding="utf-8",
    )
    sheet = tmp_path / "d.yaml"
    tracker.ok("topics", "add", "haiti-force", "--title", TROOPS.title)
    tracker.ok("draft", str(article), "--topic", "haiti-force", "-o", str(sheet))
    checked = tracker.ok("import", "--dry-run", str(sheet))
    assert "would import" in checked.stdout + checked.stderr
