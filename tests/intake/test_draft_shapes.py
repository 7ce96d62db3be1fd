"""General shapes of real articles the drafter reads (issue 20, second round): actor forms,
lists, nouns held by the countries named after them, stance words for any pledge,
polarity of pledges to stay away, and conditions that are no conditions. Every sentence is
written here for the test; none comes from a measured article."""

import pytest
import yaml

from tests.conftest import Tracker
from tracker.intake.article import read_article
from tracker.intake.draft import draft_article, render_sheet
from tracker.intake.pledge import Pledge

TROOPS = Pledge("Send troops to a stabilisation force in Haiti")
RECOGNITION = Pledge("Recognise the State of Palestine")
BOYCOTT = Pledge("Boycott the 2027 World Cup")


def _stances(text: str, pledge: Pledge) -> list[tuple[str, str]]:
    drafted = draft_article(read_article(text), pledge=pledge)
    return sorted((p.code, p.stance) for p in drafted.proposals)


@pytest.mark.parametrize(
    ("pledge", "text", "expected"),
    [
        # actor forms: abbreviations with stops, leaders named after a demonym, glued
        # sentences, a country inside a compound adjective
        (
            TROOPS,
            "The U.K. and Chile have pledged to send troops.",
            [("CL", "committed"), ("GB", "committed")],
        ),
        (
            TROOPS,
            "Chilean President Ana Ruiz and Peruvian Prime Minister Luis Soto said they are "
            "ready to send troops.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (
            TROOPS,
            "The plan needs more support.Chile and Peru said they will send troops.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (TROOPS, "The Brazil-led force has been met with doubts.", []),
        # lists: "including" with no comma after, closing a group's clause, "as well as"
        # after the clause, "join A and B in", and never a list of possible contributors
        (
            RECOGNITION,
            "Countries including Chile, Peru and Japan have said they would recognise a "
            "Palestinian state.",
            [("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        (
            TROOPS,
            "A number of countries have expressed openness to sending troops, including "
            "Chile and Peru.",
            [("CL", "considering"), ("PE", "considering")],
        ),
        (TROOPS, "Officials listed possible contributors, including Chile and Peru.", []),
        (
            TROOPS,
            "Brazil had also agreed to send troops, in a first for the region, as well as "
            "Chile and Peru.",
            [("BR", "committed"), ("CL", "committed"), ("PE", "committed")],
        ),
        (
            BOYCOTT,
            "Austria will join Chile and Peru in boycotting the tournament.",
            [("AT", "committed"), ("CL", "committed"), ("PE", "committed")],
        ),
        (
            RECOGNITION,
            "Chile, Peru and Japan recognised a Palestinian state on Monday. Norway and "
            "Malta were the others.",
            [
                ("CL", "committed"),
                ("JP", "committed"),
                ("MT", "committed"),
                ("NO", "committed"),
                ("PE", "committed"),
            ],
        ),
        (
            TROOPS,
            "Chile said it still had questions before taking on any commitments.",
            [("CL", "undecided")],
        ),
        # a noun held by the countries after it
        (
            RECOGNITION,
            "This follows similar recognition from Chile, Peru and Japan on Monday.",
            [("CL", "committed"), ("JP", "committed"), ("PE", "committed")],
        ),
        (
            TROOPS,
            "Opposition to sending troops comes from Chile and Peru.",
            [("CL", "declined"), ("PE", "declined")],
        ),
        (
            TROOPS,
            "This scenario has been considered by the governments of Chile and Peru.",
            [("CL", "considering"), ("PE", "considering")],
        ),
        (
            BOYCOTT,
            "It follows the confirmed withdrawal of Chile and Peru from the tournament.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (RECOGNITION, "The move drew sharp criticism from Japan.", [("JP", "opposed")]),
        # stance words for any pledge
        (RECOGNITION, "Japan and Chile have held off.", [("CL", "declined"), ("JP", "declined")]),
        (
            TROOPS,
            "Moscow has said it will not accept Western troops in Haiti.",
            [("RU", "opposed")],
        ),
        (
            TROOPS,
            "Sweden and Chile remained neutral on the force.",
            [("CL", "undecided"), ("SE", "undecided")],
        ),
        (
            RECOGNITION,
            "The leaders of Japan and Chile said the time was not ripe to recognise a "
            "Palestinian state.",
            [("CL", "skeptical"), ("JP", "skeptical")],
        ),
        (
            RECOGNITION,
            "Chile and Peru were among nine nations this week to recognise a Palestinian state.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (
            BOYCOTT,
            "Chile has become the third country to boycott the tournament.",
            [("CL", "committed")],
        ),
        (
            TROOPS,
            "Chile and Peru have expressed their intention to deploy forces.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        (
            RECOGNITION,
            "Japan said: I am not in favour of recognising it before it exists.",
            [("JP", "declined")],
        ),
        (TROOPS, "Chile has expressed interest in sending troops.", [("CL", "considering")]),
        # polarity
        (
            TROOPS,
            "Chile is involved in the talks without providing its own forces.",
            [("CL", "declined")],
        ),
        (TROOPS, "However, Chile has not yet made a specific commitment.", [("CL", "undecided")]),
        (
            BOYCOTT,
            "Chile confirmed it would be participating in the tournament.",
            [("CL", "declined")],
        ),
        (BOYCOTT, "Peru will not participate.", [("PE", "committed")]),
        (BOYCOTT, "Peru will not boycott the tournament.", [("PE", "declined")]),
        (BOYCOTT, "Peru voted on Monday not to take part.", [("PE", "committed")]),
        # conditions: the force's own precondition, an openness with conditions
        (TROOPS, "Chile is ready to send troops if the force is confirmed.", [("CL", "committed")]),
        (
            TROOPS,
            "Peru has not ruled out taking part, depending on the rules of engagement.",
            [("PE", "considering")],
        ),
        # who takes no position: donors of money for something else, endorsers of a
        # plan, the agent of another verb, one country announcing another's exclusion
        (
            TROOPS,
            "Chile, Peru and Japan have pledged a combined $2 billion for reconstruction.",
            [],
        ),
        (TROOPS, "Chile and Peru signed the accord, pledging their support to the plan.", []),
        (
            TROOPS,
            "The three countries are interested in sending troops to the island blockaded by Cuba.",
            [],
        ),
        (
            TROOPS,
            "The Chilean government has confirmed that Peru will not be included in the force.",
            [],
        ),
        (
            Pledge("Fund the reconstruction of Haiti"),
            "Chile has pledged $2 billion for the reconstruction.",
            [("CL", "committed")],
        ),
        # the statement of the next list is not the first list's
        (
            RECOGNITION,
            "Chile announced it would recognise a Palestinian state, a move that has drawn "
            "sharp criticism from Japan.",
            [("CL", "committed"), ("JP", "opposed")],
        ),
        (
            TROOPS,
            "This follows indications from Chile and Peru that they would consider sending troops.",
            [("CL", "considering"), ("PE", "considering")],
        ),
        (TROOPS, "Peru seeks guarantees on the force's mandate.", [("PE", "undecided")]),
        (
            RECOGNITION,
            "Japan has said it is willing to one day recognise a Palestinian state, but not "
            "before its final borders are agreed.",
            [("JP", "conditional")],
        ),
    ],
)
def test_a_shape_of_real_text_drafts_its_position(
    pledge: Pledge, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(text, pledge) == expected


def test_an_undated_page_is_dated_from_its_text_and_says_so(tracker: Tracker) -> None:
    result = tracker.ok("draft", "-", input="On September 4, Chile said it will not send troops.\n")
    assert "dated from the text ('September 4', year assumed" in result.stderr
    sheet = yaml.safe_load(result.stdout)
    assert sheet["date"].endswith("-09-04")
    assert "dated today" not in result.stdout  # the sheet's note says the same
    undated = tracker.ok("draft", "-", input="Chile will not send troops.\n")
    assert "dated today" in undated.stderr and "the text gives no date" in undated.stderr


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Sign the treaty banning cluster munitions",
            "Chile signed the treaty on Monday. Peru refused to sign it. Japan is considering "
            "signing the treaty.",
            [("CL", "committed"), ("JP", "considering"), ("PE", "declined")],
        ),
        (
            "Ratification of the High Seas Treaty",
            "Chile has ratified the treaty. Peru will not ratify it.",
            [("CL", "committed"), ("PE", "declined")],
        ),
        (
            "Arrest Benjamin Netanyahu on the ICC warrant",
            # his visit is the pledge's own occasion, no condition of Chile's (third round)
            "Chile said it would arrest Netanyahu if he visited. Hungary said it will not "
            "arrest him.",
            [("CL", "committed"), ("HU", "declined")],
        ),
        (
            "Spend 5% of GDP on defence",
            "Chile will spend 5% of GDP on defence by 2030. Spain refuses to spend that much.",
            [("CL", "committed"), ("ES", "declined")],
        ),
        (
            "Recognition of Somaliland",
            "Chile recognised Somaliland in 2024. Peru is weighing recognition of Somaliland. "
            "Japan and Norway condemned Chile's recognition.",
            [("CL", "committed"), ("JP", "opposed"), ("NO", "opposed"), ("PE", "considering")],
        ),
        (
            "Recognise Somaliland",
            "Chile and Peru rejected Japan's move. Norway said it has no plans to recognise "
            "Somaliland.",
            [("CL", "opposed"), ("NO", "declined"), ("PE", "opposed")],
        ),
        (
            "Join the genocide case against Myanmar at the ICJ",
            "Chile and Peru have intervened in the proceedings. Japan said it would intervene "
            "in the case. Norway will not intervene.",
            [("CL", "committed"), ("JP", "committed"), ("NO", "declined"), ("PE", "committed")],
        ),
        (
            "Host the 2030 climate summit",
            "Chile offered to host the summit. Peru declined to host it.",
            [("CL", "committed"), ("PE", "declined")],
        ),
        (
            "Withdrawal from Eurovision 2026",
            "Chile announced its withdrawal. Peru confirmed it will take part.",
            [("CL", "committed"), ("PE", "declined")],
        ),
        (
            "Recognition of Palestinian statehood",
            "Chile recognised Palestine in 2011. Japan has held off.",
            [("CL", "committed"), ("JP", "declined")],
        ),
    ],
)
def test_a_topic_with_only_a_title_drafts_its_verb(
    title: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(text, Pledge(title)) == expected


def test_a_month_the_pledge_is_to_be_kept_in_does_not_date_its_statement() -> None:
    text = (
        "Chile announced on Friday that it would recognise a Palestinian state at the "
        "General Assembly in September, a move that drew criticism from Japan."
    )
    drafted = draft_article(read_article(text, published="2025-07-26"), pledge=RECOGNITION)
    assert {(p.code, p.date or drafted.default_date) for p in drafted.proposals} == {
        ("CL", "2025-07-25"),
        ("JP", "2025-07-25"),
    }


def test_an_institution_after_a_title_word_is_no_speaker() -> None:
    """ "the United Nations General Assembly" names no speaker "Assembly"; a person after
    the same title word still is one."""
    from tracker.intake.reading import find_speaker

    text = "Ruritania recognised the state during the United Nations General Assembly summit."
    assert find_speaker(text, text) is None
    quoted = "Ruritania will send troops, said General Anna Varga."
    assert find_speaker(quoted, quoted) == "Anna Varga"


# Lists of countries, one a line, under a line that states the group's position (issue:
# the Board of Peace pages of set D). The sentences are written for the test.
UNION = Pledge("Join the Coastal Rescue Union")
_LIST_PAGE = """title: Who is in the rescue union

The union was proposed in spring.
Governments that have signed up to join the union so far include:
- Chile
- Peru
• The Netherlands
Which governments refused to join?
Several governments have said they will not join the union, at least for now:
Japan
Kenya
The union meets again in June.
Countries that have not yet decided whether to join:
— Norway
— Mexico's government
"""


def test_a_list_under_a_stated_position_takes_that_position() -> None:
    drafted = draft_article(read_article(_LIST_PAGE), pledge=UNION)
    assert sorted((p.code, p.stance) for p in drafted.proposals) == [
        ("CL", "committed"),
        ("JP", "declined"),
        ("KE", "declined"),
        ("MX", "undecided"),
        ("NL", "committed"),
        ("NO", "undecided"),
        ("PE", "committed"),
    ]
    chile = next(p for p in drafted.proposals if p.code == "CL")
    heading = "Governments that have signed up to join the union so far include:"
    assert drafted.quote(chile) == heading
    assert chile.date is None  # the page's date
    # One list is one entry to review, quoted by its heading (issue 20, item 8).
    sheet = render_sheet(drafted, "rescue-union")
    assert "- country: [Chile, Peru, Netherlands]" in sheet
    assert "- country: [Japan, Kenya]" in sheet
    assert sheet.count(heading) == 1
    assert "# why: cues listed under" in sheet


@pytest.mark.parametrize(
    "text",
    [
        # a heading with no stance word of the pledge
        "Countries mentioned in the report:\n- Chile\n- Peru\n",
        "The union's members\n- Chile\n- Peru\n",
        # a forecast or an invitation
        "Possible members of the union include:\n- Chile\n- Peru\n",
        "Countries expected to join the union:\n- Chile\n- Peru\n",
        "Countries invited to join the union:\n- Chile\n- Peru\n",
        # one country's view of the others is a stance of neither
        "Chile said these countries will join the union:\n- Peru\n- Japan\n",
    ],
)
def test_a_list_under_no_stated_position_gives_nothing(text: str) -> None:
    drafted = draft_article(read_article("title: t\n\n" + text), pledge=UNION)
    assert [(p.code, p.stance) for p in drafted.proposals if p.code != "CL"] == []


def test_a_list_ends_at_the_first_line_that_is_not_a_lone_country() -> None:
    text = (
        "title: t\n\nCountries that have agreed to join the union:\n- Chile\n"
        "- Peru, which hosts the talks, is sending a delegation\nJapan\n"
    )
    drafted = draft_article(read_article(text), pledge=UNION)
    assert ("CL", "committed") in [(p.code, p.stance) for p in drafted.proposals]
    assert "JP" not in {p.code for p in drafted.proposals}


# For a pledge to join something, an invitation accepted or declined, or signing up, is
# the pledge; an invitation received or sent is nobody's position (issue: set D's Board
# of Peace pages). The sentences are written for the test.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya turned down the invitation, citing the cost.", [("KE", "declined")]),
        ("Ghana also declined the union's invitation last month.", [("GH", "declined")]),
        ("Chile has accepted the invitation to the union.", [("CL", "committed")]),
        ("Peru's minister said Lima would not sign up for the time being.", [("PE", "declined")]),
        ("Japan signed on in March.", [("JP", "committed")]),
        ("Chile and Peru confirmed receiving invitations.", []),
        ("Kenya was sent an invitation in May.", []),
        ("Ghana received an invitation but has not replied.", []),
    ],
)
def test_an_invitation_to_join_stands_for_joining(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances("title: t\n\n" + text, UNION) == expected


def test_an_invitation_is_no_pledge_that_is_not_joining() -> None:
    # "accepted" alone speaks for a pledge to join only.
    assert _stances("title: t\n\nChile accepted, the minister said.", RECOGNITION) == []


def test_a_list_line_opening_on_a_country_and_a_colon_is_its_statement() -> None:
    text = (
        "title: Where the union stands\n\nWhere governments stand on the union:\n"
        "- Chile: President Ana Ruiz accepted, calling it a duty.\n"
        "- Kenya: The cabinet declined at this stage.\n"
        "- Japan and Ghana: Both governments have signed on.\n"
        "- Mexico: Its foreign minister said Mexico would not join.\n"
        "- Peru: The minister spoke about the weather.\n"
    )
    assert _stances(text, UNION) == [
        ("CL", "committed"),
        ("GH", "committed"),
        ("JP", "committed"),
        ("KE", "declined"),
        ("MX", "declined"),
    ]
