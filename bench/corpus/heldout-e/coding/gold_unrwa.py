"""Gold for the suspend-unrwa-funding articles (616-622).

Suspending (pausing, halting, 'will not continue to fund') = committed; refusing to suspend,
continuing or maintaining funding = declined; resuming funding after a pause (lifting it,
reversing the decision) ends the suspension = declined, dated when announced; rejecting the
suspensions themselves ('collective punishment', urging others to resume) = opposed where the
article puts that first, else an alternative.
"""

from gold_common import st, write

T = "suspend-unrwa-funding"
JAN24 = "2024-01"

# 616 Scroll.in, 28 January 2024.
nine = (
    "The countries that paused funding are the United States, Australia, Canada, Italy,"
    " Germany, Finland, the Netherlands, Switzerland and the United Kingdom."
)
write(
    "616_scroll_un-agency-employees-involved-alleges-israel",
    T,
    "2024-01-28",
    [
        st(
            c,
            "committed",
            "2024-01-28",
            nine,
            note="Listed among 'the countries that paused funding' = committed. No time cue:"
            " the page's date.",
        )
        for c in ("US", "AU", "CA", "IT", "DE", "FI", "NL", "CH", "GB")
    ],
    ["IL", "UN", "PS"],
    "Dated page (store's date line). The lead's 'The United Nations and nine Western countries"
    " have paused all funding' is the article's slip (UNRWA is the UN's own agency): the UN is"
    " mentioned, not coded; Guterres, Lazzarini and the UN rapporteur speak for the UN. Israel"
    " makes the accusation. Cut mid-word ('some st').",
)

# 617 European Jewish Press, undated; the last days of January 2024 (Belgium's
# 'Wedsnesday' = 31 January 2024, after Israel's accusations of Tuesday 30 January).
cut_note = (
    "The stored text is cut inside this list ('Iceland, J'): the verb is lost, so the stance"
    " (suspending, as the US had just done) is only implied; optional, if recorded committed."
    " Late January 2024, approximate."
)
cut_ev = (
    "A few hours after the announcement of the suspension of US funds, and just as the agency"
    " had indicated that it had dismissed “several” employees accused by Israel of involvement"
    " in the October 7 assault, Canada, Italy, Australia,New Zealand, Iceland,"
)
write(
    "617_ejpress_belgium-will-not-suspend-funding",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            JAN24,
            "Spain said it would not suspend its funding. Spanish Foreign Minister Jose Manuel"
            " Albares said his country would maintain its relations with UNWRA and continue its"
            " funding ‘’without modification.’’",
            approximate=True,
            speaker="José Manuel Albares",
            note="'would not suspend its funding', 'continue its funding without modification' ="
            " declined. No date: late January 2024, approximate.",
        ),
        st(
            "BE",
            "declined",
            "2024-01-31",
            "Belgian Prime Minister Alexander De Croo announced Wedsnesday that Belgium will not"
            " suspend funding for UNWRA, the United Nations agency for Palestinian refugees, for"
            " the time being [...] Belgium is waiting for the results of the UN’s internal"
            " investigation",
            approximate=True,
            speaker="Alexander De Croo",
            alt_stances=["undecided"],
            note="'will not suspend funding ... for the time being' = declined; 'waiting for the"
            " results' of the investigation makes undecided defensible. 'Wedsnesday' after"
            " Israel's accusations of 'Tuesday' (30 January): 31 January 2024, approximate.",
        ),
        st(
            "EE",
            "committed",
            JAN24,
            "Estonia became the latest country to do so. “With regard to the recent very serious"
            " allegations against UNRWA, Estonia will not continue to fund the organization,”"
            " Estonian Foreign Minister Margus Tsahkna said on X.",
            approximate=True,
            speaker="Margus Tsahkna",
            note="'the latest country to do so' (suspend), 'will not continue to fund' ="
            " committed (a negated verb meaning the pledge). Late January 2024, approximate.",
        ),
        st(
            "US",
            "committed",
            JAN24,
            "The United States was the first to announce that it was “temporarily suspending”"
            " all future funding to UNRWA.",
            approximate=True,
            note="'temporarily suspending all future funding' = committed. Late January 2024,"
            " approximate.",
        ),
        *[
            st(c, "committed", JAN24, cut_ev, approximate=True, optional=True, note=cut_note)
            for c in ("CA", "IT", "AU", "NZ", "IS")
        ],
    ],
    ["IL", "UN", "PS"],
    "Undated page; the stored text starts with Spain's paragraph (no headline: the title was"
    " written from the URL slug) and keeps the site's 'UNWRA', 'Wedsnesday', 'their are' and"
    " doubled quote marks. Israel (Eylon Levy) accuses; the UN investigates. Cut mid-list"
    " ('Iceland, J').",
)

