"""Gold for the normalise-ties-with-israel articles (1205-1209)."""

from gold_common import st, write

T = "normalise-ties-with-israel"

# 1205 The Media Line, 20 August 2020.
write(
    "1205_themedialine_pakistan-saudi-arabia-wont-join-abraham-accord",
    T,
    "2020-08-20",
    [
        st(
            "PK",
            "declined",
            "2020-08-19",
            "Pakistan Prime Minister Imran Khan refused to jump on the Israeli bandwagon [...]"
            " saying his country would never recognize Israel as a sovereign state as long as"
            " the Palestinian people would not be given a state of their own. [...] We cannot"
            " ever accept Israel as long as Palestinians are not given their rights and there is"
            " no just settlement,” Khan said in an interview on Wednesday",
            speaker="Imran Khan, Prime Minister",
            conditions="as long as Palestinians are not given their rights and a state",
            alt_stances=["conditional"],
            note="'refused', 'would never recognize ... as long as' = declined; the Palestinian"
            " proviso in conditions (conditional accepted). 'on Wednesday' = 19 August 2020.",
        ),
        st(
            "SA",
            "conditional",
            "2020-08-20",
            "But from our perspective, the conditions for that are clear: Peace must be achieved"
            " between the Israelis and the Palestinians.",
            speaker="Faisal bin Farhan al-Saud, Foreign Minister",
            conditions="peace between the Israelis and the Palestinians",
            alt_stances=["declined"],
            note="Relations only once peace with the Palestinians is achieved = conditional"
            " (the headline's 'Won't Join' makes declined defensible). No time cue: the"
            " publication date (he spoke on 19 August, the same month).",
        ),
        st(
            "AE",
            "committed",
            "2020-08-13",
            "the normalization of relations between Israel and the United Arab Emirates last week"
            " [...] the agreement reached by the UAE and Israel",
            approximate=True,
            note="The UAE's agreement 'last week': committed; the announcement of 13 August 2020"
            " (from outside the text), approximate.",
        ),
    ],
    [],
    "Pakistan refuses, Saudi Arabia sets the Palestinian condition, the UAE's agreement of the"
    " week before. Israel, the counterpart, is not coded.",
)

# 1206 Compare Mela (AP), 6 January 2021 (its date line "01-06-2021").
write(
    "1206_comparemela_sudan-signs-abraham-accords-with-us",
    T,
    "2021-01-06",
    [
        st(
            "SD",
            "committed",
            "2021-01-06",
            'Sudan said it signed the "Abraham Accords" with the U.S., on Wednesday paving the'
            " way for the African nation to normalize ties with Israel.",
            speaker="Sudan's prime minister's office; Justice Minister Nasredeen Abdulbari signed",
            alt_dates=["2020-10"],
            note="Signed the accords 'on Wednesday' = 6 January 2021, the page's date: committed."
            " Its agreement of October 2020 ('the third Arab state to agree') accepted as date.",
        ),
        st(
            "AE",
            "committed",
            "2021-01-06",
            "Sudan was the third Arab state to agree to full diplomatic ties after the United"
            " Arab Emirates and Bahrain",
            alt_dates=["2020-08", "2020-09"],
            note="Agreed to full ties before Sudan: committed. No time cue: the publication"
            " date; the agreement (August 2020) and signing (September 2020) accepted.",
        ),
        st(
            "BH",
            "committed",
            "2021-01-06",
            "Sudan was the third Arab state to agree to full diplomatic ties after the United"
            " Arab Emirates and Bahrain",
            alt_dates=["2020-09"],
            note="As the UAE; Bahrain's agreement and signing of September 2020 accepted.",
        ),
        st(
            "MA",
            "committed",
            "2020-12",
            "Morocco became number four late last year.",
            approximate=True,
            note="'late last year' on a page of January 2021 = December 2020 (approximate).",
        ),
    ],
    [],
    "Sudan signs on Wednesday 6 January 2021; the UAE, Bahrain and Morocco named as having"
    " agreed before. The United States (the broker) and Israel are not coded.",
)

