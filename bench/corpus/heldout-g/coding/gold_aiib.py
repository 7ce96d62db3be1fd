"""Gold for the join-aiib-founding-member articles (720-725)."""

from gold_common import st, write

T = "join-aiib-founding-member"
CHINA = " China founded the bank and hosts it (Beijing): the organiser, not coded (mentioned)."

# 720 CRI Filipino, URL date 13 March 2015; "kahapon" (yesterday) = 12 March.
lead720 = (
    "Sa kasalukuyan, mayroong 24 founding member ang AIIB na kinabibilangan ng Tsina, Pilipinas,"
    " Bangladesh, Brunei, Cambodia, India, Indonesia, Kazakhstan, Kuwait, Laos, New Zealand,"
    " Maldives, Malaysia, Mongolia, Myanmar, Nepal, Oman, Pakistan, Qatar, Singapore, Sri Lanka,"
    " Thailand, Uzbekistan at Biyetnam."
)
write(
    "720_cri-filipino_britanya-aplikasyon-founding-member-aiib",
    T,
    "2015-03-13",
    [
        st(
            "GB",
            "committed",
            "2015-03-12",
            "Ipinatalastas kahapon ng Ministri ng Pinansiya ng Tsina, na pormal nang iniharap ng"
            " Britanya ang aplikasyon para maging founding member ng Asian Infrastructure"
            " Investment Bank (AIIB).",
            note="Britain 'formally submitted its application to become a founding member' ="
            " committed. Announced 'kahapon' (yesterday) = 12 March 2015.",
        ),
        *[
            st(
                c,
                "committed",
                "2015-03-13",
                lead720,
                note="One of the AIIB's current founding members = committed. 'Sa kasalukuyan'"
                " (at present): the page's date.",
            )
            for c in (
                "PH",
                "BD",
                "BN",
                "KH",
                "IN",
                "ID",
                "KZ",
                "KW",
                "LA",
                "NZ",
                "MV",
                "MY",
                "MN",
                "MM",
                "NP",
                "OM",
                "PK",
                "QA",
                "SG",
                "LK",
                "TH",
                "UZ",
                "VN",
            )
        ],
    ],
    ["CN"],
    "Dated page (URL date), Filipino. 'Tsina' (China) is in the list of 24:" + CHINA + " China's"
    " finance ministry only announces the application. 'Biyetnam' = Vietnam. Not cut.",
)

# 721 CRI Filipino, URL date 18 March 2015; "Sinabi kahapon" = 17 March.
fr721 = (
    "Sinabi kahapon ng Ministring Panlabas ng Pransya na, nagpahayag na ng intensyon ang Pransya,"
    " Alemanya at Italya na maging founding member ng Asian Infrastructure Investment Bank (AIIB)."
)
write(
    "721_cri-filipino_pransya-alemanya-italya-aiib",
    T,
    "2015-03-18",
    [
        *[
            st(
                c,
                "committed",
                "2015-03-17",
                fr721,
                note="'have expressed the intention to become founding members' (France's foreign"
                " ministry for the three) = committed. 'kahapon' = 17 March 2015.",
            )
            for c in ("FR", "DE", "IT")
        ],
        st(
            "GB",
            "committed",
            "2015-03",
            "Nauna rito, ipinahayag din ng Britanya ang intensyong sumapi sa AIIB.",
            approximate=True,
            note="'Earlier, Britain also announced its intention to join' = committed. Earlier"
            " this month: March 2015, approximate.",
        ),
    ],
    ["CN"],
    "Dated page (URL date), Filipino. Hong Lei speaks for China's foreign ministry, welcoming"
    " all countries:" + CHINA + " 'apat ... na bansang Europeo' (four European countries) are"
    " the four named. Not cut.",
)

