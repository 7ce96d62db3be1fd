"""Gold for the suspend-arms-sales-saudi-arabia articles (1006-1010, 1022, 1023)."""

from gold_common import st, write

T = "suspend-arms-sales-saudi-arabia"
THURSDAY = "2018-11-22"  # Denmark's and Finland's announcements, Thursday 22 November 2018

# 1006 Scripps News, 23 November 2018.
FREEZE = (
    "Denmark and Finland are the latest European countries to freeze new arms exports to Saudi"
    " Arabia."
)
write(
    "1006_scrippsnews_denmark-and-finland-freeze-arms-sales-to-saudi-arabia",
    T,
    "2018-11-23",
    [
        st(
            "DK",
            "committed",
            "2018-11-23",
            FREEZE + " [...] But Denmark also said it was freezing new deals over the death of"
            " journalist Jamal Khashoggi.",
            alt_dates=[THURSDAY],
            note="'freeze new arms exports' = committed. No day in the text: publication date"
            " (Thursday 22 November, from outside the text, accepted).",
        ),
        st(
            "FI",
            "committed",
            "2018-11-23",
            FREEZE,
            alt_dates=[THURSDAY],
            note="As Denmark.",
        ),
        st(
            "DE",
            "committed",
            "2018-11",
            "The move from Denmark and Finland comes less than a week after Germany's economic"
            " ministry announced it's blocking all weapons sales to the kingdom. Germany halted"
            " new arms sales in October, but not previously existing deals.",
            approximate=True,
            alt_dates=["2018-10"],
            note="Blocking all sales (November), after halting new ones (October): one"
            " committed stance. 'less than a week' before 23 November: November, approximate;"
            " October accepted.",
        ),
        st(
            "FR",
            "undecided",
            "2018-11-23",
            "France, so far, has sanctioned 18 Saudi citizens linked to Khashoggi's murder, but"
            " hasn't implemented anything related to arms deals.",
            alt_stances=["declined"],
            note="Other sanctions, nothing on arms 'so far': undecided (declined defensible)."
            " Publication date.",
        ),
        st(
            "GB",
            "declined",
            "2018-11-23",
            "But the U.K. and Spain have decided not to freeze their Saudi weapons sales,"
            " despite calls to stop conducting business with the country over the journalist's"
            " death.",
            note="'decided not to freeze' = declined. Publication date.",
        ),
        st(
            "ES",
            "declined",
            "2018-11-23",
            "But the U.K. and Spain have decided not to freeze their Saudi weapons sales",
            note="As the UK.",
        ),
        st(
            "US",
            "declined",
            "2018-11-23",
            "And U.S. President Donald Trump has repeatedly said the U.S. will continue to stand"
            " behind Saudi Arabia.",
            speaker="President Donald Trump",
            alt_stances=["undecided"],
            note="Standing behind the kingdom, in a paragraph on arms sales not frozen:"
            " declined (arms are not named: undecided defensible). Publication date.",
        ),
    ],
    ["SA", "YE"],
    "CNN's list of the biggest suppliers (U.S., U.K., France, Spain, Germany) is not a stance."
    " The UN's words on Yemen are not coded.",
)

# 1007 The News International (AFP), 23 November 2018.
write(
    "1007_thenews_denmark-suspends-arms-sales-to-saudi-arabia",
    T,
    "2018-11-23",
    [
        st(
            "DK",
            "committed",
            THURSDAY,
            "COPENHAGEN: Denmark on Thursday suspended arms sales to Saudi Arabia over the"
            ' murder of journalist Jamal Khashoggi [...] "The foreign ministry is suspending all'
            ' sales of weapons and military equipment to Saudi Arabia," Foreign Minister Anders'
            " Samuelsen said.",
            speaker="Foreign Minister Anders Samuelsen",
            note="'suspended arms sales' = committed. Thursday = 22 November 2018.",
        ),
        st(
            "DE",
            "committed",
            "2018-10",
            "the second country to do so after Germany. [...] In October, Berlin called for EU"
            " countries to follow its lead and suspend arms sales to Saudi Araiba for the time"
            " being",
            alt_dates=["2018-11-23"],
            note="Germany suspended first and asked others to 'follow its lead' in October:"
            " committed, October 2018 (the publication date accepted). The Monday entry ban is"
            " another measure.",
        ),
        st(
            "FR",
            "declined",
            "2018-10",
            "prompting a dismissive response from French President Emmanuel Macron",
            speaker="President Emmanuel Macron",
            alt_stances=["skeptical"],
            note="A dismissive answer to the call to suspend: declined (skeptical defensible)."
            " October 2018, with Berlin's call.",
        ),
    ],
    ["SA", "TR"],
    "Saudi Arabia is the buyer; Turkey (Istanbul) is only the place of the murder. The EU is"
    " addressed by Berlin's call, with no stance of its own.",
)

