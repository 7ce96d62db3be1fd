"""Gold for the red-sea-prosperity-guardian articles (512-517)."""

from gold_common import st, write

T = "red-sea-prosperity-guardian"
DEC = "2023-12"

# 512 Deccan Herald, 25 December 2023.
lead = (
    "The naval operation, named Operation Prosperity Guardian, is being majorly undertaken by"
    " the US, UK, Canada, France, Denmark, Greece, Netherlands, Seychelles, Bahrain, Norway, and"
    " Spain."
)
austin = (
    "he said the operations would be joined by Britain, Bahrain, Canada, France, Italy, the"
    " Netherlands, Norway, Seychelles and Spain."
)
LEAD_NOTE = (
    "Named by the author among the countries that undertake the operation = committed (Austin's"
    " list of 19 December 2023 says the same: that date)."
)
s512 = [
    st(code, "committed", "2023-12-19", lead + " [...] " + austin, note=LEAD_NOTE)
    for code in ["GB", "CA", "NL", "SC", "BH", "NO", "ES"]
]
s512 += [
    st(
        "FR",
        "committed",
        "2023-12-19",
        lead + " [...] France's Defence Ministry said it supported efforts to secure freedom of"
        " navigation in the Red Sea and surrounding area and said it already operated in the"
        " region. But it said its ships would stay under French command and did not say if it"
        " would deploy more naval forces.",
        contributions=["sea"],
        alt_stances=["undecided", "conditional"],
        note=LEAD_NOTE + " France's own ministry only 'supported efforts', keeps its ships under"
        " French command and does not say if it will deploy more: undecided or conditional"
        " defensible.",
    ),
    st(
        "DK",
        "committed",
        "2023-12-25",
        lead,
        approximate=True,
        alt_dates=["2023-12-19"],
        note="Named by the author among those that undertake the operation (not in Austin's"
        " lists) = committed. No time cue: the page's date, approximate.",
    ),
    st(
        "GR",
        "committed",
        "2023-12-21",
        lead + " [...] On Thursday, December 21, Austin said Greece and Australia had also"
        " joined the grouping",
        note="Named by the author and by Austin on 21 December 2023 = committed.",
    ),
    st(
        "AU",
        "committed",
        "2023-12-21",
        "On Thursday, December 21, Austin said Greece and Australia had also joined the grouping",
        optional=True,
        note="Only the organiser says Australia joined (the author's list leaves it out):"
        " committed, optional.",
    ),
    st(
        "IT",
        "declined",
        "2023-12-25",
        "Italy's Defence Ministry said it would send naval frigate Virginio Fasan to the Red Sea"
        " to protect its national interests in response to specific requests made by Italian"
        " shipowners. It said this was part of its existing operations and was not part of"
        " Operation Prosp",
        contributions=["sea"],
        approximate=True,
        alt_dates=["2023-12-20"],
        note="Its frigate goes under existing national operations, 'not part of Operation"
        " Prosp[erity Guardian]' = declined, the frigate listed as other help. Austin's listing"
        " of Italy is the organiser's claim, contradicted by Italy itself: not coded. No time"
        " cue: the page's date, approximate.",
    ),
]
write(
    "512_deccanherald_houthis-vs-the-world",
    T,
    "2023-12-25",
    s512,
    ["US", "AE", "DJ"],
    "Dated page (store's date line). The US leads and convenes the coalition: the organiser, not"
    " coded (like the US for Gaza). 'at least eight countries ... declined to be publicly named'"
    " names none. The UAE and Djibouti only host French bases. The stored text is cut mid-word"
    " ('Prosp'). Contributions: sea only where the text names ships for the coalition.",
)

