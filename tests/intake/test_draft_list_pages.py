"""Round draft9: list pages (issue 20, set G): a heading or a sentence that carries the
pledge, then one country a line. The pages are written for the test; each case fails
without its rule."""

from tests.intake.test_draft_shapes import _stances
from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge

ENVOY = Pledge("Recognise Ana Ruiz as interim president of Ruritania")

# A sentence (not a colon heading) above the list, site furniture between the items, a
# second heading backing another person, spellings of other languages.
_LIST_PAGE = """title: Here is the list

The photo shows the two leaders.

Ana Ruiz is recognized as the interim president by dozens of countries.

Albania

Recommended Videos

Andorra

Brasil

Perú

Ice Land

Here is a list of countries supporting embattled President Boris Petrov:

Bolivia

St. Vincent

Syria

About the Author
"""


def test_a_sentence_above_a_long_list_gives_the_list_its_stance() -> None:
    assert _stances(_LIST_PAGE, ENVOY) == [
        ("AD", "committed"),
        ("AL", "committed"),
        ("BO", "opposed"),
        ("BR", "committed"),
        ("IS", "committed"),
        ("PE", "committed"),
        ("SY", "opposed"),
        ("VC", "opposed"),
    ]


_BULLETED = """title: Who recognizes her

- Countries and organizations that recognize Ana Ruiz as legitimate president of Ruritania
- Canadá
- Panamá
- Turquía
- Countries and organizations that recognize Boris Petrov as legitimate president of Ruritania
- México
- Rusia
- Bolívia
"""


def test_a_group_named_by_its_act_heads_a_bulleted_list_and_the_next_heading_ends_it() -> None:
    assert _stances(_BULLETED, ENVOY) == [
        ("BO", "opposed"),
        ("CA", "committed"),
        ("MX", "opposed"),
        ("PA", "committed"),
        ("RU", "opposed"),
        ("TR", "committed"),
    ]


def test_an_undated_page_is_dated_to_the_month_its_address_carries() -> None:
    text = (
        "title: Who recognizes her\nurl: https://example.org/2019/01/who-recognizes-her\n\n"
        "Chile recognizes Ana Ruiz as president. The Lima Declaration dates from 8 August 2017."
    )
    drafted = draft_article(read_article(text), pledge=ENVOY)
    assert [p.code for p in drafted.proposals] == ["CL"]
    assert drafted.default_date == "2019-01"


FOUNDER = Pledge("Join the Coastal Rescue Bank as a founding member")


def test_a_list_of_members_states_the_pledge_of_becoming_one() -> None:
    text = (
        "title: Members\n\n"
        "The 12 founding members are the following: Chile, Peru, Kenya, Narnia, Norway and"
        " Japan. Countries accepted as founding members include Ghana and Fiji. The latest"
        " members that have joined the bank have been Mali and Chad."
    )
    assert _stances(text, FOUNDER) == [
        ("CL", "committed"),
        ("FJ", "committed"),
        ("GH", "committed"),
        ("JP", "committed"),
        ("KE", "committed"),
        ("ML", "committed"),
        ("NO", "committed"),
        ("PE", "committed"),
        ("TD", "committed"),
    ]


def test_members_are_no_position_for_a_pledge_that_is_not_membership() -> None:
    text = "title: Members\n\nThe founding members are Chile and Peru."
    assert _stances(text, ENVOY) == []


def test_a_name_the_resolver_gives_with_another_in_brackets_is_known_by_either() -> None:
    text = "title: Members\n\nThe founding members are Burma and Peru."
    assert _stances(text, FOUNDER) == [("MM", "committed"), ("PE", "committed")]


def test_a_flattened_table_lists_several_countries_a_line() -> None:
    text = (
        "title: Members\n\n"
        "Founding members of the bank: who are they and when did they join?\n"
        "Joined in 2014 Joined in 2015\n"
        "Chile Peru\n"
        "Kenya Norway\n"
        "Japan\n"
        "The bank opens in June.\n"
    )
    assert _stances(text, FOUNDER) == [
        ("CL", "committed"),
        ("JP", "committed"),
        ("KE", "committed"),
        ("NO", "committed"),
        ("PE", "committed"),
    ]


def test_an_agreement_adopted_or_endorsed_is_signed() -> None:
    accord = Pledge("Sign the Coastal Rescue Accord")
    text = (
        "title: Accord\n\n"
        "Chile, Peru and Kenya were among the countries that did not adopt the accord."
        " Norway has endorsed the accord."
    )
    assert _stances(text, accord) == [
        ("CL", "declined"),
        ("KE", "declined"),
        ("NO", "committed"),
        ("PE", "declined"),
    ]


def test_the_country_leading_a_bank_is_its_organiser() -> None:
    text = (
        "title: Members\n\n"
        "The Peru-led Coastal Rescue Bank opens in June. The founding members are Chile, Peru"
        " and Kenya."
    )
    assert _stances(text, FOUNDER) == [("CL", "committed"), ("KE", "committed")]


def test_declared_support_for_another_person_refuses_a_pledge_to_back_one() -> None:
    text = (
        "title: Sides\n\n"
        "The Russian Federation and Cuba are among nine nations that have declared their"
        " support for Petrov. Chile has recognized Ana Ruiz."
    )
    assert _stances(text, ENVOY) == [("CL", "committed"), ("CU", "opposed"), ("RU", "opposed")]


def test_countries_like_a_and_b_stand_for_the_group_and_withdrawing_refuses() -> None:
    accord = Pledge("Sign the Coastal Rescue Accord")
    text = (
        "title: Accord\n\n"
        "Other countries like Chile, Peru and Kenya have also vowed to withdraw from the deal."
    )
    assert _stances(text, accord) == [("CL", "declined"), ("KE", "declined"), ("PE", "declined")]


def test_withdrawing_is_the_pledge_itself_when_the_pledge_is_to_withdraw() -> None:
    leave = Pledge("Withdraw from the Coastal Mine Treaty")
    text = "title: Treaty\n\nChile has vowed to withdraw from the treaty."
    assert _stances(text, leave) == [("CL", "committed")]
