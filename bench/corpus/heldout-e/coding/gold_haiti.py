"""Gold for the haiti-mss-troops articles (601-607)."""

from gold_common import st, troops, write

T = "haiti-mss-troops"
KE_LEAD = ["ground", "headquarters"]

# 601 Dominican Today (EFE-style wire), undated; the seven notifications to the UN
# Secretary-General of Friday 26 April 2024 (no date in the stored text).
APR24 = "2024-04"
seven = (
    "Seven countries from Africa, the Caribbean, and Asia expressed on Friday their willingness"
    " to contribute agents for the Multinational Security Support Mission (MSS) [...] these"
    " countries are Kenya – which offered months ago to lead the mission – Benin and Chad among"
    " the Africans; Bahamas, Jamaica, and Barbados among the Caribbean countries, and"
    " Bangladesh, and so notified the Secretary-General."
)
seven_note = (
    "One of the seven countries that 'expressed ... their willingness to contribute agents' and"
    " 'so notified the Secretary-General' = committed (ground: police/security agents). The"
    " stored page has no date and 'on Friday' is tied to no date in the text: April 2024 (the"
    " notifications of 26 April 2024), approximate."
)
fund_note = (
    "Money for the mission's trust fund, not personnel: an editor could record it as a"
    " financing contribution or nothing, so optional; if recorded, committed with financing."
    " Cumulative, no time cue: April 2024, approximate."
)
write(
    "601_dominicantoday_seven-countries-to-contribute-agents",
    T,
    "unknown",
    [
        st(
            "KE",
            "committed",
            APR24,
            seven + " [...] Kenyan President William Ruto assured that his country “is ready"
            " and willing” to send police to help restore order in Haiti",
            contributions=KE_LEAD,
            approximate=True,
            speaker="William Ruto",
            note="Listed among the seven, 'offered months ago to lead the mission', and Ruto's"
            " 'is ready and willing to send police' = committed (ground, headquarters: it leads)."
            " April 2024, approximate.",
        ),
        *[
            st(
                c,
                "committed",
                APR24,
                seven,
                contributions=["ground"],
                approximate=True,
                note=seven_note,
            )
            for c in ("BJ", "TD", "BS", "JM", "BB", "BD")
        ],
        st(
            "CA",
            "committed",
            APR24,
            "Of those millions raised, Canada has provided the most ($8.7 million), followed by"
            " the U.S. ($6 million) and France ($3.2 million)",
            contributions=["financing"],
            approximate=True,
            optional=True,
            note=fund_note,
        ),
        st(
            "FR",
            "committed",
            APR24,
            "Of those millions raised, Canada has provided the most ($8.7 million), followed by"
            " the U.S. ($6 million) and France ($3.2 million)",
            contributions=["financing"],
            approximate=True,
            optional=True,
            note=fund_note,
        ),
    ],
    ["HT", "US", "UN"],
    "Undated page (EFE-style copy from New York). Haiti hosts the mission; the UN (its"
    " spokesperson, 'a UN source') only reports and appeals for money. The US is the mission's"
    " sponsor and main backer: its $6 million is mentioned like an organiser's, not coded. Chad"
    " and Bangladesh's 'experience ... as blue helmets' is background. Cut mid-word ('after the"
    " P').",
)

