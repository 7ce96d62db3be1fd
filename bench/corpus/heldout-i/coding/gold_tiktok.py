"""Gold for the ban-tiktok-government-devices articles (910-913)."""

from gold_common import st, write

T = "ban-tiktok-government-devices"
NATIONWIDE = (
    "Nationwide bans of the app (Pakistan, Afghanistan, India), for content or in 2020, are not"
    " bans on government devices: mentioned, not coded."
)

# 910 Dayton Daily News (AP list), undated; "This week" = the US order of late February 2023.
write(
    "910_daytondailynews_countries-that-have-bans-on-tiktok",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            "2023-02",
            "the U.S. said that government agencies have 30 days to delete TikTok from federal"
            " devices and systems over data security concerns. The ban applies only to government"
            " devices",
            approximate=True,
            note="Undated page; 'This week' = the White House order of February 2023 (from"
            " outside the text): month, approximate. The states' bans are subnational.",
        ),
        st(
            "CA",
            "committed",
            "2023-02-27",
            "Canada on Monday announced government-issued devices must not use TikTok",
            approximate=True,
            note="'After the U.S. announcement, ... on Monday' = 27 February 2023 (from outside"
            " the text): approximate.",
        ),
        st(
            "EU",
            "committed",
            "2023-02",
            "The European Parliament, European Commission and the EU Council, three top EU bodies,"
            " have imposed bans on TikTok on staff devices.",
            approximate=True,
            note="The EU institutions' bans on staff devices = committed for EU. February 2023"
            " (the Parliament's 'announced Tuesday' = 28 February, from outside the text).",
        ),
        st(
            "CN",
            "opposed",
            "2023-02",
            "China lashed out at the U.S. for banning TikTok, describing the ban as an abuse of"
            " state power",
            approximate=True,
            optional=True,
            note="China rejects the ban itself = opposed; the app's home country, so an editor"
            " could record nothing (optional). February 2023, approximate.",
        ),
    ],
    ["PK", "AF"],
    NATIONWIDE,
)

# 911 EduEuphoria web story, undated (events of December 2022 to March 2023).
write(
    "911_edueuphoria_how-many-countries-have-banned-tiktok",
    T,
    "unknown",
    [
        st(
            "TW",
            "committed",
            "2022-12",
            "There is a prohibition in place in Taiwan that prevents public and government"
            " personnel from installing and utilising official devices.",
            approximate=True,
            note="The (garbled) sentence reports Taiwan's public-sector ban = committed. No time"
            " cue: December 2022 (from outside the text), approximate.",
        ),
        st(
            "US",
            "committed",
            "2022-12",
            "The Office of the Chief Administrative Officer sends an email to all members and"
            " workers of the House of Representatives informing them that TikTok is not permitted"
            " on government equipment.",
            approximate=True,
            optional=True,
            note="The House of Representatives' administration, not the government: optional"
            " (as G's legislatures). December 2022 (from outside the text), approximate.",
        ),
        st(
            "EU",
            "committed",
            "2023-02",
            "The European Commission, the executive arm of the 27 EU nations, barred its 32,000"
            " workers from using TikTok on government electronics",
            approximate=True,
            note="February 2023 (from outside the text), approximate.",
        ),
        st(
            "CA",
            "committed",
            "2023-02",
            "Canada banned TikTok from all government devices and may take additional measures.",
            approximate=True,
            note="February 2023 (from outside the text), approximate.",
        ),
        st(
            "LV",
            "committed",
            "2023-03",
            "The Latvian foreign minister declared on Twitter that the app had been banned from"
            " use in the ministry",
            approximate=True,
            alt_stances=["considering"],
            note="A ban in one ministry, declared by its minister: committed (a narrower ban;"
            " considering defensible for the whole government). March 2023, approximate.",
        ),
        st(
            "DK",
            "committed",
            "2023-03",
            "The Danish military ministry banned TikTok for its personnel because the Danish"
            " Center for Cyber Security found it risked espionage.",
            approximate=True,
            note="The defence ministry's ban = committed. 'March 10' is DR's (a broadcaster, not"
            " the government) date; March 2023, approximate.",
        ),
        st(
            "BE",
            "committed",
            "2023-03",
            "Belgian Prime Minister Alexander de Croo bans TikTok on government devices",
            approximate=True,
            speaker="Prime Minister Alexander De Croo",
            note="March 2023 (from outside the text), approximate.",
        ),
        st(
            "NZ",
            "committed",
            "2023-03-17",
            "the Parliament of New Zealand told its members. They banned Tiktok on March 17.",
            optional=True,
            note="Parliament's ban on its members' devices, not the government's: optional."
            " 'March 17' (2023).",
        ),
    ],
    [],
    "DR (Danish broadcaster) is not a government body. The House of Representatives' office"
    " and New Zealand's Parliament are legislatures: optional.",
)

