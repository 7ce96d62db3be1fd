"""Gold for the icc-netanyahu-warrant articles (417-422)."""

from gold_common import st, write

T = "icc-netanyahu-warrant"
HU_NOTE = (
    "Hungary will not enforce the warrant = declined; opposed defensible, as Orbán rejects the"
    " warrant itself."
)

# 417 The South African, 22 November 2024.
three = "So far, Canada, Italy, Netherlands, have confirmed that they will arrest Netanyahu."
eu417 = (
    "Al Jazeerah reports that European Union’s foreign policy chief said all of the bloc’s 27"
    " member states are obligated to enforce ICC rulings."
)
write(
    "417_thesouthafrican_netanyahu-countries-to-avoid",
    T,
    "2024-11-22",
    [
        st(
            c,
            "committed",
            "2024-11-22",
            three,
            note="'have confirmed that they will arrest Netanyahu' = committed. 'So far', no"
            " other cue: the page date.",
        )
        for c in ["CA", "IT", "NL"]
    ]
    + [
        st(
            "EU",
            "committed",
            "2024-11-22",
            eu417,
            speaker="the EU foreign policy chief",
            optional=True,
            note="The EU's foreign policy chief says all member states are obliged to enforce"
            " the rulings = committed for the EU; it states an obligation rather than a promise"
            " to arrest (EU is not a state party): optional.",
        )
    ],
    ["IL", "PS"],
    "The South African, dated by the store's date line. 'not all of them have confirmed' and the"
    " list of Rome Statute parties (not stored) are not positions. Israel (Netanyahu rejecting the"
    " charges) is the state whose leader is wanted: not coded, like a host. Mohammed Deif of"
    " Hamas: PS mentioned. Cut ('decision w').",
)

# 418 Evening Standard, undated ('5 days ago').
write(
    "418_standard_netanyahu-which-countries-would-detain",
    T,
    "unknown",
    [
        st(
            "GB",
            "undecided",
            "2024-11-22",
            "But Home Secretary Yvette Cooper declined on Friday to say whether Mr Netanyahu or"
            " his former defence minister Yoav Gallant would be arrested if they came to the UK.",
            speaker="Yvette Cooper",
            note="'declined to say whether ... would be arrested', 'wouldn't be appropriate for"
            " me to comment' = undecided (not a refusal). 'on Friday' after the warrants of"
            " Thursday 21 November 2024 = 22 November 2024.",
        ),
        st(
            "US",
            "opposed",
            "2024-11",
            "others - including the US - have rejected the court’s authority.",
            approximate=True,
            note="Rejects the court's authority = opposed. No time cue and an undated page:"
            " November 2024 (the week of the warrants), approximate.",
        ),
    ],
    ["IL", "PS"],
    "Evening Standard (streaming.standard.co.uk), undated ('5 days ago'), written days after the"
    " warrants of 21 November 2024. 'some countries have said they would follow the warrant'"
    " names none. Israel rejecting the court's actions: the state whose leader is wanted, not"
    " coded. The stored text ends with the US section's photo caption: cut.",
)

# 419 Boing Boing, 22 November 2024 (URL date).
write(
    "419_boingboing_canada-britain-ireland-may-arrest",
    T,
    "2024-11-22",
    [
        st(
            "US",
            "opposed",
            "2024-11-22",
            "the White House denounced the court.",
            alt_dates=["2024-11-21"],
            note="'the White House denounced the court' = opposed. No cue: the page date; the"
            " White House spoke on the day of the warrants (alt date).",
        ),
        st(
            "GB",
            "committed",
            "2024-11-22",
            'Britain\'s government officials said police there would be "required" to arrest'
            " Netanyahu",
            alt_stances=["undecided"],
            note="Government officials: police 'would be required to arrest' = committed; the"
            " author's 'Britain has been more circumspect' makes undecided defensible.",
        ),
        st(
            "IE",
            "committed",
            "2024-11-22",
            "Asked by state broadcaster RTE if Ireland would arrest the Israeli prime minister if"
            ' he came to Ireland, Harris said: "Yes, absolutely." "We support international'
            ' courts and we apply their warrants," he added.',
            speaker="Simon Harris",
            note="'Yes, absolutely' = committed. Micheal Martin's words confirm it (no second"
            " statement). No cue: the page date ('Friday' is Martin's, the same day).",
        ),
        st(
            "CA",
            "committed",
            "2024-11-22",
            "Canada, Britain and Ireland among countries saying they may arrest Netanyahu",
            alt_stances=["considering"],
            optional=True,
            note="Canada appears only in the headline kept in the text: 'saying they may arrest'"
            " = committed ('may' makes considering defensible); optional.",
        ),
    ],
    ["IL", "PS", "CL"],
    "Boing Boing, dated by its URL. Ireland's recognition of Palestine (May) is another issue."
    " Pinochet's arrest in Britain is history. Cut ('current UK prime minist').",
)

