"""Gold for the recognise-taliban-government articles (1116-1120)."""

from gold_common import st, write

T = "recognise-taliban-government"

# 1116 Al Arabiya English, Tuesday 31 August 2021.
write(
    "1116_alarabiya_qatar-says-recognizing-taliban-not-a-priority",
    T,
    "2021-08-31",
    [
        st(
            "QA",
            "skeptical",
            "2021-08-31",
            "Qatar’s Foreign Minister said on Tuesday recognizing the Taliban’s government was not"
            " a priority but warned against isolating the group currently controlling Afghanistan.",
            alt_stances=["undecided"],
            speaker="Sheikh Mohammed bin Abdulrahman al-Thani, foreign minister",
            note="'not a priority' while urging engagement = skeptical (undecided accepted)."
            " 'on Tuesday' = the page's day.",
        ),
        st(
            "US",
            "skeptical",
            "2021-08",
            "The White House has denied last week any chance of rushing to recognize the"
            " legitimacy of the Taliban government by the US or its allies.",
            approximate=True,
            alt_stances=["declined"],
            speaker="the White House",
            note="No rush to recognise = skeptical (declined accepted). 'last week' = the week"
            " of 23 August 2021: the month, approximate. 'its allies' are unnamed.",
        ),
    ],
    [],
    "'No country has recognized the Taliban' is an unnamed group. Afghanistan is not coded.",
)

# 1117 Link4Din (The Daily Guardian), undated: the Troika Plus in Islamabad on Thursday
# 11 November 2021, a day after India's Regional Security Dialogue of 10 November.
TROIKA = "2021-11-11"
write(
    "1117_link4din_pak-disappointed-as-us-russia-refuse-recognition-to-taliban",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "skeptical",
                TROIKA,
                "the United States and Russia made it clear during the “Troika Plus” meeting on"
                " Afghanistan in Islamabad on Thursday, that they were not in a hurry to extend"
                " recognition to the Taliban regime in Kabul.",
                approximate=True,
                alt_stances=["undecided", "declined"],
                speaker="the US and Russian special representatives on Afghanistan",
                conditions="the Taliban's future conduct would be taken into consideration before"
                " any decision",
                note="'not in a hurry' = skeptical (undecided, declined accepted). Thursday ="
                " 11 November 2021 (from outside the undated text: approximate).",
            )
            for c in ["US", "RU"]
        ],
        st(
            "PK",
            "considering",
            TROIKA,
            "During the meeting in Islamabad, Qureshi stressed on the need for the global"
            " community to recognise the Taliban government in Afghanistan.",
            approximate=True,
            alt_stances=["committed"],
            speaker="Shah Mahmood Qureshi, foreign minister",
            note="Pakistan urges recognition without recognising itself: considering (committed"
            " accepted).",
        ),
    ],
    ["CN", "IN"],
    "China and Pakistan skipping India's meeting, and India hosting it, are no stance on"
    " recognition: China and India are mentioned. Cut off mid-word.",
)

# 1118 Times of Islamabad, 10 October 2021 (the URL's date).
write(
    "1118_timesofislamabad_is-us-going-to-recognise-taliban-government",
    T,
    "2021-10-10",
    [
        st(
            "US",
            "declined",
            "2021-10-10",
            "a spokesperson of the US State Department said the talks are not about recognising or"
            " legitimising the Taliban as Afghanistan’s leaders",
            alt_stances=["skeptical"],
            speaker="spokesperson, US State Department",
            note="Talks expressly 'not about recognising' = declined (skeptical accepted). The"
            " talks 'today': publication date.",
        ),
    ],
    ["QA"],
    "Qatar hosts the talks: mentioned.",
)

# 1119 Amu TV, undated ("More than three years after" August 2021; the envoy accepted "In
# October" 2024).
write(
    "1119_amutv_uzbek-ambassador-presents-credentials-to-taliban",
    T,
    "unknown",
    [
        st(
            "UZ",
            "undecided",
            "2024-12",
            "Uzbekistan, a neighboring country to Afghanistan, has maintained close ties with the"
            " Taliban since their return to power in August 2021. However, like other nations, it"
            " has stopped short of formally recognizing the group’s government.",
            approximate=True,
            alt_stances=["declined", "skeptical"],
            alt_dates=["2024-10", "2024-11", "2025-01"],
            note="Close ties, an accepted envoy and an ambassador's credentials, but 'stopped"
            " short of formally recognizing' = undecided (declined, skeptical accepted)."
            " Undated: late 2024, approximate, with the neighbouring months accepted.",
        ),
    ],
    ["IN"],
    "India is named for the Mumbai consulate. 'no country or international organization' and"
    " 'The international community' are unnamed.",
)

# 1120 Afghanistan Times, undated (July 2025: "Moscow's recognition ... on July 3").
write(
    "1120_afghanistantimes_moscow-recognition-of-taliban-chain-reaction",
    T,
    "unknown",
    [
        st(
            "RU",
            "committed",
            "2025-07-03",
            "Moscow’s recognition of the Taliban government on July 3 has set off a potential"
            " diplomatic chain reaction [...] Russia became the first major non-Islamic power to"
            " formally acknowledge the Taliban as Afghanistan’s legitimate rulers, appointing an"
            " ambassador and raising the Taliban flag in Moscow.",
            note="Formal recognition = committed. 'on July 3' (2025 by the page's frame).",
        ),
    ],
    ["UZ", "KZ", "BY", "CN", "PK", "IR"],
    "Uzbekistan's meeting with Baradar is engagement with no stance on recognition. Kazakhstan"
    " and Belarus 'seen as potential next movers', China and Pakistan that 'could be spurred',"
    " and Iran's recognition 'unlikely' are experts' and analysts' predictions (rule 1):"
    " mentioned.",
)
