"""Round draft10: lists in running prose, neighbouring measures and undated pages (issue
20, sets I and K). The sentences are written for the test (invented pledges and
wording); each case fails without its rule, apart from two guards that keep what
the new rules must leave alone (signatories of a troop force, a page that never names
the scope)."""

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
