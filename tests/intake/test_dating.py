"""Dates in `tracker draft` (issue 20, item 6): the day a page's lead gives its events,
and weekdays that are names, not dates."""

from datetime import date

import yaml

from tests.conftest import Tracker
from tracker.intake.article import Article
from tracker.intake.dating import PageDate, find_date, lead_date, page_date
from tracker.intake.draft import draft_article

WEDNESDAY = date(2023, 11, 1)

LEAD = (
    "Colombia has recalled its ambassador to Israel due to the attacks on Gaza. "
    "Colombian President Gustavo Petro said this on Tuesday evening on X.\n\n"
    "Earlier, the government of Bolivia announced that it was cutting diplomatic ties "
    "with Israel.\n"
)


def test_a_weekday_in_a_name_is_no_date() -> None:
    assert find_date("Top sources told The Sunday Guardian that", WEDNESDAY) is None
    assert find_date("said on Tuesday evening", WEDNESDAY) == (
        "2023-10-31",
        False,
        "on Tuesday",
    )
    assert find_date("on Monday Germany said", WEDNESDAY) == ("2023-10-30", False, "on Monday")


def test_the_lead_dates_the_events_of_a_dated_page() -> None:
    assert lead_date(LEAD, WEDNESDAY) == date(2023, 10, 31)
    # a lead naming the page's own day, or none, leaves the page's date
    assert lead_date("Italy said on Wednesday it would not.", WEDNESDAY) is None
    assert lead_date("Italy will not send troops.", WEDNESDAY) is None
    drafted = draft_article(Article(body=LEAD, published="2023-11-01"))
    assert drafted.default_date == "2023-10-31"


def test_the_draft_sheet_dates_statements_to_the_leads_day(tracker: Tracker) -> None:
    result = tracker.ok("draft", "-", "--published", "2023-11-01", "--title", "Recalls", input=LEAD)
    sheet = yaml.safe_load(result.stdout)
    assert str(sheet["date"]) == "2023-10-31"
    assert "Warning:" not in result.stderr


def test_an_undated_page_warns_and_names_the_day_it_is_dated_from(tracker: Tracker) -> None:
    result = tracker.ok(
        "draft", "-", input="On January 6, 2026, Italy said it will not send troops.\n"
    )
    assert "Warning: the article gives no publication date" in result.stderr
    assert "2026-01-06" in result.stderr


# An undated page (issue 20, item 6): its relative dates count from the latest past
# month its own events name, never a caption's, a "since" phrase's or a plan's.
def _undated(body: str) -> PageDate:
    return page_date(body, None, None)


def test_an_undated_page_counts_from_the_latest_month_its_events_name() -> None:
    body = (
        "In March 2022, Poland closed its airspace to the carriers.\n\n"
        "On Tuesday, Canada said it would follow.\n"
    )
    dating = _undated(body)
    assert dating.default_date == "2022-03"
    assert find_date("On Tuesday, Canada said it would follow.", dating.reference) == (
        "2022-03-29",
        False,
        "On Tuesday",
    )
    # a full date of the text dates it to the day
    dating = _undated("On 3 March 2022, Poland closed its airspace. Yesterday Chile did.\n")
    assert dating.default_date == "2022-03-03"
    assert find_date("Yesterday Chile did.", dating.reference)[0] == "2022-03-02"


def test_months_in_since_phrases_and_plans_are_no_anchor() -> None:
    body = (
        "Poland has hosted the refugees since May 2023.\n\n"
        "The summit will be held in June 2023.\n\n"
        "By October 2022 the fund must be full.\n\n"
        "In February 2021 Canada pledged $5 million. Last month Chile joined.\n"
    )
    assert _undated(body).default_date == "2021-02"


def test_a_captions_date_is_no_undated_pages_date() -> None:
    body = (
        "Delegates arrive at the hall. Geneva, Switzerland, June 18, 2021.  "
        "(photo credit: REUTERS/JANE ROE/FILE PHOTO)\n"
        "Delegates arrive at the hall. Geneva, Switzerland, June 18, 2021.\n"
        "(photo credit: REUTERS/JANE ROE/FILE PHOTO)\n\n"
        "Soldiers march in Lima on July 2, 2021. (AP Photo/John Doe)\n\n"
        "A parade in Quito, August 3, 2021. Photo: Ministry of Defence\n\n"
        "FILE - In this Friday, Sept. 3, 2021 file photo, a ship leaves port.\n\n"
        "On 3 March 2020, Peru said it would join. On Friday Chile agreed.\n"
    )
    assert _undated(body).default_date == "2020-03-03"
