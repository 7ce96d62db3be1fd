"""Gold for the anti-isis-coalition-airstrikes articles (1210-1213, 1219-1221)."""

from gold_common import st, troops, write

T = "anti-isis-coalition-airstrikes"

# 1210 ABC News, 27 September 2014 (the URL's date).
write(
    "1210_abcnetau_key-countries-in-coalition-against-islamic-state",
    T,
    "2014-09-27",
    [
        st(
            "AU",
            "committed",
            "2014-09-27",
            "Australia has pledged eight F/A-18F Super Hornet fighter jets to the Middle East,"
            " one early warning and control aircraft, one aerial refuelling aircraft, 400"
            " personnel to support air deployment and 200 troops to serve as military advisers."
            " [...] Australia will send eight F/A-18F Super Hornet fighter jets to join the air"
            " campaign against IS.",
            ["air", "training"],
            troops=troops(200, 200, "200 troops to serve as military advisers"),
            note="Pledged jets 'to join the air campaign' = committed (air; the advisers as"
            " training). No time cue: the publication date (the pledge of 14 September 2014 is"
            " the same month).",
        ),
        st(
            "GB",
            "committed",
            "2014-09-27",
            "Britain's parliament has approved air strikes in Iraq and six Cyprus-based Tornado"
            " GR4 fighter-bombers are on standby to take part in initial sorties. [...] Britain"
            " already has delivered aid and weapons to Kurds in Iraq and promised them"
            " training.",
            ["air", "training"],
            note="Parliament's approval, jets on standby = committed (air; training promised to"
            " the Kurds). No time cue: the publication date (the vote, 26 September 2014, is"
            " the same month).",
        ),
        st(
            "FR",
            "committed",
            "2014-09-19",
            "France carried out its first air strike in Iraq on September 19",
            ["air"],
            note="Struck on 19 September (2014): committed, air.",
        ),
    ],
    ["US", "IQ"],
    "A where-they-stand summary cut off after France. The United States, which 'has built a"
    " broad coalition ... to assist in bombing', leads: mentioned, not coded; Iraq, where the"
    " strikes fall, is not coded.",
)

# 1211 MaltaToday, undated (French strikes 'on Thursday' = 25 September 2014; the UK vote
# 'today' = 26 September 2014).
write(
    "1211_maltatoday_coalition-against-islamic-state-begins-to-form",
    T,
    "unknown",
    [
        st(
            "FR",
            "committed",
            "2014-09-25",
            "French fighter jets had already attacked Islamic State targets in Iraq on Thursday"
            " in response to the beheading of a French national by the militant group.",
            ["air"],
            approximate=True,
            note="Struck 'on Thursday' = 25 September 2014 (from outside the text; the page is"
            " undated), approximate.",
        ),
        st(
            "GB",
            "committed",
            "2014-09-26",
            "UK Prime minister David Cameron indicates willingness to participate in airstrikes"
            " [...] Parliament in the UK is set to approve planned airstrikes on Islamic State"
            " positions in Iraq today, after David Cameron speech the the UN on Thursday where"
            " he promised that “the UK will play its part” in fighting the terrorist group.",
            ["air", "training"],
            approximate=True,
            speaker="David Cameron, Prime Minister",
            alt_stances=["considering"],
            note="Planned airstrikes, 'the UK will play its part', the vote 'today' = committed"
            " (the vote still to come and 'willingness' make considering defensible); reticent"
            " on ground troops, training and advising named. 'today' = 26 September 2014 (from"
            " outside the text), approximate.",
        ),
        st(
            "US",
            "committed",
            "2014-09",
            "The United States also bombed IS targets in Syria yesterday.",
            ["air"],
            approximate=True,
            optional=True,
            note="The leader's own strikes stated as for any country: optional committed (the"
            " brief codes the US only so). 'yesterday' on an undated page: September 2014,"
            " approximate.",
        ),
    ],
    ["IR", "IQ", "SY"],
    "France's strikes, the UK's planned strikes and vote, the US's strikes in Syria. Iran's"
    " president blaming the West is no stance on the strikes.",
)

