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

# 1121 The Sunday Guardian, Saturday 4 December 2021.
write(
    "1121_sundayguardian_world-refuses-to-recognise-taliban",
    T,
    "2021-12-04",
    [
        *[
            st(
                c,
                "declined",
                "2021-12-04",
                "major countries, including the US, the UK, France and Russia, have refused to"
                " recognise the Taliban regime for now",
                alt_stances=["skeptical"],
                conditions="the group needs to first live up to international expectations on"
                " issues of human rights and terrorism",
                note="'refused to recognise ... for now' = declined (skeptical accepted for the"
                " 'for now'); no time cue: publication date.",
            )
            for c in ["GB", "FR", "RU"]
        ],
        st(
            "US",
            "declined",
            "2021-12-04",
            "major countries, including the US, the UK, France and Russia, have refused to"
            " recognise the Taliban regime for now [...] the Joe Biden administration’s top"
            " officials conveyed Washington’s unwillingness to give recognition to the Taliban.",
            alt_stances=["skeptical"],
            conditions="the group needs to first live up to international expectations on issues"
            " of human rights and terrorism",
            note="The refusal and Washington's 'unwillingness' are one position.",
        ),
        st(
            "EU",
            "declined",
            "2021-12-03",
            "the European Union (EU) has also asked the Taliban “to see movement on commitments"
            " made by the insurgents [...] This was said by the EU special envoy for Afghanistan"
            " Tomas Niklasson on 3 December. [...] “The EU and India are close on most issues"
            " related to Afghanistan, including the need not to isolate the Afghan people even as"
            " there is no recognition of the interim governmen",
            alt_stances=["conditional", "skeptical"],
            alt_dates=["2021-12-04"],
            speaker="Tomas Niklasson, EU special envoy for Afghanistan",
            note="No recognition while it waits for movement on commitments: declined"
            " (conditional, skeptical accepted). The quote is cut off by the store.",
        ),
        st(
            "IN",
            "declined",
            "2021-12-04",
            "“The EU and India are close on most issues related to Afghanistan, including the need"
            " not to isolate the Afghan people even as there is no recognition of the interim"
            " governmen",
            optional=True,
            alt_stances=["skeptical"],
            note="India's own non-recognition is implied (its 'diplomatic push' and closeness"
            " to the EU), not stated: optional.",
        ),
    ],
    ["UN"],
    "'the powerful nations of P-5' is a group (its named members are coded). The UN"
    " Credentials Committee's deferral is an organisation's procedure: mentioned.",
)

# 1122 Republic World, Monday 13 September 2021.
write(
    "1122_republicworld_france-refuses-to-recognise-taliban",
    T,
    "2021-09-13",
    [
        st(
            "FR",
            "declined",
            "2021-09-11",
            "France, on Saturday, announced that the nation would not recognise the government"
            " formed by the Taliban or have any ties with it.",
            speaker="Jean-Yves Le Drian, foreign minister",
            conditions='they have "put forward a number of conditions" and they are waiting for'
            " their action",
            note="'on Saturday' = 11 September 2021.",
        ),
        *[
            st(
                c,
                "declined",
                "2021-09-13",
                "Countries like Japan, United States, Canada have also expressed that they were"
                " not planning to recognise the government formed by the Taliban.",
                note="'not planning to recognise' = declined; no time cue: publication date.",
            )
            for c in ["JP", "US", "CA"]
        ],
        st(
            "EU",
            "skeptical",
            "2021-09",
            "The European Union is in no hurry to recognise the Taliban as Afghanistan's new"
            " ruler. Last week, the European Commission's Managing Director for Asia-Pacific,"
            " Gunnar Wiegand, said that the EU is neither in hurry to recognise the Taliban nor to"
            " establishing official relations with the group.",
            approximate=True,
            alt_stances=["declined"],
            speaker="Gunnar Wiegand, European Commission",
            note="'in no hurry' = skeptical (declined accepted). 'Last week' = the week of 6"
            " September 2021: the month, approximate.",
        ),
    ],
    [],
    "'the international community' is unnamed. Sputnik and ANI are the relaying agencies.",
)

# 1123 The Free Press Journal, Friday 3 September 2021 (the page's own date line).
write(
    "1123_freepressjournal_britain-will-not-recognise-taliban",
    T,
    "2021-09-03",
    [
        st(
            "GB",
            "declined",
            "2021-09-03",
            "The European Union and United Kingdom will not recognise Taliban as the Taliban as the"
            ' new government of Afghanistan. [...] "Britain will not recognise Taliban as the new'
            " govt in Kabul but must deal with the new realities in Afghanistan",
            speaker="Dominic Raab, foreign secretary",
            note="'will not recognise' = declined; no time cue: publication date.",
        ),
        st(
            "EU",
            "declined",
            "2021-09-03",
            "The European Union and United Kingdom will not recognise Taliban as the Taliban as the"
            " new government of Afghanistan.",
            speaker="Josep Borrell, EU foreign affairs chief",
            conditions="any engagement would be subject to strict conditions",
            note="Engagement under conditions is not recognition: declined.",
        ),
        st(
            "US",
            "declined",
            "2021-09-03",
            "Washington has taken a similar position",
            alt_stances=["skeptical"],
            note="'a similar position' to not recognising = declined.",
        ),
        *[
            st(
                c,
                "considering",
                "2021-09-03",
                "but Russia and China have both indicated a softer stance.",
                optional=True,
                alt_stances=["undecided"],
                note="A 'softer stance' toward the Taliban, recognition not named: optional"
                " considering (undecided accepted).",
            )
            for c in ["RU", "CN"]
        ],
    ],
    ["SI"],
    "Slovenia is named only as the place of the EU foreign ministers' meeting. G7 and G20 are"
    " groups.",
)
