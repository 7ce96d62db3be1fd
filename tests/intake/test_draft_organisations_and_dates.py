"""Round draft11: an organisation that takes the pledge itself, and dates a later
paragraph or the text's own years give (issue 20, sets L and the open cases of round
draft10). The sentences are written for the test (invented pledges and wording)."""

import pytest

from tests.intake.test_draft_prose_lists import _text
from tests.intake.test_draft_shapes import _stances
from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge

BAN = Pledge("Ban FastChat on government devices")
TREATY = Pledge("Ratify the Blue Ocean Treaty")
TARGET = Pledge("Spend 3% of GDP on defence (NATO target)")


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # an organisation's body as the subject of the act: the organisation (EU)
        (
            BAN,
            "The European Commission, the executive arm of the bloc, barred its staff from "
            "using FastChat on government devices.",
            [("EU", "committed")],
        ),
        # several of its bodies, after an opening phrase, with a country's own act
        (
            BAN,
            "In March, the European Parliament, the European Commission and the EU Council "
            "all banned FastChat on staff devices. Chile banned it on government phones.",
            [("CL", "committed"), ("EU", "committed")],
        ),
        # after a heading of the page's own
        (
            BAN,
            "European Union: The European Parliament and the EU Council, two EU bodies, "
            "have imposed bans on FastChat on staff devices.",
            [("EU", "committed")],
        ),
        # an attribute, a convenor, a spokesman: no position of the organisation's own
        (
            TREATY,
            "EU states such as Chile have ratified the Blue Ocean Treaty.",
            [("CL", "committed")],
        ),
        (
            TREATY,
            "The European Union convened the talks, and Peru ratified the Blue Ocean Treaty.",
            [("PE", "committed")],
        ),
        (TREATY, "The EU's foreign policy chief said the treaty was welcome.", []),
        # the organisation the title names owns the pledge: never a position on it
        (
            TARGET,
            "NATO has agreed to spend 3% of GDP on defence. Peru has refused to spend 3% of "
            "GDP on defence.",
            [("PE", "declined")],
        ),
    ],
)
def test_an_organisation_that_acts_itself(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a long list with misspelt members and a bare "Congo" beside the DRC
        (
            "Signed on 12 May: Algeria, Comoros, Congo, Guatamala, Lichtenstein, Peru, "
            "Phillipines, Democratic Republic of the Congo and Holy See.",
            [
                ("CD", "committed"),
                ("CG", "committed"),
                ("DZ", "committed"),
                ("GT", "committed"),
                ("KM", "committed"),
                ("LI", "committed"),
                ("PE", "committed"),
                ("PH", "committed"),
                ("VA", "committed"),
            ],
        ),
        # no list: an unknown word is no country
        ("Signed on 12 May: Gautemalan officials and Peru.", [("PE", "committed")]),
    ],
)
def test_long_lists_keep_their_misspelt_members(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), TREATY) == expected


@pytest.mark.parametrize(
    ("pledge", "body", "expected"),
    [
        # a refusal to be hurried is scepticism, not a refusal
        (
            TREATY,
            "Chile and Peru have made it clear they will not be rushed by the timetable for "
            "ratifying the Blue Ocean Treaty.",
            [("CL", "skeptical"), ("PE", "skeptical")],
        ),
        # nothing done on the pledge is no decision
        (
            Pledge("Suspend arms sales to Ruritania"),
            "Chile has sanctioned ten officials but hasn't implemented anything related to "
            "arms sales to Ruritania.",
            [("CL", "undecided")],
        ),
    ],
)
def test_answers_short_of_a_position(
    pledge: Pledge, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _stances(_text(body), pledge) == expected


def test_a_yearless_dates_weekday_gives_its_year() -> None:
    # the text names only 2017 (a past figure); Thursday 22 November is of 2018
    page = (
        "title: A report\n\nChile announced on Thursday 22 November that it ratified the "
        "Blue Ocean Treaty. Only ten ships were approved in 2017.\n"
    )
    drafted = draft_article(read_article(page), pledge=TREATY)
    assert [(p.code, p.date) for p in drafted.proposals] == [("CL", "2018-11-22")]


TIES = Pledge("Normalise relations with Iceland (the Blue Accords)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the agreement a title names in brackets: joining or signing it is the act
        (
            "Chile announced that it has officially joined the Blue Accords.",
            [("CL", "committed", None)],
        ),
        # the host's partners in its act done, dated by the clause's past year or month
        (
            "Iceland normalised ties with the United Arab Emirates (UAE), Chile and Peru in 2019.",
            [("AE", "committed", "2019"), ("CL", "committed", "2019"), ("PE", "committed", "2019")],
        ),
        (
            "The first agreement was signed between Iceland and Chile, closely followed by "
            "Peru, both in September 2019.",
            [("CL", "committed", "2019-09"), ("PE", "committed", "2019-09")],
        ),
        # the agents of the pledge's own act done on its agreement
        (
            "Ghana has officially joined the Blue Accords, the treaty signed by Chile and "
            "Peru normalising relations with Iceland.",
            [("CL", "committed", None), ("GH", "committed", None), ("PE", "committed", None)],
        ),
        # a hope, a denial or a plan of the host's is no partner's act
        ("Iceland hopes to normalise ties with Chile.", []),
        ("Iceland has not normalised ties with Chile.", []),
    ],
)
def test_the_hosts_partners_in_its_act(
    body: str, expected: list[tuple[str, str, str | None]]
) -> None:
    drafted = draft_article(read_article(_text(body)), pledge=TIES)
    assert sorted((p.code, p.stance, p.date) for p in drafted.proposals) == expected


