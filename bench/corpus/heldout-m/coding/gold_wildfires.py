"""Gold for the firefighters-canada-wildfires-2023 articles (1309-1312)."""

from gold_common import st, troops, write

T = "firefighters-canada-wildfires-2023"
AP_THURSDAY = "2023-06-01"  # the AP story's 'Thursday' (1 June 2023, from outside the texts)

# 1309 Life in the District (The Canadian Press), undated: the 'Friday' is 2 June 2023 (from
# outside the text). Cut off by the store.
EV_1309 = (
    "Almost 700 firefighters from South Africa, Australia, New Zealand and the United States"
    " are set to arrive in Canada over the next two weeks"
)
write(
    "1309_lifeinthedistrict_nearly-700-more-international-firefighters",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                "2023-06-02",
                EV_1309,
                approximate=True,
                note="'set to arrive' = sending. The Friday of the story: 2 June 2023, from"
                " outside the text (approximate).",
            )
            for c in ["ZA", "AU", "NZ"]
        ],
        st(
            "US",
            "committed",
            "2023-06-02",
            EV_1309 + " [...] another 101 arrived from the U.S. Friday.",
            approximate=True,
            troops=troops(101, 101, "another 101 arrived from the U.S. Friday"),
            note="One position: the arrivals and the crews to come.",
        ),
    ],
    [],
    "'more than 500 international firefighters' already in Alberta is an unnamed count."
    " Canada, the host, is not coded.",
)

# 1310 Actual News Magazine (a rewrite of the AP story of 1 June 2023), undated.
write(
    "1310_actualnewsmagazine_south-african-and-american-firefighters-help-canada",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            AP_THURSDAY,
            "More than 300 firefighters from the United States and South Africa will travel to"
            " Canada in the coming days [...] Federal officials said Thursday that at least 100"
            " US firefighters will arrive in Nova Scotia over the weekend",
            approximate=True,
            troops=troops(100, None, "at least 100 US firefighters"),
            note="Reported by Canada's federal officials; 'Thursday' on an undated page: 1 June"
            " 2023, from outside the text.",
        ),
        st(
            "ZA",
            "committed",
            AP_THURSDAY,
            "More than 300 firefighters from the United States and South Africa will travel to"
            " Canada in the coming days [...] another 200 firefighters arriving from South"
            " Africa will probably end up in Alberta.",
            approximate=True,
            troops=troops(200, 200, "another 200 firefighters arriving from South Africa"),
        ),
        *[
            st(
                c,
                "committed",
                "2023-05",
                "hundreds of their colleagues from countries like the United States, Australia"
                " and New Zealand who were already in Canada fighting fires.",
                approximate=True,
                alt_dates=["2023-06"],
                note="'already in Canada' before 1 June 2023: May 2023, approximate.",
            )
            for c in ["AU", "NZ"]
        ],
    ],
    [],
    "The Canadian Armed Forces' support is the host's. The United States' crews already in"
    " Canada are part of its one position.",
)

# 1311 Wayarc Daily, 8 June 2023 (in the URL).
write(
    "1311_wayarcdaily_canada-receives-international-support-wildfires",
    T,
    "2023-06-08",
    [
        st(
            c,
            "committed",
            "2023-06-08",
            "more than 300 personnel from Mexico, the United States, Australia and New Zealand"
            " have been deployed to help combat the flames",
            note="'have been deployed', per the Canadian Interagency Forest Fire Centre: no"
            " time cue, the page's date.",
        )
        for c in ["MX", "US", "AU", "NZ"]
    ],
    [],
    "Canada, the host, is not coded.",
)

# 1312 Naharnet (the AP story of 1 June 2023), undated. The same story as 1310 in AP's words.
write(
    "1312_naharnet_us-and-south-african-firefighters-to-battle-wildfires",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            AP_THURSDAY,
            "More than 300 firefighters from the United States and South Africa are heading to"
            " Canada in the coming days [...] Federal officials said Thursday that at least 100"
            " U.S. firefighters will be arriving in Nova Scotia over the weekend",
            approximate=True,
            troops=troops(100, None, "at least 100 U.S. firefighters"),
            note="'Thursday' on an undated page: 1 June 2023, from outside the text.",
        ),
        st(
            "ZA",
            "committed",
            AP_THURSDAY,
            "More than 300 firefighters from the United States and South Africa are heading to"
            " Canada in the coming days [...] Another 200 firefighters arriving from South"
            " Africa will likely end up in Alberta",
            approximate=True,
            troops=troops(200, 200, "Another 200 firefighters arriving from South Africa"),
        ),
        *[
            st(
                c,
                "committed",
                "2023-05",
                "hundreds of their colleagues from countries including the United States,"
                " Australia and New Zealand who already were in Canada battling fires.",
                approximate=True,
                alt_dates=["2023-06"],
                note="'already were in Canada' before 1 June 2023: May 2023, approximate.",
            )
            for c in ["AU", "NZ"]
        ],
    ],
    [],
    "The Canadian Armed Forces' help is the host's. Canada is not coded.",
)
