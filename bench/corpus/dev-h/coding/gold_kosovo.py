"""Hand-coded gold of set H, topic kosovo-recognition, written before any drafter ran.

cd bench/corpus/dev-h/coding && python3 gold_kosovo.py
"""

from gold_common import st, write

T = "kosovo-recognition"

# 809 Radical.es re-posting EUobserver of 1 February 2008 ("on Thursday (31 January)").
write(
    "809_radical_romania-and-cyprus-confirm-opposition-to-kosovo-independence",
    T,
    "2008-02-01",
    [
        st(
            "CY",
            "declined",
            "2008-01-31",
            "Romania and Cyprus said on Thursday (31 January) that they would not recognise a"
            ' unilateral declaration of independence by Kosovo. [...] "Cyprus, for reasons of'
            " principle, cannot recognise and will not recognise a unilateral declaration of"
            ' independence", Cypriot foreign minister Erato Kozakou-Marcoullis was quoted as'
            " saying by French news agency AFP.",
            speaker="Erato Kozakou-Marcoullis",
            note="'will not recognise' = declined; Thursday (31 January) 2008 explicit.",
        ),
        st(
            "RO",
            "declined",
            "2008-01-31",
            "Romania and Cyprus said on Thursday (31 January) that they would not recognise a"
            ' unilateral declaration of independence by Kosovo. [...] "My country will not be'
            " able to recognise an independence proclamation by Kosovo on any level (...) whether"
            ' coordinated or unilaterally proclaimed", he said according to Serbian news site'
            " B92.net.",
            speaker="Traian Basescu",
            note="'will not be able to recognise ... on any level' = declined; 'On the same day'"
            " (31 January 2008).",
        ),
    ]
    + [
        st(
            c,
            "skeptical",
            "2008-02-01",
            "some continue to oppose the move. [...] Romania and Cyprus, but also Spain, Greece"
            " and Slovakia, fear Kosovo could set a precedent and spark separatist movements"
            " elsewhere.",
            alt_stances=["declined", "opposed"],
            note="The author reports their fear of a precedent among those who 'continue to"
            " oppose the move': skeptical (a concern, no refusal word of theirs), declined or"
            " opposed defensible. No time cue: the page date.",
        )
        for c in ["ES", "GR", "SK"]
    ],
    ["XK", "RS", "US", "EU", "NATO", "UN"],
    "Radical.es re-posting EUobserver (the page shows 'euobserver, 01.02.2008'); a Spanish"
    " headline precedes the English one as stored. Before the declaration of 17 February 2008:"
    " refusing to recognise a coming declaration is coded as declined. 'The United States and"
    " most EU countries are expected to recognise' is an expectation: the US mentioned. Serbia"
    " (the state Kosovo secedes from) and Kosovo are the parties: mentioned. Cut mid-word"
    " ('howe').",
)

