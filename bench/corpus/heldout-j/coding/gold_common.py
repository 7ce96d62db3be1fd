"""Helpers for writing the hand-coded gold files of held-out set J."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, st, troops

__all__ = ["st", "troops", "write"]

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "suspend-arms-exports-israel": (
        "Which countries suspend, halt or restrict arms exports (licences, shipments, parts) to"
        " Israel over the war in Gaza after 7 October 2023, and which continue or refuse to,"
        " 2023-25. A national court's binding order stopping exports, and a regional government's"
        " suspension reported as the country's, are coded for the country. Israel, the country"
        " concerned, is not coded. Not about troops."
    ),
    "boycott-durban-iv": (
        "Which countries boycott (announce they will not attend, or did not attend) the UN"
        " General Assembly's high-level meeting of 22 September 2021 marking the 20th"
        " anniversary of the Durban Declaration ('Durban IV'), and which attend. Boycotting ="
        " committed; attending = declined. Not about troops."
    ),
    "sadc-mozambique-troops": (
        "Which countries send, consider or refuse troops for the SADC Mission in Mozambique"
        " (SAMIM) or the bilateral Rwandan deployment against the insurgency in Cabo Delgado,"
        " 2021. Mozambique, the host, is not coded."
    ),
    "recognise-taliban-government": (
        "Which countries formally recognise the Taliban government of Afghanistan (in power since"
        " August 2021), which engage with it without recognising it, and which refuse or say they"
        " have no plans to, 2021-25. Recognition = committed; 'not in a hurry', 'not a priority'"
        " = skeptical; refusal = declined. Afghanistan is not coded."
    ),
}


write = gold_writer(BASE, TOPIC_NOTES)
