"""Gold for the recall-ambassador-from-israel-gaza articles (905-909)."""

from gold_common import st, write

T = "recall-ambassador-from-israel-gaza"
TUE = "2023-10-31"  # Tuesday 31 October 2023

# 905 Haoyee, undated; "On October 31st" (the year from the events, 2023).
write(
    "905_haoyee_colombia-and-chile-recall-ambassadors-to-israel",
    T,
    "unknown",
    [
        st(
            "CO",
            "committed",
            TUE,
            "On October 31st local time, Colombian President Petro announced on social media"
            " platform X that he has decided to recall the Colombian ambassador to Israel.",
            speaker="President Gustavo Petro",
            note="'has decided to recall' = committed. 'October 31st' (year 2023 from the war).",
        ),
        st(
            "CL",
            "committed",
            TUE,
            "the Chilean government has decided to recall its ambassador to Israel",
            speaker="President Gabriel Boric",
            note="'On the same day' = 31 October 2023.",
        ),
        st(
            "BO",
            "committed",
            TUE,
            "On October 31st local time, the Bolivian government announced that in light of the"
            " “crimes committed by Israel against the Palestinian people in the Gaza Strip”,"
            " Bolivia has decided to sever diplomatic relations with Israel.",
            speaker="Deputy Foreign Minister Freddy Mamani",
            note="Severing ties = committed (the topic covers cutting ties).",
        ),
    ],
    ["IL"],
    "Israel, the country concerned, is not coded.",
)

# 906 Pledge Times, 1 November 2023; "Tuesday evening" = 31 October 2023.
write(
    "906_pledgetimes_chile-and-colombia-recall-ambassador-from-israel",
    T,
    "2023-11-01",
    [
        st(
            "CO",
            "committed",
            TUE,
            "Colombia has recalled its ambassador to Israel due to the ongoing attacks on Gaza.",
            speaker="President Gustavo Petro",
            note="Petro said it 'on Tuesday evening' = 31 October 2023 (the day before the"
            " page's 1 November).",
        ),
        st(
            "CL",
            "committed",
            TUE,
            "Chilean President Gabriel Boric also announced on Tuesday evening that his government"
            " is recalling its envoy to Israel Jorge Carvajal.",
            speaker="President Gabriel Boric",
            note="Tuesday = 31 October 2023.",
        ),
        st(
            "BO",
            "committed",
            TUE,
            "Earlier, the government of Bolivia announced that it was cutting diplomatic ties with"
            " Israel.",
            note="'Earlier' than Tuesday evening's recalls: 31 October 2023 (the same day).",
        ),
    ],
    ["IL"],
    "Israel is not coded.",
)

# 907 Shafaq News, 17 November 2023: a list; no time cues -> the publication date (rule 4).
PUB = "2023-11-17"
latam = (
    "Chile, Colombia, Honduras, and Bolivia have recalled ambassadors or severed diplomatic ties,"
    " condemning Israel's actions."
)
write(
    "907_shafaq_global-diplomatic-response-to-israel-gaza",
    T,
    PUB,
    [
        st(
            "JO",
            "committed",
            PUB,
            "Jordan recalled its ambassador to Israel",
            note="No time cue: the publication date (rule 4).",
        ),
        st(
            "BH",
            "committed",
            PUB,
            "Bahrain also recalled its ambassador from Israel",
            note="No time cue: the publication date. Israel's denial is not Bahrain's position.",
        ),
        st(
            "TR",
            "committed",
            PUB,
            "Turkey recalled its ambassador to Israel",
            note="No time cue: the publication date.",
        ),
        st(
            "BZ",
            "committed",
            PUB,
            "Belize suspended diplomatic relations with Israel",
            note="Suspending relations = committed (cutting ties). Publication date.",
        ),
        *[
            st(
                c,
                "committed",
                PUB,
                latam,
                alt_dates=["2023-10"],
                note="'have recalled ambassadors or severed diplomatic ties' = committed. No time"
                " cue: the publication date; the recall (or break) itself was on 31 October 2023"
                " (from outside the text), so October is accepted too.",
            )
            for c in ("CL", "CO", "BO")
        ],
        st("HN", "committed", PUB, latam, note="As CL; Honduras's recall was in November."),
        st(
            "ZA",
            "committed",
            PUB,
            "The country authorities recalled all diplomats from Israel for consultations",
            note="Under the heading 'South Africa' (the heading only names who is meant)."
            " Publication date.",
        ),
        st(
            "TD",
            "committed",
            PUB,
            "Chad summoned the Chargé d'Affairs to Israel, condemning civilian losses",
            optional=True,
            note="'summoned the Chargé d'Affairs to Israel' reads as recalling its own chargé"
            " d'affaires from Israel, but 'summoned' could mean a protest to Israel's envoy: an"
            " editor could record nothing. Publication date.",
        ),
    ],
    ["IL"],
    "The section headings (country names) only say which country a paragraph is about; the"
    " paragraph's words are the evidence. Israel is not coded.",
)

# 908 Head Topics, 1 November 2023; "on Tuesday, October 31".
write(
    "908_headtopics_bolivia-severs-ties-with-israel-others-recall-envoys",
    T,
    "2023-11-01",
    [
        st(
            "BO",
            "committed",
            TUE,
            "Bolivia said on Tuesday, October 31, it had broken diplomatic ties with Israel because"
            " of its attacks on the Gaza Strip",
            speaker="Deputy Foreign Minister Freddy Mamani",
        ),
        st(
            "CO",
            "committed",
            TUE,
            "while neighbors Colombia and Chile recalled their ambassadors to the Middle Eastern"
            " country for consultations.",
            note="In the same sentence as Bolivia's Tuesday, October 31.",
        ),
        st(
            "CL",
            "committed",
            TUE,
            "while neighbors Colombia and Chile recalled their ambassadors to the Middle Eastern"
            " country for consultations.",
            note="As CO.",
        ),
    ],
    ["MX", "BR", "IL"],
    "Mexico and Brazil 'have also called for a ceasefire': no position on recalling envoys"
    " (mentioned). Israel is not coded.",
)

# 909 Turks.US, updated Monday 6 November 2023.
write(
    "909_turksus_south-africa-and-chad-pulling-ambassadors-from-israel",
    T,
    "2023-11-06",
    [
        st(
            "ZA",
            "committed",
            "2023-11-06",
            "South Africa and Chad on Monday became the latest countries to pull their ambassadors"
            " from Israel [...] announced the country “decided to withdraw all its diplomats in"
            " Tel Aviv,”",
            speaker="Khumbudzo Ntshavheni, spokesperson for President Cyril Ramaphosa",
            note="Monday = 6 November 2023, the page's date.",
        ),
        st(
            "TD",
            "committed",
            "2023-11-06",
            "Chad also recalled its ambassador in Israel on Monday",
            note="Monday = 6 November 2023.",
        ),
        st(
            "TR",
            "committed",
            "2023-11-04",
            "Turkey recalled ambassador Sakir Ozkan Torunlar, according to a statement from"
            " Turkey’s Ministry of Foreign Affairs on Saturday morning",
            note="Saturday before Monday 6 November = 4 November 2023. Erdogan's 'complete"
            " disconnection is not possible' qualifies a break of ties, not the recall: one"
            " statement.",
        ),
    ],
    ["IL"],
    "The headline's '7 other countries' are not named in the stored text: not coded. Israel is"
    " not coded.",
)
