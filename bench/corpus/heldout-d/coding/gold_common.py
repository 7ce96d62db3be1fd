"""Set D's topic notes; the rest of its gold scripts' helpers (`st`, `troops`,
the gold writer) is bench/corpus/coding.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/corpus
from coding import set_writer, st, troops  # noqa: F401  (the gold scripts' imports)

TOPIC_NOTES = {
    "ukraine-reassurance-force": (
        "Which countries send, offer, consider or refuse troops for a multinational reassurance"
        " (peacekeeping) force in Ukraine after a ceasefire: the UK/France-led coalition of the"
        " willing, 2025-26."
    ),
    "board-of-peace": (
        "Which countries accept, consider or decline US President Trump's invitation to join his"
        " Board of Peace (charter signed at Davos, 22 January 2026; first meeting 19 February"
        " 2026), and which reject the board itself."
    ),
    "red-sea-prosperity-guardian": (
        "Which countries join (with ships, staff officers or other support), consider or refuse to"
        " join Operation Prosperity Guardian, the US-led naval coalition against Houthi attacks on"
        " Red Sea shipping announced on 18-19 December 2023."
    ),
    "patriot-for-ukraine": (
        "Which countries give (or finance the purchase of) Patriot air-defence systems, batteries,"
        " launchers or components for Ukraine, which consider it, and which refuse, 2024-25."
    ),
    "expel-russian-diplomats": (
        "Which countries expel Russian diplomats (declare them personae non gratae) over Russia's"
        " war on Ukraine and the Bucha killings, spring 2022, and which decline to."
    ),
}

write = set_writer(__file__, TOPIC_NOTES)
