"""Gold for the support-morocco-autonomy-plan articles (1501-1506)."""

from gold_common import st, write

T = "support-morocco-autonomy-plan"

# 1501 Sahara News, undated: Europa Press "on Thursday"; Germany's new government "recently"
# called the plan an "important contribution" (December 2021); Spain (March 2022) not yet named.
EU_1501 = "2022-01"
write(
    "1501_saharanews_autonomy-plan-enjoys-unprecedented-support",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            EU_1501,
            "Countries such as the United States, Germany and France have welcomed Morocco’s"
            " approach and highlighted the relevance of the autonomy plan to resolve this issue"
            " [...] The U.S. Administration recognized Morocco’s sovereignty over the Sahara in"
            " December 2019, said Europa Press, stressing that this position remains unchanged",
            approximate=True,
            alt_dates=["2019-12", "2020-12", "2021-12", "2022-02"],
            note="Undated page: the month of the events, from outside the text (Germany's"
            " statement of December 2021, before Spain's shift of March 2022). The recognition"
            " itself is dated 'December 2019' in the text (it was December 2020): both kept as"
            " alternative dates.",
        ),
        st(
            "DE",
            "committed",
            "2021-12",
            "Countries such as the United States, Germany and France have welcomed Morocco’s"
            " approach [...] the German federal government has recently highlighted the"
            " importance of the autonomy proposal, describing it as an “important contribution”"
            " to settle this conflict",
            approximate=True,
            alt_dates=["2022-01", "2022-02"],
            note="'recently': the German statement of December 2021, from outside the text.",
        ),
        st(
            "FR",
            "committed",
            EU_1501,
            "Countries such as the United States, Germany and France have welcomed Morocco’s"
            " approach [...] France continues to underline that the Moroccan autonomy plan is the"
            " “only way” to end this dispute",
            approximate=True,
            alt_dates=["2021-12", "2022-02"],
        ),
    ],
    ["MA", "ES"],
    "Morocco proposes the plan (mentioned). Spain appears only as the nationality of the news"
    " agency (mentioned).",
)

# 1502 Squidsite02 (Reuters), 2025-10-23: the Belgian-Moroccan declaration signed Thursday.
BE_DAY = "2025-10-23"
write(
    "1502_squidsite02_belgium-backs-moroccos-autonomy",
    T,
    "2025-10-23",
    [
        st(
            "BE",
            "committed",
            BE_DAY,
            "Belgium has become the latest Western nation to endorse Morocco’s autonomy proposal"
            " as a solution for the decades-long Western Sahara dispute, according to a joint"
            " Moroccan-Belgian declaration signed Thursday.",
            speaker="Maxime Prevot, foreign minister and deputy prime minister (joint declaration)",
        ),
        *[
            st(
                c,
                "committed",
                BE_DAY,
                "Morocco’s autonomy plan has the backing of the U.S., France and the UK within"
                " the U.N. Security Council.",
                alt_dates=[d],
                note="A standing position; no time cue: the publication date (the month the"
                " country first backed the plan, from outside the text, as an alternative).",
            )
            for c, d in [("US", "2020-12"), ("FR", "2024-07"), ("GB", "2025-06")]
        ],
        st(
            "ES",
            "committed",
            BE_DAY,
            "Spain, the former colonial power in Western Sahara, has also backed Rabat’s position",
            alt_dates=["2022-03"],
        ),
        *[
            st(
                c,
                "committed",
                BE_DAY,
                "Spain, the former colonial power in Western Sahara, has also backed Rabat’s"
                " position, along with Germany and Portugal signaling a shift in EU member state"
                " foreign policy on the issue.",
                alt_dates=[d],
                note="'along with Germany and Portugal': they too have backed Rabat's position.",
            )
            for c, d in [("DE", "2022-01"), ("PT", "2025-07")]
        ],
        st(
            "EU",
            "undecided",
            BE_DAY,
            "The EU, however, has not endorsed Morocco’s autonomy propsal and continues to"
            " support U.N. efforts to reach a political solution to the conflict.",
            alt_stances=["declined"],
            note="'has not endorsed' without a refusal: undecided; declined defensible.",
        ),
        st(
            "DZ",
            "opposed",
            BE_DAY,
            "Algeria and the Polisario denounced Western nations that back the autonomy plan and"
            " insist on holding a referendum with independence as an option.",
        ),
    ],
    ["MA", "UN"],
    "Morocco (the proposer) and the UN (urging negotiations) are mentioned; the Polisario is"
    " not a country.",
)

