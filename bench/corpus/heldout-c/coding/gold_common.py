"""Set C's topic notes; the rest of its gold scripts' helpers (`st`, `troops`,
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
    "gaza-stabilization-force": (
        "Which countries offer, consider or refuse troops for the International Stabilization Force"
        " in Gaza under the US 20-point plan (UN Security Council resolution 2803), 2025-26."
    ),
    "nato-five-percent": (
        "Which NATO members commit to the new target of spending 5% of GDP on defence (3.5% core"
        " plus 1.5% defence-related), agreed at The Hague summit of 24-25 June 2025, and which"
        " refuse it or seek an exemption."
    ),
    "ottawa-treaty-withdrawal": (
        "Which countries withdraw (or announce, recommend, consider withdrawing) from the 1997"
        " Ottawa Convention banning anti-personnel landmines, 2025."
    ),
    "icc-netanyahu-warrant": (
        "Which countries say they would arrest Benjamin Netanyahu under the ICC arrest warrant of"
        " 21 November 2024 if he entered their territory, which will not, which decline to say,"
        " and which reject the warrant itself."
    ),
}

write = set_writer(__file__, TOPIC_NOTES)
