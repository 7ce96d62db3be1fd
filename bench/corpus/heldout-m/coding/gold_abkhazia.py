"""Gold for the recognise-abkhazia-south-ossetia articles (1305-1308)."""

from gold_common import st, write

T = "recognise-abkhazia-south-ossetia"
RUSSIA = "2008-08-26"  # Russia's recognition (from outside the texts)

# 1305 Unleashing Chiang (blog), 15 December 2009 (the page's date line).
write(
    "1305_unleashingchiang_update-on-abkhazia",
    T,
    "2009-12-15",
    [
        st(
            "NR",
            "committed",
            "2009-12-15",
            "the mighty powerhouse of Nauru has joined in!",
            note="'now' on the page's date.",
        ),
        *[
            st(
                c,
                "committed",
                d,
                "Previously, only Russia, Venezuela, and Nicaragua recognized them",
                approximate=True,
                note="'Previously': the recognition's own date, from outside the text"
                " (approximate).",
            )
            for c, d in [("RU", RUSSIA), ("VE", "2009-09"), ("NI", "2008-09")]
        ],
    ],
    ["XK"],
    "Nauru's recognition of Kosovo is another question: Kosovo is mentioned.",
)

# 1306 Nationalia, undated: Nicaragua's recognition 'On Tuesday' (2 September 2008, from
# outside the text).
SUPPORT = (
    "Belarus, Venezuela and Cuba, have all expressed support for the republics without"
    " officially recognizing their independence."
)
write(
    "1306_nationalia_nicaragua-recognizes-abkhazia-and-south-ossetia",
    T,
    "unknown",
    [
        st(
            "NI",
            "committed",
            "2008-09-02",
            "Nicaragua officially recognizes independence of Abkhazia and South Ossetia [...] On"
            " Tuesday, the breakaway republics of Abkhazia and South Ossetia were officially"
            " backed by a second country, namely the Republic of Nicaragua.",
            approximate=True,
            alt_dates=["2008-09-05"],
            speaker="Daniel Ortega, Nicaragua's president",
            note="'On Tuesday' on an undated page: 2 September 2008 (Ortega's announcement),"
            " from outside the text; the decree of 5 September is an alt date.",
        ),
        st(
            "RU",
            "committed",
            RUSSIA,
            "Nicaragua becomes the second state after Russia to recognize the two republics",
            approximate=True,
            note="The author reports Russia's recognition as fact; dated from outside the text.",
        ),
        *[
            st(
                c,
                "undecided",
                "2008-09",
                SUPPORT,
                approximate=True,
                alt_stances=["considering"],
                note="Support without recognition: no recognition, no refusal.",
            )
            for c in ["BY", "VE", "CU"]
        ],
    ],
    ["GE", "CN", "KZ", "KG", "TJ", "UZ", "AM", "TR", "XK"],
    "The SCO and CSTO members Russia asked to recognise (China, Kazakhstan, Kyrgyzstan,"
    " Tajikistan, Uzbekistan, Armenia) are named only as asked; 'few states want to commit' is"
    " unnamed: mentioned. Turkey's recognition of Northern Cyprus and Kosovo's count are other"
    " questions. Georgia, the state concerned, is mentioned.",
)

# 1307 EADaily, 29 May 2018 (in the URL).
write(
    "1307_eadaily_syria-recognizes-abkhazias-independence",
    T,
    "2018-05-29",
    [
        st(
            "SY",
            "committed",
            "2018-05-29",
            "On May 29, Syria recognized Abkhazia’s sovereignty and independence, the Abkhaz"
            " foreign minister Daur Kove has announced.",
            note="Announced by Abkhazia's foreign minister; the author reports it as fact."
            " Abkhazia only (South Ossetia is not named for Syria).",
        ),
        st(
            "RU",
            "committed",
            RUSSIA,
            "This year, it will be ten years since Russia recognized independence of Abkhazia"
            " and South Ossetia.",
            approximate=True,
            note="'ten years since' in 2018: August 2008, from outside the text.",
        ),
        *[
            st(
                c,
                "committed",
                d,
                "The republics were recognized by Nicaragua, Venezuela and some Pacific states.",
                approximate=True,
                note="Past recognition without a date: the recognition's own month, from"
                " outside the text (approximate).",
            )
            for c, d in [("NI", "2008-09"), ("VE", "2009-09")]
        ],
    ],
    ["CN", "US"],
    "'some Pacific states' is unnamed. The headline list at the end is site furniture (China,"
    " the United States, Russia named in other stories).",
)

