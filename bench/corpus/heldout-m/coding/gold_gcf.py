"""Gold for the pledge-green-climate-fund articles (1313-1316)."""

from gold_common import st, write

T = "pledge-green-climate-fund"
F = ["financing"]
BERLIN_2019 = "2019-10-25"  # the Paris replenishment conference ended 25 October 2019

# 1313 Reobama (the US-Japan joint announcement of 15 November 2014, Brisbane G20), undated.
COND_1313 = (
    "subject to respective domestic procedures and based on strong contributions from other donors"
)
write(
    "1313_reobama_united-states-and-japan-pledges-to-green-climate-fund",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                "2014-11-15",
                "the United States and Japan announced a total of up to $4.5 billion in pledges"
                " to the Green Climate Fund (GCF).  This includes up to $3 billion from the"
                " United States and up to $1.5 billion from Japan, subject to respective domestic"
                " procedures and based on strong contributions from other donors.",
                F,
                approximate=True,
                alt_stances=["conditional"],
                conditions=COND_1313,
                speaker="the United States and Japan (joint announcement)",
                note="A pledge made 'up to' an amount, subject to domestic procedures and to"
                " others' contributions: committed, conditional accepted. Dated by the"
                " announcement before the Berlin session of 20 November 2014 (15 November,"
                " from outside the text).",
            )
            for c in ["US", "JP"]
        ],
        *[
            st(
                c,
                "committed",
                d,
                "Our pledges build on those already announced by Germany, France, and other donors",
                F,
                approximate=True,
                note="'already announced': the pledge's own month, from outside the text.",
            )
            for c, d in [("DE", "2014-07"), ("FR", "2014-09")]
        ],
    ],
    [],
    "'additional countries are expected to announce pledges' and 'other donors' are unnamed.",
)

# 1314 photon, undated: the second pledging conference 'ended last week' (25 October 2019).
write(
    "1314_photon_98-billion-pledged-green-climate-fund",
    T,
    "unknown",
    [
        st(
            c,
            "committed",
            BERLIN_2019,
            "The highest contributions at the second conference were pledged by the UK ($1.85"
            " billion), France ($1.79 billion), Germany ($1.69 billion), Japan ($1.5 billion) and"
            " Sweden ($0.85 billion).",
            F,
            approximate=True,
            note="The named conference (first replenishment, ended 25 October 2019), from"
            " outside the text.",
        )
        for c in ["GB", "FR", "DE", "JP", "SE"]
    ],
    [],
    "The 2014 conference's total names no country.",
)

# 1315 Geographical, undated: Japan's contribution before the 7th Pacific Islands Leaders
# Meeting 'this week' (22-23 May 2015, from outside the text).
write(
    "1315_geographical_green-climate-fund-is-go",
    T,
    "unknown",
    [
        st(
            "JP",
            "committed",
            "2015-05",
            "the biggest pledges by Japan and the US (of $1.5billion and $3billion respectively)"
            " were still outstanding [...] following Japan’s contribution of $1.5billion, the"
            " GCF can start funding",
            F,
            approximate=True,
            alt_dates=["2014-11"],
            note="The pledge converted into a contribution arrangement (May 2015, from outside"
            " the text); the 2014 pledge is an alt date. One position.",
        ),
        st(
            "US",
            "committed",
            "2014-11",
            "the biggest pledges by Japan and the US (of $1.5billion and $3billion respectively)"
            " were still outstanding",
            F,
            approximate=True,
            alt_dates=["2014-12"],
            note="A pledge not yet paid is still a pledge. Dated by the 2014 pledges ('in"
            " December 2014' per the text is an alt date).",
        ),
        *[
            st(
                c,
                "committed",
                "2015-04",
                "many countries – including European countries such as Sweden, Germany, and the"
                " UK – had delivered their pledges already",
                F,
                approximate=True,
                alt_dates=["2014-11"],
                note="Reported by the GCF 'last month' (April 2015, approximate); the 2014"
                " pledge is an alt date.",
            )
            for c in ["SE", "DE", "GB"]
        ],
    ],
    ["FR", "UN"],
    "'33 countries' and '21 countries' are unnamed counts. France is named only as COP 21's"
    " host; the UNDP and the UNFCCC are organisations.",
)

# 1316 Super Industrial Online (a UNFCCC release on the US pledge of November 2014), undated;
# 'In a few days' time nations will meet in Berlin' (20 November 2014). Cut off by the store.
write(
    "1316_superindustrial_climate-finance-given-big-boost-before-pledging-conference",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            "2014-11-15",
            "Christiana Figueres today congratulated the United States for announcing the"
            " largest signal pledge to date to the Green Climate Fund (GCF)",
            F,
            approximate=True,
            alt_dates=["2014-11-14"],
            note="'today', a few days before the Berlin meeting (20 November 2014): the US"
            " announcement of 15 November (14 November in Washington), from outside the text.",
        ),
        st(
            "DE",
            "committed",
            "2014-07",
            "Germany which pledged around $1 billion (750 million Euro) at the Petersberg Climate"
            " Dialogue in July",
            F,
            note="'in July' of the pledging year: July 2014.",
        ),
        st(
            "FR",
            "committed",
            "2014-09-23",
            "France which pledged $1 billion-worth of support at the UN Secretary-General’s"
            " climate summit in September",
            F,
            approximate=True,
            note="The named summit (23 September 2014), from outside the text.",
        ),
        st(
            "SE",
            "committed",
            "2014-11",
            "Sweden which has announced over $500 million in support.",
            F,
            approximate=True,
            note="No time cue on an undated page: the month of the release, approximate.",
        ),
        st(
            "NL",
            "committed",
            "2014-11",
            "This week the Netherlands also announced a pledge of $125 million.",
            F,
            approximate=True,
            note="'This week' on an undated page: November 2014, approximate.",
        ),
        *[
            st(
                c,
                "committed",
                "2014-11",
                "Two developing countries—Mexico and the Republic of Korea—have also made"
                " voluntary pledges.",
                F,
                approximate=True,
            )
            for c in ["MX", "KR"]
        ],
    ],
    ["UN", "PE"],
    "Christiana Figueres (UNFCCC) welcomes the pledges: an organisation, mentioned. Lima and"
    " Paris are venues of the next negotiations (Peru mentioned; France is coded).",
)