# 1212 Al Jazeera America, 15 September 2014 (the Paris conference, 'Monday').
write(
    "1212_aljazeeraamerica_diplomatic-coalition-builds-against-islamic-state",
    T,
    "2014-09-15",
    [
        st(
            "FR",
            "committed",
            "2014-09-15",
            "So far, France has been the only country to publicly offer to join U.S. airstrikes"
            " on Islamic State targets, although it has said its involvement would be limited to"
            " Iraq. [...] On Monday, French aircraft would begin reconnaissance flights over Iraq"
            " from a French base in Abu Dhabi, Foreign Minister Laurent Fabius said.",
            ["air", "intelligence"],
            speaker="Laurent Fabius, Foreign Minister",
            note="Offered to join the airstrikes, reconnaissance flights from Monday = committed"
            " (air; reconnaissance as intelligence); 'limited to Iraq' is its scope, not a"
            " condition. 'On Monday' = 15 September 2014, the page's date.",
        ),
    ],
    ["US", "IQ", "SY"],
    "Only France's position is stated. 'several Arab countries had offered to conduct"
    " airstrikes' and 'nearly 40 countries agreed to contribute' are unnamed groups (rule 1);"
    " the 26 countries at the conference are not a stance. The US (Kerry pressing allies)"
    " leads: not coded; Iraq co-chairs and is the host.",
)

# 1213 VICE News, 15 September 2014.
write(
    "1213_vice_anti-islamic-state-coalition-military-assistance-to-iraq",
    T,
    "2014-09-15",
    [
        st(
            "GB",
            "considering",
            "2014-09-15",
            'Prime Minister David Cameron has pledged to hunt down the "monsters" responsible'
            " for Haines's death, but has not yet committed the UK to direct military action."
            " Cameron is reportedly under pressure from his party members to do so and is said"
            " to be working on securing support for British participation in airstrikes. He has"
            " promised to recall the British parliament to debate military involvement",
            ["air"],
            speaker="David Cameron, Prime Minister",
            alt_stances=["undecided"],
            note="'not yet committed', working on support for participation in airstrikes,"
            " parliament to debate = considering (undecided accepted). No time cue: the"
            " publication date.",
        ),
    ],
    ["US", "FR", "IQ"],
    "The 30 countries that would back Iraq 'by any means necessary' are an unnamed group, and"
    " military assistance to Iraq is not the airstrikes; France hosts and urges a response"
    " without stating its strikes: mentioned. Only the UK's position is coded.",
)