# 420 News Atlantic: a reworded ('spun') copy of a BBC report, November 2024.
write(
    "420_newsatlantic_icc-issues-arrest-warrants",
    T,
    "unknown",
    [
        st(
            "GB",
            "undecided",
            "2024-11-21",
            "When requested by journalists if Netanyahu can be arrested if he got here to the UK,"
            " the federal government spokesman replied: “We’re not moving into hypotheticals.”",
            approximate=True,
            speaker="the UK government spokesman",
            note="'not getting into hypotheticals' = undecided. Undated page; the day of the"
            " warrants (21 November 2024) estimated, approximate.",
        ),
        st(
            "IT",
            "committed",
            "2024-11-21",
            "Two EU international locations – Italy and the Netherlands – have stated brazenly"
            " they might arrest any of the lads on their territory.",
            approximate=True,
            note="The reworded text's 'have said openly they would arrest' = committed. Date"
            " estimated as for GB.",
        ),
        st(
            "NL",
            "committed",
            "2024-11-21",
            "Two EU international locations – Italy and the Netherlands – have stated brazenly"
            " they might arrest any of the lads on their territory.",
            approximate=True,
            note="As IT.",
        ),
        st(
            "EU",
            "committed",
            "2024-11-21",
            "EU overseas coverage chief Josep Borrell stated the ICC resolution was binding on"
            " all EU member states.",
            approximate=True,
            speaker="Josep Borrell",
            optional=True,
            note="'binding on all EU member states' = committed for the EU; an obligation, not"
            " a promise to arrest: optional.",
        ),
        st(
            "US",
            "opposed",
            "2024-11",
            "Within the US, incoming Senate Republican chief John Thune urged the Senate to go a"
            " invoice that has already been handed by the Home of Representatives, below which"
            " the US would impose sanctions on folks “engaged in any effort to research, arrest,"
            " detain or prosecute any protected particular person of the US and its allies”.",
            approximate=True,
            speaker="John Thune",
            optional=True,
            note="A sanctions bill against anyone arresting protected persons, pushed by the"
            " incoming Senate leader and passed by the House = opposed; Congress, not the"
            " administration, speaks: optional. November 2024, approximate.",
        ),
    ],
    ["IL", "RU", "MN", "ZA", "SD"],
    "Reworded ('spun') copy of a BBC report with garbled synonyms (international locations,"
    " courtroom, Home of Representatives), undated; written on the day of the warrants. 'A number"
    " of other European countries promised to comply' names none. Mongolia (Putin) and South"
    " Africa (al-Bashir) concern other warrants: not coded. Not cut.",
)

# 421 carsontee.store re-post, 27 November 2024 (URL date).
write(
    "421_carsontee_hungary-vows-to-disregard-warrant",
    T,
    "2024-11-27",
    [
        st(
            "HU",
            "declined",
            "2024-11-22",
            "Hungarian Prime Minister Viktor Orban invited Netanyahu to Hungary on Nov. 22,"
            " saying the arrest warrant would “not be observed.” [...] “We will defy this"
            " decision, and it will have no consequences for him,” Orban said.",
            speaker="Viktor Orban",
            alt_stances=["opposed"],
            note=HU_NOTE + " 'on Nov. 22' = 22 November 2024.",
        ),
        st(
            "SI",
            "committed",
            "2024-11-27",
            "The prime ministers of Slovenia and Ireland said they would comply and arrest"
            " Netanyahu if he were to visit their countries.",
            alt_dates=["2024-11-22"],
            note="'would comply and arrest' = committed. No time cue: the page date; they spoke"
            " in the days after the warrants (alt date).",
        ),
        st(
            "IE",
            "committed",
            "2024-11-27",
            "The prime ministers of Slovenia and Ireland said they would comply and arrest"
            " Netanyahu if he were to visit their countries.",
            alt_dates=["2024-11-22"],
            note="As SI.",
        ),
    ],
    ["IL", "PS"],
    "A re-post on a shop site (carsontee.store; the stored text starts with the site's 'Physical"
    " Address' furniture), dated by its URL. Israel is the state whose leader is wanted. Cut"
    " ('to recogniz').",
)

# 422 hubu.news: Netanyahu's visit to Budapest (April 2025).
write(
    "422_hubu_netanyahu-hungarian-visit-icc-defection",
    T,
    "unknown",
    [
        st(
            "HU",
            "declined",
            "2025-04",
            "Orbán had publicly extended an invitation to Netanyahu after the ICC’s warrant was"
            " issued, calling the court’s decision “null and void” and stating that it would"
            " “pour oil on the fire”. He assured Netanyahu that he would not face any"
            " consequences if he accepted the invitation and the warrant would be ignored.",
            approximate=True,
            speaker="Viktor Orbán",
            alt_stances=["opposed"],
            alt_dates=["2024-11"],
            note=HU_NOTE + " Hungary receives Netanyahu without arresting him (the visit,"
            " April 2025, undated page: approximate); the invitation of November 2024 as alt"
            " date. The announced withdrawal from the ICC is a further step, not a second"
            " stance.",
        ),
        st(
            "DE",
            "declined",
            "2025-04",
            "During a phone call, Merz reportedly assured Netanyahu that he would not be"
            " arrested in Germany.",
            approximate=True,
            speaker="Friedrich Merz",
            alt_dates=["2025-02"],
            optional=True,
            note="'would not be arrested in Germany' = declined; said by the 'likely future"
            " German Chancellor', not yet the government, and 'reportedly': optional. 'had"
            " already announced' before the visit: April 2025 estimated, February 2025 (after"
            " the election) as alt date.",
        ),
    ],
    ["IL", "US", "PS"],
    "hubu.news, undated page (2025 in the URL; Netanyahu's arrival in Budapest, April 2025)."
    " Title written from the URL slug. Szalay-Bobrovniczky's welcome is Hungary again (no second"
    " statement). 'Over 120 ICC member states, including Germany ... are obligated' states the"
    " law, not a position. The last quotation is not closed in the stored text; no cut marker"
    " added.",
)