# 722 City A.M., undated; "Today, France, Italy and Germany all confirmed" (17 March 2015, a day
# not in the text): March 2015, approximate. The table gives each member's year of joining.
M15 = "2015-03"
tab722 = "AIIB founding members: Who are they and when did they join? Joined in 2014 Joined in 2015"
joined14 = [
    ("BD", "Bangladesh"),
    ("BN", "Brunei"),
    ("KH", "Cambodia"),
    ("IN", "India"),
    ("ID", "Indonesia"),
    ("JO", "Jordan"),
    ("KZ", "Kazakhstan"),
    ("KW", "Kuwait"),
    ("LA", "Laos"),
    ("MY", "Malaysia"),
    ("MV", "Maldives"),
    ("MN", "Mongolia"),
    ("MM", "Myanmar"),
    ("NP", "Nepal"),
    ("OM", "Oman"),
    ("PK", "Pakistan"),
    ("PH", "Philippines"),
    ("QA", "Qatar"),
    ("SG", "Singapore"),
    ("LK", "Sri Lanka"),
    ("TH", "Thailand"),
    ("UZ", "Uzbekistan"),
    ("VN", "Vietnam"),
]
today722 = (
    "Today, France, Italy and Germany all confirmed they were becoming members of the"
    " Chinese-led Asian Infrastructure Investment Bank (AIIB)"
)
write(
    "722_cityam_france-germany-follow-uk-backing-aiib",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                M15,
                today722,
                approximate=True,
                alt_dates=["2015-03-17"],
                note="'confirmed they were becoming members' = committed. 'Today' on an undated"
                " page: March 2015, approximate (17 March as alt); the table's 'Joined in 2015'"
                " agrees.",
            )
            for c in ("FR", "IT", "DE")
        ],
        st(
            "GB",
            "committed",
            M15,
            "the UK decided to become the first G7 member nation. [...] But Chancellor George"
            " Osborne argued that building connections with China is important for the UK"
            " economy: “Joining the AIIB at the founding stage will create an unrivalled"
            " opportunity for the UK and Asia to invest and grow together,” he said.",
            approximate=True,
            speaker="George Osborne",
            note="'decided to become the first G7 member', Osborne's 'Joining the AIIB at the"
            " founding stage' = committed. The US criticised it 'last week': March 2015,"
            " approximate.",
        ),
        st(
            "US",
            "opposed",
            M15,
            "the US, which is traditionally one of Britain's key allies, was not happy when the UK"
            " decided to become the first G7 member nation. It views AIIB as a rival to"
            " Western-dominated financial institutions and last week openly criticised the UK for"
            " the decision [...] Washington has questioned the Asian bank's environmental and"
            " social safeguards, as well as its transparency standards. It has been trying to urge"
            " other nations against joining,",
            approximate=True,
            alt_stances=["declined"],
            note="Does not join, criticises those who do and urges others against joining ="
            " opposed (declined defensible). March 2015, approximate.",
        ),
        *[
            st(
                c,
                "declined",
                M15,
                "It has been trying to urge other nations against joining, and those who followed"
                " their advice include Japan, South Korea and Australia.",
                approximate=True,
                note="'followed their advice' against joining = declined (so far). March 2015,"
                " approximate.",
            )
            for c in ("JP", "KR", "AU")
        ],
        *[
            st(
                c,
                "committed",
                "2014",
                tab722 + " [...] " + name,
                note="In the table of founding members, first column ('Joined in 2014') ="
                " committed, 2014.",
            )
            for c, name in joined14
        ],
        st(
            "NZ",
            "committed",
            "2015",
            tab722 + " [...] China New Zealand",
            alt_dates=["2014"],
            note="Listed in both columns (beside China under 2015, and again under 2014):"
            " committed, 2015 with 2014 as alt.",
        ),
        st(
            "SA",
            "committed",
            "2015",
            tab722 + " [...] India Saudi Arabia",
            note="Second column ('Joined in 2015') = committed, 2015.",
        ),
        st(
            "TJ",
            "committed",
            "2015",
            tab722 + " [...] Indonesia Tajikistan",
            note="As SA.",
        ),
    ],
    ["CN"],
    "Undated page (the stored text has no headline beyond the question it starts with; the"
    " title is that line). 'Beijing' set the bank up:" + CHINA + " The two-column table is"
    " stored flattened (one line per row, 2014 left, 2015 right). Not cut.",
)