# 602 Yahoo News Canada (Miami Herald copy), undated; the pledging session of Thursday
# 22 February 2024 on the sidelines of the G20 foreign ministers' meeting in Rio.
RIO = "2024-02-22"
write(
    "602_yahoo_kenya-led-mission-attracts-more-people-and-money",
    T,
    "unknown",
    [
        st(
            "BJ",
            "committed",
            RIO,
            "Among those offering up new pledges are Benin, Germany and Canada. A source"
            " familiar with Benin’s offer told the Miami Herald the French-speaking West African"
            " nation will contribute security personnel to the mission,",
            contributions=["ground"],
            note="A new pledge; 'will contribute security personnel' = committed (ground). The"
            " pledging session 'took place Thursday on the sidelines of the G20 meeting in Rio'"
            " = 22 February 2024.",
        ),
        st(
            "DE",
            "committed",
            RIO,
            "Among those offering up new pledges are Benin, Germany and Canada.",
            note="'offering up new pledges' to the mission = committed; what Germany pledges is"
            " not said (no contribution). 22 February 2024.",
        ),
        st(
            "CA",
            "committed",
            RIO,
            "Among those offering up new pledges are Benin, Germany and Canada.",
            note="As DE.",
        ),
        st(
            "BS",
            "committed",
            "2024-02",
            "even as troops from the Bahamas Defense Force travel to Jamaica for training to"
            " prepare for the mission. [...] the mission, which already has police or military"
            " officers from Jamaica, The Bahamas",
            contributions=["ground"],
            approximate=True,
            note="Its troops train for the mission and it already has officers in it, the"
            " author's fact = committed (ground). Undated page, the week of the Rio session:"
            " February 2024, approximate.",
        ),
        st(
            "JM",
            "committed",
            "2024-02",
            "the mission, which already has police or military officers from Jamaica, The Bahamas",
            contributions=["ground"],
            approximate=True,
            note="'already has police or military officers from Jamaica' = committed (ground)."
            " February 2024, approximate.",
        ),
        st(
            "KE",
            "committed",
            "2024-02",
            "The lack of mutual agreements between Kenya and Haiti has been at the crux of a"
            " Kenyan court ruling blocking the deployment of 1,000 police officers, who are"
            " supposed to serve as the backbone of the Kenya-led Multinational Security Support"
            " mission to Haiti.",
            contributions=KE_LEAD,
            approximate=True,
            troops=troops(1000, 1000, "1,000 police officers"),
            alt_stances=["undecided"],
            note="Kenya leads the mission and its 1,000 police are to be its backbone ="
            " committed (ground, headquarters); its court blocks the deployment and its officials"
            " 'abruptly canceled' the talks, so undecided is defensible. February 2024,"
            " approximate.",
        ),
    ],
    ["HT", "US", "BR", "UN"],
    "Undated page (Miami Herald copy on Yahoo). The US, Brazil and the UN host the pledging"
    " conference: organisers, not coded; Blinken's 'each of the countries in attendance ... is"
    " contributing' names no one. Haiti hosts. Cut mid-word ('Af').",
)

# 603 Breaking Latest News, 5 August 2023 (Saturday); 'on Friday' = 4 August 2023, the
# Bahamas' 'Thursday' = 3 August 2023.
write(
    "603_breakinglatest_jamaica-bahamas-antigua-join-kenya",
    T,
    "2023-08-05",
    [
        st(
            "JM",
            "committed",
            "2023-08-04",
            "Jamaica’s Prime Minister announced on Friday that his country is ready to deploy 200"
            " security personnel to Haiti as part of a multinational force",
            contributions=["ground"],
            troops=troops(200, 200, "200 security personnel"),
            speaker="Andrew Holness",
            note="'is ready to deploy 200 security personnel' = committed (ground). 'on Friday'"
            " before the page of Saturday 5 August 2023 = 4 August 2023.",
        ),
        st(
            "BS",
            "committed",
            "2023-08-03",
            "Prime Minister Holness also revealed that the Bahamas has pledged to contribute 150"
            " agents to the mission. [...] The Bahamas had declared its participation in the"
            " initiative on Thursday.",
            contributions=["ground"],
            troops=troops(150, 150, "150 agents"),
            alt_dates=["2023-08-04"],
            note="'has pledged to contribute 150 agents', 'declared its participation' ="
            " committed (ground). Its own declaration 'on Thursday' = 3 August 2023; Holness"
            " relays it on the Friday (alt date).",
        ),
        st(
            "AG",
            "committed",
            "2023-08-05",
            "In addition, Antigua and Barbuda, as announced by their Prime Minister Gaston Browne"
            " through Haitian radio station Radio RFM 104.9, will also be joining the"
            " international peacekeeping force.",
            contributions=["ground"],
            speaker="Gaston Browne",
            note="'will also be joining the ... force' = committed (ground: it joins a police"
            " force with personnel, as the Caricom sentence says). No time cue: the page's date.",
        ),
        st(
            "KE",
            "committed",
            "2023-07",
            "Kenya had previously expressed its willingness to lead the peacekeeping force by"
            " sending 1,000 troops to Haiti.",
            contributions=KE_LEAD,
            approximate=True,
            troops=troops(1000, 1000, "1,000 troops"),
            alt_dates=["2023-08-05"],
            note="'willingness to lead ... by sending 1,000 troops' = committed (ground,"
            " headquarters). 'previously' is vague: July 2023 (Kenya's offer of 29 July),"
            " approximate; the page's date is accepted.",
        ),
        st(
            "US",
            "considering",
            "2023-08-05",
            "However, it is still deliberating whether to send its own military personnel as part"
            " of the peacekeeping force.",
            contributions=["ground"],
            alt_stances=["undecided"],
            note="The US backs the force (as organiser, not coded) but its own troops are a"
            " pending decision: 'still deliberating whether to send' = considering (undecided"
            " defensible). No time cue: the page's date.",
        ),
    ],
    ["HT", "UN"],
    "Dated page (store's date line). The stored text starts with its own 'Title:' line (kept)."
    " Caricom is a regional group, not coded. The US's 'expressed support for these countries'"
    " is the organiser's; only its own deliberation about troops is coded. Feinstein (US"
    " official) on timing: no stance. Cut mid-word ('This repo').",
)

