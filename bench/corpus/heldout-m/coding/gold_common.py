"""Helpers for writing the hand-coded gold files of held-out set M."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, st, troops

__all__ = ["st", "troops", "write"]

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "close-airspace-russian-aircraft": (
        "Which countries close their airspace to Russian airlines and Russian-registered aircraft"
        " after Russia's invasion of Ukraine (24 February 2022), and which keep it open, 2022."
        " Closing = committed; keeping it open = declined. The EU is coded where its own"
        " institutions close EU airspace. Russia's retaliatory closure of its own airspace is"
        " not a stance on the pledge. Not about troops."
    ),
    "recognise-abkhazia-south-ossetia": (
        "Which countries recognise Abkhazia and South Ossetia as independent states (Russia"
        " first, 26 August 2008), which support them without recognising, and which refuse,"
        " decline or withdraw recognition, 2008-. Recognition = committed. Georgia, the state"
        " concerned, is not coded. Not about troops."
    ),
    "firefighters-canada-wildfires-2023": (
        "Which countries send (or have deployed) firefighters, incident commanders and other"
        " wildfire personnel to help fight Canada's 2023 wildfires. Sending = committed. Canada,"
        " the host, and its provinces are not coded. Personnel, not troops: no contribution"
        " category applies."
    ),
    "pledge-green-climate-fund": (
        "Which countries pledge money to the Green Climate Fund (the initial resource"
        " mobilisation and its November 2014 Berlin pledging conference, and the replenishments"
        " from October 2019), and which do not pledge or cut their pledges. Pledging ="
        " committed (contribution: financing); not pledging = declined. Not about troops."
    ),
}


write = gold_writer(BASE, TOPIC_NOTES)
