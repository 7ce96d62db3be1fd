"""Hand-coded gold of set H, topic hormuz-maritime-mission, written before any drafter ran.

cd bench/corpus/dev-h/coding && python3 gold_hormuz.py
"""

from gold_common import st, write

T = "hormuz-maritime-mission"
EU_LED = "European-led mission (EMASOH)."
US_LED = "US-led maritime coalition (IMSC / Sentinel)."

# 805 Syriac Press, 31 January 2020 (URL); "France announced on Thursday": 30 January 2020.
political = (
    "The mission has the explicit political support of Germany, Belgium, Denmark, Greece, Italy,"
    " the Netherlands, Portugal, and France."
)
operational = (
    "In a public declaration, the eight countries “welcome all the operational contributions"
    " already announced by Denmark, France, Greece and the Netherlands in support of this effort"
)
s805 = [
    st(
        "FR",
        "committed",
        "2020-01-30",
        "France announced on Thursday the start of a European-led naval mission to the Strait of"
        " Hormuz [...] The French Ministry of Armed Forces said that the frigate Courbet had begun"
        " patrolling the Strait of Hormuz.",
        ["sea", "headquarters"],
        note=EU_LED + " France initiates and starts the mission with its frigate = committed"
        " (sea; leading it: headquarters). Thursday = 30 January 2020.",
    ),
    st(
        "FR",
        "declined",
        "2019",
        "France made efforts to have a European security alternative in the Strait of Hormuz"
        " after ruling out joining a US-led coalition",
        approximate=True,
        note=US_LED + " 'ruling out joining a US-led coalition' = declined; a vague past"
        " reference before the mission 'Announced last year': 2019, approximate.",
    ),
    st(
        "NL",
        "committed",
        "2020-01-31",
        operational + " [...] The ministry added that a Dutch frigate will join the French in"
        " about two weeks.",
        ["sea"],
        note=EU_LED + " An announced operational contribution and a frigate that 'will join' ="
        " committed (sea). No time cue: the page date.",
    ),
]
s805 += [
    st(
        c,
        "committed",
        "2020-01-31",
        operational,
        ["sea"],
        note=EU_LED + " 'operational contributions already announced' = committed (sea); the"
        " eight signatories' declaration names them. No time cue: the page date.",
    )
    for c in ["DK", "GR"]
]
s805 += [
    st(
        c,
        "undecided",
        "2020-01-31",
        political,
        optional=True,
        alt_stances=["considering"],
        note=EU_LED + " Political support of the mission without an operational contribution:"
        " backing a mission is not sending ships (as coalition membership is not), so an"
        " editor could record nothing; if recorded, undecided (no promise), considering"
        " defensible.",
    )
    for c in ["DE", "BE", "IT", "PT"]
]
write(
    "805_syriacpress_european-led-naval-mission-hormuz-begins",
    T,
    "2020-01-31",
    s805,
    ["IR", "US"],
    "Syriac Press, 31 January 2020 (URL). France is coded twice: committed to the European"
    " mission, declined for the US-led one. The US leads the other coalition (an organiser);"
    " Iran is the threat the missions answer: mentioned.",
)

# 806 RFE/RL, undated (Pompeo and Esper in Sydney, 4 August 2019).
write(
    "806_rferl_us-very-confident-maritime-coalition-persian-gulf",
    T,
    "unknown",
    [
        st(
            "AU",
            "considering",
            "2019-08-04",
            "Australian Defense Minister Linda Reynolds said her country is giving the U.S."
            " request serious consideration, but no decision has been made.",
            speaker="Linda Reynolds",
            alt_stances=["undecided"],
            note=US_LED + " 'giving the U.S. request serious consideration, but no decision' ="
            " considering (undecided defensible). Said in Sydney on August 4 (2019).",
        ),
        st(
            "DE",
            "declined",
            "2019-07-31",
            "German Chancellor Angela Merkel's government said on July 31 that Germany is"
            ' "reluctant" to join the proposed U.S.-led naval mission in the Strait of Hormuz'
            " [...] Foreign Minister Heiko Maas also said on July 31 that Germany will not take"
            " part in the American initiative.",
            speaker="Heiko Maas",
            alt_stances=["skeptical"],
            note=US_LED + " 'will not take part in the American initiative' = declined; the"
            " government's 'reluctant' the same day is the same position (skeptical"
            " defensible). July 31 (2019).",
        ),
        st(
            "DE",
            "considering",
            "2019-07-31",
            "but would consider participating in a European naval mission.",
            note=EU_LED + " 'would consider participating in a European naval mission' ="
            " considering; July 31 (2019). A second position of Germany, on the other mission.",
        ),
        st(
            "GB",
            "committed",
            "2019-07",
            "London last week ordered its navy to escort British-flagged vessels in the strait",
            ["sea"],
            approximate=True,
            optional=True,
            note="A national escort of British-flagged ships, part of neither mission as this"
            " text tells it: optional committed (sea). 'last week' before 4 August: late July"
            " 2019, approximate.",
        ),
    ],
    ["US", "IR"],
    "RFE/RL (Reuters and AP), undated; Pompeo's and Esper's Sydney remarks of August 4 date it"
    " (2019). The US builds the coalition (organiser): mentioned; 'few commitments from other"
    " nations' names none. Iran is the adversary; the tanker seizures are context.",
)

