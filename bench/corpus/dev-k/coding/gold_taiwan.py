"""Gold for the switch-recognition-taiwan-to-china articles (1016-1020, 1024)."""

from gold_common import st, write

T = "switch-recognition-taiwan-to-china"

# 1016 Chronicle India, 6 January 2020.
SEVENTH = (
    "Kiribati is the seventh country to sever its diplomatic ties with Taiwan since President"
    " Tsai Ing-wen came to office in 2016, following Burkina Faso, the Dominican Republic, Sao"
    " Tome and Principe, Panama, El Salvador and the Solomon Islands."
)
EARLIER = {  # the switch's month, from outside the text (accepted as an alt date)
    "BF": "2018-05",
    "DO": "2018-05",
    "ST": "2016-12",
    "PA": "2017-06",
    "SV": "2018-08",
    "SB": "2019-09",
}
write(
    "1016_chronicleindia_taiwan-losing-diplomatic-allies",
    T,
    "2020-01-06",
    [
        st(
            "KI",
            "committed",
            "2020-01-06",
            SEVENTH,
            alt_dates=["2019-09"],
            note="'sever its diplomatic ties with Taiwan' (to China, in context) = committed."
            " No time cue: publication date (rule 4); September 2019 (from outside the text)"
            " accepted.",
        ),
        *[
            st(
                c,
                "committed",
                "2020-01-06",
                SEVENTH,
                alt_dates=[m, "2016"] if m.startswith("2016") else [m],
                note="'following' = it severed ties with Taiwan since 2016: committed. No time"
                " cue: publication date (rule 4); the month of its switch (from outside the"
                " text) accepted.",
            )
            for c, m in EARLIER.items()
        ],
    ],
    ["IN"],
    "China and Taiwan are the two parties (not coded). India's lack of relations with Taiwan"
    " is not a switch: mentioned.",
)