# 1219 The Atlantic, undated (the Jeddah talks and the ministers' 'Thursday' = 11 September
# 2014, from outside the text).
JEDDAH = (
    'Ten Arab states have pledged to join the U.S. in its campaign to "degrade and ultimately'
    ' destroy" the Islamic State in Iraq and Syria [...] In addition to Saudi Arabia, the'
    " coalition includes Bahrain, Egypt, Iraq, Jordan, Kuwait, Lebanon, Oman, Qatar, and the"
    " United Arab Emirates."
)
write(
    "1219_theatlantic_arab-states-sign-on-to-fight-isis",
    T,
    "unknown",
    [
        st(
            c,
            "committed",
            "2014-09-11",
            JEDDAH,
            approximate=True,
            optional=True,
            alt_stances=["considering"],
            note="Pledged at Jeddah to join the US campaign: membership of the coalition, not"
            " airstrikes named (rule 1), so optional committed, considering accepted. The"
            " Jeddah meeting of 11 September 2014 (from outside the text), approximate.",
        )
        for c in ("SA", "BH", "EG", "JO", "KW", "LB", "OM", "QA", "AE")
    ]
    + [
        st(
            "TR",
            "skeptical",
            "2014-09-11",
            "Notably missing from this list is Turkey. [...] Turkey has so far been reluctant to"
            " join the fight outright.",
            approximate=True,
            alt_stances=["declined", "undecided"],
            note="'reluctant to join the fight outright' = skeptical (declined or undecided"
            " accepted). The Jeddah meeting's date, approximate.",
        ),
        st(
            "GB",
            "declined",
            "2014-09-11",
            "the foreign ministers of Great Britain and Germany [...] announced Thursday that the"
            ' countries will not participate in the U.S. campaign in Syria. "Let me be clear:'
            ' Britain will not be taking part in any airstrikes in Syria," said Foreign'
            " Minister Philip Hammond.",
            ["air"],
            approximate=True,
            speaker="Philip Hammond, Foreign Secretary",
            conditions="Syria only; Iraq left open",
            note="No airstrikes in Syria = declined (for Syria). 'Thursday' = 11 September 2014"
            " (from outside the text), approximate.",
        ),
        st(
            "GB",
            "considering",
            "2014-09-11",
            "Neither country's foreign minister gave a clear answer on whether or not their"
            " countries would get more involved in Iraq. Hammond said that he supported Obama's"
            ' coalition-building approach to the fight, and that Britain had "ruled nothing'
            ' out" in its deliberations of how to help.',
            ["air"],
            approximate=True,
            speaker="Philip Hammond, Foreign Secretary",
            alt_stances=["undecided"],
            note="For Iraq, 'ruled nothing out' = considering (undecided accepted): a second"
            " statement beside the Syrian refusal (rule 5).",
        ),
        st(
            "DE",
            "declined",
            "2014-09-11",
            "the foreign ministers of Great Britain and Germany [...] announced Thursday that the"
            " countries will not participate in the U.S. campaign in Syria.",
            approximate=True,
            conditions="Syria; no clear answer on Iraq",
            note="Will not take part in the campaign in Syria = declined; on Iraq 'no clear"
            " answer' (no second statement). 'Thursday' = 11 September 2014, approximate.",
        ),
        st(
            "FR",
            "committed",
            "2014-09-11",
            "French Foreign Minister Laurent Fabius was more emphatic in pledging his country's"
            ' support. "We will participate, if necessary, i',
            approximate=True,
            speaker="Laurent Fabius, Foreign Minister",
            alt_stances=["conditional"],
            note="'We will participate, if necessary' (cut off) = committed; 'if necessary' is no"
            " specific condition (conditional accepted). No kind of help survives the cut:"
            " no contributions. The ministers' week, approximate.",
        ),
    ],
    ["US", "IQ"],
    "The ten Arab states of the Jeddah talks (Iraq, the host, not coded) pledged to join the"
    " campaign: membership, optional. Turkey reluctant; Britain and Germany refuse Syria, Britain"
    " open on Iraq (two statements); France's pledge cut off mid-word. The US leads: not coded.",
)