# 1008 AWD News, undated (Thursday 22 November 2018 in the text).
write(
    "1008_awdnews_denmark-suspends-arms-sales-to-saudi-arabia",
    T,
    "unknown",
    [
        st(
            "DK",
            "committed",
            THURSDAY,
            "Following Germany’s step, Denmark announced on Thursday 22 November the suspension"
            " of arms sales to Saudi Arabia following the Jamal Khashoggi case.",
            speaker="Foreign Minister Anders Samuelsen",
            note="Explicit date (2018).",
        ),
        st(
            "DE",
            "committed",
            "2018-11",
            "So far, only Germany, whose arms sales to the Saudi Kingdom are relatively modest,"
            " has been in favour of cancelling military exports to Saudi Arabia",
            approximate=True,
            alt_dates=["2018-10"],
            note="'Germany's step' and 'in favour of cancelling military exports' ="
            " committed. No date: November 2018, approximate (October accepted).",
        ),
        st(
            "US",
            "declined",
            "2018-11",
            "Some, like U.S. President Donald Trump, do not feel the same way: “I don’t like the"
            " idea of ending a $110 billion investment,” he said.",
            speaker="President Donald Trump",
            approximate=True,
            alt_stances=["opposed"],
            alt_dates=["2018-10"],
            note="Unwilling to end the arms deal = declined (opposed defensible). No date on an"
            " undated page: the month of the text, approximate (his words of October accepted).",
        ),
        st(
            "ES",
            "declined",
            "2018-11",
            "The head of the Spanish Socialist government, Pedro Sanchez, while denouncing the"
            " “terrible murder” of the Saudi journalist in Istanbul, clearly stated his priority:"
            " “The defence of Spain’s interests, the work of strategic sectors",
            speaker="Prime Minister Pedro Sanchez",
            approximate=True,
            alt_stances=["skeptical"],
            alt_dates=["2018-10"],
            note="Putting Spain's arms industry first, among the suppliers that do not stop:"
            " declined (skeptical defensible). Approximate date as the US.",
        ),
    ],
    ["SA", "IN"],
    "Altmaier's 'no positive effect if we remain the only ones' qualifies Germany's step, no"
    " second stance. India is named as an arms importer; SIPRI (Stockholm) is a source.",
)

# 1009 Naaju (Reuters), undated (the caption's 19 November 2018; "Thursday" = 22 November).
write(
    "1009_naaju_denmark-suspends-saudi-export-permits",
    T,
    "unknown",
    [
        st(
            "DK",
            "committed",
            THURSDAY,
            "Denmark has suspended authorizations to export arms and military equipment to Saudi"
            " Arabia following the murder of a dissident Saudi journalist",
            approximate=True,
            speaker="Foreign Minister Anders Samuelsen",
            note="'suspended authorizations to export arms' = committed. 'announced Thursday'"
            " after the caption's 19 November 2018 = 22 November (inferred: approximate).",
        ),
        st(
            "DE",
            "committed",
            "2018-11",
            "Germany has already suspended the issuance of its future arms export licenses and"
            " has worked to stop all arms sales",
            approximate=True,
            alt_dates=["2018-10"],
            note="Committed. 'already': before 22 November 2018, approximate; October accepted.",
        ),
        st(
            "FR",
            "considering",
            "2018-11-19",
            "France announced Monday that it would soon decide on sanctions for the sale of"
            " weapons",
            approximate=True,
            alt_stances=["undecided"],
            note="'would soon decide on sanctions for the sale of weapons' = decision pending:"
            " considering (undecided defensible). Monday before Thursday 22 November = 19"
            " November, approximate.",
        ),
    ],
    ["SA", "US", "YE"],
    "The US is mentioned: Trump congratulated Saudi Arabia on oil prices and pressure grows on"
    " it, no position on arms sales. Saudi Arabia is the buyer; Yemen the war's country.",
)