# 912 India.com web story, 19 March 2023.
write(
    "912_indiacom_countries-where-tiktok-is-banned",
    T,
    "2023-03-19",
    [
        st(
            "US",
            "committed",
            "2023-02",
            "In February, the US government gave its departments and organisations 30 days to"
            " remove the programme from their devices.",
            note="'In February' (2023) = 2023-02.",
        ),
        st(
            "EU",
            "committed",
            "2023-02",
            "In February, the European Parliament, the European Commission, and the EU Council"
            " have all banned TikTok from their employees' devices.",
            note="'In February' = 2023-02.",
        ),
        st(
            "CA",
            "committed",
            "2023-02",
            "Canada in February asked that its government representatives refrain from using the"
            " TikTok app",
            alt_stances=["considering"],
            note="'asked that its government representatives refrain' reads as the February ban"
            " (committed); a request short of a ban is defensible as less. 2023-02.",
        ),
    ],
    ["IN", "AF"],
    NATIONWIDE,
)

# 913 247 News Reel, undated (March 2023: Dowden's statement "today" is of 16 March 2023).
first = (
    "Since the beginning of the year, TikTok has been banned in the US, Canada, UK,"
    " Brussels/Strasbourg (EU), etc., with even more countries that have blocked it in total, most"
    " of them from the government / official phones of civil servants and government officials"
)
write(
    "913_247newsreel_countries-where-tiktok-is-prohibited",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            "2023-02",
            first,
            approximate=True,
            note="Named in the opening list (government phones): committed. February 2023 (from"
            " outside the text), approximate.",
        ),
        st(
            "CA",
            "committed",
            "2023-02",
            first + " [...] The government has announced that it is banning the use of the app on"
            " its official devices.",
            approximate=True,
            note="February 2023, approximate.",
        ),
        st(
            "EU",
            "committed",
            "2023-02",
            "The Commission, the European Council and the European Parliament have announced that"
            " they are banning its use on official telephone devices",
            approximate=True,
            note="February 2023, approximate.",
        ),
        st(
            "GB",
            "committed",
            "2023-03",
            "“We are banning the use of TikTok on government devices,” Secretary of State Oliver"
            " Dowden, whose area of expertise includes cybersecurity, said today.",
            approximate=True,
            speaker="Oliver Dowden",
            note="'said today' on an undated page: 16 March 2023 (from outside the text) -> the"
            " month, approximate.",
        ),
        st(
            "BE",
            "committed",
            "2023-03",
            "Finally, we wrote TikTok from the official phones of government officials a week ago."
            " “Prohibition on the use of the application on federal devices […] was obtained",
            approximate=True,
            note="Under the heading 'Belgium'; the machine-English 'we wrote TikTok from the"
            " official phones' = a ban. 'a week ago' on an undated page: March 2023, approximate.",
        ),
    ],
    ["PK", "AF", "CN"],
    NATIONWIDE + " China is only the app's home (ByteDance): mentioned.",
)