# 513 US Muslims (Anadolu), undated; Danish minister 'said Friday', frigate 'next month' and a
# resolution in January: a Friday of late December 2023 (29 December).
write(
    "513_usmuslims_denmark-to-send-frigate",
    T,
    "unknown",
    [
        st(
            "DK",
            "committed",
            "2023-12-29",
            "Denmark has pledged to send a frigate to participate in the US-led naval operation in"
            " the Red Sea next month, the Danish Defense Minister said Friday.",
            contributions=["sea"],
            approximate=True,
            speaker="Troels Lund Poulsen",
            conditions=["parliament's resolution in January"],
            alt_dates=["2023-12-22"],
            note="'pledged to send a frigate to participate' = committed with sea. 'Friday' of"
            " December 2023 (the coalition formed 'earlier this month', deployment 'next month'):"
            " 29 December 2023, approximate.",
        ),
        st(
            "FR",
            "declined",
            DEC,
            "Several countries including France, Spain and Italy have refused to join the"
            " maritime force because of fears of potential retaliation from Houthi attacks and"
            " concerns about the Israeli war on Gaza.",
            approximate=True,
            note="'have refused to join' reported as fact = declined. No time cue on an undated"
            " page: December 2023, approximate.",
        ),
        st(
            "ES",
            "declined",
            DEC,
            "Several countries including France, Spain and Italy have refused to join the"
            " maritime force",
            approximate=True,
            note="As FR.",
        ),
        st(
            "IT",
            "declined",
            DEC,
            "Several countries including France, Spain and Italy have refused to join the"
            " maritime force",
            approximate=True,
            note="As FR.",
        ),
        st(
            "AU",
            "committed",
            DEC,
            "the US, together with Australia, Canada and several European and Middle Eastern"
            " allies, agreed earlier this month to form the Prosperity Guardian naval coalition",
            approximate=True,
            note="'agreed ... to form the ... coalition', reported as fact = committed. 'earlier"
            " this month': December 2023.",
        ),
        st(
            "CA",
            "committed",
            DEC,
            "the US, together with Australia, Canada and several European and Middle Eastern"
            " allies, agreed earlier this month to form the Prosperity Guardian naval coalition",
            approximate=True,
            note="As AU.",
        ),
    ],
    ["US", "IL", "PS", "YE"],
    "Anadolu copy on usmuslims.com, undated. The US is the organiser. 'several European and"
    " Middle Eastern allies' names none. Typo '[arliament' kept as stored. Not cut.",
)

# 514 24 News HD (AFP), 20 December 2023.
write(
    "514_24newshd_uk-warship-joins-red-sea-coalition",
    T,
    "2023-12-20",
    [
        st(
            "GB",
            "committed",
            "2023-12-18",
            "A British Royal Navy destroyer has joined a new international maritime protection"
            " force to protect shipping in the Red Sea and Gulf of Aden, the government in London"
            " said Monday. [...] That is why HMS Diamond has joined Operation Prosperity"
            " Guardian.",
            contributions=["sea"],
            speaker="Grant Shapps",
            note="A destroyer 'has joined' the force = committed with sea. 'Monday' before the"
            " page of Wednesday 20 December 2023 = 18 December 2023.",
        ),
        st(
            "ES",
            "committed",
            "2023-12-19",
            "Spain said Tuesday it would take part in an international coalition to quell Huthi"
            " attacks on ships transiting the Red Sea.",
            alt_stances=["conditional"],
            note="'would take part' = committed. The section heading ('within NATO', the author's"
            " words) suggests a framework condition: conditional defensible. 'Tuesday' ="
            " 19 December 2023.",
        ),
    ],
    ["US", "FR", "YE", "IL"],
    "AFP copy, URL dated 20 December 2023. The US announces the coalition (organiser). The UK"
    " spokesman's 'with our French allies' is Britain's view of France: no French position."
    " Cut mid-sentence.",
)

# 515 Breitbart, 22 December 2023; 'on Thursday' = 21 December 2023.
write(
    "515_breitbart_bidens-dubious-red-sea-coalition",
    T,
    "2023-12-22",
    [
        st(
            "ES",
            "undecided",
            "2023-12-21",
            "Among the countries named is Spain, which clarified later in the day that it had not"
            " yet made any decision on joining.",
            note="'had not yet made any decision on joining' = undecided. The Pentagon's naming"
            " of Spain is the organiser's claim: not coded.",
        ),
        st(
            "GR",
            "committed",
            "2023-12-21",
            "Greek Defense Minister Nikos Dendias announced Thursday that the country would send"
            " a frigate to join the Red Sea patrol",
            contributions=["sea"],
            speaker="Nikos Dendias",
            note="'would send a frigate to join' = committed with sea.",
        ),
        st(
            "AU",
            "committed",
            "2023-12-21",
            "Australian Defense Minister Richard Marles said his country would send 11 military"
            " personnel to work at the Operation Prosperity Guardian headquarters in Bahrain,"
            " joining five Australians already stationed there. “We won’t be sending a ship or a"
            " plane. That said, we will be almost tripling our contribution to the combined"
            " maritime force,” Marles said.",
            contributions=["headquarters"],
            speaker="Richard Marles",
            alt_stances=["declined"],
            note="Staff for the coalition's headquarters = committed with headquarters; 'won't be"
            " sending a ship or a plane' (and the opposition's 'refusing to commit naval assets')"
            " makes declined defensible. 'Marles said' on the Thursday of the Pentagon's naming.",
        ),
    ],
    ["US", "BH", "IR", "YE"],
    "Dated URL (22 December 2023). The Pentagon (organiser) names 12 participants; only the"
    " countries' own words are coded. The Australian opposition's criticism is no government"
    " position. Bahrain appears only as the headquarters' seat. Cut mid-sentence.",
)

