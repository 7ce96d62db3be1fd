"""Helpers for writing the hand-coded gold files of held-out set O."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, st, troops

__all__ = ["st", "troops", "write"]

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "support-morocco-autonomy-plan": (
        "Which countries endorse Morocco's 2007 autonomy plan (autonomy for Western Sahara under"
        " Moroccan sovereignty) as the basis for settling the dispute, and which decline or"
        " reject it. Backing, endorsing, supporting the plan, or recognising Moroccan"
        " sovereignty over the territory = committed; not endorsing it = undecided; denouncing"
        " it = opposed. Morocco, which proposes the plan, and the Polisario Front are not coded."
        " Not about troops: no contribution category applies."
    ),
    "ratify-nato-accession-finland-sweden": (
        "Which NATO members ratify (approve in parliament or sign the instrument of) the"
        " accession protocols of Finland and Sweden (signed 5 July 2022; Finland joined 4 April"
        " 2023, Sweden 7 March 2024), and which delay or block them. Ratifying, or a government's"
        " promise to ratify = committed; ratifying only if a condition is met = conditional;"
        " a vote not yet scheduled = undecided; refusing or blocking = declined. A country that"
        " treats the two bids differently in one text gets a statement for each position."
        " Finland and Sweden, the applicants, are not coded. Not about troops."
    ),
    "digital-services-tax": (
        "Which countries (and the EU) introduce, adopt or keep a national digital services tax"
        " (a levy on the revenues of large digital companies), which consider one, and which"
        " drop, withdraw or refuse one. Imposing or adopting = committed; proposing or"
        " considering = considering; rescinding or abandoning = declined; the United States,"
        " which rejects other countries' digital taxes and threatens tariffs, = opposed. Not"
        " about troops: no contribution category applies."
    ),
    "recognise-armenian-genocide": (
        "Which countries (their parliaments or governments) formally recognise the 1915"
        " massacres and deportations of Armenians in the Ottoman Empire as genocide, which"
        " consider it, and which refuse. Recognition = committed; refusing to = declined;"
        " denouncing others' recognition = opposed. Turkey, the Ottoman Empire's successor,"
        " and Armenia are the parties concerned and are not coded. Not about troops."
    ),
}


write = gold_writer(BASE, TOPIC_NOTES)
