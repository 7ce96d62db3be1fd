"""Set G's topic notes; the rest of its gold scripts' helpers (`st`, `troops`,
the gold writer) is bench/corpus/coding.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/corpus
from coding import set_writer, st, troops  # noqa: F401  (the gold scripts' imports)

TOPIC_NOTES = {
    "recognise-guaido": (
        "Which countries recognise Juan Guaidó, president of Venezuela's National Assembly, as"
        " the country's interim (acting) president after his oath of 23 January 2019, which"
        " refuse to, which keep backing Nicolás Maduro against him, and which take no side, 2019."
    ),
    "sign-un-migration-compact": (
        "Which countries sign (adopt, endorse) the UN Global Compact for Safe, Orderly and"
        " Regular Migration, agreed in July 2018 and adopted at the Marrakesh conference of 10-11"
        " December 2018, and which refuse to sign it or withdraw from it, 2018."
    ),
    "ecowas-niger-force-troops": (
        "Which countries commit, consider or refuse troops for the ECOWAS standby force to"
        " restore constitutional order in Niger after the coup of 26 July 2023 (activated on 10"
        " August 2023), and which oppose the intervention itself, August-September 2023."
    ),
    "join-aiib-founding-member": (
        "Which countries apply, or decide, to join the China-led Asian Infrastructure Investment"
        " Bank (AIIB) as prospective founding members (deadline 31 March 2015; 57 approved by"
        " 15 April 2015), and which decline to join, 2014-15. China, the bank's founder and"
        " host, takes no position of its own."
    ),
}

write = set_writer(__file__, TOPIC_NOTES)