# 723 CRI Filipino, URL date 29 March 2015; "kahapon" = 28 March (the Bo'ao forum).
D723 = "2015-03-28"
write(
    "723_cri-filipino_rusya-australia-denmark-aiib",
    T,
    "2015-03-29",
    [
        st(
            "RU",
            "committed",
            D723,
            "Magkahiwalay na ipinatalastas kahapon ng Rusya, Australia, at Denmark, ang paghaharap"
            " ng aplikasyon para sumapi sa Asian Infrastructure Investment Bank (AIIB)."
            " [...] Ipinatalastas ni Igor Ivanovich Shuvalov, Pangalawang Punong Ministro ng"
            " Rusya, ang kapasiyahang ito sa Bo'ao Asia Forum",
            speaker="Igor Shuvalov",
            note="'announced submitting an application to join' = committed. 'kahapon' = 28"
            " March 2015.",
        ),
        st(
            "AU",
            "committed",
            D723,
            "Magkahiwalay na ipinatalastas kahapon ng Rusya, Australia, at Denmark, ang paghaharap"
            " ng aplikasyon para sumapi sa Asian Infrastructure Investment Bank (AIIB)."
            " [...] Ipinatalastas din sa Bo'ao Asia Forum ni Mathias Coleman, Ministrong Pinansyal"
            " ng Australia, ang katulad na kapasyahan ng kanyang bansa.",
            speaker="Mathias Coleman",
            note="As RU (the finance minister is Mathias Cormann; the text's 'Coleman' kept as"
            " speaker).",
        ),
        st(
            "DK",
            "committed",
            D723,
            "Magkahiwalay na ipinatalastas kahapon ng Rusya, Australia, at Denmark, ang paghaharap"
            " ng aplikasyon para sumapi sa Asian Infrastructure Investment Bank (AIIB)."
            " [...] Ipinahayag naman ng pamahalaan ng Denmark na ang kanilang kapasyahan ng"
            " pagsapi sa AIIB",
            note="As RU; the Danish government explains its decision to join.",
        ),
        *[
            st(
                c,
                "committed",
                D723,
                "Nang araw ring iyon, pinagtibay ng mga kasalukuyang founding member ng AIIB ang"
                " pagtanggap sa Britanya at Switzerland bilang founding member ng AIIB.",
                note="Approved as founding members the same day ('Nang araw ring iyon') = they"
                " applied and join: committed. 28 March 2015.",
            )
            for c in ("GB", "CH")
        ],
    ],
    ["CN"],
    "Dated page (URL date), Filipino. The Bo'ao forum is held in China:" + CHINA + " 'the current"
    " founding members' who approve Britain and Switzerland are unnamed. Not cut.",
)

# 724 South China Morning Post, published 15 April 2015 (shown on the page).
D724 = "2015-04-15"
latest = (
    "The China-led Asian Infrastructure Investment Bank (AIIB) has officially approved 57 nations"
    " as prospective founding members, with Sweden, Israel, South Africa, Azerbaijan, Iceland,"
    " Portugal and Poland the latest to be included."
)
accepted = (
    "Countries accepted as AIIB founding members include China, India, Malaysia, Indonesia,"
    " Singapore, Saudi Arabia, Brunei, Myanmar, the Philippines, Pakistan, Britain, Australia,"
    " Brazil, France, Germany and Spain."
)
write(
    "724_scmp_57-nations-approved-founder-members-aiib",
    T,
    D724,
    [
        *[
            st(
                c,
                "committed",
                D724,
                latest,
                note="Approved as a prospective founding member (the latest batch) = committed."
                " The page's date.",
            )
            for c in ("SE", "IL", "ZA", "AZ", "IS", "PT", "PL")
        ],
        *[
            st(
                c,
                "committed",
                D724,
                accepted,
                note="'accepted as AIIB founding members' = committed. The page's date.",
            )
            for c in (
                "IN",
                "MY",
                "ID",
                "SG",
                "SA",
                "BN",
                "MM",
                "PH",
                "PK",
                "GB",
                "AU",
                "BR",
                "FR",
                "DE",
                "ES",
            )
        ],
        st(
            "TW",
            "considering",
            D724,
            "However, long-time rival Taiwan was left off the list of founding members despite"
            " expressing a desire to join, the Ministry of Finance said yesterday. [...] Taiwan"
            " said it would try to join the institution as a regular member.",
            alt_stances=["committed"],
            alt_dates=["2015-04-14"],
            note="'expressing a desire to join', left off, 'would try to join ... as a regular"
            " member' = considering (it applied: committed defensible). No day cue for Taiwan's"
            " words: the page's date (the ministry's 'yesterday' as alt).",
        ),
        st(
            "KP",
            "committed",
            D724,
            "Unconfirmed reports said North Korea's application was rejected.",
            optional=True,
            note="It applied, per unconfirmed reports, and was rejected: optional committed."
            " Page date.",
        ),
        *[
            st(
                c,
                "declined",
                D724,
                "The United States and Japan, two of the world's biggest economies, did not apply"
                " to join.",
                note="'did not apply to join' = declined. Page date.",
            )
            for c in ("US", "JP")
        ],
    ],
    ["CN"],
    "Dated page ('PUBLISHED : Wednesday, 15 April, 2015'). China is in the accepted list and"
    " its finance ministry speaks:" + CHINA + " 'Chinese state media' report. Cut mid-sentence"
    " ('launched the bank initiative').",
)

