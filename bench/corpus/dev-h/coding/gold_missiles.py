"""Hand-coded gold of set H, topic long-range-missiles-ukraine, written before any drafter ran.

cd bench/corpus/dev-h/coding && python3 gold_missiles.py
"""

from gold_common import st, write

T = "long-range-missiles-ukraine"
ARM = ["armament"]

# 814 Kronen Zeitung, undated; "am Mittwoch" at the press conference with Sunak: 24 April 2024.
write(
    "814_krone_scholz-bleibt-bei-nein-zu-taurus",
    T,
    "unknown",
    [
        st(
            "DE",
            "declined",
            "2024-04-24",
            "Scholz will bei seinem Nein zur Lieferung von Taurus-Marschflugkörpern an die"
            " Ukraine bleiben, auch wenn die USA ihre ATACMS-Raketen mit einer Reichweite von 300"
            " Kilometern liefern sollten. [...] Was Taurus betreffe, „wird sich meine Entscheidung"
            " nicht ändern“.",
            speaker="Olaf Scholz",
            note="'bei seinem Nein zur Lieferung ... bleiben' (keeps his no), 'my decision will"
            " not change' = declined. Wednesday of the press conference with Sunak: 24 April"
            " 2024 (the day comes from outside the text; the page is undated).",
        ),
    ],
    ["US", "GB"],
    "Kronen Zeitung, undated, two sentences in German; the title is the lead. The US delivering"
    " ATACMS is a hypothesis ('liefern sollten'): mentioned. Sunak only hosts the question:"
    " mentioned.",
)

# 815 The Week, 25 April 2024; "officials said Wednesday": 24 April 2024.
write(
    "815_theweek_ukraine-using-covert-us-long-range-missiles",
    T,
    "2024-04-25",
    [
        st(
            "US",
            "committed",
            "2024-04-24",
            "Ukraine's military is already hitting Russian targets with powerful long-range"
            " ballistic missiles secretly provided by the U.S., officials said Wednesday. [...]"
            " The U.S. began sending Ukraine longer-range Army Tactical Missile System (ATACMS)"
            ' missiles last month and "will send more now that we have additional authority and'
            ' money," National Security Adviser Jake Sullivan said.',
            ARM,
            speaker="Jake Sullivan",
            alt_dates=["2024-03"],
            note="'secretly provided', 'began sending ... and will send more' = committed"
            " (armament). Said Wednesday (24 April 2024); the sending began 'last month' (March"
            " 2024): alt date.",
        ),
        st(
            "US",
            "declined",
            "2023",
            'Biden had "resisted" sending Kyiv long-range missiles over fears "Ukraine would'
            ' use them to strike inside Crimea or Russia,"',
            ARM,
            approximate=True,
            optional=True,
            alt_stances=["skeptical"],
            note="The earlier refusal the article recalls ('had resisted ... But he changed his"
            " mind'): an optional second statement, declined (skeptical defensible); a vague past:"
            " 2023, approximate.",
        ),
    ],
    ["UA", "RU"],
    "The Week, 25 April 2024; the store's 'date 2024-04-25' and the trailing newline dropped."
    " Ukraine receives the missiles (host); Russia is the adversary: mentioned. The $61 billion"
    " bill and the $1 billion package are the same US position.",
)

# 816 AF24 News (a Guardian copy), 11 May 2023 (URL).
write(
    "816_af24news_britain-gives-storm-shadow-missiles-to-ukraine",
    T,
    "2023-05-11",
    [
        st(
            "GB",
            "committed",
            "2023-05-11",
            "Britain has supplied Storm Shadow cruise missiles to Ukraine, becoming the first"
            " western country to provide the long-range munitions desperately sought by Kyiv [...]"
            " Ben Wallace, the defence secretary, told MPs that the missiles – which cost more"
            " than £2m each – were “now going in, or are in the country itself.”",
            ARM,
            speaker="Ben Wallace",
            note="'has supplied Storm Shadow cruise missiles' = committed (armament). Wallace"
            " told MPs 'Hours after' Zelensky's warning, no day named: the page date.",
        ),
        st(
            "US",
            "declined",
            "2023-05",
            "although previously Washington had declined to give Ukraine long-range missiles of"
            " its own, fearing that the outcome could escalate hostilities in the 15 month war.",
            ARM,
            approximate=True,
            note="'previously Washington had declined to give Ukraine long-range missiles of its"
            " own' = declined; supporting the British gift is not sending its own. A vague past"
            " before May 2023: the month, approximate.",
        ),
    ],
    ["UA", "RU"],
    "AF24 News re-publishing the Guardian's story, 11 May 2023 (URL). Ukraine receives (host);"
    " Russia is the adversary: mentioned. A 'READ ALSO' link (Tinubu) kept as stored.",
)