# 1220 The Herald, undated (late September 2014: the first night of strikes in Syria, 23
# September; Denmark's decision of 26 September; France's 'Thursday' = 25 September).
write(
    "1220_heraldscotland_striking-at-the-heart-of-terror",
    T,
    "unknown",
    [
        st(
            "DK",
            "committed",
            "2014-09-26",
            "Denmark will send seven F16 fighter jets to join the US coalition against Islamic"
            " State, after receiving an official request from the United States. The planes will"
            " serve only over Iraqi airspace, and not over Syria.",
            ["air"],
            approximate=True,
            conditions="Iraqi airspace only, not Syria",
            note="Will send jets = committed (air, Iraq only). Its decision of 26 September 2014"
            " (from outside the text), approximate.",
        ),
        st(
            "GB",
            "committed",
            "2014-09",
            "BRITAIN [...] Waged its first military campaign since air strikes against Muammar"
            " Gaddafi's forces in Libya in 2011. Britain already has delivered aid and weapons to"
            " Kurds in Iraq. It has said any strikes in Syria would be more complicated",
            ["air"],
            approximate=True,
            optional=True,
            alt_stances=["considering"],
            note="Under its heading, a garbled 'Waged its first military campaign since air"
            " strikes ... in 2011': the UK's strikes of late September 2014, optional committed"
            " (considering accepted); Syria 'more complicated'. September 2014, approximate.",
        ),
        st(
            "SA",
            "committed",
            "2014-09-23",
            "In the first night of strikes, Saudi Arabia sent four F16 fighter jets.",
            ["air"],
            approximate=True,
            note="Sent jets on the first night in Syria = committed; 23 September 2014 (from"
            " outside the text), approximate.",
        ),
        st(
            "AE",
            "committed",
            "2014-09-23",
            "the UAE contributed four F16s on the first night of the Syria attacks",
            ["air"],
            approximate=True,
            note="As Saudi Arabia.",
        ),
        st(
            "BH",
            "committed",
            "2014-09-23",
            "BAHRAIN [...] Sent two warplanes to the opening wave of attacks",
            ["air"],
            approximate=True,
            note="As Saudi Arabia; the subject is the heading (the sentence has none).",
        ),
        st(
            "JO",
            "committed",
            "2014-09-23",
            "Jordan said several jets struck militant sites across its northern border with Syria.",
            ["air"],
            approximate=True,
            note="Its own jets struck = committed; the first night (23 September 2014),"
            " approximate.",
        ),
        st(
            "FR",
            "committed",
            "2014-09-19",
            "France carried out its first air strike in Iraq on September 19",
            ["air", "training"],
            note="Struck on 19 September (2014) and again 'on Thursday': committed; special forces"
            " training the Peshmerga.",
        ),
        st(
            "AU",
            "committed",
            "2014-09",
            "Australia has decided to send eight F18 Super Hornet fighter jets to assist in the"
            " US-led air campaign against IS fighters in Iraq. Australia also has agreed to send"
            " special forces troops to act as advisers to Iraqi forces.",
            ["air", "training"],
            approximate=True,
            note="Decided to send jets = committed (air; advisers as training). No time cue on an"
            " undated page: September 2014, approximate.",
        ),
    ],
    ["US", "BE", "LY", "IQ", "SY"],
    "A where-they-stand list of late September 2014, cut off at Belgium ('Belgium plans to o':"
    " not coded). Each country's strikes or decision is committed; the dates of the first night"
    " in Syria (23 September) and Denmark's decision come from outside the text. The US leads:"
    " not coded.",
)

# 1221 Atlantic Sentinel, undated (September 2014 in the URL; 'on Wednesday' = 24 September).
write(
    "1221_atlanticsentinel_belgium-netherlands-to-support-air-campaign-in-iraq",
    T,
    "unknown",
    [
        st(
            "NL",
            "committed",
            "2014-09-24",
            "Belgium and the Netherlands said on Wednesday they would join Arab and American"
            " airstrikes against Islamic militants in Iraq but stop short of carrying out attacks"
            " in neighboring Syria [...] six Dutch F-16s would be made available for strikes for"
            " a year while two more fighter jets will remain on standby.",
            ["air", "training"],
            approximate=True,
            speaker="Lodewijk Asscher, Deputy Prime Minister",
            conditions="Iraq only, not Syria",
            note="Will join the airstrikes in Iraq = committed (air; advising and training local"
            " soldiers). 'on Wednesday' = 24 September 2014 (from outside the text),"
            " approximate. The Labor Party leader's view is a party's, not coded.",
        ),
        st(
            "BE",
            "committed",
            "2014-09-24",
            "Belgium and the Netherlands said on Wednesday they would join Arab and American"
            " airstrikes against Islamic militants in Iraq [...] The caretaker government there"
            " needs parliament’s backing before sending six F-16s.",
            ["air"],
            approximate=True,
            conditions="parliament's backing; Iraq only",
            alt_stances=["conditional"],
            note="Would join = committed; parliament's backing still needed makes conditional"
            " defensible. 24 September 2014, approximate.",
        ),
        st(
            "FR",
            "committed",
            "2014-09",
            "France already carries out strikes with Rafale fighter jets operating out of the"
            " United Arab Emirates.",
            ["air"],
            approximate=True,
            note="Already striking = committed. No time cue: September 2014, approximate.",
        ),
        st(
            "AU",
            "committed",
            "2014-09",
            "Australia sent warplanes of its own to the same country",
            ["air"],
            approximate=True,
            note="Sent warplanes = committed. September 2014, approximate.",
        ),
    ],
    ["GB", "RU", "SY", "IQ", "AE", "US"],
    "Belgium and the Netherlands join the strikes in Iraq, not Syria; France and Australia"
    " named. 'Britain is expected to join' is a forecast (rule 1): mentioned. The UAE only"
    " hosts French jets: mentioned.",
)
