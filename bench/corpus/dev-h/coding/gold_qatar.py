"""Hand-coded gold of set H, topic qatar-cut-diplomatic-ties, written before any drafter ran.

cd bench/corpus/dev-h/coding && python3 gold_qatar.py
"""

from gold_common import st, write

T = "qatar-cut-diplomatic-ties"
DOWNGRADE = "undecided"  # the alt stance of a recall or downgrade, a step short of cutting ties

# 801 Live News Chat, undated (URL 2017/06): the five cut ties, 5 June 2017.
five = (
    "Saudi Arabia, Bahrain, Egypt, and the United Arab Emirates, and Yemen are breaking off"
    " diplomatic relations and cutting sea, land, and air ties with Qatar"
)
write(
    "801_livenewschat_saudi-bahrain-egypt-uae-yemen-cut-ties-with-qatar",
    T,
    "unknown",
    [
        st(
            c,
            "committed",
            "2017-06",
            five,
            approximate=True,
            note="'are breaking off diplomatic relations' = committed. Undated page, no time cue:"
            " the events' month (June 2017, from the URL), approximate.",
        )
        for c in ["SA", "BH", "EG", "AE", "YE"]
    ],
    ["QA", "US"],
    "Live News Chat, undated (the URL gives June 2017). Qatar is the target; the US only hosts"
    " troops in Qatar and Bahrain: mentioned. The headline is repeated and run into the first"
    " sentence as stored.",
)

# 802 Horn Diplomat, 8 June 2017 (URL).
eighth = (
    "Mauritania became the eighth country who cut ties with Qatar after Saudi, UAE, Bahrain,"
    " Egypt, Yemen, Maldives and Mauritius."
)
s802 = [
    st(
        "DJ",
        "committed",
        "2017-06-07",
        "Djibouti on Wednesday has reduced its diplomatic status with Qatar",
        alt_stances=[DOWNGRADE],
        note="'reduced its diplomatic status' = committed (alt undecided: a downgrade, not a"
        " break). Wednesday = 7 June 2017 (the Senegal statement's date).",
    ),
    st(
        "SN",
        "committed",
        "2017-06-07",
        "Senegal also said on Wednesday it would recall its ambassador in Qatar and expressed its"
        " “active solidarity” with Saudi Arabia and other Gulf countries which have cut ties to"
        " Qatar. [...] “Senegal has decided, from this day Wednesday 7 June 2017, to recall for"
        " consultations its ambassador in Qatar,” the foreign ministry said in a statement.",
        alt_stances=[DOWNGRADE],
        speaker="Senegal's foreign ministry",
        note="Recalling its ambassador in solidarity = committed (alt undecided: a recall, not a"
        " break); 7 June 2017 explicit.",
    ),
    st(
        "MR",
        "committed",
        "2017-06-06",
        "Senegal’s neighbor Mauritania, a member of the Arab League, severed ties with Qatar on"
        " Tuesday [...] " + eighth,
        note="'severed ties' = committed; Tuesday before Wednesday 7 June: 6 June 2017.",
    ),
    st(
        "GA",
        "undecided",
        "2017-06-08",
        "while Gabon also condemned",
        optional=True,
        note="Gabon condemned (the sentence is cut off as stored) without cutting ties: optional"
        " undecided. No time cue: the page date.",
    ),
    st(
        "JO",
        "committed",
        "2017-06-06",
        "Meanwhile, Jordan on Tuesday also reduced its diplomatic status with Qatar.",
        alt_stances=[DOWNGRADE],
        note="'reduced its diplomatic status' = committed (alt undecided). Tuesday: 6 June 2017.",
    ),
]
s802 += [
    st(
        c,
        "committed",
        "2017-06-08",
        eighth,
        note="Named among the countries that 'cut ties with Qatar' = committed. No time cue for"
        " them: the page date (the break itself was 5 June 2017, not in this text).",
    )
    for c in ["SA", "AE", "BH", "EG", "YE", "MV", "MU"]
]
write(
    "802_horndiplomat_djibouti-reduces-status-senegal-recalls-envoy",
    T,
    "2017-06-08",
    s802,
    ["QA"],
    "Horn Diplomat, 8 June 2017 (URL). AP photo caption kept as stored; the Gabon sentence is"
    " cut ('condemned') as stored; 'Leave a Reply' is site furniture. Mauritius is coded as the"
    " text says (its own denial is not in the text). Qatar is the target.",
)