# 516 International Affairs (en.interaffairs.ru), undated; Marles 'on Thursday' (his tweet is
# dated December 21, 2023).
write(
    "516_interaffairs_australia-spain-reject-us-request",
    T,
    "unknown",
    [
        st(
            "AU",
            "committed",
            "2023-12-21",
            "Marles, who is also deputy prime minister, told Sky News on Thursday that Australia"
            " wouldn’t be sending a “ship or a plane” to the Middle East, but would instead almost"
            " triple its troop contribution to the US-led maritime force.",
            contributions=["headquarters"],
            speaker="Richard Marles",
            alt_stances=["declined"],
            note="Refuses a warship but adds personnel 'to the US-led maritime force' = a"
            " contribution to the coalition: committed (as 515); the headline's 'reject US request"
            " to join' and 'rejected a US request for a warship' make declined defensible."
            " 'Thursday' = 21 December 2023 (his post's date).",
        ),
        st(
            "ES",
            "undecided",
            "2023-12-20",
            "Spain’s Defense Ministry denied Washington’s claims that it will participate in a"
            " multinational force to patrol the Red Sea. In a statement released to Spanish media"
            " outlets including the ABC and La Vanguardia, the ministry said Spain cannot make the"
            " decision unilaterally, and is subject to decisions made by the EU and NATO.",
            approximate=True,
            alt_stances=["declined", "conditional"],
            alt_dates=["2023-12-21"],
            note="Denies it will participate, but only because 'it cannot make the decision"
            " unilaterally' (decisions of the EU and NATO) = undecided; declined (the denial) and"
            " conditional (within EU/NATO) defensible. No date: the week of the announcement,"
            " estimated 20 December 2023, approximate.",
        ),
        st(
            "GB",
            "committed",
            "2023-12-19",
            "Participating countries include the US, UK, France and Canada.",
            approximate=True,
            note="Named by the author as participating = committed. 'this week' of the"
            " announcement: 19 December 2023, approximate.",
        ),
        st(
            "FR",
            "committed",
            "2023-12-19",
            "Participating countries include the US, UK, France and Canada.",
            approximate=True,
            note="As GB.",
        ),
        st(
            "CA",
            "committed",
            "2023-12-19",
            "Participating countries include the US, UK, France and Canada.",
            approximate=True,
            note="As GB.",
        ),
    ],
    ["US", "YE", "EU", "NATO"],
    "Undated page (Russian foreign-affairs journal, English, citing Bloomberg and Mercopress)."
    " The US is the organiser (its 'request' and 'claims' are not coded). EU and NATO appear only"
    " as the frameworks Spain defers to. Cut mid-word ('secu').",
)

# 517 World Today Journal, 22 December 2023; the Pentagon 'on Thursday' = 21 December 2023.
known = (
    "Twelve countries in the coalition are already known: Australia, Bahrain, Canada, France,"
    " Greece, Italy, the Netherlands, Norway, Seychelles, Spain, the United Kingdom and the"
    " United States."
)
KNOWN_NOTE = (
    "Named as 'already known' members of the coalition, reported as fact = committed. Date: the"
    " Pentagon's statement of Thursday 21 December 2023."
)
s517 = [
    st(code, "committed", "2023-12-21", known, note=KNOWN_NOTE)
    for code in ["AU", "BH", "CA", "FR", "GR", "IT", "NO", "SC", "ES", "GB"]
]
s517.insert(
    6,
    st(
        "NL",
        "committed",
        "2023-12-21",
        known + " [...] “I thanked him for his leading role and promised that the Netherlands"
        " will provide staff officers to Operation Prosperity Guardian.”",
        contributions=["headquarters"],
        speaker="Kajsa Ollongren",
        alt_dates=["2023-12"],
        note=KNOWN_NOTE + " Ollongren's promise of staff officers ('previously', December"
        " 2023) is the same position with its contribution: one statement.",
    ),
)
write(
    "517_worldtodayjournal_coalition-expands",
    T,
    "2023-12-22",
    s517,
    ["US", "YE", "IL", "PS"],
    "Dated page (store's date line), a Dutch-sourced report. The US, listed among the twelve, is"
    " the organiser: not coded. Hashtag line kept as stored. Not cut.",
)