# 604 Michael Deibert's Substack, undated; events of 29 July - 4 August 2023.
write(
    "604_deibert_pax-africana",
    T,
    "unknown",
    [
        st(
            "KE",
            "committed",
            "2023-07-29",
            "The announcement on 29 July came on Twitter via Kenya's Minister of Foreign Affairs"
            " Alfred Mutua. [...] “Kenya has accepted to positively consider leading a"
            " multinational force to Haiti. Kenya's commitment is to deploy a contingent of 1,000"
            " police officers.”",
            contributions=KE_LEAD,
            troops=troops(1000, 1000, "a contingent of 1,000 police officers"),
            speaker="Alfred Mutua",
            alt_stances=["considering"],
            note="'Kenya's commitment is to deploy a contingent of 1,000 police officers' ="
            " committed (ground, headquarters); 'accepted to positively consider leading' makes"
            " considering defensible. 29 July (2023, the year of the events).",
        ),
        st(
            "JM",
            "committed",
            "2023-08",
            "A few days later, Jamaican Prime Minister Andrew Holness, who has been notably active"
            " in the discourse around Haiti’s multifaceted political and security crisis,"
            " confirmed that his country would be sending troops along to contribute to any"
            " peacekeeping mission, though it did not have the resources to lead one itself.",
            contributions=["ground"],
            approximate=True,
            speaker="Andrew Holness",
            note="'confirmed that his country would be sending troops' = committed (ground); not"
            " leading is no refusal. 'A few days later' than 29 July: early August 2023,"
            " approximate.",
        ),
        st(
            "BS",
            "committed",
            "2023-08",
            "The government of the Bahamas has publicly committed 150 personnel to support the"
            " force.",
            contributions=["ground"],
            approximate=True,
            troops=troops(150, 150, "150 personnel"),
            note="'has publicly committed 150 personnel' = committed (ground). Before CARICOM's"
            " 4 August statement: early August 2023, approximate.",
        ),
        st(
            "TT",
            "declined",
            "2023-08",
            "The government of Trinidad and Tobago released a statement saying that “whilst"
            " unable to provide boots on the ground in Haiti at this time, [the government]"
            " wishes to reiterate its willingness to contribute material resources and support to"
            " regional and international efforts to address the situation in Haiti.”",
            contributions=["logistics"],
            approximate=True,
            note="'unable to provide boots on the ground ... at this time' while offering"
            " 'material resources and support' = declined, the other help listed (logistics)."
            " Same days: early August 2023, approximate.",
        ),
    ],
    ["HT"],
    "Undated Substack post (the stored excerpt stops at the paywall line, kept). The year of '29"
    " July' and '4 August' is 2023 (Kenya's offer). CARICOM welcoming the Bahamas' and Jamaica's"
    " decision is a regional body's view of its members: the two are coded from their own"
    " words. Haiti hosts. Not cut.",
)