# 817 Euromaidan Press, 28 April 2024; Shapps's Sunday Times interview of 26 April.
shapps = (
    "the British Defense Secretary, Grant Shapps, mentioned that Italy, alongside the UK and"
    " France, supplies Ukraine with Anglo-French cruise missiles Storm Shadow/SCALP-EG."
)
positioning = (
    "“It’s the UK, France and Italy positioning those weapons for use, particularly in Crimea."
)
write(
    "817_euromaidanpress_italy-supplies-ukraine-with-storm-shadow",
    T,
    "2024-04-28",
    [
        st(
            "GB",
            "committed",
            "2024-04-26",
            "In his interview with the Sunday Times, published on 26 April, "
            + shapps
            + " [...] "
            + positioning,
            ARM,
            speaker="Grant Shapps",
            note="'supplies Ukraine with ... Storm Shadow' = committed (armament); the interview"
            " of 26 April (2024).",
        ),
        st(
            "FR",
            "committed",
            "2024-04-26",
            shapps + " [...] " + positioning,
            ARM,
            note="Named by the British minister as supplying SCALP-EG, reported as fact by the"
            " outlet = committed (armament); the interview of 26 April.",
        ),
        st(
            "IT",
            "committed",
            "2024-04-26",
            shapps + " [...] " + positioning,
            ARM,
            note="As France: the headline's news ('Italy supplies'), reported as fact ="
            " committed (armament). Only a British minister's word; Italy's own silence is not"
            " in this text.",
        ),
        st(
            "DE",
            "skeptical",
            "2024-04-28",
            "Meanwhile, for nearly a year, Germany’s Chancellor Olaf Scholz remains hesitant to"
            " transfer the Taurus missiles, concerned about escalation and the potential drawing"
            " of Berlin in the Russo-Ukrainian war.",
            ARM,
            speaker="Olaf Scholz",
            alt_stances=["declined", "undecided"],
            note="'remains hesitant to transfer', 'concerned about escalation' = skeptical"
            " (declined or undecided defensible). Present tense, no date: the page date. The"
            " UK's call on Germany ('Shapps urges Germany to supply') is no stance of Germany.",
        ),
    ],
    ["UA", "RU"],
    "Euromaidan Press, 28 April 2024; the store's 'date 2024-04-28' dropped (the store holds two"
    " versions of this page; this is the longer one). The 'UK calls on Germany to supply its"
    " Tauruses' heading is the author's. Ukraine (host) and Russia mentioned. Cut mid-word"
    " ('demons').",
)

# 818 Mandiner, undated (URL 2024/09), Hungarian: Germany's final no to Taurus.
s818 = [
    st(
        "DE",
        "declined",
        "2024-09",
        "Scholz egyébként már korábbi alkalmakkor is kinyilvánította, hogy nem kíván a"
        " Taurusokból adni Ukrajnának. A német parlament csak 2024-ben több alkalommal is"
        " leszavazta az ezt szorgalmazó indítványokat. [...] Az eleinte hezitáló német"
        " reakciókat aztán a határozott elutasítás követte.",
        ARM,
        approximate=True,
        speaker="Olaf Scholz",
        note="'nem kíván a Taurusokból adni Ukrajnának' (does not wish to give Taurus to"
        " Ukraine), the Bundestag voting motions down, 'a határozott elutasítás' (the firm"
        " refusal) = declined (armament). Undated page: the URL's month (September 2024),"
        " approximate.",
    ),
    st(
        "DE",
        "considering",
        "2024-03",
        "Ezt még Annalena Baerbock német külügyminiszter is támogatta, de Olaf Scholz kancellár"
        " ezt sem fogadta el.",
        ARM,
        approximate=True,
        optional=True,
        alt_stances=["conditional"],
        speaker="Annalena Baerbock",
        note="The foreign minister backed the swap (Taurus to Britain so Britain sends more"
        " Storm Shadow), an indirect delivery the chancellor rejected: an optional second"
        " Germany statement, considering. 'the recent negotiations': the swap was floated in"
        " March 2024 (outside the text), approximate.",
    ),
    st(
        "GB",
        "conditional",
        "2024-03",
        "Az elmúlt időszakbeli egyezkedések során az is felmerült David Cameron brit"
        " külügyminiszter részéről, hogy a britek további Storm Shadow rakétákat adnának az"
        " ukránoknak, és cserébe a németek adnának a saját – britnél fejlettebb technológiájú –"
        " Taurusaikból a briteknek.",
        ARM,
        approximate=True,
        speaker="David Cameron",
        alt_stances=["considering", "committed"],
        conditions=["Germany gives Britain its Taurus missiles in exchange"],
        note="Cameron raised that Britain would give further Storm Shadow missiles if Germany"
        " gave Britain Taurus in exchange = conditional (a proposal: considering defensible;"
        " committed, as Britain already sends them). Date as Baerbock's.",
    ),
]
write(
    "818_mandiner_vegleges-nemetorszag-nem-ad-taurus-ukrajnanak",
    T,
    "unknown",
    s818,
    ["UA", "SE", "US", "RU"],
    "Mandiner, Hungarian, undated (URL 2024/09); the title is the URL slug with its accents."
    " Taurus is German-Swedish (Sweden: mentioned); the US ATACMS and British Storm Shadow"
    " ranges are comparisons. Ukraine (host) and Russia (Moscow) mentioned. Cut mid-word"
    " ('vel').",
)