# 1503 inkl, undated: Sanchez before the Congress of Deputies "on Wednesday" (30 March 2022).
SANCHEZ = "2022-03-30"
write(
    "1503_inkl_spain-voices-support-for-moroccos-western-sahara-autonomy-plan",
    T,
    "unknown",
    [
        st(
            "ES",
            "committed",
            SANCHEZ,
            "Spain said that Morocco's Autonomy Plan is the most serious solution to resolve the"
            " Western Sahara conflict, affirming the Spanish government's support for Rabat in"
            " this regard.",
            approximate=True,
            speaker="Prime Minister Pedro Sanchez",
            note="Wednesday tied to Sanchez's appearance before the Congress on the Sahara shift:"
            " 30 March 2022, from outside the text.",
        ),
        st(
            "FR",
            "committed",
            "2022-03",
            "The PM recalled the support voiced by France to Morocco’s proposal for years",
            approximate=True,
        ),
        st(
            "DE",
            "committed",
            "2022-03",
            "in addition to the recent support expressed by Germany to the Moroccan initiative",
            approximate=True,
            alt_dates=["2021-12", "2022-01"],
        ),
        st(
            "US",
            "committed",
            "2022-03",
            "The United States continues to express its support for the approach adopted by the"
            " Kingdom, he added.",
            approximate=True,
        ),
        st(
            "EU",
            "committed",
            "2022-03",
            "adding that the European Commission and the EU High Representative for Foreign"
            " Affairs also support Madrid’s decision.",
            approximate=True,
            optional=True,
            alt_stances=["undecided"],
            note="Sanchez's claim that the Commission and the High Representative support"
            " Spain's decision: support at one remove; an editor could record nothing.",
        ),
    ],
    ["MA", "UN"],
    "'its European partners and many other countries' are unnamed. The UN Security Council's"
    " resolutions are the UN's (mentioned).",
)

# 1504 ExBulletin (machine-translated), 2025-06-01 (store date): Lammy in Rabat, Sunday 1 June.
write(
    "1504_exbulletin_uk-supports-moroccan-autonomy",
    T,
    "2025-06-01",
    [
        st(
            "GB",
            "committed",
            "2025-06-01",
            "The United Kingdom finally joined Momentum and supported Moroccan's autonomy as the"
            " most serious and reliable political solution to end the dispute over the Western"
            " Sahara.",
            speaker="Foreign Secretary David Lammy",
        ),
        st(
            "GB",
            "considering",
            "2025-04",
            "In April, Lammy continued to discuss these issues in the region and stressed that"
            " Sahara Dossier is under review.",
            optional=True,
            note="The earlier position ('under review', April) beside the endorsement (rule 5);"
            " background an editor could leave out.",
        ),
    ],
    ["MA", "UN"],
    "'113 countries' are unnamed.",
)

# 1505 Middle East Online, undated: the Ghana-Morocco joint statement of Thursday 5 June 2025.
write(
    "1505_middleeastonline_ghana-endorses-moroccos-autonomy-plan-sahara",
    T,
    "unknown",
    [
        st(
            "GH",
            "committed",
            "2025-06-05",
            "Ghana said on Thursday it views a Moroccan autonomy plan as the sole basis to settle"
            " the Western Sahara dispute within the framework of the UN",
            approximate=True,
            speaker="Foreign Minister Samuel Okudzeto Ablakwa (joint statement)",
            note="Thursday of the Rabat joint statement, 5 June 2025, from outside the text.",
        ),
        st(
            "KE",
            "committed",
            "2025-05",
            "The position was expressed few days after similar stands by Kenya and the UK",
            approximate=True,
            alt_dates=["2025-06"],
            note="Kenya's joint statement of 26 May 2025 (from outside the text).",
        ),
        st(
            "GB",
            "committed",
            "2025-06",
            "The position was expressed few days after similar stands by Kenya and the UK",
            approximate=True,
        ),
        st(
            "US",
            "committed",
            "2020",
            "The Moroccan autonomy plan has gathered steam since the US recognized Rabat's"
            " sovereignty over the disputed territory in 2020",
            alt_dates=["2020-12"],
        ),
        st(
            "FR",
            "committed",
            "2024-07",
            "followed by France last July.",
            approximate=True,
            note="'last July' on a 2025 page: July 2024.",
        ),
    ],
    ["MA", "DZ", "NG", "UN"],
    "Algeria appears only as the Polisario's backer, Nigeria in the pipeline deal (mentioned).",
)

# 1506 Morocco World News (URL 2019/09): the Geneva declaration of Tuesday 10 September 2019.
write(
    "1506_moroccoworldnews_saudi-arabia-uae-morocco-territorial-integrity",
    T,
    "unknown",
    [
        st(
            c,
            "committed",
            "2019-09-10",
            "Saudi Arabia and the UAE continue to reiterate their support for Morocco’s Autonomy"
            " Plan as a viable solution for the Western Sahara conflict. [...] said on Tuesday,"
            " September 10, that a group of 23 countries believe that the autonomy initiative"
            " “has been recognized by the Security Council as a serious and credible basis for"
            " definitely resolving the regional conflict.” [...] Saudi Arabia and the UAE were"
            " among the countries to e",
            alt_dates=["2019-09"],
        )
        for c in ["SA", "AE"]
    ],
    ["MA", "UN"],
    "The other members of the '23 states' are unnamed. The URL gives only the month"
    " (2019/09), so `published` is unknown.",
)
