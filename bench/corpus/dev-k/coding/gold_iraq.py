"""Gold for the iraq-2003-coalition-troops articles (1011-1015)."""

from gold_common import st, troops, write

T = "iraq-2003-coalition-troops"

# 1011 Lawrence Journal-World (AP), Wednesday 16 July 2003: troops for post-war Iraq.
BRIGADE = (
    "Poland will contribute 2,300 soldiers to a brigade that will also include units from"
    " Bulgaria, Romania, Hungary and Lithuania."
)
SECOND = (
    "A second brigade will have 1,640 Ukrainians and the third 1,100 Spanish troops as well as"
    " units from Honduras, the Dominican Republic and El Salvador and Nicaragua."
)
UNITS = "'will also include units from' (the author reporting as fact) = committed (ground)."
write(
    "1011_ljworld_france-latest-to-nix-sending-backup-to-iraq",
    T,
    "2003-07-16",
    [
        st(
            "FR",
            "declined",
            "2003-07-15",
            "France’s president Tuesday ruled out sending French troops to Iraq [...] sending"
            " French soldiers to Iraq “cannot be imagined in the current context.”",
            speaker="President Jacques Chirac",
            conditions="a French role unthinkable without approval by the U.N. Security Council",
            note="'ruled out sending French troops' = declined. Tuesday = 15 July 2003.",
        ),
        st(
            "IN",
            "declined",
            "2003-07-14",
            "India also rejected a U.S. request for peacekeepers for Iraq, saying Monday it would"
            " consider such a move only under a U.N. mandate.",
            alt_stances=["conditional"],
            conditions="only under a U.N. mandate",
            note="'rejected a U.S. request' = declined; the UN-mandate proviso is kept in"
            " conditions (conditional defensible). Monday = 14 July 2003.",
        ),
        st(
            "DE",
            "declined",
            "2003-07-15",
            "“We are very consciously not with troops in Iraq,” German Foreign Minister Joschka"
            " Fischer said Tuesday. “The German position about this did not change.” [...] German"
            " Chancellor Gerhard Schroeder said last week that his country would consider"
            " sending peacekeepers only if asked by an interim Iraqi government or the United"
            " Nations.",
            speaker="Foreign Minister Joschka Fischer",
            alt_stances=["conditional"],
            alt_dates=["2003-07"],
            conditions="only if asked by an interim Iraqi government or the United Nations",
            note="One position, 'rejecting U.S. calls' with a proviso: declined (conditional"
            " defensible for Schroeder's words of 'last week'). Tuesday = 15 July 2003.",
        ),
        st(
            "PL",
            "committed",
            "2003-07-16",
            BRIGADE,
            ["ground"],
            troops=troops(2300, 2300, "2,300 soldiers"),
            note="'will contribute 2,300 soldiers' = committed (ground). No date: publication"
            " date.",
        ),
        *[
            st(c, "committed", "2003-07-16", BRIGADE, ["ground"], note=UNITS)
            for c in ["BG", "RO", "HU", "LT"]
        ],
        st(
            "UA",
            "committed",
            "2003-07-16",
            SECOND,
            ["ground"],
            troops=troops(1640, 1640, "1,640 Ukrainians"),
            note="A brigade 'will have 1,640 Ukrainians' = committed (ground).",
        ),
        st(
            "ES",
            "committed",
            "2003-07-16",
            SECOND,
            ["ground"],
            troops=troops(1100, 1100, "1,100 Spanish troops"),
            note="'1,100 Spanish troops' = committed (ground).",
        ),
        *[
            st(c, "committed", "2003-07-16", SECOND, ["ground"], note=UNITS)
            for c in ["HN", "DO", "SV", "NI"]
        ],
    ],
    ["CZ", "US", "IQ"],
    "The Czech president is Chirac's interlocutor only. The United States (which leads the"
    " coalition and asks for troops) and Iraq are not coded. 'a few nations are sending"
    " troops' (unnamed) is not coded.",
)

# 1012 People's Daily Online (AP), Wednesday 22 January 2003: before the invasion.
NOT_RUSHED = (
    "France, Germany, Russia and China have made it clear they will not be rushed by"
    " Washington's timetable for war against Iraq"
)
write(
    "1012_peoplecn_some-us-allies-question-war-timetable",
    T,
    "2003-01-22",
    [
        st(
            "FR",
            "skeptical",
            "2003-01-21",
            NOT_RUSHED + ' [...] "We see no justification right now for any military action,"'
            " French Foreign Minister Dominique de Villepin said Tuesday.",
            speaker="Foreign Minister Dominique de Villepin",
            alt_stances=["opposed", "declined"],
            note="'will not be rushed', 'no justification right now' = skeptical (premature);"
            " a veto hint makes opposed defensible. Tuesday = 21 January 2003.",
        ),
        *[
            st(
                c,
                "skeptical",
                "2003-01-21",
                NOT_RUSHED,
                alt_stances=["opposed"],
                note="'will not be rushed by Washington's timetable for war' = skeptical"
                " (opposed defensible). The AP report of Tuesday 21 January 2003.",
            )
            for c in ["DE", "RU", "CN"]
        ],
        st(
            "GB",
            "committed",
            "2003-01-22",
            "Britain, America's closest ally, is the only major military power virtually certain"
            " to join the United States, having called up 26,000 soldiers for duty in the"
            " Persian Gulf.",
            ["ground"],
            alt_stances=["considering"],
            troops=troops(26000, 26000, "26,000 soldiers"),
            note="Soldiers called up for the Gulf (a fact) = committed (ground); 'virtually"
            " certain to join' is the author's forecast, so considering is defensible."
            " Publication date.",
        ),
        st(
            "TR",
            "skeptical",
            "2003-01-21",
            "But on Tuesday, Turkey announced it will host a meeting of regional foreign"
            " ministers to discuss the deep reservations that Iraq's neighbors have in"
            " supporting a",
            optional=True,
            note="Hosting a meeting on neighbours' 'deep reservations' = skeptical, optional"
            " (the text is cut off there). Tuesday = 21 January 2003.",
        ),
    ],
    ["AU", "CA", "BG", "US", "IQ"],
    "Australia, Canada and Bulgaria 'could provide supporting military roles' is the author's"
    " list of possible contributors (rule 1): mentioned. The US leads; Iraq is the target."
    " France's 'unlikely to join' is the author's forecast, inside France's one statement.",
)

