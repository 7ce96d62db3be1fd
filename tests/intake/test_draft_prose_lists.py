"""Round draft10: lists in running prose, neighbouring measures and undated pages (issue
20, sets I and K). The sentences are written for the test (invented pledges and
wording); each case fails without its rule, apart from seven guards that keep what the
new rules must leave alone (signatories of a troop force, a page that never names the
scope, troops spoken of and not counted, troops harmed, people hosted, a title with no
scope, an opposition outside the scope)."""

from datetime import date

import pytest

from tests.intake.test_draft_shapes import _stances
from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge

ACCORD = Pledge("Join the Blue Ocean Accord")
FORCE = Pledge("Send special forces to the Sahel task force in Niger")
BAN = Pledge("Ban FastChat on government devices")


def _text(body: str) -> str:
    return f"title: A report\npublished: 2024-05-02\n\n{body}\n"


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # the agents of a support noun, in an opening clause, before a group's own clause
        (
            ACCORD,
            "Following the first announcement of support by Chile, Peru and Ghana at the "
            "summit, ten new countries announced that they will join the Blue Ocean Accord.",
            [("CL", "committed"), ("GH", "committed"), ("PE", "committed")],
        ),
        # support declared with no object, in a sentence that names the pledge's act
        (
            ACCORD,
            "After Chile, Peru and Ghana declared their support early on; ten more countries "
            "said that they would join the accord.",
            [("CL", "committed"), ("GH", "committed"), ("PE", "committed")],
        ),
        # the takers of the pledge, named after the sentence that states it
        (
            ACCORD,
            "Ten new countries announced today that they will join the Blue Ocean Accord. "
            "The new supporters are Fiji, Congo-Brazzaville, Kyrgyz Republic and Togo.",
            [("CG", "committed"), ("FJ", "committed"), ("KG", "committed"), ("TG", "committed")],
        ),
        # a group's clause in a sentence that also names countries states what the next
        # sentence's list does
        (
            ACCORD,
            "After Chile declared its support; another ten countries announced that they "
            "would join the accord. Among these ten States, the statement names Fiji and "
            "Togo.",
            [("CL", "committed"), ("FJ", "committed"), ("TG", "committed")],
        ),
    ],
)
def test_lists_in_prose(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # joined by a number of partners, a colon, then the list; the initiator of the
        # project (a participle's agent) takes no position
        (
            "So far, this project initiated by Chad has been officially joined by three "
            "partners: Chile, Peru and Ghana.",
            [("CL", "committed"), ("GH", "committed"), ("PE", "committed")],
        ),
        (
            "Only Chile and Peru are participating in the project.",
            [("CL", "committed"), ("PE", "committed")],
        ),
        ("Peru announced on Monday to give up sending soldiers.", [("PE", "declined")]),
        (
            "Peru is awaiting a green light from its parliament to confirm its part.",
            [("PE", "conditional")],
        ),
        (
            "For its part, Chile is due to assign three soldiers as liaison officers.",
            [("CL", "committed")],
        ),
        # a unit's troops are their country's
        (
            "In October, a contingent of some 60 members of the Czech Republic's special "
            "forces will join the task force.",
            [("CZ", "committed")],
        ),
        (
            "In January, a third contingent consisting of 150 Swedish soldiers will join the "
            "task force.",
            [("SE", "committed")],
        ),
        # a political commitment sends no troops
        ("Chile and Peru have committed themselves politically to the new force.", []),
        # a statement's signatories are no troop senders
        ("Signatories include Chile, Peru and Ghana.", []),
    ],
)
def test_troop_lists_and_cues(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), FORCE) == expected


def test_the_same_act_outside_the_titles_scope_is_a_neighbouring_measure() -> None:
    page = _text(
        "Chile: Chile banned FastChat from all government devices this week.\n\n"
        "Peru: Peruvian authorities have banned FastChat four times since 2020, citing "
        "immoral content.\n\n"
        "Ghana: The Ghanaian government banned FastChat in 2022 to protect the young.\n\n"
        "Fiji: The Fijian defence ministry banned FastChat for its personnel."
    )
    assert _stances(page, BAN) == [("CL", "committed"), ("FJ", "committed")]


def test_without_the_scope_on_the_page_every_ban_stays() -> None:
    assert _stances(_text("Peru banned FastChat in March."), BAN) == [("PE", "committed")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a directive that forbids the banned thing does the ban
        (
            "Chile announced that government-issued devices must not use FastChat, saying it "
            "presents an “unacceptable” risk to privacy.",
            [("CL", "committed")],
        ),
        (
            "Peru asked its government staff to refrain from using the FastChat app.",
            [("PE", "committed")],
        ),
        # criticising another's ban opposes it
        (
            "Ghana lashed out at Chile for banning FastChat on government devices.",
            [("GH", "opposed")],
        ),
    ],
)
def test_a_ban_done_by_directive(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), BAN) == expected


