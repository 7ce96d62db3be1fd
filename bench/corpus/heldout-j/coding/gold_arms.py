"""Gold for the suspend-arms-exports-israel articles (1101-1105)."""

from gold_common import st, write

T = "suspend-arms-exports-israel"
UK_MONDAY = "2024-09-02"  # Lammy's announcement, Monday 2 September 2024

# 1101 AOL (The Guardian's list), undated: "an 11-month assault" = September 2024.
write(
    "1101_aol_countries-banned-restricted-arms-sales-to-israel",
    T,
    "unknown",
    [
        st(
            "GB",
            "committed",
            UK_MONDAY,
            "The foreign secretary, David Lammy, announced on Monday that London was suspending"
            " 30 of the 350 existing arms licences.",
            approximate=True,
            speaker="David Lammy, foreign secretary",
            note="A partial suspension (30 of 350 licences) is a suspension: committed. 'on"
            " Monday' = 2 September 2024 (from outside the undated text: approximate).",
        ),
        st(
            "IT",
            "committed",
            "2024-01",
            "The foreign minister, Antonio Tajani, announced in January that Rome had decided"
            " after 7 October – the day Hamas attacked Israel, sparking the war in Gaza – to send"
            " no more weapons to Israel.",
            alt_dates=["2023-10"],
            speaker="Antonio Tajani, foreign minister",
            conditions="previously signed deals were being respected",
            note="'announced in January' (2024 by the page's frame); the decision itself dates"
            " from after 7 October 2023 (alt date).",
        ),
        st(
            "ES",
            "committed",
            "2024-01",
            "The Spanish foreign minister, José Manuel Albares, said in January that Spain had not"
            " sold arms to Israel since 7 October. [...] In May, the government went further,"
            " announcing it would ban ships carrying weapons to Israel",
            alt_dates=["2024-05"],
            speaker="José Manuel Albares, foreign minister",
            note="One position (no arms sold since 7 October) reaffirmed and extended in May:"
            " one statement, January 2024 with May 2024 as an alt date.",
        ),
    ],
    ["IL"],
    "Under the heading 'Banned or restricted arms sales'. The text is cut off after Spain."
    " Israel, the country concerned, is mentioned.",
)

# 1102 YPA, dateline "Sept. 05" without a year (2024 by Lammy's 'early July' office); undated.
write(
    "1102_ypagency_britain-joins-countries-suspending-arms-exports-to-israel",
    T,
    "unknown",
    [
        st(
            "GB",
            "committed",
            UK_MONDAY,
            "Britain announced on Monday that it will immediately suspend approximately 30 out of"
            " about 350 licenses for arms exports to “Israel”.",
            approximate=True,
            note="Partial suspension: committed. 'on Monday' before the dateline Thursday"
            " 5 September = 2 September 2024 (the year from outside: approximate).",
        ),
        st(
            "IT",
            "committed",
            "2023-12",
            "Italy announced late last year that it had stopped sending arms to “Israel”, although"
            " some arms exports continued.",
            approximate=True,
            alt_dates=["2023-10", "2023-11"],
            conditions="it would honor existing orders as long as the arms were not used against"
            " civilians",
            note="'late last year' = late 2023 (approximate).",
        ),
        st(
            "ES",
            "committed",
            "2024-02",
            "The Spanish Foreign Ministry stated in February that the country had not approved any"
            " arms sales to “Israel” since October 7.",
            speaker="Spanish Foreign Ministry",
            note="'stated in February' (2024). The cut-off 'However, local newspapers reported'"
            " qualifies nothing codeable.",
        ),
    ],
    ["IL"],
    "List 'according to the Washington Post'; cut off after Spain. The page's dateline"
    " 'Sept. 05' has no year, so published is unknown.",
)

