"""Gold for the ratify-nato-accession-finland-sweden articles (1507-1512)."""

from gold_common import st, write

T = "ratify-nato-accession-finland-sweden"
APPLICANTS = ["FI", "SE"]

# 1507 Democracia Participativa (the NATO PA's timeline), undated; the list is cut at "Spain".
LIST_1507 = [
    ("CA", "Canada", "07-05"),
    ("IS", "Iceland", "07-05"),
    ("NO", "Norway", "07-05"),
    ("EE", "Estonia", "07-06"),
    ("GB", "United Kingdom", "07-06"),
    ("AL", "Albania", "07-07"),
    ("DK", "Denmark", "07-07"),
    ("DE", "Germany", "07-08"),
    ("NL", "Netherlands", "07-12"),
    ("LU", "Luxembourg", "07-12"),
    ("BG", "Bulgaria", "07-13"),
    ("LV", "Latvia", "07-14"),
    ("SI", "Slovenia", "07-14"),
    ("HR", "Croatia", "07-15"),
    ("PL", "Poland", "07-20"),
    ("LT", "Lithuania", "07-20"),
    ("BE", "Belgium", "07-20"),
    ("RO", "Romania", "07-21"),
    ("MK", "North Macedonia", "07-27"),
    ("ME", "Montenegro", "07-28"),
    ("FR", "France", "08-02"),
    ("IT", "Italy", "08-03"),
    ("US", "United-States", "08-03"),
    ("CZ", "Czech Republic", "08-27"),
    ("GR", "Greece", "09-15"),
    ("PT", "Portugal", "09-16"),
]
MONTHS = {"07": "July", "08": "August", "09": "September"}
HEAD_1507 = (
    "Note: the timeline below indicates the date of the end of the parliamentary procedures."
)
write(
    "1507_democraciaparticipativa_ratification-of-finland-and-sweden-accession-on-hold",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                f"2022-{md}",
                f"{HEAD_1507} [...] ☑️ {name} - {int(md[3:])} {MONTHS[md[:2]]}",
                note="The end of the parliamentary procedure (a tick in the list); the year"
                " from 'signed on 5 July' (2022).",
            )
            for c, name, md in LIST_1507
        ],
        st(
            "ES",
            "committed",
            "2022-10",
            f"{HEAD_1507} [...] ☑️ Spain",
            approximate=True,
            alt_dates=["2022-09"],
            note="The stored text is cut after 'Spain' (its date lost); the list is in date"
            " order, so after 16 September 2022 (Spain's vote was in October 2022, from outside"
            " the text).",
        ),
        *[
            st(
                c,
                "declined",
                "2022-10",
                "Ratification of Finland and Sweden's accession to NATO is on hold due to Hungary"
                " and Turkey's refusal to approve their membership",
                approximate=True,
                optional=True,
                alt_stances=["undecided"],
                alt_dates=["2022-09", "2022-11"],
                note="Only the headline says it (the body is cut before Hungary and Turkey):"
                " 'refusal to approve' as the author's statement of fact; an editor could"
                " record nothing. Undated page: the month the list reaches.",
            )
            for c in ["HU", "TR"]
        ],
    ],
    [*APPLICANTS, "NATO"],
    "The NATO Parliamentary Assembly, which monitors and encourages ratification, is NATO's"
    " (mentioned). Slovakia, not in the stored list, is not coded.",
)

