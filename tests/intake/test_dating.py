"""Dates in `tracker draft` (issue 20, item 6): the day a page's lead gives its events,
and weekdays that are names, not dates."""

from datetime import date

import yaml

from tests.conftest import Tracker
from tracker.intake.article import Article
from tracker.intake.dating import find_date, lead_date
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
