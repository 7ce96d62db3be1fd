"""Gold for the boycott-world-cup-2018 articles (1214-1218)."""

from gold_common import st, write

T = "boycott-world-cup-2018"

# 1214 Daily Post Nigeria, 20 March 2018.
write(
    "1214_dailypost_four-countries-join-england-snub-world-cup",
    T,
    "2018-03-20",
    [
        st(
            "GB",
            "committed",
            "2018-03-14",
            "Last week, London said the British ministers and royals would not attend the"
            " showpiece in protest over the poisoning of former double agent Sergei Skripal",
            approximate=True,
            note="Ministers and royals will not attend = committed. 'Last week' = the"
            " announcement of 14 March 2018 (from outside the text), approximate.",
        ),
        st(
            "PL",
            "committed",
            "2018-03-19",
            "But Polish President Andrzej Duda’s office said he will be skipping the"
            " tournament’s opening ceremony on June 14 in Moscow. [...] “Yesterday, the"
            " president made the decision not to participate as a representative of Poland at"
            " the World Cup in Russia,”",
            approximate=True,
            speaker="Krzysztof Szczerski, presidential chief of staff",
            note="The president will not attend = committed. 'Yesterday' in a radio quote"
            " reported on 20 March: about 19 March 2018, approximate.",
        ),
        st(
            "IS",
            "considering",
            "2018-03-20",
            "Iceland’s national broadcaster RUV said the foreign ministry was consulting with its"
            " “allies” about a joint diplomatic boycott. [...] “The Icelandic government has not"
            " made any decisions on possible measures in the wake of the attack but will"
            " continue to elaborate and consult with its closest neighbours and allies,” the"
            " foreign ministry said",
            alt_stances=["undecided"],
            note="Consulting on a joint boycott, no decision yet = considering (undecided"
            " accepted). No time cue: the publication date.",
        ),
        st(
            "SE",
            "considering",
            "2018-03-20",
            "Sweden and Denmark top officials have also indicated interests to boycott the"
            " tournament.",
            alt_stances=["committed"],
            note="'indicated interests to boycott' = considering (the headline's 'join England'"
            " makes committed defensible). RUV's guess that Iceland's 'allies' meant Sweden"
            " and Denmark is not their stance. No time cue: the publication date.",
        ),
        st(
            "DK",
            "considering",
            "2018-03-20",
            "Sweden and Denmark top officials have also indicated interests to boycott the"
            " tournament.",
            alt_stances=["committed"],
            note="As Sweden.",
        ),
    ],
    [],
    "The UK's decision, Poland's president, Iceland consulting, Sweden and Denmark interested."
    " The national teams still going is not the pledge. Russia, the host, is not coded.",
)

# 1215 The Sport Digest (Inside the Games), undated: Iceland's statement 'today' = 26 March
# 2018 (the day of the EU expulsions the text names).
write(
    "1215_thesportdigest_iceland-political-boycott-of-world-cup",
    T,
    "unknown",
    [
        st(
            "IS",
            "committed",
            "2018-03-26",
            "Icelandic politicians will boycott this year’s FIFA World Cup in Russia [...]"
            " “Consequently, Icelandic leaders will not attend the FIFA World Cup in Russia this"
            " summer.",
            approximate=True,
            speaker="Icelandic Foreign Ministry",
            note="Leaders will not attend = committed. 'today', the day 16 EU countries expelled"
            " envoys = 26 March 2018 (from outside the text), approximate.",
        ),
        st(
            "GB",
            "committed",
            "2018-03-14",
            "British Prime Minister Theresa May had revealed following the attack on Skripal in"
            " English city Salisbury on March 4 that members of the Royal Family, including"
            " Prince William, President of the English Football Association, and politicians"
            " would not travel to the tournament",
            approximate=True,
            speaker="Theresa May, Prime Minister",
            note="Royals and politicians will not travel = committed; May's announcement of 14"
            " March 2018 (from outside the text), approximate.",
        ),
        st(
            "PL",
            "committed",
            "2018-03",
            "Polish President Andrzej Duda was the first world leader to stand alongside May by"
            " revealing he has refused to go to the tournament’s Opening Ceremony in Moscow on"
            " June 14.",
            approximate=True,
            note="Refused to go = committed (to the boycott). No time cue on an undated page:"
            " March 2018, approximate.",
        ),
    ],
    ["AU", "DK", "JP", "SE", "US", "CA", "UA"],
    "Iceland's boycott, the UK's and Poland's. 'Australia, Denmark, Japan, Poland and Sweden"
    " are also expected to announce shortly' is a list of expected boycotters (rule 1): not"
    " coded (Poland is coded on its own words). The expulsions of diplomats (US, Canada,"
    " Ukraine, EU countries) are another measure: mentioned.",
)