# 1207 JTA, undated ("Wednesday" = Mnuchin's visit to Khartoum, 6 January 2021).
write(
    "1207_jta_sudan-says-it-has-joined-abraham-accords",
    T,
    "unknown",
    [
        st(
            "SD",
            "committed",
            "2021-01-06",
            "Sudan announced Wednesday that it has officially joined the Abraham Accords",
            approximate=True,
            alt_dates=["2020-10"],
            note="Officially joined = committed. 'Wednesday', tied to Mnuchin's visit, = 6"
            " January 2021 (from outside the text), approximate; the announcement 'two months"
            " ago' (October 2020) accepted.",
        ),
        st(
            "AE",
            "committed",
            "2020-09-15",
            "the U.S.-sponsored treaty signed by the United Arab Emirates and Bahrain normalizing"
            " relations with Israel",
            approximate=True,
            alt_dates=["2020-08"],
            note="Signed the accords: committed; the signing of 15 September 2020 (from outside"
            " the text), approximate; the August agreement accepted.",
        ),
        st(
            "BH",
            "committed",
            "2020-09-15",
            "the U.S.-sponsored treaty signed by the United Arab Emirates and Bahrain normalizing"
            " relations with Israel",
            approximate=True,
            note="As the UAE.",
        ),
        st(
            "MA",
            "committed",
            "2020-12",
            "Sudan becomes the fourth Arab country to do so in recent months with U.S. backing"
            " along with the other accord signers and Morocco.",
            approximate=True,
            note="Named among those that did so 'in recent months': committed; December 2020"
            " (from outside the text), approximate.",
        ),
        st(
            "JO",
            "committed",
            "1994",
            "Israel had signed peace treaties with Jordan in 1994 and Egypt in 1979",
            optional=True,
            note="A peace treaty of 1994, long before the topic's period: optional committed.",
        ),
        st(
            "EG",
            "committed",
            "1979",
            "Israel had signed peace treaties with Jordan in 1994 and Egypt in 1979",
            optional=True,
            note="A peace treaty of 1979: optional committed.",
        ),
    ],
    [],
    "Sudan joins ('Wednesday', 6 January 2021); the UAE, Bahrain and Morocco named as signers;"
    " Jordan's and Egypt's old peace treaties optional. The United States (the broker) is not"
    " coded.",
)

# 1208 Salon list archive, January 2023 (repost; "Thursday" at Davos = 19 January 2023).
write(
    "1208_listserve_saudi-no-normalisation-without-palestinian-state",
    T,
    "unknown",
    [
        st(
            "SA",
            "conditional",
            "2023-01-19",
            "Saudi Foreign Minister Prince Faisal Bin Farhan Al-Saud announced on Thursday that"
            " there would be no normalisation of ties with Israel without a Palestinian state"
            " [...] the foreign minister said an agreement to create a Palestinian state would be"
            " a precondition to establishing formal diplomatic ties with Israel",
            approximate=True,
            speaker="Prince Faisal Bin Farhan Al-Saud, Foreign Minister",
            conditions="an agreement to create a Palestinian state",
            alt_stances=["declined"],
            note="Ties only with a Palestinian state, a 'precondition' (and normalisation 'very"
            " much in the interest of the region') = conditional; 'no normalisation ...' makes"
            " declined defensible. 'Thursday' at Davos = 19 January 2023 (from outside the"
            " text; the archive gives January 2023), approximate.",
        ),
    ]
    + [
        st(
            c,
            "committed",
            "2020",
            "Israel normalised ties with the United Arab Emirates (UAE), Bahrain and Morocco in"
            " 2020.",
            note="Normalised ties in 2020: committed, the year the text gives.",
        )
        for c in ("AE", "BH", "MA")
    ],
    [],
    "Saudi Arabia's condition, stated at Davos; the three 2020 normalisations named. Israel's"
    " and the US's efforts are not coded.",
)

# 1209 RAIA Group glossary, undated.
write(
    "1209_raiagroup_glossary-the-abraham-accords",
    T,
    "unknown",
    [
        st(
            "AE",
            "committed",
            "2020-09",
            "The first agreement was signed between Israel and the United Arab Emirates, closely"
            " followed by Bahrain, both in September 2020.",
            note="Signed in September 2020: committed.",
        ),
        st(
            "BH",
            "committed",
            "2020-09",
            "The first agreement was signed between Israel and the United Arab Emirates, closely"
            " followed by Bahrain, both in September 2020.",
            note="Signed in September 2020: committed.",
        ),
        st(
            "SD",
            "committed",
            "2021-01",
            "Currently, besides Israel, the UAE, and Bahrain, the Accords have been signed by"
            " Sudan and Morocco.",
            approximate=True,
            alt_dates=["2020-10"],
            note="Signed the accords: committed. No time cue on an undated page: the month of"
            " its signing (January 2021), approximate; its October 2020 agreement accepted.",
        ),
        st(
            "MA",
            "committed",
            "2020-12",
            "Currently, besides Israel, the UAE, and Bahrain, the Accords have been signed by"
            " Sudan and Morocco.",
            approximate=True,
            note="Signed: committed; December 2020 (from outside the text), approximate.",
        ),
    ],
    [],
    "A glossary entry: the four signers. The US, the sponsor, and Israel are not coded.",
)