# 618 RTÉ News, 27 January 2024 (URL date).
write(
    "618_rte_ireland-no-plans-to-suspend-unrwa-funding",
    T,
    "2024-01-27",
    [
        st(
            "IE",
            "declined",
            "2024-01-27",
            '"Ireland has no plans to suspend funding for UNRWA\'s vital Gaza work," Mr Martin'
            " said. [...] Mr Martin added that Ireland provided the agency with €18m in 2023 and"
            ' "will continue our support in 2024".',
            speaker="Micheál Martin",
            note="'no plans to suspend funding', 'will continue our support' = declined. No time"
            " cue: the page's date.",
        ),
        *[
            st(
                c,
                "committed",
                "2024-01-27",
                "Australia, Italy, Finland, the Netherlands and Canada have decided to suspend"
                " financing of UNRWA,",
                note="'have decided to suspend financing' = committed. The page's date.",
            )
            for c in ("AU", "IT", "FI", "NL", "CA")
        ],
        *[
            st(
                c,
                "committed",
                "2024-01-27",
                "while Britain and the US will temporarily pause future funding.",
                note="'will temporarily pause future funding' = committed. The page's date.",
            )
            for c in ("GB", "US")
        ],
    ],
    ["IL", "PS", "JO", "SY", "LB", "UN"],
    "Dated page (URL date). Israel's foreign minister wants UNRWA stopped: the accuser, not"
    " coded. UNICEF's spokesman is no country; Palestine, Jordan, Syria and Lebanon are where UNRWA works. Cut mid-word ('Mr Crickx, wh').",
)

# 619 The Irish Times, 30 January 2024; Varadkar in the Dáil 'on Tuesday' = 30 January 2024.
write(
    "619_irishtimes_alleged-un-staff-involvement-must-be-investigated",
    T,
    "2024-01-30",
    [
        st(
            "IE",
            "declined",
            "2024-01-30",
            "Mr Varadkar said the Government has taken the decision not to suspend State funding"
            " to United Nations Relief and Works Agency for Palestine Refugees (Unrwa). [...] the"
            " Government believed it would be “a disproportionate response to suspend our"
            " funding. For that reason we were among a number of countries, indeed perhaps one of"
            " the first countries to say that we would continue to fund the agency,",
            speaker="Leo Varadkar",
            alt_stances=["opposed"],
            note="'the decision not to suspend', 'we would continue to fund' = declined; calling"
            " suspension 'a disproportionate response' makes opposed defensible. 'Speaking in"
            " the Dáil on Tuesday' = the page's day, 30 January 2024.",
        ),
        *[
            st(
                c,
                "committed",
                "2024-01-30",
                "The United States, United Kingdom, Finland, Italy, Australia and Canada have all"
                " suspended their funding for the relief agency while an investigation into the"
                " allegations takes place.",
                note="'have all suspended their funding' = committed. No time cue: the page's"
                " date.",
            )
            for c in ("US", "GB", "FI", "IT", "AU", "CA")
        ],
    ],
    ["IL", "UN", "PS"],
    "Dated page (store's date line); a photo caption opens the stored text. Israel accuses; the"
    " UN is the agency's parent. 'a number of countries' that continue are unnamed. Cut ('we"
    " have confidence').",
)

# 620 Aboardou (BBC-style copy), undated; Sweden 'today (9 March)', Canada 'on Friday' = 8
# March 2024; 'last month' = February 2024 (the pauses were of late January).
write(
    "620_aboardou_sweden-canada-resume-funding",
    T,
    "unknown",
    [
        st(
            "SE",
            "declined",
            "2024-03-09",
            "Sweden today (9 March) said it would send 200 million kronor (£15m;) initially,"
            " after UNRWA agreed to more checks on its spending and staff. [...] “The"
            " humanitarian situation in Gaza is devastating and the needs are acute,”"
            " development minister Johan Forssell said in Sweden’s announcement,",
            contributions=["financing"],
            speaker="Johan Forssell",
            note="Resumes funding after its pause = ends the suspension: declined (with the money"
            " it sends, financing). 'today (9 March)' = 9 March 2024.",
        ),
        st(
            "SE",
            "committed",
            "2024-02",
            "Sweden and Canada have announced they will be resuming funding to the UN agency"
            " aiding Palestinians. They were one of 16 countries who last month halted hundreds"
            " of millions of dollars in support to United Nations Relief and Works Agency"
            " (UNRWA)",
            alt_dates=["2024-01"],
            note="Its earlier halt, reported as fact = committed. 'last month' gives February"
            " 2024; the halts were of late January (alt date).",
        ),
        st(
            "CA",
            "declined",
            "2024-03-08",
            "Canada said on Friday that it would re-start funding for UNRWA as Canadian Minister"
            " of International Development Ahmed Hussen said the country has been reassured"
            " [...] Mr Hussen said the government is “resuming its funding to UNRWA so more can be"
            " done to respond to the urgent needs of Palestinian civilians”.",
            contributions=["financing"],
            speaker="Ahmed Hussen",
            note="'would re-start funding', 'resuming its funding' = ends the suspension:"
            " declined (financing). 'on Friday' before Saturday 9 March = 8 March 2024.",
        ),
        st(
            "CA",
            "committed",
            "2024-02",
            "Sweden and Canada have announced they will be resuming funding to the UN agency"
            " aiding Palestinians. They were one of 16 countries who last month halted hundreds"
            " of millions of dollars in support to United Nations Relief and Works Agency"
            " (UNRWA)",
            alt_dates=["2024-01"],
            note="As SE's halt.",
        ),
        st(
            "EU",
            "declined",
            "2024-03",
            "Sweden’s decision followed a similar moves by the European Commission which earlier"
            " this month that it would release €50m in UNRWA funding.",
            contributions=["financing"],
            note="The Commission releasing €50m of UNRWA funding ('a similar move' to Sweden's"
            " resumption) = declined (financing). 'earlier this month' = March 2024.",
        ),
    ],
    ["IL", "CY", "PS", "UN"],
    "Undated page (BBC-style copy, '£' conversions). Each of Sweden and Canada says two things"
    " over time: the halt ('last month') and the resumption, both coded. Israel accuses; Cyprus"
    " is where the aid ship leaves from. Cut ('killed 1,2').",
)