# 810 Kosovo Compromise, Tuesday 19 February 2008; "on Monday" = 18 February 2008.
MON = "2008-02-18"
opp = (
    "EU member countries Spain, Romania, Cyprus and Slovakia voiced on Monday their strong"
    " opposition to the unilateral secession of Kosovo, arguing it was a clear violation of"
    " international law."
)
s810 = [
    st(
        "ES",
        "declined",
        MON,
        opp + " [...] Spanish Foreign Minister Miguel Angel Moratinos said in Brussels on Monday"
        " that Spain will not recognize the unilateral breaking away of Kosovo from Serbia.",
        speaker="Miguel Angel Moratinos",
        alt_stances=["opposed"],
        note="'will not recognize' = declined; its 'strong opposition' to the secession makes"
        " opposed defensible. Monday = 18 February 2008.",
    ),
    st(
        "CY",
        "declined",
        MON,
        opp + " [...] Cyprus will never recognize the secession of Kosovo from Serbia as this act"
        " violates Serbia's territorial integrity, Foreign Minister Erato Kozakou Marcoullis said"
        " Monday in Brussels.",
        speaker="Erato Kozakou Marcoullis",
        alt_stances=["opposed"],
        note="'will never recognize' = declined (opposed defensible: 'an illegal and invalid act"
        " of secession'). Monday = 18 February 2008.",
    ),
    st(
        "RO",
        "declined",
        MON,
        opp + " [...] The Romanian Parliament confirmed at its extraordinary session late on"
        " Monday the decision of the Romanian government not to recognize independence of"
        " Kosovo.",
        alt_stances=["opposed"],
        note="The government's decision 'not to recognize', confirmed by parliament = declined."
        " Monday = 18 February 2008.",
    ),
    st(
        "SK",
        "opposed",
        MON,
        opp,
        alt_stances=["declined"],
        note="Only 'strong opposition to the unilateral secession' = opposed (it rejects the"
        " independence itself); declined defensible. Monday = 18 February 2008.",
    ),
]
s810 += [
    st(
        c,
        "opposed",
        "2008-02-19",
        "Russia and China have been firmly against Kosovo's independence for years",
        alt_stances=["declined"],
        note="'firmly against Kosovo's independence' = opposed (declined defensible). 'for"
        " years' states a standing position: the page date.",
    )
    for c in ["RU", "CN"]
]
s810 += [
    st(
        c,
        "opposed",
        "2008-02-19",
        "Russia and China have been firmly against Kosovo's independence for years, and they are"
        " now being joined by India and Brazil.",
        alt_stances=["declined"],
        note="'now being joined' (in being against the independence) = opposed (declined"
        " defensible). No time cue: the page date.",
    )
    for c in ["IN", "BR"]
]
s810 += [
    st(
        c,
        "opposed",
        "2008-02-19",
        "Dozens of other countries worldwide - from Azerbeijan to New Zealand, from South Africa"
        " to the Philippines and Indonesia - echoed this view and warned about irreparable"
        " consequences.",
        optional=True,
        alt_stances=["declined", "skeptical"],
        note="Named as echoing the opposition, but only as the ends of a rhetorical range ('from"
        " ... to'): optional opposed (declined or skeptical defensible).",
    )
    for c in ["AZ", "NZ", "ZA", "PH", "ID"]
]
write(
    "810_kosovocompromise_spain-romania-cyprus-refuse-to-violate-international-law",
    T,
    "2008-02-19",
    s810,
    ["XK", "RS", "EU", "UN"],
    "Kosovo Compromise (a Serbian advocacy site), dated 'Tuesday, February 19, 2008' in the"
    " text. 'will not recognise' → declined; opposition to the secession itself → opposed."
    " Serbia (the state seceded from) and Kosovo are the parties: mentioned. 'Azerbeijan' and"
    " the unbalanced quotation mark kept as stored; cut mid-word ('The Declar').",
)

# 811 Wikipedia, revision of 23:40, 19 February 2008.
s811 = [
    st(
        c,
        "declined",
        "2008-02-19",
        "some countries (Spain, Cyprus, Romania and Slovakia) have chosen not to recognise"
        " Kosovo, at least in the short term, due to fears of other separatist movements using"
        " Kosovo as a precedent for their claims.",
        alt_stances=["skeptical"],
        note="'have chosen not to recognise Kosovo' = declined; 'at least in the short term'"
        " leaves skeptical defensible. No time cue: the revision's date.",
    )
    for c in ["ES", "CY", "RO", "SK"]
]
s811.append(
    st(
        "RU",
        "opposed",
        "2008-02-19",
        "Serbia[3] and Russia have opposed Kosovo's independence, claiming that it is illegal.",
        alt_stances=["declined"],
        note="'opposed Kosovo's independence, claiming that it is illegal' = opposed (declined"
        " defensible). No time cue: the revision's date.",
    )
)
s811 += [
    st(
        c,
        "committed",
        "2008-02-19",
        "The United States, France, United Kingdom, Turkey and Australia are some of the major"
        " countries that have recognised the Republic.",
        note="'have recognised the Republic' = committed. No time cue: the revision's date (the"
        " recognitions themselves were 18-19 February 2008, not in this text).",
    )
    for c in ["US", "FR", "GB", "TR", "AU"]
]
s811 += [
    st(
        "CR",
        "committed",
        "2008-02-17",
        "States that formally recognise the independent Republic of Kosovo [...] 1  Costa"
        " Rica[6] 17 February 2008",
        note="First row of the table of states that 'formally recognise' = committed; its date"
        " column gives 17 February 2008.",
    ),
    st(
        "AF",
        "committed",
        "2008-02-19",
        "States that formally recognise the independent Republic of Kosovo [...] 2  Afghanistan[7",
        optional=True,
        note="Second row of the same table, cut before its date as stored: optional committed,"
        " dated by the revision.",
    ),
]
write(
    "811_wikipedia_international-recognition-of-kosovo-19-feb-2008",
    T,
    "2008-02-19",
    s811,
    ["XK", "RS", "EU"],
    "An old Wikipedia revision (19 February 2008, its edit timestamp taken as the page date)."
    " The EU only 'take[s] note' and leaves recognition to its members (organisation):"
    " mentioned. 'Most of them have declared they will' and 'A great number of EU countries are"
    " expected to recognise' name no country: not coded. Serbia is the state seceded from:"
    " mentioned. The map legend is site furniture; the text ends cut ('Afghanistan[7').",
)