# 1017 Mothership, 26 May 2018.
STILL = [
    ("SZ", "Swaziland"),
    ("VA", "Vatican City"),
    ("KI", "Kiribati"),
    ("MH", "Marshall Islands"),
    ("NR", "Nauru"),
    ("PW", "Palau"),
    ("SB", "Solomon Islands"),
    ("TV", "Tuvalu"),
    ("HT", "Haiti"),
    ("KN", "Saint Kitts and Nevis"),
    ("LC", "Saint Lucia"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("BZ", "Belize"),
    ("SV", "El Salvador"),
    ("GT", "Guatemala"),
    ("HN", "Honduras"),
    ("NI", "Nicaragua"),
    ("PY", "Paraguay"),
]
write(
    "1017_mothership_taiwan-left-with-18-allies-as-burkina-faso-cuts-ties",
    T,
    "2018-05-26",
    [
        st(
            "BF",
            "committed",
            "2018-05-24",
            "Burkina Faso -- a landlocked country on the southern rim of the Sahara and one of"
            " the world's poorest nations -- broke off diplomatic ties with Taiwan on Thursday"
            " (May 24).",
            note="'broke off diplomatic ties with Taiwan' = committed. Thursday 24 May 2018.",
        ),
        st(
            "DO",
            "committed",
            "2018-05-01",
            "The Dominican Republic did the same on May 1.",
            note="'did the same' = broke off ties: committed. 1 May 2018.",
        ),
        *[
            st(
                c,
                "declined",
                "2018-05-26",
                "Here are the 18 countries that still recognise Taiwan, as of May 26, 2018. [...] "
                + name,
                optional=True,
                note="Listed as still recognising Taiwan (the author's fact): staying with"
                " Taiwan = declined, optional (a status, not a stated position). 26 May 2018.",
            )
            for c, name in STILL
        ],
    ],
    [],
    "China's foreign ministry welcoming Burkina Faso and Tsai Ing-wen's words are the two"
    " parties' (not coded). 'Its only diplomatic ally left in Africa is the tiny kingdom of"
    " Swaziland' is inside Swaziland's listed statement.",
)

# 1018 Newser (AP), 15 January 2024.
write(
    "1018_newser_taiwan-is-down-to-12-diplomatic-allies",
    T,
    "2024-01-15",
    [
        st(
            "NR",
            "committed",
            "2024-01-15",
            "The Pacific Island nation of Nauru said Monday that it is switching diplomatic"
            " recognition from Taiwan to China [...] A statement from the government of Nauru"
            " said it was severing ties with Taiwan and seeking a resumption of relations with"
            " China",
            note="'switching diplomatic recognition' = committed. Monday = 15 January 2024.",
        ),
    ],
    ["US"],
    "America's one-China policy is described, not a switch: the US is mentioned. 'Taiwan now"
    " has official ties with 11 countries and the Vatican' names none.",
)

# 1019 Taiwan News, 14 June 2017.
OLD = "Older switches, outside the topic's main period (2016-24): optional."
write(
    "1019_taiwannews_taiwan-left-with-20-allies-after-panama-switch",
    T,
    "2017-06-14",
    [
        st(
            "PA",
            "committed",
            "2017-06-13",
            "After Panama's switching of diplomatic relations from Taiwan to China, Taiwan is"
            " left now with just 20 countries that extend it diplomatic recognition.",
            alt_dates=["2017-06-12", "2017-06-14"],
            note="'Panama's switching of diplomatic relations' = committed. Dated by Tsai's"
            " response 'Tuesday' (13 June 2017); Monday 12 June (Panama's evening"
            " announcement) and the publication date accepted.",
        ),
        st(
            "ST",
            "committed",
            "2016",
            "In 2016, the tiny African country Sao Tome and Principe switched ties to China",
            alt_dates=["2016-12"],
            note="Committed, 2016 (December 2016 accepted).",
        ),
        st(
            "CR",
            "committed",
            "2007",
            "Taiwan's recent losses can trace back to 2007, as Costa Rica became the first of"
            " Taiwan's Central American partners to switch allegiances.",
            optional=True,
            note=OLD,
        ),
        st(
            "MW",
            "committed",
            "2008",
            "The action was later followed by the African nations Malawi in 2008 and Gambia in"
            " 2013.",
            optional=True,
            note=OLD,
        ),
        st(
            "GM",
            "committed",
            "2013",
            "The action was later followed by the African nations Malawi in 2008 and Gambia in"
            " 2013. [...] Formal ties between China and Gambia weren't formed until Beijing"
            " announced its new diplomatic relations with the western African state in 2016.",
            optional=True,
            alt_dates=["2016"],
            note=OLD + " Broke with Taiwan in 2013, ties with Beijing in 2016 (accepted).",
        ),
    ],
    ["NI"],
    "Nicaragua 'might be the next nation' is an analyst's forecast (rule 1): mentioned. The"
    " allies counted by region name no country.",
)

# 1020 The News-Times / New Milford Spectrum (AP), 16 September 2019.
write(
    "1020_newmilfordspectrum_solomon-islands-switches-recognition-to-china",
    T,
    "2019-09-16",
    [
        st(
            "SB",
            "committed",
            "2019-09-16",
            "Taiwan says the Solomon Islands has switched diplomatic recognition to China. [...]"
            " Taiwan's official Central News Agency reported that the Cabinet of Solomon Islands"
            " Prime Minister Manasseh Sogavare had approved a decision to establish diplomatic"
            " ties with China.",
            note="A cabinet decision to establish ties with China, reported by Taiwan (no"
            " confirmation yet from the Solomon Islands) = committed. Monday = 16 September"
            " 2019.",
        ),
    ],
    [],
    "Taiwan's condemnation and aid cut are the other party's. 'There was no immediate"
    " confirmation' is kept in the note.",
)

# 1024 CNA (AFP), 28 March 2023 ("last Sunday" = 26 March 2023).
STAY = (
    "only Paraguay and 12 other countries now maintain diplomatic relations with the self-ruled"
    " democratic island: Guatemala, Belize, Haiti, the Holy See, Eswatini and seven small"
    " Caribbean and Pacific island nations."
)
SHIFTED = (
    "after Honduras and others recently shifted their allegiance to China: Nicaragua in 2021,"
    " El Salvador in 2018, Panama in 2017 and Costa Rica in 2007."
)
write(
    "1024_channelnewsasia_honduras-taiwan-china-diplomatic-battle-lines",
    T,
    "2023-03-28",
    [
        st(
            "HN",
            "committed",
            "2023-03-26",
            "Honduras has become the latest country to ditch Taipei and align itself with"
            " Beijing. [...] After Honduras' severing of ties with Taiwan last Sunday",
            alt_dates=["2023-03-25"],
            note="'ditch Taipei and align itself with Beijing' = committed. 'last Sunday' on a"
            " Tuesday page = 26 March 2023 (the announcement of Saturday 25 March accepted).",
        ),
        *[
            st(
                c,
                "declined",
                "2023-03-28",
                STAY,
                optional=True,
                note="Listed as still maintaining relations with Taiwan: staying = declined,"
                " optional (a status, not a stated position). Publication date.",
            )
            for c in ["PY", "GT", "BZ", "HT", "VA", "SZ"]
        ],
        *[
            st(
                c,
                "committed",
                year,
                SHIFTED,
                note="'shifted their allegiance to China' in " + year + " = committed.",
            )
            for c, year in [("NI", "2021"), ("SV", "2018"), ("PA", "2017")]
        ],
        st(
            "CR",
            "committed",
            "2007",
            SHIFTED,
            optional=True,
            note="Shifted in 2007, outside the topic's main period: optional.",
        ),
        st(
            "US",
            "committed",
            "1979",
            'The United States has no diplomatic ties with Taiwan, but "a robust unofficial'
            ' relationship", according to the State Department. [...] despite having switched'
            " recognition to Beijing in 1979.",
            optional=True,
            note="Switched in 1979, long before the topic's period: optional.",
        ),
    ],
    [],
    "Paraguay's opposition candidate Efrain Alegre vowing to 'reevaluate relations with Taipei"
    " if he wins' is a candidate's, not the government's: inside Paraguay's listed statement,"
    " not a second one. The analyst Zoyla Madrid's views are not coded. 'seven small Caribbean"
    " and Pacific island nations' are unnamed.",
)
