"""Round draft12: a stop stated as its noun, its agents, not supplying since a date, a
negation over the verbs its "or" joins, initials for a country (issue 20, set J tuned
on). The sentences are written for the test (invented pledges and wording)."""

import pytest

from tests.intake.test_draft_prose_lists import _text
from tests.intake.test_draft_shapes import _stances
from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge

HALT = Pledge("Suspend arms exports to Chile over the border war")
TROOPS = Pledge("Send troops to the regional mission in Tarapaca, Chile")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # the stop as a noun, imposed or announced
        (HALT, "Peru has imposed restrictions on arms sales to Chile.", [("PE", "committed")]),
        (
            HALT,
            "Ghana announced the suspension of 12 arms licences for Chile on Monday.",
            [("GH", "committed")],
        ),
        (
            HALT,
            "Peru imposed an embargo on weapons and arms sales to Chile.",
            [("PE", "committed")],
        ),
        # a call for one is no stop
        (HALT, "Peru has advocated a region-wide ban on arms exports to Chile.", []),
        # restricting or blocking the exports is suspending them
        (HALT, "Ghana quietly restricted arms exports to Chile.", [("GH", "committed")]),
        (HALT, "Peru blocked all arms exports to Chile last year.", [("PE", "committed")]),
        # the stop's agents
        (
            HALT,
            "The decision follows similar, though narrower, restrictions by Peru, Ghana and Kenya.",
            [("GH", "committed"), ("KE", "committed"), ("PE", "committed")],
        ),
        (
            HALT,
            "It comes after the suspension of arms exports by Peru.",
            [("PE", "committed")],
        ),
        (HALT, "A ban was criticised by Peru.", []),
        (HALT, "Peru wants a ban by 2026.", []),
        # not supplying since a date
        (HALT, "Peru had not sold arms to Chile since 7 March.", [("PE", "committed")]),
        (
            HALT,
            "The Ghanaian trade ministry said Ghana had not approved any arms sales to Chile "
            "since March.",
            [("GH", "committed")],
        ),
        (HALT, "Peru has not sold arms to Chile, officials said.", []),
        # the same words for a pledge to send: no stop
        (
            Pledge("Send arms to Chile over the border war"),
            "Peru had not sent arms to Chile since 7 March.",
            [("PE", "declined")],
        ),
    ],
)
def test_a_stop_stated_as_its_noun_or_since_a_date(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the negation holds over "or committed"
        (
            "Kenya and Ghana have not sent troops or committed to doing so.",
            [("GH", "declined"), ("KE", "declined")],
        ),
        # a contracted negation, with a curly apostrophe, and initials in the list
        (
            "Kenya, Ghana, DRC and Togo all haven’t sent troops or money or committed to doing so.",
            [("CD", "declined"), ("GH", "declined"), ("KE", "declined"), ("TG", "declined")],
        ),
        # an "or" after a negation's own clause is no longer under it
        ("Kenya will not hesitate, or so it says. Ghana committed troops.", [("GH", "committed")]),
    ],
)
def test_a_negation_over_its_or(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), TROOPS) == expected


RECOGNISE = Pledge("Recognise the Blue Front government of Ruritania")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # condemning what the party one would recognise does: a reservation, no refusal
        (
            RECOGNISE,
            "Several nations, including Peru and Chile, have already denounced the repressive "
            "actions of the Blue Front.",
            [("CL", "skeptical"), ("PE", "skeptical")],
        ),
        (RECOGNISE, "Peru condemned the killings of the Blue Front.", [("PE", "skeptical")]),
        # condemning the recognition itself stays a refusal
        (RECOGNISE, "Peru denounced the recognition of the Blue Front.", [("PE", "opposed")]),
    ],
)
def test_condemning_the_party_one_would_recognise(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


def test_others_view_of_a_country_is_no_position_of_its_own() -> None:
    body = (
        "Chile and Peru are also seen as potential next movers, while others could be "
        "spurred toward formal recognition."
    )
    assert _stances(_text(body), RECOGNISE) == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # an undated page that names no year: its yearless date takes the pledge's year
        (
            "Send troops to the regional mission in Tarapaca, Chile (2021)",
            "Peru said on 18 July it would send troops to the mission.",
            "2021-07-18",
        ),
        # the page's own year wins over the title's
        (
            "Send troops to the regional mission in Tarapaca, Chile (2021)",
            "After the 2019 floods, Peru said on 18 July it would send troops to the mission.",
            "2019-07-18",
        ),
    ],
)
def test_an_undated_page_takes_the_pledges_year(title: str, body: str, expected: str) -> None:
    drafted = draft_article(read_article(f"title: A report\n\n{body}\n"), pledge=Pledge(title))
    assert [(p.code, p.date) for p in drafted.proposals] == [("PE", expected)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a spokesman for a country (or its force, or its government) speaks for it
        (
            "A spokesman for the Kenya Defence Forces said on 15 March it had no plans to "
            "deploy troops to Chile.",
            [("KE", "declined")],
        ),
        ("A spokeswoman for Ghana said it would send troops.", [("GH", "committed")]),
        # meeting one is no position
        ("Peru met a spokesman for Kenya on Monday.", []),
    ],
)
def test_a_spokesman_for_a_country(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), TROOPS) == expected


STAY_AWAY = Pledge("Boycott the UN Blue Ocean conference (September 2021)")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # a present "not attending" keeps a pledge to stay away
        (
            STAY_AWAY,
            "Kenya, Ghana, Togo and the Netherlands are the other countries not attending.",
            [("GH", "committed"), ("KE", "committed"), ("NL", "committed"), ("TG", "committed")],
        ),
        (
            STAY_AWAY,
            "Kenya and Ghana are not attending.",
            [("GH", "committed"), ("KE", "committed")],
        ),
        # and refuses another pledge
        (TROOPS, "Kenya is not sending troops.", [("KE", "declined")]),
    ],
)
def test_a_present_not_doing(pledge: Pledge, body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), pledge) == expected