# 605 Canadian News Today (Reuters copy), undated; 'on Sunday' in early September 2024 (the
# mandate of 2 October 2023 'within weeks of expiring').
SEP24 = "2024-09"
pledged400 = (
    "Kenyan mission commander Godfrey Otunge predicted the Bahamas, Jamaica and Belize should"
    " deploy before the end of this month, Kenyan and Haitian media reported. Together, they have"
    " pledged 400 troops and Benin at least 1,500."
)
write(
    "605_canadiannewstoday_belize-army-sends-officers",
    T,
    "unknown",
    [
        st(
            "BZ",
            "committed",
            "2024-05",
            "The Belize Defence Force is deploying two senior officers to Jamaica ahead of an"
            " assignment to Haiti, it said on Sunday, as part of its commitment to support a"
            " long-delayed security mission [...] Belize itself pledged in May to provide the"
            " mission with 50 military personnel from the Belize Defence Force (BDF) and coast"
            " guard.",
            contributions=["ground"],
            troops=troops(50, 50, "50 military personnel"),
            alt_dates=["2024-09"],
            note="'pledged in May to provide ... 50 military personnel', now deploying officers"
            " 'as part of its commitment' = committed (ground). The pledge's month, May 2024;"
            " the Sunday deployment (September 2024) is accepted.",
        ),
        st(
            "KE",
            "committed",
            SEP24,
            "So far, around 400 Kenyan police officers have deployed out of at least 2,900 troops"
            " promised by a handful of countries. [...] where Kenyan police are mandated to lead"
            " the mission.",
            contributions=KE_LEAD,
            approximate=True,
            note="Its police deployed and leading the mission = committed (ground,"
            " headquarters). Undated page, the weeks before the mandate expired: September 2024,"
            " approximate.",
        ),
        st(
            "BS",
            "committed",
            SEP24,
            pledged400,
            contributions=["ground"],
            approximate=True,
            note="'Together, they have pledged 400 troops', the author's fact = committed"
            " (ground); Otunge's prediction of when they deploy is no stance. September 2024,"
            " approximate.",
        ),
        st(
            "JM",
            "committed",
            SEP24,
            pledged400,
            contributions=["ground"],
            approximate=True,
            note="As BS.",
        ),
        st(
            "BJ",
            "committed",
            SEP24,
            pledged400,
            contributions=["ground"],
            approximate=True,
            troops=troops(1500, None, "at least 1,500"),
            note="'Benin at least 1,500' (pledged) = committed (ground). September 2024,"
            " approximate.",
        ),
    ],
    ["HT", "US", "UN"],
    "Undated page (Reuters copy). The US, 'its top financial backer', delivers equipment: the"
    " mission's sponsor, not coded. Haiti hosts; the UN mandate is background. 'at least 2,900"
    " troops promised by a handful of countries' names no one. Cut mid-word ('Editing b').",
)