# 1103 Al Arabiya English, Tuesday 13 February 2024.
write(
    "1103_alarabiya_countries-halting-weapons-support-to-israel",
    T,
    "2024-02-13",
    [
        st(
            "IT",
            "committed",
            "2024-01",
            "Italy’s Foreign Minister and Deputy Prime Minister Antonio Tajani said last month his"
            " country had blocked all arms exports to Israel as soon as the attacks on Gaza"
            " started.",
            alt_dates=["2023-10"],
            speaker="Antonio Tajani, foreign minister",
            note="'said last month' = January 2024; the block dates from October 2023 (alt).",
        ),
        st(
            "NL",
            "committed",
            "2024-02-12",
            "A Dutch court on Monday banned the Netherlands from exporting F-35 fighter jet parts"
            " to Israel",
            alt_stances=["undecided"],
            note="A court's binding order stopping the country's exports (the topic names the"
            " Netherlands court order): committed, with undecided accepted since the government"
            " itself did not decide. 'on Monday' = 12 February 2024.",
        ),
    ],
    ["JP", "US", "IL"],
    "Japan: a company (Itochu) ends a partnership with an Israeli arms maker, and Japan's"
    " Defense Ministry is named as the requester of the imports: no government position on"
    " exports, mentioned. The US owns the F-35 parts: mentioned. Cut off in the Japan section.",
)

# 1104 Ruetir, 21 March 2024.
write(
    "1104_ruetir_countries-that-stopped-supplying-weapons-to-israel",
    T,
    "2024-03-21",
    [
        st(
            "CA",
            "committed",
            "2024-03-19",
            "Canada will stop all arms shipments to Israel, Foreign Minister Melanie Joly said, a"
            " day after the House of Commons passed a non-binding motion to stop arms sales.",
            approximate=True,
            alt_dates=["2024-03-21"],
            speaker="Melanie Joly, foreign minister",
            note="'a day after' the Commons motion of 18 March 2024 = 19 March (from outside the"
            " text: approximate; the publication date accepted).",
        ),
        *[
            st(
                c,
                "committed",
                "2024-03-21",
                "Canada joins the Netherlands, Japan, Spain and Belgium in suspending arms sales"
                " following Israel’s brutal military offensive in Gaza.",
                note="The author reports the suspension as fact; no time cue: publication date.",
            )
            for c in ["NL", "ES"]
        ],
        st(
            "JP",
            "committed",
            "2024-03-21",
            "Canada joins the Netherlands, Japan, Spain and Belgium in suspending arms sales"
            " following Israel’s brutal military offensive in Gaza.",
            optional=True,
            note="Named as suspending by the author, but no Japanese government measure is"
            " described: optional.",
        ),
        st(
            "BE",
            "committed",
            "2024-03-21",
            "Canada joins the Netherlands, Japan, Spain and Belgium in suspending arms sales"
            " following Israel’s brutal military offensive in Gaza. [...] In Belgium, the"
            " regional government said it was suspending two m",
            note="The author reports Belgium's suspension as fact (by a regional government):"
            " committed; publication date.",
        ),
    ],
    ["IL", "ZA"],
    "The Netherlands section (a court asking the government to block F-35 parts) confirms its"
    " listed position: one statement. South Africa is named only for its ICJ case: mentioned."
    " 'Many other countries' and 'several Western countries' are unnamed groups. Cut off in the"
    " Belgium section.",
)