def test_an_undated_page_takes_its_own_year_for_a_day_without_one() -> None:
    page = (
        "title: Bans\npublished: unknown\n\n"
        "Peru banned FastChat on government devices in 2021. Chile followed on March 16, "
        "banning FastChat on government devices.\n"
    )
    drafted = draft_article(read_article(page), pledge=BAN)
    dates = {p.code: p.date or drafted.default_date for p in drafted.proposals}
    assert dates["CL"] == "2021-03-16"
    assert date.fromisoformat(drafted.default_date).year == 2021


# -- set K's rules: switching recognition, withdrawing, troops counted in a force ------

WITHDRAW = Pledge("Withdraw from the International Ocean Tribunal")
COALITION = Pledge("Send troops to the US-led coalition in Iraq (2003)")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # switching is done by cutting ties with the one; a list "following" the first
        # past a host named between them
        (
            Pledge("Switch diplomatic recognition from Taiwan to the Republic of Korea"),
            "Fiji is the third country to sever its ties with Taiwan since President Tsai "
            "Ing-wen took office, following Chile and Peru.",
            [("CL", "committed"), ("FJ", "committed"), ("PE", "committed")],
        ),
        # ... by aligning with the other, and a list after "others ...:", each with its year
        (
            Pledge("Switch diplomatic recognition from Taiwan to the Republic of Korea"),
            "Ghana has become the latest country to ditch Taipei and align itself with Seoul. "
            "Ghana and others recently shifted their allegiance to South Korea: Chile in "
            "2021, Peru in 2018 and Fiji in 2017.",
            [("CL", "committed"), ("FJ", "committed"), ("GH", "committed"), ("PE", "committed")],
        ),
        # a country named by what it is; a possessive before the act, in a time clause
        (
            Pledge("Switch diplomatic recognition from Taiwan to the Republic of Korea"),
            "The Pacific island nation of Fiji said Monday that it is switching diplomatic "
            "recognition. After Peru's switching of diplomatic relations, Taiwan is left "
            "with 12 allies.",
            [("FJ", "committed"), ("PE", "committed")],
        ),
        # for a pledge to withdraw, its own act read as a refusal is kept; leaving is
        # withdrawing; a refusal of another act is none; leading the effort for it
        (
            WITHDRAW,
            "Chile served notice to pull out of the Tribunal. Peru is set to leave the "
            "Tribunal in six months. The Fijian government expressed refusal to cooperate "
            "with UN investigators. Other nations such as Ghana and Kenya are leading the "
            "effort for a massive withdrawal from the Tribunal.",
            [("CL", "committed"), ("GH", "committed"), ("KE", "committed"), ("PE", "committed")],
        ),
        # members of a unit of the force, its leader, troops counted or included
        (
            COALITION,
            "A Polish-led multinational division took over security on Wednesday. Among the "
            "countries in the Polish-led force are Chile, Peru and Fiji.",
            [("CL", "committed"), ("FJ", "committed"), ("PE", "committed"), ("PL", "committed")],
        ),
        (
            COALITION,
            "Ghana will contribute 2,300 soldiers to a brigade that will also include units "
            "from Chile and Peru. A second brigade will have 1,100 Spanish troops.",
            [("CL", "committed"), ("ES", "committed"), ("GH", "committed"), ("PE", "committed")],
        ),
        # the deployment of troops from a country, spoken of, is no count of them
        (
            COALITION,
            "The process of coordinating the deployment of troops from Chile is underway.",
            [],
        ),
    ],
)
def test_set_k_shapes(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected


def test_a_countrys_distance_from_the_pledges_object_is_no_refusal() -> None:
    pledge = Pledge("Cut diplomatic ties with Qatar")
    body = (
        "The nation of Chad has recalled its ambassador from Qatar, the latest African nation "
        "to distance itself from the small Gulf state."
    )
    assert _stances(_text(body), pledge) == [("TD", "committed")]


RECALL = Pledge("Recall the ambassador from Israel or cut ties over the Gaza war")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the title's second verb is an act of the pledge too, however the text words it
        ("Chile has decided to sever diplomatic relations with Israel.", [("CL", "committed")]),
        ("Peru said it had broken diplomatic ties with Israel.", [("PE", "committed")]),
        # a noun held by the next list is not the first list's position; condemning a
        # harm done is no opposition
        (
            "Chile announced that the country decided to withdraw all its diplomats, citing "
            "the refusal of the Israeli government to respect the law.",
            [("CL", "committed")],
        ),
        (
            "Peru also recalled its ambassador on Monday, issuing a statement condemning the "
            "loss of numerous civilians.",
            [("PE", "committed")],
        ),
    ],
)
def test_a_title_with_two_verbs(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), RECALL) == expected


def test_a_hosts_possessive_leaves_a_heading_its_paragraph() -> None:
    body = (
        "Latin America\n\nPeru suspended diplomatic relations with Israel.\n\nChile\n\n"
        "The country authorities recalled all diplomats from Israel for consultations, "
        "citing Israel's refusal to respect international law."
    )
    assert _stances(_text(body), RECALL) == [("CL", "committed"), ("PE", "committed")]