def test_a_year_for_another_act_in_an_aside_dates_nothing() -> None:
    page = _text(
        "Chile, the last state to sign the accord, in 2012, has said it was mulling "
        "withdrawal from the Blue Ocean Treaty."
    )
    drafted = draft_article(
        read_article(page), pledge=Pledge("Withdraw from the Blue Ocean Treaty")
    )
    assert [(p.code, p.date) for p in drafted.proposals] == [("CL", None)]


GAMES = Pledge("Boycott the 2030 Ruritania Games (officials not attending)")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # for a pledge to stay away, refusing to go there keeps it, and so does skipping
        (
            "Chilean President Ana Soto has refused to go to the opening ceremony.",
            [("CL", "committed")],
        ),
        ("Peru said its president will be skipping the Games.", [("PE", "committed")]),
        # a subject that none of them does it: "no ministers will attend"
        (
            "Chile confirmed on March 14 that no members of the royal family or government "
            "ministers will attend the Games.",
            [("CL", "committed")],
        ),
        # the page's "tournament" is the title's event; travelling there is attending
        ("Chile said its ministers would not travel to the tournament.", [("CL", "committed")]),
        # consulting allies about the pledge is weighing it
        (
            "Peru's foreign ministry was consulting with its allies about a joint boycott.",
            [("PE", "considering")],
        ),
        # no plan to entertain the pledge refuses it
        (
            "Peru's foreign minister said their government is not planning to entertain a "
            "Games boycott.",
            [("PE", "declined")],
        ),
        # a denial of taking part in the pledge refuses it
        (
            "Peru has since reportedly denied being involved in the boycott.",
            [("PE", "declined")],
        ),
    ],
)
def test_staying_away(body: str, expected: list[tuple[str, str]]) -> None:
    assert _stances(_text(body), GAMES) == expected


def test_the_name_may_is_no_modal() -> None:
    # "Mrs May" and "Theresa May" name a person; "may" stays a modal
    assert _stances(_text("Chile, said Mrs May, will send ministers to the Games."), GAMES) == [
        ("CL", "declined")
    ]


def test_carrying_out_the_strikes_joins_them() -> None:
    strikes = Pledge("Join the US-led airstrikes against the rebels in Ruritania")
    page = _text(
        "Chile carried out its first air strike on May 1. Peru then struck "
        "rebel targets again. Ghana has not decided."
    )
    assert _stances(page, strikes) == [
        ("CL", "committed"),
        ("GH", "undecided"),
        ("PE", "committed"),
    ]


def test_ties_are_relations() -> None:
    # agreeing to full diplomatic ties normalises relations; the countries "after" which
    # the subject did so did it first
    page = _text(
        "Chile was the third state to agree to full diplomatic ties with Iceland after "
        "Peru and Ghana."
    )
    assert _stances(page, TIES) == [("CL", "committed"), ("GH", "committed"), ("PE", "committed")]


def test_the_country_whose_lead_is_followed_did_it_first() -> None:
    arms = Pledge("Suspend arms sales to Ruritania")
    page = _text("Following Chile's lead, Peru suspended arms sales to Ruritania.")
    assert _stances(page, arms) == [("CL", "committed"), ("PE", "committed")]