# 606 Kenyans.co.ke, undated; relays CBC's report of March 2024 (after the Kenya-Haiti
# agreement signed on 1 March 2024).
write(
    "606_kenyans_why-canada-wont-deploy-troops-haiti",
    T,
    "unknown",
    [
        st(
            "CA",
            "declined",
            "2024-03",
            "New details have emerged about Canada's hesitance to deploy troops to Haiti"
            " alongside Kenya despite immense pressure from the United States Government. [...]"
            " According to the report, Canada preferred contributing in monetary terms and"
            " sending a team for a fact-finding mission instead of foot soldiers.",
            contributions=["financing"],
            approximate=True,
            speaker="Justin Trudeau",
            alt_stances=["skeptical"],
            note="Money and a fact-finding team 'instead of foot soldiers' (headline: 'won't"
            " deploy troops') = declined with financing; the body's 'hesitance' and Trudeau's"
            " wariness of 'large military interventions' make skeptical defensible. Undated page"
            " relaying CBC, March 2024, approximate.",
        ),
        st(
            "KE",
            "committed",
            "2024-03",
            "Canada's hesitance to deploy troops to Haiti alongside Kenya [...] President William"
            " Ruto (far right), and Haiti Prime Minister Ariel Henry (far left) witnessed the"
            " signing of the agreement on the deployment of 1,000 police officers to Haiti.",
            contributions=["ground"],
            approximate=True,
            troops=troops(1000, 1000, "1,000 police officers"),
            optional=True,
            note="Kenya's deployment appears only in 'alongside Kenya' and a photo caption of the"
            " agreement's signing: an editor could record it (committed, ground) or leave it to"
            " the article's subject, Canada; optional. March 2024 (the signing of 1 March),"
            " approximate.",
        ),
    ],
    ["US", "HT", "UN"],
    "Undated page. The US pressing Canada to take part is one country's view of another: not"
    " coded. Bob Rae (Canada's UN ambassador) supports Trudeau: the same position, no second"
    " statement. Photo captions are doubled as stored. Cut mid-word ('the country wo').",
)

# 607 WikiSum summary of the Wikipedia article, undated (after January 2025).
wiki1 = (
    "Personnel have been pledged by Caribbean Community members Jamaica, Bahamas, Guyana,"
    " Barbados, and Antigua and Barbuda, as well as Bangladesh, Benin, and Chad."
)
wiki2 = (
    "As of 30 September 2024[update], Kenya, Jamaica, the Bahamas, Antigua and Barbuda,"
    " Bangladesh, Benin, Chad, and Guinea have formally agreed to provide personnel."
)
both_note = (
    "Listed as having pledged personnel and, 'As of 30 September 2024', as having 'formally"
    " agreed to provide personnel' = committed (ground); one statement, dated by the second"
    " list."
)
write(
    "607_wikisum_multinational-security-support-mission",
    T,
    "unknown",
    [
        st(
            "KE",
            "committed",
            "2024-09-30",
            wiki2 + " [...] Kenyan President William Ruto has pledged that the full deployment of"
            ' Kenya Police personnel will be completed "by January" 2025',
            contributions=KE_LEAD,
            speaker="William Ruto",
            note="'formally agreed to provide personnel', Ruto's pledge of full deployment and"
            " its 'willingness to lead the mission' = committed (ground, headquarters). Dated by"
            " the list, 30 September 2024.",
        ),
        *[
            st(
                c,
                "committed",
                "2024-09-30",
                wiki1 + " [...] " + wiki2,
                contributions=["ground"],
                note=both_note,
            )
            for c in ("JM", "BS", "AG", "BD", "BJ", "TD")
        ],
        st(
            "GN",
            "committed",
            "2024-09-30",
            wiki2,
            contributions=["ground"],
            note="In the list of those that 'have formally agreed to provide personnel' ="
            " committed (ground). 30 September 2024.",
        ),
        *[
            st(
                c,
                "committed",
                "2024-09",
                wiki1,
                contributions=["ground"],
                approximate=True,
                note="'Personnel have been pledged by ... Guyana, Barbados' = committed (ground)."
                " This list has no date; the page's 'As of 30 September 2024': September 2024,"
                " approximate.",
            )
            for c in ("GY", "BB")
        ],
    ],
    ["HT", "US", "UN"],
    "Undated encyclopedia summary (wikisum.wiki) of footnoted sentences; the stored text starts"
    " mid-article with '[3]' and keeps '[update]'. Biden granting Kenya major non-NATO ally status"
    " is the US's act, no stance on troops; Haitian NGOs and a Crisis Group expert are no"
    " countries. Cut ('Haitian ').",
)
