"""Set I's topic notes; the rest of its gold scripts' helpers (`st`, `troops`,
the gold writer) is bench/corpus/coding.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/corpus
from coding import set_writer, st, troops  # noqa: F401  (the gold scripts' imports)

TOPIC_NOTES = {
    "join-global-methane-pledge": (
        "Which countries join (sign, announce support for) the Global Methane Pledge, the US-EU"
        " initiative to cut global methane emissions by at least 30% from 2020 levels by 2030,"
        " announced in September 2021 and launched at COP26 in Glasgow (2 November 2021), and"
        " which do not sign it, 2021. The US and the EU, its convenors, are not coded."
    ),
    "recall-ambassador-from-israel-gaza": (
        "Which countries recall their ambassador (or diplomats) from Israel, or cut or suspend"
        " diplomatic ties with it, in protest at the war in Gaza after 7 October 2023, 2023-24."
        " Israel, the country concerned, is not coded."
    ),
    "ban-tiktok-government-devices": (
        "Which countries ban (order the removal of) the TikTok app on government-issued devices"
        " of officials and staff, over security and data concerns, 2022-23. Nationwide bans of the"
        " app for other reasons are a different measure and are not coded."
    ),
    "takuba-special-forces-troops": (
        "Which countries send, consider or refuse special forces (troops) for the European Takuba"
        " task force in Mali under French command (political statement of 27 March 2020;"
        " operational from July 2020), 2020-21. Mali and Niger, the host states, are not coded."
    ),
}

write = set_writer(__file__, TOPIC_NOTES)