# 1013 Blog post, Tuesday 18 March 2003.
write(
    "1013_alliewojtaszek_worlds-reaction-canada-will-not-participate",
    T,
    "2003-03-18",
    [
        st(
            "CA",
            "declined",
            "2003-03-18",
            "CANADIAN Prime Minister Jean Chretien reiterated that “if military action proceeds"
            " without a new resolution of the Security Council, Canada will not participate.”",
            speaker="Prime Minister Jean Chretien",
            alt_stances=["conditional"],
            alt_dates=["2003-03-17"],
            conditions="if military action proceeds without a new resolution of the Security"
            " Council",
            note="'Canada will not participate' = declined, its proviso kept in conditions"
            " (conditional defensible). No day: the post's date (Chretien's statement of"
            " Monday 17 March accepted).",
        ),
        st(
            "GB",
            "committed",
            "2003-03-18",
            "Prime Minister Tony Blair faces the potential collapse of his government for his"
            " support of the Americans.",
            speaker="Prime Minister Tony Blair",
            optional=True,
            note="The government's support for the war, troops unnamed: optional committed."
            " Robin Cook's resignation is a minister's dissent, not the government's position.",
        ),
    ],
    ["IQ", "US"],
    "Robin Cook and the two junior ministers who resigned are individuals leaving the"
    " government: not coded.",
)

# 1014 Reflexivity (CNN quote), September 2003 (URL), undated page.
POLISH = (
    "Among the countries in the Polish-led force are Hungary, Nicaragua, Bulgaria, Latvia,"
    " Slovakia, Fiji, Lithuania, the Philippines, Dominican Republic, Romania, Ukraine,"
    " Honduras, Mongolia, Thailand, Spain, Slovenia, Tonga and Kazakhstan"
)
MEMBERS = [
    "HU",
    "NI",
    "BG",
    "LV",
    "SK",
    "FJ",
    "LT",
    "PH",
    "DO",
    "RO",
    "UA",
    "HN",
    "MN",
    "TH",
    "ES",
    "SI",
    "TO",
    "KZ",
]
HANDOVER = "2003-09-03"  # the Polish-led division took over on Wednesday 3 September 2003
write(
    "1014_reflexivity_the-new-coalition-of-the-willing",
    T,
    "unknown",
    [
        st(
            "PL",
            "committed",
            HANDOVER,
            "A Polish-led multinational division of about 9,000 took over responsibility for"
            " security in most of south-central Iraq Wednesday.",
            ["ground", "headquarters"],
            approximate=True,
            alt_dates=["2003-09"],
            note="Leading a division that takes over a sector = committed (ground,"
            " headquarters; the 9,000 are the whole division's). 'Wednesday' on a page of"
            " September 2003 (URL) = 3 September (the handover, from outside the text),"
            " approximate.",
        ),
        *[
            st(
                c,
                "committed",
                HANDOVER,
                POLISH,
                ["ground"],
                approximate=True,
                alt_dates=["2003-09"],
                note="A member of the Polish-led force in Iraq (troops on the ground, as CNN"
                " reports it) = committed (ground). Dated as Poland's division.",
            )
            for c in MEMBERS
        ],
        st(
            "GB",
            "committed",
            "2003-09",
            "About 150,000 U.S. troops are stationed in Iraq, along with about 20,000 troops from"
            " Britain and other allies.",
            ["ground"],
            approximate=True,
            note="Troops stationed in Iraq = committed (ground); the 20,000 include 'other"
            " allies' (no figure of Britain's own). September 2003 (URL), approximate.",
        ),
    ],
    ["US", "IQ"],
    "The page quotes CNN; the heading's 'Coalition of the Willing' is the author's. The US"
    " troops are the leader's.",
)

# 1015 Veterans for Common Sense (AFP), 1 March 2003.
write(
    "1015_veteransforcommonsense_arab-nations-oppose-us-attack-on-iraq",
    T,
    "2003-03-01",
    [
        st(
            "TR",
            "declined",
            "2003-03-01",
            "Turkey unexpectedly refused to allow US forces to deploy on its soil [...] The"
            " Turkish parliament, facing widespread domestic opposition to a US-led war on"
            " Iraq, narrowly voted against a US bid to deploy 62,000 US troops in southern"
            " Turkey for a northern flank attack.",
            alt_stances=["opposed"],
            note="Refusing the US deployment on its soil for the war = a refusal to take part:"
            " declined (opposed defensible). The vote of Saturday 1 March 2003 = the page's"
            " date.",
        ),
    ],
    ["US", "IQ"],
    "The Arab League's 'thumbs down on any Arab participation' is an organisation's, with no"
    " country named: not coded.",
)