# 1216 Seven Day News, 28 April 2018.
EV_SUN = (
    "Officials of seven countries intend to boycott the world Cup 2018 held in Russia. [...] As"
    " reported by The Sun, boycott the government plan officials from the UK, Iceland, Poland,"
    " Denmark, Sweden, Australia and Japan."
)
write(
    "1216_sevendaynews_seven-countries-to-boycott-world-cup",
    T,
    "2018-04-28",
    [
        st(
            "GB",
            "committed",
            "2018-04-28",
            "Earlier it was reported that the Ministers of great Britain and members of the Royal"
            " family will not attend the world Cup in Russia.",
            alt_dates=["2018-03"],
            note="Ministers and royals will not attend = committed. 'Earlier': the publication"
            " date, the announcement's month (March 2018) accepted.",
        ),
        st(
            "IS",
            "committed",
            "2018-04-28",
            "About the boycott announced by the President of Poland and the government of Iceland.",
            alt_dates=["2018-03"],
            note="The government's announced boycott = committed; March 2018 accepted.",
        ),
        st(
            "PL",
            "committed",
            "2018-04-28",
            "About the boycott announced by the President of Poland and the government of Iceland.",
            alt_dates=["2018-03"],
            note="The president's announced boycott = committed; March 2018 accepted.",
        ),
    ]
    + [
        st(
            c,
            "committed",
            "2018-04-28",
            EV_SUN,
            optional=True,
            alt_stances=["considering"],
            note="Only in The Sun's list of governments that 'plan' a boycott: optional"
            " committed ('intend' as the author's fact), considering accepted. No time cue: the"
            " publication date.",
        )
        for c in ("DK", "SE", "AU", "JP")
    ],
    [],
    "A late-April rewrite of a Sun report: the UK, Iceland and Poland with their own"
    " announcements; Denmark, Sweden, Australia and Japan only in the reported list (optional)."
    " The players still going is not the pledge.",
)

# 1217 Modern Ghana, 28 March 2018 (the store's date line).
write(
    "1217_modernghana_iceland-to-boycott-world-cup",
    T,
    "2018-03-28",
    [
        st(
            "IS",
            "committed",
            "2018-03-28",
            "Iceland’s government representatives will not attend the World Cup in Russia this"
            " summer, in solidarity with the United Kingdom [...] Consequently, Icelandic"
            " leaders will not attend the FIFA World Cup in Russia this summer,” a ministry"
            " statement said.",
            speaker="Icelandic Foreign Ministry",
            note="Will not attend = committed. No time cue: the publication date (the statement"
            " of 26 March is the same month).",
        ),
        st(
            "GB",
            "committed",
            "2018-03-14",
            "Prime Minister Theresa May has confirmed on March 14 that no members of the British"
            " royal family or government ministers will attend the event.",
            speaker="Theresa May, Prime Minister",
            note="No royals or ministers will attend = committed, on 14 March (2018).",
        ),
        st(
            "AU",
            "declined",
            "2018-03-28",
            "Meanwhile, Australia Foreign Minister Julie Bishop said their government is not"
            " planning to entertain a World Cup boycott.",
            speaker="Julie Bishop, Foreign Minister",
            note="'not planning to entertain a World Cup boycott' = declined. No time cue: the"
            " publication date.",
        ),
    ],
    [],
    "Iceland's boycott, the UK's of 14 March, Australia's refusal. The expulsions of"
    " diplomats (14 EU countries) are another measure. Russia, the host, is not coded.",
)

# 1218 The Guardian Nigeria (from The Sun), undated: about 21-22 March 2018 ('last week' =
# May's announcement of 14 March).
EV_SIX = (
    "Six countries are ‘planning state boycotts of the Russia 2018 World Cup in Russia to show"
    " solidarity with Britain.’ [...] They are Poland, Iceland, Denmark, Sweden, Australia and"
    " Japan, with more expected to follow."
)
write(
    "1218_guardianng_russia-2018-in-danger-as-six-countries-plan-boycott",
    T,
    "unknown",
    [
        st(
            "GB",
            "committed",
            "2018-03-14",
            "Theresa May’s announcement last week that Prince William and all her government"
            " ministers will refuse to play any part in the competition.",
            approximate=True,
            speaker="Theresa May, Prime Minister",
            note="Prince William and ministers will take no part = committed; the announcement"
            " of 14 March 2018 ('last week', from outside the text), approximate.",
        ),
        st(
            "PL",
            "committed",
            "2018-03",
            "Polish President Andrzej Duda was the first world leader to stand alongside Mrs May"
            " by revealing he has refused to go to the tournament’s opening ceremony in Moscow.",
            approximate=True,
            note="Refused to go = committed. No time cue on an undated page: March 2018,"
            " approximate.",
        ),
        st(
            "AU",
            "declined",
            "2018-03",
            "Australia has since reportedly denied being involved in the boycott.",
            approximate=True,
            alt_stances=["undecided"],
            note="'reportedly denied being involved' = declined (undecided accepted: a denial"
            " of the report, not a stated refusal); its place in The Sun's list is not its"
            " stance. March 2018, approximate.",
        ),
    ]
    + [
        st(
            c,
            "considering",
            "2018-03",
            EV_SIX,
            approximate=True,
            optional=True,
            alt_stances=["committed"],
            note="Only in the list The Sun 'has been told' of ('planning', 'likely to snub'):"
            " unnamed sources, so optional considering, committed accepted. March 2018,"
            " approximate.",
        )
        for c in ("IS", "DK", "SE", "JP")
    ],
    [],
    "A Sun-sourced list of six 'planning' boycotts; the UK's announcement, Poland's president"
    " on his own words, Australia's reported denial. A Labour MP's praise is no country's"
    " stance.",
)