# 1508 Sputnik, 2023-03-30: the Turkish vote on Finland; Hungary's "On Monday" = 27 March.
write(
    "1508_sputniknews_turkish-parliament-ratifies-finlands-nato-membership-protocol",
    T,
    "2023-03-30",
    [
        st(
            "TR",
            "committed",
            "2023-03-30",
            "The Grand National Assembly of Turkey ratified the protocol on Finland's membership"
            " in NATO, Deputy Speaker Haydar Akar said.",
            speaker="Deputy Speaker Haydar Akar",
            note="Finland's protocol.",
        ),
        st(
            "TR",
            "declined",
            "2023-03-30",
            "Turkiye has said that it is not ready to ratify the accession of Sweden to NATO.",
            alt_stances=["undecided", "skeptical"],
            note="Sweden's protocol: 'not ready to ratify' after the Quran burning.",
        ),
        st(
            "HU",
            "committed",
            "2023-03-27",
            "On Monday, Finland's membership in NATO was supported by the Hungarian parliament.",
            approximate=True,
            note="Finland's protocol; Monday before the 30 March vote.",
        ),
        st(
            "HU",
            "undecided",
            "2023-03-30",
            "Hungary also did not approve Sweden's application at the moment because of"
            " interstate disagreements.",
            alt_stances=["declined"],
            note="Sweden's protocol: not approved 'at the moment'.",
        ),
    ],
    [*APPLICANTS, "US"],
    "'all NATO members have ratified Finland's accession' names no country. The US State"
    " Department is the depository (mentioned).",
)

# 1509 Hungarian Conservative, undated: Friday 17 March 2023.
D17 = "2023-03-17"
write(
    "1509_hungarianconservative_erdogan-turkey-support-finland-fidesz-vote-sweden-not-supported",
    T,
    "unknown",
    [
        st(
            "HU",
            "committed",
            D17,
            "Fidesz’s parliamentary group leader Máté Kocsis said his party is backing Finland’s"
            " accession and that the vote in parliament to ratify it would be held on 27 March."
            " [...] Government spokesperson Zoltán Kovács announced the news in a post on Twitter"
            " soon afterwards.",
            speaker="Máté Kocsis (ruling party's group leader); government spokesperson Zoltán"
            " Kovács",
            alt_dates=["2023-03-27"],
            note="Finland's protocol: the ruling party's and government's announcement of the"
            " ratifying vote, 'On the same day, 17 March'.",
        ),
        st(
            "HU",
            "undecided",
            D17,
            "Kocsis added that as far as Sweden is concerned, the parliamentary group would make"
            " a decision ‘later’.",
            note="Sweden's protocol.",
        ),
        st(
            "TR",
            "committed",
            D17,
            "On the same day, 17 March, Turkish President Recep Tayyip Erdoğan announced in"
            " Ankara that Turkey would consent to the NATO accession of Finland.",
            speaker="President Recep Tayyip Erdoğan",
            note="Finland's protocol.",
        ),
        st(
            "TR",
            "declined",
            D17,
            "the Turkish leader made it clear that Turkey would not support Sweden joining the"
            " Alliance, as Stockholm has still not extradited the 120 individuals Turkey regards"
            " as terrorists.",
            speaker="President Recep Tayyip Erdoğan",
            alt_stances=["conditional"],
            note="Sweden's protocol: 'would not support', with the extraditions as its reason.",
        ),
    ],
    [*APPLICANTS, "US", "NATO"],
    "The United States only welcomes Turkey's announcement and urges Turkey and Hungary to"
    " ratify (one country's view of others: mentioned). Stoltenberg is NATO's.",
)

