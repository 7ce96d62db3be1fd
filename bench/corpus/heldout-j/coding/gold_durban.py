"""Gold for the boycott-durban-iv articles (1106-1110)."""

from gold_common import st, write

T = "boycott-durban-iv"
MEETING = "2021-09-22"  # the high-level meeting, Wednesday 22 September 2021, New York

# 1106 Jewish News (UK), undated: "later this month" = September 2021 (the week of 6 September).
OTHERS_1106 = ["AU", "AT", "BG", "CA", "CZ", "DE", "HU", "IL", "NL"]
write(
    "1106_jewishnewsuk_new-zealand-and-cyprus-join-durban-boycott",
    T,
    "unknown",
    [
        st(
            "NZ",
            "committed",
            "2021-09",
            "Consistent with our long-standing position, New Zealand will not attend the 20th"
            " anniversary of the Durban Declaration conference in New York on 22 September 2021.",
            approximate=True,
            speaker="New Zealand's foreign ministry (as quoted by The Jerusalem Post)",
            note="'will not attend' = boycott (committed). 'this week' on an undated page:"
            " September 2021, approximate.",
        ),
        st(
            "CY",
            "committed",
            "2021-09",
            "New Zealand and Cyprus joined 14 other countries in announcing they will stay away"
            " from the meeting [...] Croatia, Cyprus and Italy also announced this week they would"
            " not take part.",
            approximate=True,
        ),
        *[
            st(
                c,
                "committed",
                "2021-09",
                "Croatia, Cyprus and Italy also announced this week they would not take part.",
                approximate=True,
            )
            for c in ["HR", "IT"]
        ],
        *[
            st(
                c,
                "committed",
                "2021-09",
                "Britain, the United States and France are among the countries that have already"
                " announced they are boycotting this year’s event.",
                approximate=True,
                note="'already announced' before the page: September 2021, approximate.",
            )
            for c in ["GB", "US", "FR"]
        ],
        *[
            st(
                c,
                "committed",
                "2021-09",
                "Australia, Austria, Bulgaria, Canada, the Czech Republic, Germany, Hungary,"
                " Israel and the Netherlands are the other countries not attending.",
                approximate=True,
                note="'not attending' = boycott. Israel's own non-attendance is coded (it is"
                " not the host: the meeting is at the UN in New York).",
            )
            for c in OTHERS_1106
        ],
    ],
    ["ZA"],
    "South Africa is named only as the place of the 2001 conference. The 16 coded countries are"
    " the page's '16'.",
)

# 1107 The Jerusalem Post, Thursday 9 September 2021.
PLAN_1107 = ["AU", "AT", "BG", "CA", "CZ", "FR", "DE", "HU", "IL", "NL", "GB", "US"]
write(
    "1107_jpost_new-zealand-cyprus-to-boycott-durban-iv",
    T,
    "2021-09-09",
    [
        st(
            "NZ",
            "committed",
            "2021-09-09",
            "A spokesperson for the Ministry of Foreign Affairs and Trade in Wellington said on"
            " Thursday: [...] Consistent with our long-standing position, New Zealand will not"
            " attend the 20th anniversary of the Durban Declaration conference in New York on 22"
            " September 2021.",
            speaker="spokesperson, Ministry of Foreign Affairs and Trade",
            note="'on Thursday' = the page's day, 9 September 2021.",
        ),
        st(
            "CY",
            "committed",
            "2021-09-06",
            "Cyprus has also decided not to attend the conference, American Jewish Committee CEO"
            " David Harris said, citing a conversation he had with Cyprus Foreign Minister Nikos"
            " Christodoulides on Monday.",
            alt_dates=["2021-09-09"],
            note="Cyprus's decision relayed from its foreign minister: coded. 'on Monday' ="
            " 6 September 2021 (the publication date accepted).",
        ),
        *[
            st(
                c,
                "committed",
                "2021-09",
                "Also this week, Italy and Croatia said they would not attend the conference",
                approximate=True,
                note="'this week' = the week of 6 September 2021: the month, approximate.",
            )
            for c in ["IT", "HR"]
        ],
        *[
            st(
                c,
                "committed",
                "2021-09-09",
                "Australia, Austria, Bulgaria, Canada, the Czech Republic, France, Germany,"
                " Hungary, Israel, the Netherlands, the UK and the US also plan to boycott the"
                " event.",
                note="'plan to boycott' = committed; no time cue: publication date.",
            )
            for c in PLAN_1107
        ],
    ],
    ["ZA"],
    "South Africa is named only as the place of the 2001 conference. The counts of 2009 and"
    " 2011 name no country.",
)