# 1010 USA Today, 24 November 2018.
write(
    "1010_usatoday_finland-denmark-germany-stop-arms-sales-to-saudi-arabia",
    T,
    "2018-11-24",
    [
        st(
            c,
            "committed",
            THURSDAY,
            "Finland and Denmark joined Germany this week in halting all future arms sales and"
            " sending of military equipment to the Saudi government.",
            approximate=True,
            note="'halting all future arms sales' = committed. 'this week' on a Saturday page:"
            " that week (Thursday 22 November, from outside the text), approximate.",
        )
        for c in ["FI", "DK"]
    ]
    + [
        st(
            "DE",
            "committed",
            "2018-11",
            "Three countries have halted arms sales to Saudi Arabia while the U.S. has stuck by"
            " the kingdom [...] Finland and Denmark joined Germany this week in halting all"
            " future arms sales",
            approximate=True,
            alt_dates=["2018-10"],
            note="Committed; Germany's halt predates 'this week': November 2018, approximate"
            " (October accepted).",
        ),
        st(
            "US",
            "declined",
            "2018-11",
            "the U.S. has stuck by the kingdom after the killing of Washington Post columnist"
            " Jamal Khashoggi. [...] Trump said the U.S. would stick by the kingdom. [...] The"
            " president cited oil prices and an arms deal in his rationale.",
            speaker="President Donald Trump",
            approximate=True,
            alt_dates=["2018-11-20"],
            note="Sticking by the kingdom, citing the arms deal = declined. No date: November"
            " 2018, approximate (his statement of 20 November accepted).",
        ),
    ],
    ["SA", "YE", "TR"],
    "The cut-off ends 'Meanwhile,' as stored. The 'More:' links and the site's header line"
    " ('Notable deaths in 2023') are site furniture.",
)

# 1022 The New Arab, Friday 9 November 2018.
write(
    "1022_newarab_norway-suspends-arms-exports-to-saudi-arabia",
    T,
    "2018-11-09",
    [
        st(
            "NO",
            "committed",
            "2018-11-09",
            "Norway's foreign minister said on Friday that his government was suspending the"
            " issuing of new licenses for export defence-related equipment to Saudi Arabia due"
            " to the war in Yemen.",
            speaker="Foreign Minister Ine Eriksen Soereide",
            conditions="temporary until a comprehensive assessment is completed",
            note="'suspending the issuing of new licenses' = committed (temporary: kept in"
            " conditions). Friday = 9 November 2018.",
        ),
        *[
            st(
                c,
                "committed",
                "2018-11-09",
                "Switzerland and Germany have also announced they would halt defence exports to"
                " Saudi Arabia following the killing of the journalist.",
                alt_dates=["2018-10"],
                note="'announced they would halt defence exports' = committed. No date:"
                " publication date (their announcements of October 2018 accepted).",
            )
            for c in ["CH", "DE"]
        ],
    ],
    ["SA", "YE", "TR"],
    "Saudi Arabia is the buyer; Yemen is the war's country; Istanbul only the place of the murder.",
)

# 1023 advtngo.org, undated ("announced today"; the Dutch extension of late 2018).
write(
    "1023_advtngo_netherlands-extends-arms-export-freeze-to-uae-egypt",
    T,
    "unknown",
    [
        st(
            "NL",
            "committed",
            "2018-11",
            "The Netherlands announced today that it will cease arms exports to Saudi Arabia,"
            " the United Arab Emirates and Egypt in protest against the use of the weapons in"
            " Yemen. [...] “There will be no arms exports from the Netherlands to Saudi Arabia,"
            " Egypt and the UAE unless it is proven that they will not be used in the Yemen"
            " war,” said Dutch Foreign Trade and Development Minister Sigrid Kaag.",
            approximate=True,
            speaker="Foreign Trade and Development Minister Sigrid Kaag",
            alt_dates=["2018", "2018-12"],
            conditions="unless it is proven that they will not be used in the Yemen war",
            note="'will cease arms exports to Saudi Arabia' = committed; the proviso is the"
            " policy's exception, kept in conditions. 'today' on an undated page: late 2018"
            " (the US Senate vote in the related link is of December 2018), approximate.",
        ),
        *[
            st(
                c,
                "committed",
                "2018-11",
                "Denmark, Finland and Germany have also stopped arms sales to Saudi.",
                approximate=True,
                alt_dates=["2018", "2018-10"] if c == "DE" else ["2018"],
                note="'have also stopped arms sales' = committed. No date on an undated page:"
                " the month of their halts (November 2018), approximate.",
            )
            for c in ["DK", "FI", "DE"]
        ],
    ],
    ["SA", "AE", "EG", "YE", "IR", "US"],
    "The UAE and Egypt are other buyers under the same Dutch ban (another target: mentioned)."
    " The US Senate's vote is a related-link heading (site furniture) and a legislature's:"
    " the US is mentioned. The NGOs' joint call is not a country's.",
)