# 1510 BOL News, undated: Milanovic "said Wednesday" (18 May 2022), the applications just made.
D_1510 = "2022-05-18"
write(
    "1510_bolnews_croatian-president-to-block-finland-sweden-nato",
    T,
    "unknown",
    [
        st(
            "HR",
            "declined",
            D_1510,
            "Croatian President Zoran Milanovic said Wednesday that he intends to order"
            " Ambassador Mario Nobilo, the country’s permanent envoy to NATO, to prevent Finland"
            " and Sweden from joining the decades-old military alliance.",
            approximate=True,
            speaker="President Zoran Milanovic",
            alt_stances=["conditional"],
            alt_dates=["2022-05"],
            note="The president's refusal, tied to Croats' rights in Bosnia; the foreign"
            " minister says the opposite the same day: both positions coded (rule 5).",
        ),
        st(
            "HR",
            "committed",
            D_1510,
            "On Wednesday, Croatian Foreign Minister Gordan Grlic-Radman informed state radio that"
            " Nobilo has already been warned “to approve Finland and Sweden’s membership"
            " application” [...] Croatia’s parliament is “certain” to ratify the agreement,"
            " Grlic-Radman added.",
            approximate=True,
            speaker="Foreign Minister Gordan Grlic-Radman",
            alt_dates=["2022-05"],
        ),
        st(
            "TR",
            "conditional",
            D_1510,
            "Ankara’s opposition to any agreement admitting Sweden and Finland to NATO until they"
            " denounce “terrorists and their accomplices” associated with the Kurdistan Workers’"
            " Party (PKK) and the Revolutionary People’s Liberation Front (DHKP/C), among other"
            " concessions",
            approximate=True,
            alt_stances=["declined"],
            alt_dates=["2022-05"],
            conditions="until they denounce “terrorists and their accomplices” associated with"
            " the PKK and the DHKP/C, among other concessions",
            note="Opposition 'until' conditions are met: conditional; declined defensible.",
        ),
    ],
    [*APPLICANTS, "BA", "RU", "NATO"],
    "Bosnia and Herzegovina is the subject of Milanovic's demand; Russia only in 'the"
    " Russian-Finnish border'.",
)

# 1511 Daily News EN, undated: Hungary's vote "on Monday" (27 March 2023).
write(
    "1511_dailynewsen_parliament-of-hungary-ratifies-accession-of-finland-to-nato",
    T,
    "unknown",
    [
        st(
            "HU",
            "committed",
            "2023-03-27",
            "Hungary’s parliament, dominated by nationalist Prime Minister Viktor Orban’s party,"
            " ratified Finland’s NATO membership on Monday after months of delay",
            approximate=True,
            note="Finland's protocol; Monday 27 March 2023, from outside the text.",
        ),
        st(
            "HU",
            "undecided",
            "2023-03-27",
            "The case of Sweden will be dealt with “later”, according to the ruling Fidesz party."
            " [...] despite the fact that the Orban government has made its support official.",
            approximate=True,
            alt_stances=["committed"],
            note="Sweden's protocol: the vote put off 'later' though the government's support is"
            " 'official': undecided, committed defensible.",
        ),
        st(
            "TR",
            "committed",
            "2023-03",
            "In mid-March, Turkish President Recep Tayyip Erdogan gave his green light for Finland",
            approximate=True,
            speaker="President Recep Tayyip Erdogan",
            note="Finland's protocol.",
        ),
        st(
            "TR",
            "declined",
            "2023-03",
            "The situation is more complicated for Sweden, whose access is blocked by Ankara.",
            approximate=True,
            note="Sweden's protocol.",
        ),
    ],
    [*APPLICANTS, "RU", "UA", "NATO"],
    "'28 have already approved' names no country. Sweden's concern is the applicant's.",
)

# 1512 Devdiscourse (Reuters), 2022-11-30: Haavisto "said on Wednesday"; Orban "last week".
write(
    "1512_devdiscourse_hungary-to-ratify-finland-sweden-nato-bids-in-february",
    T,
    "2022-11-30",
    [
        st(
            "HU",
            "committed",
            "2022-11-30",
            "Hungary has promised to ratify the NATO bids of Finland and Sweden in early February"
            " of 2023 [...] Hungarian Prime Minister Viktor Orban said last week that Hungary's"
            " parliament would ratify NATO memberships for Finland and Sweden early next year.",
            speaker="Prime Minister Viktor Orban (as relayed by Finland's foreign minister)",
            alt_dates=["2022-11-24"],
            note="A promise to ratify 'with no preconditions' (both protocols): committed.",
        ),
        st(
            "TR",
            "undecided",
            "2022-11-30",
            "Turkey, the only other NATO nation that has yet to ratify the memberships, has not"
            " yet set a date, Haavisto said.",
        ),
    ],
    [*APPLICANTS, "NATO"],
    "Haavisto speaks for Finland, the applicant (mentioned).",
)