# 1108 Human Rights Voices (The Times of Israel), Monday 20 September 2021.
write(
    "1108_hrvoices_record-31-nations-to-boycott-durban-anniversary",
    T,
    "2021-09-20",
    [
        *[
            st(
                c,
                "committed",
                "2021-09-20",
                "The United States, Canada, the UK, Australia, and France are among some of the"
                " key nations set to boycott this year’s meeting",
                note="'set to boycott' = committed; no time cue: publication date.",
            )
            for c in ["US", "CA", "GB", "AU", "FR"]
        ],
        st(
            "IL",
            "committed",
            "2021-09-20",
            "This year, Israel’s Ambassador to the UN Gilad Erdan said Friday, a record 31"
            " countries will be skipping the event [...] 'In recent months I have worked for the"
            " world to understand that the Durban Conference was fundamentally rotten,' he said",
            optional=True,
            alt_stances=["opposed"],
            speaker="Gilad Erdan, Israel's ambassador to the UN",
            note="Israel campaigns for the boycott; its own absence is not stated in so many"
            " words: optional committed (opposed to the conference accepted).",
        ),
    ],
    ["IR", "ZA"],
    "The US and Israel walking out in 2001 and the 2009 walkout are past conferences, not"
    " coded. Iran is named for a 2009 speech. 'a record 31 countries' is an unnamed count.",
)

# 1109 The Jerusalem Post, undated (the day after Wednesday 22 September 2021 or later).
OTHERS_1109 = [
    "AL", "AU", "AT", "BG", "CA", "CO", "HR", "CY", "CZ", "DO", "EE", "FR", "GE", "DE",
    "GR", "HN", "HU", "IL", "IT", "LT", "ME", "MD", "NL", "MK", "NZ", "PL", "RO", "RS",
    "SK", "SI", "UA", "GB", "US", "UY",
]  # fmt: skip
write(
    "1109_jpost_sweden-latvia-denmark-final-durban-iv-boycotter-count",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                "2021-09-23",
                "Sweden, Latvia and Denmark announced their boycott on Thursday, the day after the"
                " event took place.",
                note="'on Thursday, the day after the event' = 23 September 2021.",
            )
            for c in ["SE", "LV", "DK"]
        ],
        *[
            st(
                c,
                "committed",
                MEETING,
                "The other countries boycotting Durban IV were: Albania, Australia, Austria,"
                " Bulgaria, Canada, Colombia, Croatia, Cyprus, the Czech Republic, Dominican"
                " Republic, Estonia, France, Georgia, Germany, Greece, Honduras, Hungary, Israel,"
                " Italy, Lithuania, Montenegro, Moldova, Netherlands, North Macedonia, New"
                " Zealand, Poland, Romania, Serbia, Slovakia, Slovenia, Ukraine, the UK, the US"
                " and Uruguay.",
                note="'boycotted the Durban IV conference at the United Nations on Wednesday' ="
                " 22 September 2021.",
            )
            for c in OTHERS_1109
        ],
        st(
            "PS",
            "declined",
            MEETING,
            "At the Durban conference, Palestinian Foreign Minister Riyad al-Maliki compared the"
            " Palestinians’ situation to that of black South Africans under apartheid.",
            optional=True,
            speaker="Riyad al-Maliki, Palestinian foreign minister",
            note="Speaking at the conference = attending (declined, in this topic's terms);"
            " which session is not said: optional, dated by the meeting.",
        ),
    ],
    ["ZA"],
    "37 countries: Sweden's ambassador confirming its absence adds no statement. South Africa"
    " is named only for apartheid and the 2001 Cape Town march.",
)

# 1110 European Jewish Congress, undated (the day of the meeting or after).
write(
    "1110_eurojewcong_34-countries-shun-durban-commemoration",
    T,
    "unknown",
    [
        st(
            "IL",
            "committed",
            MEETING,
            "Israel and dozens of other nations boycotted the commemoration event",
            approximate=True,
            speaker="Yair Lapid, foreign minister; the Foreign Ministry",
            note="Dated by the named session (22 September 2021, from outside the text:"
            " approximate).",
        ),
        *[
            st(
                c,
                "committed",
                MEETING,
                "The United States, Canada, the UK, Australia and France are among some of the key"
                " nations skipping this year’s meeting.",
                approximate=True,
            )
            for c in ["US", "CA", "GB", "AU", "FR"]
        ],
    ],
    ["ZA"],
    "'34 countries' and 'dozens of other nations' are unnamed counts. The 2001 walkout by the"
    " US and Israel is a past conference.",
)