# 812 UNMIK media monitoring, undated; Palau's withdrawal "Yesterday" (January 2019).
JAN19 = "2019-01"
s812 = [
    st(
        "PW",
        "declined",
        JAN19,
        "Yesterday, Palau became the 13th state that has withdrawn recognition of Kosovo",
        approximate=True,
        note="Withdrawing its recognition = declined. Undated page: 'Yesterday' cannot be"
        " placed from the text; Palau's withdrawal is of January 2019 (outside the text):"
        " approximate.",
    ),
]
s812 += [
    st(
        c,
        "declined",
        JAN19,
        "Previously, this was also done by Madagascar, Solomon Islands, Lesotho, Suriname,"
        " Grenada, Comoros, Burundi, Dominica, Sao Tome and Principe, Liberia, Guinea-Bissau,"
        " and Papua New Guinea.",
        approximate=True,
        note="'Previously, this [withdrawing recognition] was also done by' = declined. A vague"
        " past on an undated page: the month of the article's events (January 2019),"
        " approximate.",
    )
    for c in ["MG", "SB", "LS", "SR", "GD", "KM", "BI", "DM", "ST", "LR", "GW", "PG"]
]
s812.append(
    st(
        "OM",
        "undecided",
        JAN19,
        'recounted his conversation with a minister from Oman, with whom he "almost quarreled"'
        " because Dacic claimed that Oman had recognized Kosovo - while the minister said this"
        " never happened.",
        approximate=True,
        optional=True,
        alt_stances=["declined"],
        speaker="a minister from Oman",
        note="Oman's minister denies that Oman recognised Kosovo (told by Dacic): no"
        " recognition and no refusal word: optional undecided, declined defensible.",
    )
)
write(
    "812_unmik_dacic-on-withdrawal-of-recognitions-of-kosovo",
    T,
    "unknown",
    s812,
    ["XK", "RS", "NG", "UG"],
    "UNMIK's media monitoring summary of Blic, Tanjug and B92, undated; the JavaScript notice"
    " and 'Skip to main content' are site furniture. Serbia (Dacic) lobbies for withdrawals:"
    " mentioned. Dacic's word that Nigeria and Uganda never recognised is one country's view of"
    " others: mentioned, not coded. Kosovo disputes several withdrawals (not in this text).",
)

# 813 China Daily (Xinhua), 19 February 2008; Rice "said Monday" = 18 February 2008.
write(
    "813_chinadaily_us-recognizes-kosovo-as-independent-state",
    T,
    "2008-02-19",
    [
        st(
            "US",
            "committed",
            "2008-02-18",
            "US Secretary of State Condoleezza Rice said Monday that the United States has"
            ' formally recognized Kosovo as "a sovereign and independent state."',
            speaker="Condoleezza Rice",
            note="'has formally recognized Kosovo' = committed. Monday = 18 February 2008 (the"
            " caption's 'Monday, Feb. 18, 2008').",
        ),
    ],
    ["XK", "RS", "UN"],
    "Xinhua on China Daily, 19 February 2008 ('Updated: 2008-02-19 07:19'). Serbia 'has vowed"
    " not to recognize' the independence it seceded from: a party, mentioned. Photo caption and"
    " the site's link block kept as stored.",
)