SUSPEND = Pledge("Suspend arms sales to Saudi Arabia")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # none of what the pledge stops keeps it; standing by its object refuses it
        (
            "Chile announced that there will be no arms exports to Saudi Arabia.",
            [("CL", "committed")],
        ),
        (
            "Three countries have halted arms sales to Saudi Arabia while Peru has stuck by "
            "the kingdom.",
            [("PE", "declined")],
        ),
        (
            "Ghana has been in favour of cancelling arms sales to Saudi Arabia.",
            [("GH", "committed")],
        ),
        # the author's guess of what a group could do; a host's possessive apposition
        (
            "Other countries with small armies, such as Chile and Peru, could stop arms "
            "sales to Saudi Arabia.",
            [],
        ),
    ],
)
def test_a_pledge_to_stop_something(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), SUSPEND) == expected


def test_a_hosts_apposition_ends_no_clause() -> None:
    body = (
        "Britain, America's closest ally, is the only major military power virtually "
        "certain to join the coalition."
    )
    assert _stances(_text(body), COALITION) == [("GB", "committed")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # where a ban is, its country banned it
        (
            "This year FastChat has been banned in Chile, Peru and Fiji, most of them on "
            "the official phones of civil servants.",
            [("CL", "committed"), ("FJ", "committed"), ("PE", "committed")],
        ),
        # a deadline to remove the app is a ban by directive
        (
            "Peru gave its departments 30 days to remove the app from their devices.",
            [("PE", "committed")],
        ),
    ],
)
def test_where_a_ban_is(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), BAN) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an opening time clause that states the pledge is a statement too
        (
            "After Chile announced its withdrawal from the Tribunal, several other countries "
            "followed its example.",
            [("CL", "committed")],
        ),
        # a country's decision, named by its possessive
        (
            "Following up on Peru’s decision to withdraw from the Tribunal, two other "
            "governments spoke.",
            [("PE", "committed")],
        ),
        # an opening time clause of another event stays out
        (
            "After Peru invaded Chile in 2022, Ghana said it would leave the Tribunal.",
            [("GH", "committed")],
        ),
    ],
)
def test_time_clauses_that_state_the_pledge(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), WITHDRAW) == expected


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        (
            SUSPEND,
            "Chile announced Monday that it would soon decide on the sale of weapons.",
            [("CL", "undecided")],
        ),
        (
            SUSPEND,
            "Berlin called for a halt, prompting a dismissive response from Chilean President "
            "Ana Ruiz.",
            [("CL", "skeptical"), ("DE", "committed")],
        ),
        (WITHDRAW, "Peru hinted the intention to quit the Tribunal.", [("PE", "considering")]),
    ],
)
def test_answers_short_of_a_position(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


def test_a_count_of_a_people_and_a_last_name_after_a_second_and() -> None:
    body = (
        "A second brigade will have 1,640 Ukrainians and the third 1,100 Spanish troops as "
        "well as units from Chile, Peru and Ghana and Fiji."
    )
    assert _stances(_text(body), COALITION) == [
        ("CL", "committed"),
        ("ES", "committed"),
        ("FJ", "committed"),
        ("GH", "committed"),
        ("PE", "committed"),
        ("UA", "committed"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The attack killed 13 Chilean soldiers last week.",
        "Turkey hosts 2,000 Syrians near the border.",
    ],
)
def test_troops_harmed_or_people_hosted_are_no_contribution(body: str) -> None:
    assert _stances(_text(body), COALITION) == []


def test_a_title_in_a_year_or_at_an_event_has_no_scope() -> None:
    page = _text("Chile said it would join BRICS at the summit.\n\nPeru has applied to join BRICS.")
    assert _stances(page, Pledge("Join BRICS at the summit")) == [
        ("CL", "committed"),
        ("PE", "committed"),
    ]


TANKS = Pledge("Send Leopard 2 tanks to Ukraine")


def test_contributors_in_a_with_clause() -> None:
    body = (
        "Another battalion would be made up of older tanks, with Chile as the main "
        "contributor and Peru and Fiji contributing smaller numbers."
    )
    assert _stances(_text(body), TANKS) == [
        ("CL", "committed"),
        ("FJ", "committed"),
        ("PE", "committed"),
    ]


def test_together_they_after_a_list_a_prediction_named() -> None:
    body = (
        "The commander predicted Chile, Peru and Fiji should deploy before the end of this "
        "month. Together, they have pledged 400 troops and Ghana at least 1,500."
    )
    assert _stances(_text(body), COALITION) == [
        ("CL", "committed"),
        ("FJ", "committed"),
        ("GH", "committed"),
        ("PE", "committed"),
    ]


def test_an_opposition_outside_the_scope_stays() -> None:
    page = _text(
        "Chile: Chile banned FastChat from all government devices this week.\n\n"
        "Peru: Peru condemned the bans as an abuse of state power."
    )
    assert _stances(page, BAN) == [("CL", "committed"), ("PE", "opposed")]
