"""Helpers for writing the hand-coded gold files of development set K."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, troops
from coding import st as _st

__all__ = ["st", "troops", "write"]

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "withdraw-from-icc": (
        "Which countries announce, notify or decree their withdrawal from the International"
        " Criminal Court (the Rome Statute), consider or threaten it, or revoke it, 2016-18"
        " (Burundi, South Africa and the Gambia in October 2016, Russia's signature in November"
        " 2016, the Philippines in March 2018). Not about troops."
    ),
    "suspend-arms-sales-saudi-arabia": (
        "Which countries suspend, freeze or halt arms sales (export licences) to Saudi Arabia"
        " over the murder of Jamal Khashoggi (2 October 2018) or the war in Yemen, and which"
        " refuse or continue, 2018-19. Saudi Arabia, the buyer concerned, is not coded. Not"
        " about troops."
    ),
    "iraq-2003-coalition-troops": (
        "Which countries send, consider or refuse troops for the US-led coalition in Iraq in"
        " 2003: the invasion of March 2003 and the stabilisation force of the coalition (the"
        " British and Polish-led divisions) later that year. The United States, which leads the"
        " coalition, and Iraq are not coded; later withdrawals are not new stances."
    ),
    "switch-recognition-taiwan-to-china": (
        "Which countries switch diplomatic recognition from Taiwan (the Republic of China) to"
        " the People's Republic of China, breaking ties with Taipei, and which stay with Taiwan"
        " where a page says so, mainly 2016-24. China and Taiwan, the two parties, are not"
        " coded. Not about troops."
    ),
}


def st(country, stance, date, evidence, contributions=(), approximate=False, **extra):
    """`coding.st`, minus alt dates in the month of `date`: dates are scored to the month,
    so such an alt date changes nothing and would only flag the statement `ambiguous`."""
    if "alt_dates" in extra:
        extra["alt_dates"] = [d for d in extra["alt_dates"] if d[:7] != date[:7] or len(d) < 7]
        if not extra["alt_dates"]:
            del extra["alt_dates"]
    return _st(country, stance, date, evidence, contributions, approximate, **extra)


write = gold_writer(BASE, TOPIC_NOTES)