# 803 Norman Gee Star, 6 June 2017 (store date).
s803 = [
    st(
        c,
        "committed",
        "2017-06-05",
        "A growing number of countries, including Bahrain, the United Arab Emirates, Saudi Arabia"
        " and Egypt are cutting diplomatic ties with the Arab country",
        alt_dates=["2017-06-06"],
        note="'are cutting diplomatic ties' = committed. The Monday of the article's other"
        " reactions (5 June 2017); the page date is an alt.",
    )
    for c in ["BH", "AE", "SA", "EG"]
]
s803 += [
    st(
        c,
        "committed",
        "2017-06-05",
        "Hours later, Yemen, Libya’s eastern-based government and the Maldives joined the"
        " initiative of turning one of the world’s richest countries into a pariah state.",
        **({"optional": True} if c == "LY" else {}),
        note="'joined the initiative' (of cutting ties) = committed; 'Hours later' the same"
        " Monday, 5 June 2017."
        + (
            " Libya's eastern-based government is a rival, unrecognised one: optional."
            if c == "LY"
            else ""
        ),
    )
    for c in ["YE", "LY", "MV"]
]
s803.append(
    st(
        "PK",
        "declined",
        "2017-06-06",
        "“Pakistan has no intention of severing diplomatic relations with Qatar”, the Pakistani"
        " foreign ministry spokesman said.",
        speaker="Pakistani foreign ministry spokesman",
        note="'no intention of severing diplomatic relations' = declined. No time cue: the page"
        " date.",
    )
)
write(
    "803_normangeestar_qatar-foreign-minister-calls-for-dialogue",
    T,
    "2017-06-06",
    s803,
    ["QA", "US", "TR", "IR", "SY"],
    "Norman Gee Star (an aggregator stitching wire sentences), 6 June 2017; the store's"
    " 'date 2017-06-06' dropped. Turkey's wish for 'a peaceful solution' takes no position on"
    " cutting ties: mentioned. Qatar is the target; the US, Iran and Syria are context. The"
    " text ends mid-sentence as stored.",
)

# 804 Africa Times, 8 June 2017 (URL).
joins = (
    "Chad’s government joins the African nations of Comoros, Mauritania, Mauritius and Senegal in"
    " cutting ties with Doha"
)
s804 = [
    st(
        "TD",
        "committed",
        "2017-06-08",
        "The nation of Chad has recalled its ambassador from Qatar [...] Chad’s foreign ministry"
        " confirmed its decision in a statement Thursday, according to Reuters. [...] " + joins,
        alt_stances=[DOWNGRADE],
        speaker="Chad's foreign ministry",
        note="Recalled its ambassador, which the text counts as 'cutting ties' = committed (alt"
        " undecided: a recall). Thursday = 8 June 2017.",
    ),
]
s804 += [
    st(
        c,
        "committed",
        "2017-06-08",
        joins,
        note="Named as 'cutting ties with Doha' = committed. No time cue: the page date.",
    )
    for c in ["KM", "MR", "MU", "SN"]
]
s804 += [
    st(
        c,
        "committed",
        "2017-06-05",
        "Bahrain, immediately followed by Saudi Arabia, Yemen, the United Arab Emirates (UAE) and"
        " Egypt, announced Monday that it had broken off ties with Qatar",
        note="'had broken off ties' = committed; Monday = 5 June 2017.",
    )
    for c in ["BH", "SA", "YE", "AE", "EG"]
]
s804 += [
    st(
        "MV",
        "committed",
        "2017-06-05",
        "The Maldives quickly followed suit.",
        approximate=True,
        note="'followed suit' (broke off ties) = committed; 'quickly' after Monday 5 June 2017:"
        " approximate.",
    ),
    st(
        "DJ",
        "committed",
        "2017-06-08",
        "while Al Jazeera reports that Djibouti has “downgraded” its diplomatic relations",
        alt_stances=[DOWNGRADE],
        note="'downgraded' = committed (alt undecided). No time cue: the page date.",
    ),
    st(
        "GA",
        "undecided",
        "2017-06-08",
        "Gabon’s foreign ministry issued a statement condemning “the recurring actions of Qatar in"
        " favor of terrorism.”",
        optional=True,
        speaker="Gabon's foreign ministry",
        note="Condemning Qatar without cutting ties: optional undecided.",
    ),
    st(
        "LY",
        "committed",
        "2017-06-08",
        "The rival government in eastern regions of Libya, aligned with Egypt and other regional"
        " powers breaking ties with Qatar, also has done so",
        optional=True,
        note="Libya's rival eastern government broke ties ('also has done so') = committed;"
        " not the recognised government: optional. No time cue: the page date.",
    ),
]
write(
    "804_africatimes_chad-djibouti-distance-from-qatar",
    T,
    "2017-06-08",
    s804,
    ["QA", "FR"],
    "Africa Times, 8 June 2017 (URL). France's Macron offers to mediate: no position on cutting"
    " ties, mentioned. Qatar is the target. 'Image: Government of Qatar' kept as stored.",
)
