"""Helpers for writing the hand-coded gold files of development set L."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, troops
from coding import st as _st

__all__ = ["st", "troops", "write"]

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "ratify-tpnw": (
        "Which countries sign, ratify or accede to the Treaty on the Prohibition of Nuclear"
        " Weapons (opened for signature on 20 September 2017, in force 22 January 2021), say"
        " they are ratifying, or refuse to join it (nuclear-armed states, NATO members and US"
        " allies such as Japan), 2017-24. Not about troops."
    ),
    "normalise-ties-with-israel": (
        "Which countries normalise relations with Israel under the Abraham Accords (the UAE"
        " and Bahrain in August-September 2020, Sudan and Morocco late 2020 / January 2021),"
        " and which refuse, condition or consider it (Saudi Arabia, Pakistan, ...), 2020-24;"
        " older peace treaties (Egypt 1979, Jordan 1994) named in passing. Israel, the"
        " counterpart, and the United States, the broker, are not coded. Not about troops."
    ),
    "anti-isis-coalition-airstrikes": (
        "Which countries join, consider or decline the US-led airstrikes against the Islamic"
        " State in Iraq and Syria, 2014-15 (France from 19 September 2014, the UK after its"
        " parliament's vote of 26 September 2014, Australia, Arab states in Syria). The United"
        " States, which leads, is coded only where a page states its own action as for any"
        " country; Iraq and Syria, where the strikes fall, are not coded. Air, not ground"
        " troops."
    ),
    "boycott-world-cup-2018": (
        "Which countries' officials and royals stay away from the 2018 FIFA World Cup in"
        " Russia after the Skripal poisoning (4 March 2018): the UK (14 March), Iceland"
        " (26 March), Poland's president and others, and which decline a boycott or attend."
        " The national teams playing is not the pledge. Russia, the host, is not coded. Not"
        " about troops."
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
