"""Gold for the board-of-peace articles (506-511)."""

from gold_common import st, write

T = "board-of-peace"
JAN = "2026-01"

# 506 iNFOnews (AP list), undated; AP's list of late January 2026 (before the Davos signing).
JOIN_506 = [
    ("AR", "Argentina"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AZ", "Azerbaijan"),
    ("BH", "Bahrain"),
    ("BY", "Belarus"),
    ("BG", "Bulgaria"),
    ("EG", "Egypt"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("JO", "Jordan"),
    ("KZ", "Kazakhstan"),
    ("XK", "Kosovo"),
    ("MA", "Morocco"),
    ("MN", "Mongolia"),
    ("PK", "Pakistan"),
    ("QA", "Qatar"),
    ("SA", "Saudi Arabia"),
    ("TR", "Turkey"),
    ("AE", "United Arab Emirates"),
    ("UZ", "Uzbekistan"),
    ("VN", "Vietnam"),
]
NOT_506 = [
    ("FR", "France"),
    ("NO", "Norway"),
    ("SI", "Slovenia"),
    ("SE", "Sweden"),
    ("GB", "The United Kingdom"),
]
UNDECIDED_506 = [
    ("KH", "Cambodia"),
    ("CN", "China"),
    ("HR", "Croatia"),
    ("CY", "Cyprus"),
    ("DE", "Germany"),
    ("GR", "Greece"),
    ("IN", "India"),
    ("IT", "Italy"),
    ("EU", "The European Union’s executive arm"),
    ("PY", "Paraguay"),
    ("RU", "Russia"),
    ("SG", "Singapore"),
    ("TH", "Thailand"),
    ("UA", "Ukraine"),
]
DATE_NOTE = (
    " Undated page, no time cue: January 2026 (the invitations of mid-January, before the"
    " charter signing at Davos on 22 January), approximate."
)
s506 = []
for code, name in JOIN_506:
    s506.append(
        st(
            code,
            "committed",
            JAN,
            f"Countries that say they will join the board [...] — {name}",
            approximate=True,
            note="Listed by AP among the 'countries that say they will join the board' ="
            " committed (the list reports each country's own word)." + DATE_NOTE,
        )
    )
for code, name in NOT_506:
    s506.append(
        st(
            code,
            "declined",
            JAN,
            f"Countries that will not join the board, at least for now [...] — {name}",
            approximate=True,
            note="Listed under 'will not join the board, at least for now' = declined." + DATE_NOTE,
        )
    )
for code, name in UNDECIDED_506:
    s506.append(
        st(
            code,
            "undecided",
            JAN,
            f"Countries that have been invited but remain noncommittal: [...] — {name}",
            approximate=True,
            note="Listed under 'invited but remain noncommittal' = undecided." + DATE_NOTE,
        )
    )
s506[-1]["note"] += " Ukraine is an invitee here, not the host of anything: coded like the others."
write(
    "506_infonews_whos-on-trumps-board-of-peace",
    T,
    "unknown",
    s506,
    ["US"],
    "AP list re-published by iNFOnews (undated). The three headed lists are AP's report of what"
    " each country says ('countries that say they will join'), so each listed country is coded"
    " with its list's stance (41 statements); the headings are the only stance words, which a"
    " drafter must carry to the list items. The US (Trump chairs the board) is the organiser."
    " Site furniture (newsletter, reCAPTCHA lines) kept as stored.",
)

# 507 VGChartz forum re-post (undated), same week.
JOIN_507 = [
    ("AR", "Argentina"),
    ("AM", "Armenia"),
    ("AZ", "Azerbaijan"),
    ("BH", "Bahrain"),
    ("BY", "Belarus"),
    ("EG", "Egypt"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("JO", "Jordan"),
    ("KZ", "Kazakhstan"),
    ("XK", "Kosovo"),
    ("MA", "Morocco"),
    ("PK", "Pakistan"),
    ("QA", "Qatar"),
    ("SA", "Saudi Arabia"),
    ("TR", "Turkiye"),
    ("AE", "United Arab Emirates"),
    ("UZ", "Uzbekistan"),
    ("VN", "Vietnam"),
]
s507 = [
    st(
        code,
        "committed",
        JAN,
        f"Countries that have agreed to join the board so far include: [...] - {name}",
        approximate=True,
        note="Listed among the countries that 'have agreed to join the board' = committed."
        + DATE_NOTE,
    )
    for code, name in JOIN_507
]
s507 += [
    st(
        "FR",
        "declined",
        JAN,
        "French Foreign Minister Jean-Noel Barrot said Paris backs the US peace plan but not a"
        " new organisation, saying: “Yes to implementing the peace plan presented by the"
        " president of the United States, which we wholeheartedly support, but no to creating an"
        " organisation as it has been presented, which would replace the United Nations.”",
        approximate=True,
        speaker="Jean-Noel Barrot",
        alt_stances=["opposed"],
        note="'no to creating an organisation as it has been presented', under the 'declined'"
        " heading = declined; opposed defensible (rejects the board as presented)." + DATE_NOTE,
    ),
    st(
        "NO",
        "declined",
        JAN,
        "Norway also declined the invitation, with a government official saying the proposal"
        " raises unanswered questions that require further dialogue with Washington.",
        approximate=True,
        note="'declined the invitation' = declined." + DATE_NOTE,
    ),
    st(
        "SE",
        "declined",
        JAN,
        "Sweden’s Prime Minister Ulf Kristersson said Stockholm would not sign up “as the text"
        " stands right now”.",
        approximate=True,
        speaker="Ulf Kristersson",
        alt_stances=["conditional"],
        note="'would not sign up as the text stands' = declined (conditional defensible: a"
        " changed text might do)." + DATE_NOTE,
    ),
    st(
        "SI",
        "declined",
        JAN,
        "Slovenia has taken the strongest stance so far, with Prime Minister Robert Golob"
        " warning the board’s mandate could undermine the international order based on the UN"
        " Charter.",
        approximate=True,
        speaker="Robert Golob",
        alt_stances=["opposed"],
        note="Under 'declined to join'; 'the strongest stance', the board 'could undermine the"
        " international order' = declined, opposed equally defensible." + DATE_NOTE,
    ),
]
write(
    "507_vgchartz_which-countries-agreed-to-join-board-of-peace",
    T,
    "unknown",
    s507,
    ["US", "UN"],
    "Forum re-post (gamrconnect.vgchartz.com) of a news explainer, undated. The bulleted list"
    " carries its stance only in its lead sentence. The US is the organiser. The stored text"
    " ends with blank lines (trimmed).",
)

# 508 LoudFact, undated.
inv = "Multiple governments have confirmed receiving invitations"
write(
    "508_loudfact_board-of-peace-accepted-or-declined",
    T,
    "unknown",
    [
        st(
            "MA",
            "committed",
            JAN,
            "Morocco: King Mohammed VI accepted, becoming the first Arab leader to do so.",
            approximate=True,
            speaker="Mohammed VI",
            note="'accepted' = committed." + DATE_NOTE,
        ),
        st(
            "AR",
            "committed",
            JAN,
            "Argentina: President Javier Milei confirmed participation as a founding member.",
            approximate=True,
            speaker="Javier Milei",
            note="'confirmed participation' = committed." + DATE_NOTE,
        ),
        st(
            "HU",
            "committed",
            JAN,
            "Hungary: Prime Minister Viktor Orban accepted, calling the invitation an “honor.”",
            approximate=True,
            speaker="Viktor Orban",
            note="'accepted' = committed." + DATE_NOTE,
        ),
        st(
            "VN",
            "committed",
            JAN,
            "Vietnam and Kazakhstan: Both governments have signed on.",
            approximate=True,
            note="'have signed on' = committed." + DATE_NOTE,
        ),
        st(
            "KZ",
            "committed",
            JAN,
            "Vietnam and Kazakhstan: Both governments have signed on.",
            approximate=True,
            note="As VN.",
        ),
        st(
            "CA",
            "conditional",
            JAN,
            "Canada: Prime Minister Mark Carney agreed “in principle,” stressing that details"
            " remain unresolved and that Canada would not pay any membership fee.",
            approximate=True,
            speaker="Mark Carney",
            conditions=["details resolved", "no membership fee"],
            alt_stances=["committed", "considering"],
            note="Agreed 'in principle', details unresolved, no fee = conditional; listed under"
            " 'accepted', so committed defensible, and considering ('in principle')." + DATE_NOTE,
        ),
        st(
            "FR",
            "declined",
            JAN,
            "France: President Emmanuel Macron declined “at this stage,” citing concerns about"
            " adherence to UN principles.",
            approximate=True,
            speaker="Emmanuel Macron",
            note="'declined at this stage' = declined." + DATE_NOTE,
        ),
        st(
            "GB",
            "undecided",
            JAN,
            "United Kingdom: Prime Minister Keir Starmer said Britain is consulting allies but"
            " stopped short of endorsing the plan.",
            approximate=True,
            speaker="Keir Starmer",
            alt_stances=["considering"],
            note="'consulting allies', 'stopped short of endorsing' = undecided (under the"
            " 'declined or holding off' heading)." + DATE_NOTE,
        ),
    ],
    [
        "JO",
        "EG",
        "PY",
        "PK",
        "GR",
        "TR",
        "AL",
        "CY",
        "IL",
        "IN",
        "RU",
        "BY",
        "SI",
        "TH",
        "EU",
        "US",
    ],
    f"Undated page. '{inv}' lists invitees only: an invitation is no position (mentioned; the"
    " EU's entry is cut, 'European Union: Offici'). Canada, invited and then accepting in"
    " principle, is coded from its own entry. Turkey's Erdogan only 'approached'.",
)

# 509 Daily Guardian EU (Politico re-post), undated: Meloni-Merz press conference in Rome,
# 'on Friday' = the German-Italian consultations of Friday 23 January 2026.
write(
    "509_dailyguardian_wed-like-to-join-but-we-cant",
    T,
    "unknown",
    [
        st(
            "IT",
            "conditional",
            "2026-01-23",
            "“We are ready. But of course there are objective problems with the way the"
            " initiative is structured,” Meloni said in Rome on Friday during a joint press"
            " conference with Merz.",
            speaker="Giorgia Meloni",
            conditions=["the board's structure made compatible with the Italian constitution"],
            alt_stances=["declined", "undecided"],
            note="'We are ready. But ... objective problems', the constitution 'precludes' such"
            " bodies = ready only if the structure changes: conditional; declined (headline 'we"
            " can't') and undecided defensible. 'on Friday', with Merz in Rome: 23 January 2026.",
        ),
        st(
            "DE",
            "declined",
            "2026-01-23",
            "“We cannot accept the governance structures, also for constitutional reasons in"
            " Germany. But we are, of course, willing to try other forms, new forms of"
            " cooperation.”",
            speaker="Friedrich Merz",
            alt_stances=["conditional"],
            note="'cannot accept the governance structures' = declined; 'personally willing to"
            " join a peace board' makes conditional defensible.",
        ),
        st(
            "DE",
            "undecided",
            JAN,
            "Germany had previously welcomed Trump’s invitation, while remaining on the fence.",
            approximate=True,
            optional=True,
            note="Earlier position ('previously', 'on the fence') = undecided, January 2026,"
            " approximate. An editor may record only the current refusal: optional.",
        ),
    ],
    ["US", "EU", "UN"],
    "Politico text re-posted by dailyguardian.eu, undated, starts mid-article (the store's"
    " excerpt). Site furniture ('Share.', 'Exit mobile version') kept.",
)

# 510 Sunday Times (Reuters), 22 January 2026; 'on Wednesday' = 21 January 2026.
write(
    "510_sundaytimes_constitutional-issues-delay-italy",
    T,
    "2026-01-22",
    [
        st(
            "IT",
            "undecided",
            "2026-01-21",
            "Italy needs more time to decide whether to join US President Donald Trump’s “Board"
            " of Peace” because parts of its statute appear incompatible with the constitution,"
            " Prime Minister Giorgia Meloni said on Wednesday.",
            speaker="Giorgia Meloni",
            alt_stances=["considering"],
            note="'needs more time to decide' = undecided; 'my position certainly remains one of"
            " openness' makes considering defensible. 'on Wednesday' before the page of"
            " Thursday 22 January 2026 = 21 January 2026.",
        ),
    ],
    ["US", "EU", "UN"],
    "Corriere della Sera's report that Italy 'would not take part' is a newspaper's claim, not"
    " the government's: not coded. 'Many others, especially in the European Union' names none."
    " Not cut.",
)

# 511 Israel National News, undated: Tajani 'said Saturday', the day after meeting Rubio and
# Vance at the Milan Olympics (opening, Friday 6 February 2026) = 7 February 2026.
write(
    "511_israelnationalnews_italy-will-not-take-part",
    T,
    "unknown",
    [
        st(
            "IT",
            "declined",
            "2026-02-07",
            'Italy will not take part in US President Donald Trump’s “Board of Peace," Italian'
            " Foreign Minister Antonio Tajani said Saturday, citing constitutional obstacles that"
            " he described as insurmountable",
            speaker="Antonio Tajani",
            approximate=True,
            note="'will not take part', 'We cannot participate' = declined. 'Saturday', a day"
            " after the Olympics meeting in Milan (opened 6 February 2026): 7 February 2026,"
            " approximate (the page is undated).",
        ),
        st(
            "IT",
            "considering",
            JAN,
            "“Italy's position is one of openness and interest in the initiative, and I believe"
            ' Italy can play a leading role in stabilizing the Middle East."',
            speaker="Giorgia Meloni",
            alt_stances=["undecided"],
            note="Meloni 'last month' (January 2026): 'openness and interest' = considering"
            " (undecided defensible). Italy says two things in one article: both kept.",
        ),
        st(
            "EU",
            "conditional",
            JAN,
            "European Union (EU) foreign policy chief Kaja Kallas previously indicated that"
            " European leaders would be willing to work with the Board of Peace, if its focus is"
            " narrowed down to Gaza.",
            approximate=True,
            speaker="Kaja Kallas",
            optional=True,
            alt_stances=["considering"],
            note="Willing to 'work with' the board if narrowed to Gaza: cooperation, not"
            " membership, so optional; if recorded, conditional. 'previously': January 2026,"
            " approximate.",
        ),
    ],
    ["US"],
    "Undated page. '19 countries have since signed its founding charter' names none. Not cut.",
)