# 1308 Pravda.ru, undated: Nauru's recognition of South Ossetia 'on Wednesday' (16 December
# 2009, from outside the text), one day after Abkhazia.
write(
    "1308_pravdareport_abkhazia-and-south-ossetia-recognized",
    T,
    "unknown",
    [
        st(
            "NR",
            "committed",
            "2009-12-16",
            "One day after recognizing Abkhazia, the island nation of Nauru has established"
            " diplomatic relations and recognized South Ossetia. The agreement was signed on"
            " Wednesday following a visit to South Ossetia by a delegation from Nauru.",
            approximate=True,
            alt_dates=["2009-12-15"],
            note="'on Wednesday' on an undated page: 16 December 2009, from outside the text;"
            " Abkhazia's recognition the day before is an alt date. One position (both"
            " republics).",
        ),
    ],
    [],
    "",
)

# 1319 DFWatch, undated: Tuvalu's protocol of 31 March 2014 (from outside the text).
write(
    "1319_dfwatch_tuvalu-withdraws-recognition-of-georgian-breakaway-regions",
    T,
    "unknown",
    [
        st(
            "TV",
            "declined",
            "2014-03-31",
            "TBILISI, DFWatch–Tuvalu has withdrawn its recognition of the Georgian breakaway"
            " regions Abkhazia and South Ossetia. [...] The protocol revokes a decision by"
            " Tuvalu in 2011 to recognize the two regions.",
            approximate=True,
            speaker="Taukelina Finikaso, Tuvalu's foreign minister (the signed protocol)",
            note="Withdrawing recognition = declined. 'these days' on an undated page: the"
            " protocol of 31 March 2014, from outside the text.",
        ),
        st(
            "TV",
            "committed",
            "2011-09-18",
            "by Vanuatu May 23, 2011 and Tuvalu on September 18, 2011.",
            note="Its earlier recognition, dated by the text (a second position).",
        ),
        st(
            "RU",
            "committed",
            "2008-08-27",
            "Abkhazia and South Ossetia were first recognized by Russia August 27, 2008",
            alt_dates=["2008-08-26"],
            note="The text's date; 26 August 2008 is an alt date.",
        ),
        st(
            "NI",
            "committed",
            "2008-09-05",
            "September 5, Nicaragua also recognized them",
            note="'September 5' after 27 August 2008: 5 September 2008.",
        ),
        st("VE", "committed", "2009-09-10", "followed by Venezuela on September 10, 2009"),
        st("NR", "committed", "2009-12-16", "Nauru on December 16, 2009"),
        st("VU", "committed", "2011-05-23", "by Vanuatu May 23, 2011"),
        st(
            "VU",
            "declined",
            "2013-07-12",
            "Vanuatu withdrew its recognition on July 12, 2013.",
        ),
    ],
    ["GE"],
    "Georgia, the state concerned, is mentioned (its foreign ministry reports the protocol).",
)

# 1320 Business Standard (PTI), undated: 'Georgia said today' (31 March 2014: the PTI story
# number in the URL, and the protocol's date, from outside the text).
write(
    "1320_businessstandard_tuvalu-scraps-recognition-of-georgia-breakaway-regions",
    T,
    "unknown",
    [
        st(
            "TV",
            "declined",
            "2014-03-31",
            "The tiny Pacific island nation of Tuvalu has withdrawn its decision to recognise"
            " Georgia's breakaway regions of Abkhazia and South Ossetia as independent, Georgia"
            " said today. [...] The foreign minister of Tuvalu, Taukelina Finikaso, signed a"
            " document reversing the 2011 decision while on a visit to Tbilisi",
            approximate=True,
            speaker="Taukelina Finikaso, Tuvalu's foreign minister (as reported by Georgia)",
        ),
        st(
            "TV",
            "committed",
            "2011",
            "Tuvalu recognised the regions as independent states in 2011",
            note="Its earlier recognition (a second position).",
        ),
        st(
            "RU",
            "committed",
            "2008-08-26",
            "Abkhazia and South Ossetia's independence was first recognised by Russia after it"
            " defeated Georgia in a brief 2008 war",
            approximate=True,
            note="'after ... a brief 2008 war': 26 August 2008, from outside the text.",
        ),
        *[
            st(
                c,
                "committed",
                d,
                "Tuvalu was one of the few countries to follow Moscow's lead and recognise the"
                " Georgian rebel regions as independent, along with Nicaragua, Venezuela and two"
                " other Pacific states, Nauru and Vanuatu.",
                approximate=True,
                note="Past recognition without a date: its own month, from outside the text.",
            )
            for c, d in [
                ("NI", "2008-09"),
                ("VE", "2009-09"),
                ("NR", "2009-12"),
                ("VU", "2011-05"),
            ]
        ],
        st(
            "VU",
            "declined",
            "2013",
            "Last year Vanuatu also retracted its recognition of the two Georgian rebel regions.",
            approximate=True,
            alt_dates=["2013-07"],
            note="'Last year' in 2014: 2013.",
        ),
    ],
    ["GE", "AU"],
    "Georgia, the state concerned, is mentioned; Australia only locates Tuvalu. The Kremlin's"
    " troops are not the pledge.",
)