# 725 InfraPPP World, undated; the approval of 15 April 2015: April 2015, approximate.
A15 = "2015-04"
list725 = "The 57 funding members are the following:"
names725 = [
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("AZ", "Azerbaijan"),
    ("BD", "Bangladesh"),
    ("BR", "Brazil"),
    ("BN", "Brunei"),
    ("KH", "Cambodia"),
    ("DK", "Denmark"),
    ("EG", "Egypt"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GE", "Georgia"),
    ("DE", "Germany"),
    ("IS", "Iceland"),
    ("IN", "India"),
    ("ID", "Indonesia"),
    ("IR", "Iran"),
    ("IL", "Israel"),
    ("IT", "Italy"),
    ("JO", "Jordan"),
    ("KZ", "Kazakhstan"),
    ("KG", "Kyrgyzsan"),
    ("KW", "Kuwait"),
    ("LA", "Lao"),
    ("LU", "Luxembourg"),
    ("MY", "Malaysia"),
    ("MV", "Maldives"),
    ("MT", "Malta"),
    ("MN", "Mongolia"),
    ("MM", "Myanmar"),
    ("NP", "Nepal"),
    ("NL", "Netherlands"),
    ("NZ", "New Zealand"),
    ("NO", "Norway"),
    ("OM", "Oman"),
    ("PK", "Pakistan"),
    ("PH", "Philippines"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("QA", "Qatar"),
    ("KR", "Republic of Korea"),
    ("RU", "Russia"),
    ("SA", "Saudi Arabia"),
    ("SG", "Singapore"),
    ("ZA", "South Africa"),
    ("ES", "Spain"),
    ("LK", "Sri Lanka"),
    ("SE", "Sweden"),
    ("CH", "Switzerland"),
    ("TJ", "Tajikistan"),
    ("TH", "Thailand"),
    ("TR", "Turkey"),
    ("AE", "UAE"),
    ("GB", "United Kingdom"),
    ("UZ", "Uzbekistan"),
    ("VN", "Vietnam"),
]
write(
    "725_infrapppworld_57-countries-join-china-s-aiib",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                A15,
                list725 + " [...] " + name,
                approximate=True,
                note="One of the 57 that 'will finally join ... as prospective founding members' ="
                " committed. Undated page, the approval of mid-April 2015: April 2015,"
                " approximate.",
            )
            for c, name in names725
        ],
        st(
            "KP",
            "committed",
            A15,
            "According to sources North Korea's application was rejected",
            approximate=True,
            optional=True,
            note="It applied, per unnamed sources, and was rejected: optional committed. April"
            " 2015, approximate.",
        ),
        st(
            "TW",
            "considering",
            A15,
            "Taiwan has plans to join the institution as a regular member.",
            approximate=True,
            alt_stances=["committed"],
            note="'has plans to join ... as a regular member' (not as a founder) = considering"
            " (committed defensible). April 2015, approximate.",
        ),
        *[
            st(
                c,
                "declined",
                A15,
                "The United States and Japan did not apply to join.",
                approximate=True,
                note="'did not apply to join' = declined. April 2015, approximate.",
            )
            for c in ("US", "JP")
        ],
    ],
    ["CN"],
    "Undated page. 'funding members' (the text's slip for founding) and 'Kyrgyzsan', 'Lao' kept"
    " as stored. China is in the list and funds half the capital:" + CHINA + " The latest seven"
    " (Sweden ... Poland) are in the list too (one statement each). Australia's possible $3"
    " billion is the same membership, no second statement. Not cut.",
)