# 621 Islam Times, 29 March 2024; Kamikawa met Lazzarini 'on Thursday' = 28 March 2024.
lifted = (
    "Tokyo’s move follows the lifting of similar funding pauses by the European Commission,"
    " Canada, Australia, Sweden and Finland in recent weeks."
)
write(
    "621_islamtimes_japan-to-resume-funding-unrwa",
    T,
    "2024-03-29",
    [
        st(
            "JP",
            "declined",
            "2024-03-28",
            "Japanese Foreign Minister Yoko Kamikawa met UNRWA chief Philippe Lazzarini in Tokyo"
            " on Thursday [...] “Japan and the UNRWA confirmed that they will advance final"
            " coordination about necessary efforts to resume Japan’s contribution,” Japan’s"
            " foreign ministry said in a statement.",
            speaker="Yoko Kamikawa",
            alt_stances=["undecided"],
            alt_dates=["2024-03-29"],
            note="Moving to 'resume Japan's contribution' (headline: 'To Resume Funding') = ends"
            " its suspension: declined; 'final coordination' still to come makes undecided"
            " defensible. The meeting 'on Thursday' = 28 March 2024; the statement may be of the"
            " page's day (alt).",
        ),
        *[
            st(
                c,
                "declined",
                "2024-03",
                lifted,
                approximate=True,
                note="'the lifting of similar funding pauses ... in recent weeks' = resumed"
                " funding, declined. March 2024, approximate.",
            )
            for c in ("EU", "CA", "AU", "SE", "FI")
        ],
    ],
    ["US", "DE", "CH", "IR", "IL", "RU", "SY", "PS"],
    "Dated page (store's date line, and 'Friday 29 March 2024' in the text; the stored text"
    " begins with a stray '0'). The US, Germany and the EU as 2022's biggest donors is"
    " background (the EU is coded from the lifting). Switzerland only as the home of"
    " Keystone-ATS. The 'Featured Stories' furniture names Iran, Israel ('Zionist Regime'),"
    " Russia and Syria: mentioned. Cut mid-word ('Funding U').",
)

# 622 MENAFN (Petra), 23 April 2024 (Tuesday).
resumed = (
    '"I am very happy that countries such as Australia, Canada, Finland, Germany, Iceland,'
    ' Japan, and Sweden have reversed their decision and resumed their funding to UNRWA."'
)
write(
    "622_menafn_norway-calls-on-donors-to-resume-funding",
    T,
    "2024-04-23",
    [
        st(
            "NO",
            "declined",
            "2024-04-23",
            "Norway, which chairs the International Donor Group for Palestine, called on all"
            " countries on Tuesday to resume their aid to the United Nations Relief and Works"
            " Agency for Palestine Refugees (UNRWA). [...] Norway is one of the few major donor"
            " countries that decided to maintain its aid to UNRWA despite Israel's accusations",
            speaker="Espen Barth Eide",
            alt_stances=["opposed"],
            note="'decided to maintain its aid' = declined; calling on every country to resume"
            " rejects the suspensions themselves, so opposed is defensible. 'on Tuesday' = the"
            " page's day, 23 April 2024.",
        ),
        *[
            st(
                c,
                "declined",
                "2024-04-23",
                resumed,
                approximate=True,
                optional=True,
                note="Norway's minister says it 'reversed their decision and resumed' funding ="
                " declined, but only in another country's words (a fact, not a view of who"
                " should take part): optional. Resumed some time before 23 April 2024,"
                " approximate.",
            )
            for c in ("AU", "CA", "FI", "DE", "IS", "JP", "SE")
        ],
    ],
    ["IL", "JO", "UN", "PS"],
    "Dated page (store's date line; Jordan News Agency copy, sentences run together as stored)."
    " Israel accuses; the UN committee reports; Jordan is the wire's home (Amman); Palestine only"
    " in the donor group's name. Not cut.",
)