# 807 Mehr News, 6 August 2019 (store date); Pompeo's interview "on Tuesday" (6 August).
write(
    "807_mehrnews_us-asks-60-nations-to-join-hormuz-coalition",
    T,
    "2019-08-06",
    [
        st(
            "DE",
            "declined",
            "2019-08-05",
            "While Germany reiterated Mon. that it will not join US maritime coalition in the"
            " Strait of Hormuz",
            note=US_LED + " 'will not join' = declined; 'Mon.' before the Tuesday interview:"
            " 5 August 2019.",
        ),
        st(
            "GB",
            "committed",
            "2019-08-06",
            "UK is the only country so far that has agreed with the US plan.",
            ["sea"],
            note=US_LED + " 'has agreed with the US plan' (of a maritime coalition) ="
            " committed (sea, the coalition's naval task). No time cue: the page date.",
        ),
        st(
            "AU",
            "considering",
            "2019-08-06",
            "In the meantime, Australia has said that it is seriously considering joining the"
            " coalition as the second country.",
            note=US_LED + " 'seriously considering joining' = considering. Pompeo's words that"
            " Australia 'could joint' it are the organiser's, not coded. No time cue: the page"
            " date.",
        ),
    ],
    ["US", "IR"],
    "Mehr News (Iranian state agency), 6 August 2019; the store's 'date 2019-08-06' and the"
    " trailing blank lines dropped. The US asks '60-plus nations' (organiser): mentioned. Iran's"
    " claim to guard the strait itself is the adversary's view of the coalition, not a stance on"
    " sending ships: mentioned. 'could joint' kept as stored.",
)

# 808 Tabnak, undated; Borrell's Monday after the EU foreign ministers' meeting: 20 January 2020.
MON = "2020-01-20"
joined = (
    "The Netherlands, Denmark, Belgium, Italy, Portugal, Germany and Greece decided to join the"
    " “coalition of the willing,”"
)
pledged = (
    "France, Greece, Denmark and the Netherlands have already pledged concrete operational support"
)
s808 = [
    st(
        "FR",
        "committed",
        MON,
        "The initiative came from France [...] " + pledged,
        ["sea"],
        note=EU_LED + " France's initiative and its 'pledged concrete operational support' ="
        " committed (sea).",
    ),
]
s808 += [
    st(
        c,
        "committed",
        MON,
        joined + " [...] " + pledged,
        ["sea"],
        note=EU_LED + " Joined and 'pledged concrete operational support' = committed (sea).",
    )
    for c in ["NL", "DK", "GR"]
]
s808 += [
    st(
        c,
        "undecided",
        MON,
        joined,
        optional=True,
        alt_stances=["considering", "committed"],
        note=EU_LED + " Joined the coalition of the willing that sets up the mission, without"
        " the operational pledge the four give: an editor could record nothing (coalition"
        " membership); if recorded, undecided, with considering or committed ('decided to join'"
        " a naval mission) defensible.",
    )
    for c in ["BE", "IT", "PT", "DE"]
]
s808.append(
    st(
        "GB",
        "committed",
        "2020-01",
        "Earlier this month, the U.K. announced it was sending two warships to the Persian Gulf",
        ["sea"],
        optional=True,
        note="Two warships to the Gulf after Soleimani's killing, for neither mission as this"
        " text tells it: optional committed (sea). 'Earlier this month': January 2020.",
    )
)
write(
    "808_tabnak_european-naval-mission-to-secure-strait-of-hormuz",
    T,
    "unknown",
    s808,
    ["EU", "AE", "US", "IR"],
    "Tabnak (English text on an Iranian site), undated. Monday = 20 January 2020, the EU foreign"
    " ministers' meeting after which Borrell announced it (the day comes from outside the text;"
    " 'Earlier this month' and Soleimani's killing give January 2020). The EU's Borrell only"
    " announces (organisation): mentioned; 'EU member states rejected a proposal by the U.S.' is"
    " an unnamed group: not coded. The UAE hosts the headquarters (host): mentioned. The US"
    " and Iran are context.",
)
