"""A topic's pledge as the drafter reads it (issue 20): verbs, objects and hosts from the
title alone, for pledges of any kind."""

import pytest

from tracker.intake.article import read_article
from tracker.intake.draft import draft_article
from tracker.intake.pledge import Pledge, pledge_terms, verb_stem


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("recognition", "recogn"),
        ("recognising", "recogn"),
        ("recognized", "recogn"),
        ("contribution", "contrib"),
        ("boycotts", "boycott"),
        ("withdrawal", "withdraw"),
    ],
)
def test_a_words_verb_and_noun_forms_share_one_stem(word: str, stem: str) -> None:
    assert verb_stem(word) == stem


def test_a_title_names_the_pledge_its_object_and_its_host() -> None:
    terms = pledge_terms(Pledge("Recognising Palestine"))
    assert terms.own == r"recogn\w*" and "palestine" in terms.objects
    assert terms.hosts == {"PS"} and not terms.troops
    # a capital inside a name is no host ("the Ottawa Convention"), a proper name no verb
    assert pledge_terms(Pledge("Withdrawal from the Ottawa Convention")).hosts == set()
    assert "board" not in pledge_terms(Pledge("Joining the Board of Peace")).own
    troops = pledge_terms(Pledge("Troops for the International Stabilization Force in Gaza"))
    assert troops.troops and troops.hosts == {"PS"} and "send" in troops.act.split("|")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Eurovision 2026 boycott over Israel's participation",
            "Spain and Ireland will boycott the contest. Iceland is considering a boycott. "
            "Israel said it would take part.",
            [("ES", "committed"), ("IE", "committed"), ("IS", "considering")],
        ),
        (
            "Joining the Board of Peace",
            "Hungary and Pakistan have joined the Board of Peace. Germany declined to join.",
            [("HU", "committed"), ("PK", "committed"), ("DE", "declined")],
        ),
        (
            "Withdrawal from the Ottawa Convention on landmines",
            "Finland announced its withdrawal. Norway will not withdraw.",
            [("FI", "committed"), ("NO", "declined")],
        ),
    ],
)
def test_any_pledge_drafts_from_its_title(
    title: str, text: str, expected: list[tuple[str, str]]
) -> None:
    drafted = draft_article(read_article(text), pledge=Pledge(title))
    assert [(p.code, p.stance) for p in drafted.proposals] == expected
