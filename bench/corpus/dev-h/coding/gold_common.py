"""What set H's gold scripts share: the topic notes and the writer (bench/corpus/coding.py).

cd bench/corpus/dev-h/coding && python3 gold_qatar.py   (and gold_hormuz.py, gold_kosovo.py,
gold_missiles.py)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, st  # noqa: F401

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "kosovo-recognition": (
        "Which countries recognise Kosovo's independence (declared 17 February 2008), refuse to"
        " recognise it (declined), or withdraw a recognition they had given (declined, dated when"
        " withdrawn)."
    ),
    "qatar-cut-diplomatic-ties": (
        "The Gulf crisis of June 2017: which countries cut (sever, break off) diplomatic ties with"
        " Qatar (committed; recalling an ambassador or downgrading ties is coded committed with"
        " alt undecided), and which refuse to (declined). Qatar is the target."
    ),
    "long-range-missiles-ukraine": (
        "Which countries send (or refuse to send) long-range strike missiles to Ukraine, 2023-24:"
        " Taurus, ATACMS, Storm Shadow / SCALP-EG."
    ),
    "hormuz-maritime-mission": (
        "The 2019-20 maritime security missions in the Strait of Hormuz: the European-led EMASOH"
        " (operation Agenor, French-led, headquarters in Abu Dhabi) and the US-led International"
        " Maritime Security Construct (Operation Sentinel). Which countries send warships or other"
        " military assets (committed, sea), consider it, or decline. A country may take different"
        " positions on the two missions: each is its own statement."
    ),
}

write = gold_writer(BASE, TOPIC_NOTES)