# 1105 Observer Diplomat, undated (after 2 September 2024).
write(
    "1105_observerdiplomat_countries-banned-or-restricted-arms-sales-to-israel",
    T,
    "unknown",
    [
        st(
            "GB",
            "committed",
            "2024-09-02",
            "On September 2, 2024, Foreign Secretary David Lammy announced the suspension of 30"
            " out of 350 existing arms licenses.",
            speaker="David Lammy, foreign secretary",
            note="Partial suspension: committed.",
        ),
        st(
            "IT",
            "committed",
            "2024-01",
            "In January 2024, Italian Foreign Minister Antonio Tajani declared that Italy would"
            " halt new arms shipments to Israel following the October 7 Hamas attack.",
            speaker="Antonio Tajani, foreign minister",
            conditions="existing agreements are still being honored",
        ),
        st(
            "ES",
            "committed",
            "2024-01",
            "In January 2024, Spanish Foreign Minister José Manuel Albares confirmed that no arms"
            " had been sold to Israel since October 7. By May 2024, Spain went a step further,"
            " banning ships carrying weapons to Israel from docking at Spanish ports.",
            alt_dates=["2024-05"],
            speaker="José Manuel Albares, foreign minister",
        ),
        st(
            "CA",
            "committed",
            "2024-03",
            "In March 2024, Canada’s parliament passed a non-binding resolution to halt future"
            " military sales to Israel. Foreign Affairs Minister Mélanie Joly confirmed that arms"
            " shipments would cease",
            speaker="Mélanie Joly, foreign affairs minister",
        ),
        st(
            "BE",
            "committed",
            "2024-09",
            "Belgium has imposed restrictions on arms sales to Israel at the regional level."
            " Additionally, the Belgian government has advocated for an EU-wide ban on arms"
            " exports to Israel.",
            approximate=True,
            alt_dates=["2024-02"],
            note="Regional restrictions reported as Belgium's, and the federal government backs"
            " an EU-wide ban: committed. No time cue on an undated page: the month of the"
            " page's events (September 2024), approximate; February 2024 (the regional"
            " suspension, from outside) accepted.",
        ),
        st(
            "NL",
            "committed",
            "2024-02",
            "A Dutch court ruled in February 2024 that the government must stop supplying F35"
            " fighter je",
            alt_stances=["undecided"],
            note="A court's binding order (the topic names it): committed, undecided accepted.",
        ),
    ],
    ["IL"],
    "Undated overview after 2 September 2024; cut off in the Netherlands section. 'Critics' are"
    " not a country.",
)

# 1124 Voice of Vienna (from Euronews), Friday 1 August 2025.
write(
    "1124_voiceofvienna_slovenia-first-eu-nation-to-ban-weapons-trade-with-israel",
    T,
    "2025-08-01",
    [
        st(
            "SI",
            "committed",
            "2025-08-01",
            "Slovenia has taken a bold and unprecedented step in the European Union by officially"
            " halting all weapons trade with Israel, citing Tel Aviv’s continued military actions"
            " in Gaza. The announcement was made by Prime Minister Robert Golob on Friday",
            alt_dates=["2025-07-31"],
            speaker="Prime Minister Robert Golob",
            note="A full embargo (export, import, transit) = committed. 'on Friday' = the page's"
            " day, 1 August 2025; the government's decision of 31 July (from outside) accepted.",
        ),
        *[
            st(
                c,
                "committed",
                "2025-08-01",
                "Slovenia’s move follows similar, though less comprehensive, restrictions by"
                " Italy, Spain, Belgium, and the Netherlands.",
                note="Earlier restrictions reported as fact; no time cue: publication date.",
            )
            for c in ["IT", "ES", "BE", "NL"]
        ],
        st(
            "US",
            "declined",
            "2025-08-01",
            "Meanwhile, Israel continues to rely heavily on the United States for military"
            " imports—nearly 70%",
            optional=True,
            note="Continuing to supply = not suspending; stated as Israel's reliance, not a US"
            " decision: optional declined.",
        ),
        st(
            "DE",
            "declined",
            "2025-08-01",
            "with Germany ranking second, having exported over €485 million worth of weapons since"
            " October 2023.",
            optional=True,
            note="Exports continued since October 2023 = not suspending; no German decision"
            " quoted: optional declined.",
        ),
    ],
    ["IL", "EU"],
    "The EU's failure to agree sanctions and the never-tabled EU-wide embargo are no decision"
    " of the EU: mentioned. The recognition of Palestine and the ministers declared personae non"
    " gratae are other measures. Cut off mid-sentence.",
)
