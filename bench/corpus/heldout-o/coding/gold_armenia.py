"""Gold for the recognise-armenian-genocide articles (1519-1524)."""

from gold_common import st, write

T = "recognise-armenian-genocide"
BUNDESTAG = "2016-06-02"  # the Bundestag's resolution, Thursday 2 June 2016

# 1519 Gag Rule (AFP copy), undated: "the Bundestag on Thursday" (2 June 2016).
ANI = "According to the Armenian National Institute, 26 other parliaments have recognized the genocide:"
LIST_1519 = [
    ("AR", "Argentina"),
    ("AT", "Austria"),
    ("BO", "Bolivia"),
    ("BR", "Brazil"),
    ("BG", "Bulgaria"),
    ("CA", "Canada"),
    ("CL", "Chile"),
    ("LB", "Lebanon"),
    ("LT", "Lithuania"),
    ("PY", "Paraguay"),
    ("PL", "Poland"),
    ("SK", "Slovakia"),
    ("CH", "Switzerland"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("VA", "Vatican"),
    ("VE", "Venezuela"),
]
DATED_1519 = [
    (
        "FR",
        "France",
        "2001-01",
        "France was in January 2001, the first major country to recognize the Armenian genocide.",
    ),
    ("RU", "Russia", "1994", "such as Russia (1994)"),
    ("GR", "Greece", "1996", "Greece (1996)"),
    ("IT", "Italy", "2000", "Italy (2000)"),
    ("NL", "Netherlands", "2004", "the Netherlands (2004)"),
    ("SE", "Sweden", "2010", "Sweden (2010)"),
    (
        "LU",
        "Luxembourg",
        "2015-05",
        "Among parliaments that have recently adopted a resolution recognizing the genocide include the Luxembourg Parliament in May 2015",
    ),
]
write(
    "1519_gagrule_parliaments-recognizing-the-armenian-genocide",
    T,
    "unknown",
    [
        st(
            "DE",
            "committed",
            BUNDESTAG,
            "An increasing number of parliaments, mainly in Europe, like the Bundestag on Thursday"
            " passed laws or resolutions explicitly recognizing the Armenian Genocide",
            approximate=True,
            note="Thursday of the Bundestag's vote, 2 June 2016, from outside the text.",
        ),
        *[
            st(
                c,
                "committed",
                "2016-06",
                f"{ANI} [...] {name}",
                approximate=True,
                note="In the Armenian National Institute's list, reported as fact; no date of"
                " its own: the month of the page's events.",
            )
            for c, name in LIST_1519
        ],
        *[
            st(
                c,
                "committed",
                d,
                f"{ANI} [...] {name} [...] {ev}",
                alt_dates=["2016-06"],
                note="In the list, with its own date in the text.",
            )
            for c, name, d, ev in DATED_1519
        ],
        st(
            "CY",
            "committed",
            "2016-06",
            f"{ANI} [...] Cyprus [...] some countries criminalize denial of Armenian genocide like"
            " Switzerland where a revisionist was sentenced in federal court in 2007, and Cyprus by"
            " a law adopted in April 2015.",
            approximate=True,
            alt_dates=["2015-04"],
            note="Listed; its 2015 law against denial is a later act of the same position.",
        ),
        st(
            "BE",
            "committed",
            "2015-07",
            f"{ANI} [...] Belgium [...] and Belgium, in July of the same year. The resolution"
            " adopted by the Belgian Parliament, however, not explicitly recognizes the genocide"
            " character of the massacres and deportations of Armenians.",
            alt_stances=["undecided"],
            alt_dates=["2016-06"],
            note="Listed as recognising, but its resolution does not 'explicitly' say genocide:"
            " committed, undecided defensible.",
        ),
        st(
            "EU",
            "committed",
            "1987",
            "The European Parliament recognized the genocide in 1987.",
        ),
    ],
    ["TR"],
    "Turkey, the party concerned, is mentioned. 'other countries failing to pronounce the word'"
    " are unnamed.",
)

# 1520 YC News, undated: "April 21st" and "On Thursday" (22 April 2021), before 24 April.
write(
    "1520_ycnews_biden-considering-armenian-genocide",
    T,
    "unknown",
    [
        st(
            "US",
            "considering",
            "2021-04-21",
            "U.S. President Joe Biden is considering defining the Armenian massacre during"
            " Ottoman rule as “genocide.” [...] Biden is expected to formally recognize the"
            " Armenian massacre as “genocide” amid tensions between NATO and Turkey, government"
            " insiders said On Thursday.",
            speaker="Biden administration insiders (unnamed government sources)",
            alt_dates=["2021-04-22"],
            note="'April 21st' with the year from outside the text (2021).",
        ),
        *[
            st(
                c,
                "committed",
                "2021-04",
                "A total of more than 20 countries, including Argentina, Belgium, Canada, France,"
                " Greece, the Netherlands, Russia and Sweden, have officially recognized it as"
                " genocide.",
                approximate=True,
                note="A standing recognition; undated page: the month of the events.",
            )
            for c in ["AR", "BE", "CA", "FR", "GR", "NL", "RU", "SE"]
        ],
    ],
    ["TR", "NATO"],
    "Turkey, which 'has refused to acknowledge' it, is the party concerned (mentioned). The"
    " sanctions and the S-400 purchase are other questions.",
)

# 1521 Missoulian (AP), 2021-04-24: reactions to Biden's statement of that day.
write(
    "1521_missoulian_armenian-leader-praises-bidens-genocide-recognition",
    T,
    "2021-04-24",
    [
        st(
            "US",
            "committed",
            "2021-04-24",
            "the statement of the president of the U.S. regarding the events of 1915 [...]"
            " criticized Biden's recognition of the genocide.",
            speaker="President Joe Biden",
        ),
        st(
            "AZ",
            "opposed",
            "2021-04-24",
            "Azerbaijan, which was supported by Turkey in the war, also criticized Biden's"
            " recognition of the genocide. [...] “While misrepresenting the events that happened"
            " 100 years ago, the failure to give a fair assessment of the genocide committed by"
            " Armenia against Azerbaijanis in Khojaly 30 years ago is an example of bias and"
            " double standards,” Azerbaijan's Foreign Ministry said in a statement.",
            speaker="Azerbaijan's Foreign Ministry",
            alt_stances=["declined"],
            note="Denounces another country's recognition: opposed.",
        ),
    ],
    ["TR", "AM"],
    "Turkey's rejection and Armenia's praise are the parties' own (mentioned).",
)

# 1522 Mind of the Geek, 2021-04-24: Biden's statement "on Saturday" (24 April 2021).
write(
    "1522_mindofthegeek_reactions-to-bidens-recognition-of-the-armenian-genocide",
    T,
    "2021-04-24",
    [
        st(
            "US",
            "committed",
            "2021-04-24",
            "Joe Biden became the first President of the United States to recognize as an act of"
            " “genocide” the massive slaughter of Armenians in the Ottoman Empire during World"
            " War I.",
            speaker="President Joe Biden",
        ),
    ],
    ["TR", "AM"],
    "Turkey's rejection (its foreign ministry, Cavusoglu, Erdogan) and Armenia's welcome are the"
    " parties' own (mentioned).",
)

# 1523 Armenian Weekly News, undated: the Bundestag's vote (2 June 2016).
write(
    "1523_armweeklynews_bundestag-passes-armenia-genocide-resolution",
    T,
    "unknown",
    [
        st(
            "DE",
            "committed",
            BUNDESTAG,
            "Germany's Bundestag passed a resolution qualifying the Ottoman era Armenian killings"
            " as 'genocide'. The lower house of parliament voted almost unanimously, with one"
            " vote against the motion and one abstention.",
            approximate=True,
            speaker="the Bundestag",
            note="Undated page: the day of the vote, from outside the text. Merkel's remark on"
            " relations with Turkey does not change the position.",
        ),
    ],
    ["TR", "AM"],
    "Turkey recalling its ambassador and Armenia's praise are the parties' own (mentioned).",
)

# 1524 PanARMENIAN.Net, 2018-02-15: the Knesset's vote "Wednesday, February 14".
write(
    "1524_panarmenian_israel-fails-to-recognize-armenian-genocide",
    T,
    "2018-02-15",
    [
        st(
            "IL",
            "declined",
            "2018-02-14",
            "The Israeli Knesset rejected a bill sponsored by Yesh Atid chairman Yair Lapid to"
            " have Israel recognize the Armenian Genocidein a preliminary vote Wednesday,"
            " February 14 [...] Deputy Foreign Minister Tzipi Hotovely said he sent a"
            " parliamentary delegation to the 100th anniversary event in Yerevan, but will not"
            " take an official stance on the matter",
            speaker="the Knesset; Deputy Foreign Minister Tzipi Hotovely",
            alt_stances=["undecided"],
            note="The parliament rejects the bill and the government 'will not take an official"
            " stance': declined, undecided defensible.",
        ),
        st(
            "IL",
            "committed",
            "2016",
            "in 2016 the Knesset Education Committee recognized the genocide.",
            optional=True,
            alt_stances=["considering"],
            note="A parliamentary committee's recognition, not the state's: an editor could"
            " record nothing.",
        ),
    ],
    ["TR", "AM"],
    "Lapid and Edelstein are members of the Knesset calling for recognition (not coded apart"
    " from Israel's position). Turkey ('the Turks') and Armenia ('Yerevan') are mentioned.",
)
