"""Hand-coded gold of development set F (601-611), written before any drafter ran on F.

cd bench/corpus/dev-f/coding && python3 gold_f.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coding import gold_writer, st

BASE = Path(__file__).resolve().parent.parent

TOPIC_NOTES = {
    "brics-membership": (
        "Which invited countries accept (confirm joining) or decline the August 2023 invitation to"
        " join BRICS, effective 1 January 2024."
    ),
    "huawei-5g-ban": (
        "Which countries ban or exclude Huawei from their 5G networks (committed), consider or"
        " propose it, and which decide against a ban or keep working with Huawei (declined),"
        " 2018-19."
    ),
    "jerusalem-embassy": (
        "Which countries move (or plan, consider or refuse to move) their embassy in Israel from"
        " Tel Aviv to Jerusalem after the US decision of December 2017 (US embassy opened 14 May"
        " 2018)."
    ),
    "f16-for-ukraine": (
        "Which countries give, transfer or pledge F-16 fighter jets (or their weapons) to Ukraine,"
        " 2023-24."
    ),
    "cluster-munitions-ukraine": (
        "The US decision of July 2023 to send cluster munitions to Ukraine: the US committed;"
        " allies that reject the supply or use of the weapons (opposed) or refuse to send them"
        " themselves (declined)."
    ),
}


write = gold_writer(BASE, TOPIC_NOTES)


# 601 UNN, 31 January 2024 (Pandor's press conference, "On Wednesday, January 31").
five = (
    "Egypt, Ethiopia, Iran, Saudi Arabia, and the United Arab Emirates confirmed that they are"
    " joining the BRICS bloc after receiving an invitation last year."
)
write(
    "601_unn_five-countries-confirm-brics",
    "brics-membership",
    "2024-01-31",
    [
        st(
            c,
            "committed",
            "2024-01-31",
            five,
            note="'confirmed that they are joining' = committed;"
            " confirmed on Wednesday, January 31.",
        )
        for c in ["EG", "ET", "IR", "SA", "AE"]
    ]
    + [
        st(
            "AR",
            "declined",
            "2024-01-31",
            "Argentina declined the invitation to join the group. [...] Argentine President Javier"
            " Milei has officially declined the invitation to join the BRICS.",
            alt_dates=["2023-12"],
            note="'declined the invitation' = declined. The text dates only Pandor's statement"
            " (31 January); the decline itself was December 2023 (not in the text): alt date.",
        )
    ],
    ["ZA", "BR", "RU", "IN", "CN"],
    "Reuters via UNN. South Africa (Pandor) speaks for the bloc: a member, mentioned; the founding"
    " members are mentioned.",
)

# 602 TASS, 15 February 2024.
write(
    "602_tass_brics-invitation-to-argentina-stands",
    "brics-membership",
    "2024-02-15",
    [
        st(
            "AR",
            "declined",
            "2023-12",
            "despite Buenos Aires declining to accept it [...] However, in December 2023, the new"
            " Argentinian government of President Javier Milei announced th",
            alt_dates=["2024-02-15"],
            note="'Buenos Aires declining to accept it' = declined; the text dates it to December"
            " 2023 (cut mid-word); the page date is an alt.",
        ),
        st(
            "SA",
            "committed",
            "2024-02-15",
            "Speaking about Saudi Arabia's status in BRICS, Ryabkov emphasized that there is no"
            " doubt that the desert kingdom has joined the association, effective January 1,"
            " 2024, despite internal discussions.",
            optional=True,
            alt_dates=["2024-01"],
            note="Only Russia's (a member's) word that Saudi Arabia 'has joined': optional"
            " committed (an organiser's claim, as set D's).",
        ),
    ],
    ["RU", "ZA", "BR", "IN", "CN"],
    "TASS. Russia is the BRICS chair (organiser): mentioned. South Africa joined in 2011, not the"
    " 2023 invitation: mentioned. Cut mid-word ('announced th').",
)

# 603 IBTimes, undated; the UK's election of 12 December 2019 still ahead: November 2019.
NOV = "2019-11"
write(
    "603_ibtimes_how-countries-decided-on-huawei-5g",
    "huawei-5g-ban",
    "unknown",
    [
        st(
            "GB",
            "undecided",
            NOV,
            "The United Kingdom postponed the decision on Huawei's involvement in its 5G network"
            " until after its general election on Dec. 12.",
            approximate=True,
            note="'postponed the decision' = undecided; 'Reports in October suggested' is press"
            " speculation, not coded. No date cue but the coming election: November 2019.",
        ),
        st(
            "DE",
            "declined",
            NOV,
            "Germany and Norway decided against prohibiting Huawei from its 5G networks.",
            approximate=True,
            note="'decided against prohibiting' = declined.",
        ),
        st(
            "NO",
            "declined",
            NOV,
            "Germany and Norway decided against prohibiting Huawei from its 5G networks.",
            approximate=True,
            note="As DE.",
        ),
        st(
            "HU",
            "declined",
            NOV,
            "Hungary will be working closely with Huawei on its 5G rollout",
            approximate=True,
            alt_stances=["undecided"],
            note="Working closely with Huawei on 5G = no ban: declined (no refusal word:"
            " undecided defensible).",
        ),
        st(
            "FR",
            "declined",
            NOV,
            "The French government believes it can deal with security risks from Huawei without"
            " enacting a general ban.",
            approximate=True,
            alt_stances=["undecided", "conditional"],
            note="Vetting by law, no general ban = declined; the vetting law leaves undecided or"
            " conditional defensible.",
        ),
        st(
            "MC",
            "declined",
            NOV,
            "Monaco became the first country in Europe to roll out a 5G network based off Huawei"
            " technology.",
            approximate=True,
            optional=True,
            note="Rolling out a Huawei network = no ban; the operator's act more than a position:"
            " optional.",
        ),
        st(
            "PL",
            "committed",
            "2019-09",
            "Poland has taken a firm stance on 5G, signing an agreement with the U.S. in early"
            " September banning Chinese companies from 5G in the country.",
            note="'signing an agreement ... banning Chinese companies from 5G' = committed;"
            " 'early September' (2019).",
        ),
        st(
            "KR",
            "declined",
            "2019-04",
            "In April, South Korea launched the first nationwide 5G network using Huawei"
            " technology, defying U.S. warnings from November 2018.",
            optional=True,
            note="Using Huawei 'defying U.S. warnings' = declined; the carriers' act: optional."
            " April 2019.",
        ),
        st(
            "JP",
            "committed",
            "2018-12",
            "In December, Japan decided to exclude Huawei from its 5G rollout, banning not only"
            " Huawei but also ZTE",
            note="'decided to exclude Huawei' = committed; 'In December' before the November 2019"
            " article: December 2018.",
        ),
    ],
    ["US", "CN", "MY"],
    "IBTimes (AFP), undated. The US persuades others (organiser): mentioned. Malaysia only has"
    " Huawei as a supplier: mentioned. Cut mid-word ('Octob').",
)

# 604 International Free Press, 2 December 2019.
asof = (
    "As of May 2, 2019, Australia, New Zealand, Japan, Taiwan and the U.S. have decided to ban"
    " and phase out the company’s products within their mobile networks"
)
fence = (
    "Several European countries including Denmark, Sweden and the Netherlands are still on the"
    " fence about possible bans."
)
czech = (
    "Czech, Italian, Belgian, Russian and Brazilian governments have all come forward saying that"
    " they will not attempt to limit the company’s role."
)
impl = (
    "South Korea, The Philippines, Thailand and other Southeast Asian countries have already"
    " implemented Huawei technology for 5G networks, if in limited capacity."
)
s604 = [
    st(
        c,
        "committed",
        "2019-05",
        asof,
        approximate=True,
        alt_dates=["2019-12-02"],
        note="'have decided to ban and phase out' = committed, 'As of May 2, 2019'.",
    )
    for c in ["AU", "NZ", "JP", "TW", "US"]
]
s604 += [
    st(
        "GB",
        "considering",
        "2019-05",
        "Meanwhile, the UK has proposed a ban of Huawei products for core parts of its new 5G"
        " network",
        approximate=True,
        alt_stances=["committed", "conditional"],
        alt_dates=["2019-12-02"],
        note="'has proposed a ban ... for core parts' = considering (a partial ban proposed);"
        " committed or conditional defensible.",
    ),
]
s604 += [
    st(
        c,
        "undecided",
        "2019-05",
        "Germany and France will increase security measures to safeguard against backdoors",
        approximate=True,
        optional=True,
        alt_stances=["declined"],
        alt_dates=["2019-12-02"],
        note="Security measures instead of a ban: no word on banning: optional undecided"
        " (declined defensible).",
    )
    for c in ["DE", "FR"]
]
s604 += [
    st(
        c,
        "undecided",
        "2019-12-02",
        fence,
        approximate=True,
        note="'still on the fence about possible bans' = undecided; no time cue: the page date.",
    )
    for c in ["DK", "SE", "NL"]
]
s604 += [
    st(
        c,
        "declined",
        "2019-12-02",
        czech,
        approximate=True,
        note="'will not attempt to limit the company’s role' = declined (the governments"
        " themselves); no time cue: the page date.",
    )
    for c in ["CZ", "IT", "BE", "RU", "BR"]
]
s604 += [
    st(
        c,
        "declined",
        "2019-12-02",
        impl,
        approximate=True,
        optional=True,
        note="Already implementing Huawei 5G = no ban; an implementation more than a position:"
        " optional.",
    )
    for c in ["KR", "PH", "TH"]
]
write(
    "604_internationalfreepress_which-countries-have-banned-huawei",
    "huawei-5g-ban",
    "2019-12-02",
    s604,
    ["CN", "IR"],
    "International Free Press; the US here is one of the countries that ban (not an organiser)."
    " KPN is a Dutch company: the Netherlands keeps its 'on the fence'. Iran only in the US"
    " case.",
)

# 605 CFI, undated (May 2018).
gp = (
    "Guatemala and Paraguay have become the second and third countries respectively to relocate"
    " their embassies to Jerusalem, following the United States’s move last week."
)
write(
    "605_cfoi_guatemala-and-paraguay-move-embassies",
    "jerusalem-embassy",
    "unknown",
    [
        st(
            "GT",
            "committed",
            "2018-05-16",
            gp + " [...] The Guatemalan Embassy was opened on 16th May",
            note="Relocated its embassy = committed; opened 16th May (2018).",
        ),
        st(
            "PY",
            "committed",
            "2018-05-21",
            gp + " [...] followed by the opening of the Paraguayan Embassy on 21st May",
            note="As GT; opened 21st May (2018).",
        ),
        st(
            "US",
            "committed",
            "2018-05-14",
            "The new US Embassy was formally opened in Jerusalem last Monday",
            optional=True,
            note="The US move all others follow: an editor may record it or not: optional."
            " 'last Monday' before 21 May: 14 May 2018.",
        ),
        st(
            "HN",
            "considering",
            "2018-05",
            "Honduras is reportedly the next country planning to relocate its embassy to"
            " Jerusalem.",
            approximate=True,
            optional=True,
            alt_stances=["committed"],
            note="'reportedly ... planning' = considering, only reported: optional.",
        ),
        st(
            "GB",
            "declined",
            "2018-05",
            "In a statement, No 10 said the UK’s position has not changed, and that it currently"
            " has no plans to move its Embassy from Tel Aviv.",
            approximate=True,
            note="'no plans to move its Embassy' = declined; May 2018, approximate.",
        ),
    ],
    ["IL"],
    "Conservative Friends of Israel, undated (May 2018). Israel is the host: mentioned.",
)

# 606 DW re-posted, 22 May 2018 ("DW – May 21, 2018").
write(
    "606_setapartbytruth_paraguay-opens-embassy-in-jerusalem",
    "jerusalem-embassy",
    "2018-05-22",
    [
        st(
            "PY",
            "committed",
            "2018-05-21",
            "Paraguay opened its new Israel embassy in Jerusalem on Monday",
            note="Opened its embassy = committed; Monday, May 21, 2018.",
        ),
        st(
            "GT",
            "committed",
            "2018-05-16",
            "The US move was followed by Guatemala two days later.",
            approximate=True,
            note="Followed the US move = committed; two days after the US (14 May): 16 May 2018.",
        ),
        st(
            "US",
            "committed",
            "2018-05-14",
            "Last week, the US relocated its embassy to Jerusalem from Tel Aviv",
            approximate=True,
            optional=True,
            note="As in 605: optional. 'Last week': May 2018.",
        ),
    ]
    + [
        st(
            c,
            "considering",
            "2018-05-21",
            "Romania, the Czech Republic and Honduras have said"
            " they are also considering moving their embassies to Jerusalem.",
            approximate=True,
            alt_dates=["2018-05-22"],
            note="'have said they are also considering' = considering.",
        )
        for c in ["RO", "CZ", "HN"]
    ],
    ["IL", "PS"],
    "DW copy on a blog. Israel hosts; the Palestinians are mentioned.",
)

# 607 Haaretz, undated: the week of Trump's announcement (Wednesday 6 December 2017).
write(
    "607_haaretz_czech-republic-wont-move-embassy",
    "jerusalem-embassy",
    "unknown",
    [
        st(
            "CZ",
            "declined",
            "2017-12-08",
            "Mogherini said she had spoken to Czech Minister of Foreign Affairs Lubomír Zaorálek,"
            " who pledged that his country has no intention of moving its embassy in Israel from"
            " Tel Aviv to Jerusalem, despite Zeman's statement.",
            speaker="Lubomír Zaorálek",
            approximate=True,
            note="The foreign minister's pledge of 'no intention of moving its embassy' = declined"
            " (reported by Mogherini). Friday after the Wednesday announcement: 8 December 2017."
            " Zeman's support is for the US recognition, not a move: not coded.",
        ),
    ],
    ["US", "IL", "PS", "EU", "BE"],
    "Haaretz, undated. The US recognition is the occasion, not an embassy move in this text:"
    " mentioned. The EU is no embassy-holder here. Belgium only in a caption (Brussels). Cut"
    " mid-word ('countr').",
)

# 608 Defense Mirror, undated: the NATO Summit in Washington (July 2024).
JUL = "2024-07"
write(
    "608_defensemirror_netherlands-weapons-norway-six-f16s",
    "f16-for-ukraine",
    "unknown",
    [
        st(
            "NL",
            "committed",
            JUL,
            "The Netherlands has announced its intention to transfer weapons worth €300 million to"
            " arm F-16 combat jets destined for Ukraine [...] the Netherlands plans to transfer 24"
            " Dutch F-16s directly to Ukraine.",
            contributions=["air", "armament"],
            approximate=True,
            note="Weapons for the jets and 24 jets = committed. NATO Summit in Washington: July"
            " 2024.",
        ),
        st(
            "NO",
            "committed",
            JUL,
            "Norway has committed to donating six F-16 jets to the country.",
            contributions=["air"],
            approximate=True,
            note="'committed to donating six F-16 jets' = committed.",
        ),
        st(
            "DK",
            "committed",
            JUL,
            "Biden acknowledged Denmark and the Netherlands for initiating the delivery of"
            " U.S.-manufactured F-16 jets to Ukraine.",
            contributions=["air"],
            approximate=True,
            optional=True,
            note="Only in Biden's thanks (and the coalition's lead): optional committed.",
        ),
    ],
    ["US", "UA", "RO", "DE", "NATO"],
    "Defense Mirror, undated (July 2024). The US leads the coalition and makes the jets (like an"
    " organiser): mentioned. Romania hosts the training centre.",
)

# 609 Euromaidan Press, 28 May 2024.
write(
    "609_euromaidanpress_belgium-30-f16s-by-2028",
    "f16-for-ukraine",
    "2024-05-28",
    [
        st(
            "BE",
            "committed",
            "2024-05-28",
            "On 28 May, Belgian Foreign Minister Hadja Lahbib announced that Belgium will send 30"
            " F-16 fighter jets to Ukraine by 2028",
            contributions=["air"],
            speaker="Hadja Lahbib",
            conditions=["used only on Ukrainian territory"],
            alt_stances=["conditional"],
            alt_dates=["2023-10"],
            note="'will send 30 F-16 fighter jets' = committed; the use restriction makes"
            " conditional defensible. October 2023's first commitment is an alt date.",
        ),
    ]
    + [
        st(
            c,
            "committed",
            "2024-05-28",
            "Other countries pledging to transfer the F-16s to"
            " Ukraine are Denmark, Norway, and the Netherlands.",
            contributions=["air"],
            approximate=True,
            note="Named by the author as pledging = committed; no time cue.",
        )
        for c in ["DK", "NO", "NL"]
    ],
    ["UA", "RU"],
    "Euromaidan Press, dated. Cut mid-word ('Uk').",
)

# 610 Espreso, undated (8 July 2023: reactions to the US decision of 7 July).
JUL23 = "2023-07"
write(
    "610_espreso_uk-canada-spain-do-not-support-cluster-munitions",
    "cluster-munitions-ukraine",
    "unknown",
    [
        st(
            "US",
            "committed",
            JUL23,
            "UK Prime Minister Rishi Sunak said he “discourages” the use of cluster munitions,"
            " which the US agreed to send to Ukraine.",
            contributions=["armament"],
            approximate=True,
            note="'which the US agreed to send' = committed (the author's fact).",
        ),
        st(
            "GB",
            "opposed",
            JUL23,
            "UK Prime Minister Rishi Sunak said he “discourages” the use of cluster munitions",
            speaker="Rishi Sunak",
            approximate=True,
            alt_stances=["declined"],
            note="Discourages the weapons' use = opposed (rejects the supply itself); declined"
            " defensible.",
        ),
        st(
            "CA",
            "opposed",
            JUL23,
            '"We do not support the use of cluster munitions and are committed to putting an end'
            ' to the effects cluster munitions have on civilians – particularly children," the'
            " statement said.",
            approximate=True,
            alt_stances=["declined"],
            note="'We do not support the use of cluster munitions' = opposed. 'committed to"
            " putting an end' is the opposite pledge, not a commitment to send.",
        ),
        st(
            "ES",
            "opposed",
            JUL23,
            "the Minister of Defense of Spain, Margarita Robles, said that cluster munitions"
            ' should not be delivered "under any circumstances".',
            speaker="Margarita Robles",
            approximate=True,
            alt_stances=["declined"],
            note="'should not be delivered under any circumstances' = opposed.",
        ),
    ],
    ["UA", "RU", "NATO"],
    "Espreso, undated (July 2023). Britain's tanks and long-range weapons are other help."
    " Cut mid-word ('Conve').",
)

# 611 Voice of Europe, undated; its "Friday, June 7th" is the US decision (Friday 7 July 2023).
write(
    "611_voiceofeurope_uk-spain-canada-opposed-cluster-munitions",
    "cluster-munitions-ukraine",
    "unknown",
    [
        st(
            "US",
            "committed",
            "2023-07-07",
            "The Biden regime on Friday, June 7th, confirmed that it would be sending the"
            " weapons, which have been banned by more than 100 countries, to Ukraine.",
            contributions=["armament"],
            alt_dates=["2023-06-07"],
            note="'confirmed that it would be sending the weapons' = committed. The text's"
            " 'June 7th' is the US decision of Friday 7 July 2023: both accepted.",
        ),
    ]
    + [
        st(
            c,
            "opposed",
            JUL23,
            "the UK, Canada, and Spain have all stated that they’re opposed"
            " to the use of these weapons in Ukraine.",
            approximate=True,
            alt_stances=["declined"],
            note="'opposed to the use of these weapons' = opposed.",
        )
        for c in ["GB", "CA", "ES"]
    ]
    + [
        st(
            "DE",
            "declined",
            JUL23,
            "Germany has refused to send cluster munitions to Ukraine.",
            approximate=True,
            alt_stances=["opposed"],
            note="'has refused to send' = declined.",
        ),
    ],
    ["UA", "NATO"],
    "Voice of Europe, undated (July 2023). Cut ('While A').",
)
