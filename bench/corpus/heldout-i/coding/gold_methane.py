"""Gold for the join-global-methane-pledge articles (901-904)."""

from gold_common import st, write

T = "join-global-methane-pledge"
MEF = "2021-09"  # the initial announcement at the MEF, "In September" (901)
MON = "2021-10-11"  # the virtual ministerial, Monday 11 October 2021 (901's dateline)

INITIAL = [
    ("AR", "Argentina"),
    ("GH", "Ghana"),
    ("ID", "Indonesia"),
    ("IQ", "Iraq"),
    ("IT", "Italy"),
    ("MX", "Mexico"),
    ("GB", "United Kingdom"),
]
NEW24 = [
    "CA",
    "CF",
    "CG",
    "CR",
    "CI",
    "CD",
    "FM",
    "FR",
    "DE",
    "GT",
    "GN",
    "IL",
    "JP",
    "JO",
    "KG",
    "LR",
    "MT",
    "MA",
    "NG",
    "PK",
    "PH",
    "RW",
    "SE",
    "TG",
]

# 901 UrduPoint (Sputnik), 11 October 2021.
ev901_init = (
    "Following the initial announcement of support by Argentina, Ghana, Indonesia, Iraq, Italy,"
    " Mexico and the United Kingdom at the MEF"
)
ev901_new = (
    "24 new countries announced today that they will join the Global Methane Pledge, [...] The"
    " statement went on to list the new supporters ” Canada, the Central African Republic,"
    " Congo-Brazzaville, Costa Rica, Cote d'Ivoire, the Democratic Republic of the Congo, the"
    " Federated States of Micronesia, France, Germany, Guatemala, Guinea, Israel, Japan, Jordan,"
    " Kyrgyzstan, Liberia, Malta, Morocco, Nigeria, Pakistan, Philippines, Rwanda, Sweden, and"
    " Togo."
)
write(
    "901_urdupoint_over-20-countries-pledge-to-reduce-methane",
    T,
    "2021-10-11",
    [
        *[
            st(
                c,
                "committed",
                MEF,
                ev901_init,
                approximate=True,
                note="Initial supporter at the MEF, 'In September' (the month of the initiative's"
                " announcement): 2021-09, approximate.",
            )
            for c, _ in INITIAL
        ],
        *[
            st(
                c,
                "committed",
                MON,
                ev901_new,
                note="'announced today that they will join' (the joint statement of Monday 11"
                " October 2021, the dateline) = committed.",
            )
            for c in NEW24
        ],
    ],
    ["US", "EU"],
    "The US and the EU convene the pledge and issue the joint statement: not coded (organisers)."
    " Each listed country gets the joint statement's announcement.",
)

# 902 US Free News, undated; "a joint statement issued ... on Monday" = 11 October 2021 (from
# outside the text: approximate).
ev902_init = (
    "“After Argentina, Ghana, Indonesia, Iraq, Italy, Mexico, and the United Kingdom declared their"
    " support from the very beginning; another 24 countries announced that they would join [the"
    " initiative],”"
)
ev902_new = (
    "Another 24 countries, including Germany, France, and Japan, have announced their intention to"
    " join [...] Among these 24 States, the statement indicates Germany, Israel, Canada,"
    " Kyrgyzstan, France, and Japan."
)
write(
    "902_usfreenews_another-24-countries-methane-initiative",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                MEF,
                ev902_init,
                approximate=True,
                note="Supported 'from the very beginning', when 'The relevant initiative was"
                " announced in September': 2021-09, approximate.",
            )
            for c, _ in INITIAL
        ],
        *[
            st(
                c,
                "committed",
                MON,
                ev902_new,
                approximate=True,
                note="'announced their intention to join' = committed. The joint statement's"
                " Monday is 11 October 2021 (a date from outside the text: approximate).",
            )
            for c in ("DE", "FR", "JP", "IL", "CA", "KG")
        ],
    ],
    ["US", "EU"],
    "Only six of the 24 new supporters are named; the rest are not coded. The US and the EU are"
    " the initiative's convenors (not coded).",
)

# 903 Greencap, undated: 105 signatories at COP26 (none named); China, India, Russia did not sign.
write(
    "903_greencap_cop26-methane-pledge-signed-by-105-countries",
    T,
    "unknown",
    [
        st(
            c,
            "declined",
            "2021-11",
            "China, India and Russia did not sign the pledge",
            approximate=True,
            alt_stances=["undecided"],
            note="'did not sign' the pledge signed at COP26 = declined (as G's 'did not adopt');"
            " undecided defensible. Undated page: the COP26 signing, November 2021, approximate.",
        )
        for c in ("CN", "IN", "RU")
    ],
    ["US", "EU"],
    "The 105 signatories are not named, so none is coded. The US and the EU announced the pledge"
    " (organisers).",
)

# 904 Ammon News, undated; the same ministerial as 901 ("today"); the text is cut off as stored.
ev904_init = (
    "Following initial announcement of support by Argentina, Ghana, Indonesia, Iraq, Italy,"
    " Mexico and the United Kingdom at the MEF"
)
ev904_new = (
    "24 new countries announced today that they will join the Global Methane Pledge. The new"
    " supporters are Canada, Central African Republic, Congo-Brazzaville, Costa Rica, Cote"
    " d'Ivoire, Democratic Republic of the Congo, Federated States of Micronesia, France, Germany,"
    " Guatemala, Guinea, Israel, Japan, Jordan, Kyrgyz Republic, Liberia, Malta, Morocco, Nigeria,"
    " Pakistan, Philippines, Rwanda, Sweden, and Togo"
)
write(
    "904_ammonnews_jordan-and-morocco-join-methane-pledge",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                MEF,
                ev904_init,
                approximate=True,
                note="Initial supporter at the MEF (September 2021, from outside the text):"
                " 2021-09, approximate.",
            )
            for c, _ in INITIAL
        ],
        *[
            st(
                c,
                "committed",
                MON,
                ev904_new,
                approximate=True,
                note="'announced today that they will join' = committed. 'today' = the virtual"
                " ministerial of 11 October 2021 (from outside the text: approximate).",
            )
            for c in NEW24
        ],
    ],
    ["US", "EU"],
    "The headline's Jordan and Morocco are in the list of 24. Timmermans (EU) and Kerry (US) host"
    " the ministerial: organisers, not coded.",
)
