"""Set E's topic notes; the rest of its gold scripts' helpers (`st`, `troops`,
the gold writer) is bench/corpus/coding.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/corpus
from coding import set_writer, st, troops  # noqa: F401  (the gold scripts' imports)

TOPIC_NOTES = {
    "haiti-mss-troops": (
        "Which countries pledge, send, consider or refuse police or military personnel for the"
        " Kenya-led Multinational Security Support (MSS) mission in Haiti (authorised by UN"
        " Security Council Resolution 2699 on 2 October 2023), 2023-24; money for the mission's"
        " trust fund is a contribution, not a troop pledge."
    ),
    "beijing-olympics-diplomatic-boycott": (
        "Which countries join (send no government officials or diplomats), consider or refuse a"
        " diplomatic boycott of the 2022 Beijing Winter Olympics, announced by the United States"
        " on 6 December 2021 over China's human-rights record; athletes still compete."
    ),
    "suspend-unrwa-funding": (
        "Which countries suspend (pause) their funding to UNRWA after Israel's allegations of 26"
        " January 2024 that a dozen of its staff took part in the 7 October attack, which refuse"
        " to suspend it, and which end their suspension (resume funding) in spring 2024."
    ),
    "leopard-2-for-ukraine": (
        "Which countries send (or commit to send) German-made Leopard 2 battle tanks to Ukraine,"
        " which are ready to if Germany allows the re-export, which consider it, and which refuse,"
        " January-April 2023 (Germany's decision of 25 January 2023)."
    ),
}

write = set_writer(__file__, TOPIC_NOTES)
