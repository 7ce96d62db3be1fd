"""Gold for the takuba-special-forces-troops articles (914-917)."""

from gold_common import st, troops, write

T = "takuba-special-forces-troops"
LAUNCH = "2020-03-27"  # the political statement launching Takuba, Friday 27 March 2020
FIVE = ["BE", "DK", "EE", "NL", "PT"]
POLITICAL = (
    "Signing the political statement of 27 March 2020 is membership of the group, not a troop"
    " pledge (rule 1): the signatories that send no troops in the text are mentioned."
)

# 914 Infosurhoy, 2 April 2020; the stored text is cut off.
write(
    "914_infosurhoy_european-force-takuba-officially-launched",
    T,
    "2020-04-02",
    [
        *[
            st(
                c,
                "committed",
                LAUNCH,
                "For the time being, this project initiated by France has been officially joined"
                " by five partners: Belgium, Denmark, Estonia, the Netherlands and Portugal.",
                ["ground"],
                approximate=True,
                alt_dates=["2020-04-02"],
                note="'officially joined' the force 'In the field' = committed (ground). Dated"
                " by the launch of Friday 27 March (approximate; the page's 2 April accepted).",
            )
            for c in FIVE
        ],
        st(
            "SE",
            "committed",
            LAUNCH,
            "Sweden is awaiting a green light from its parliament to confirm its participation in"
            " Takuba, in the form of a helicopter-borne rapid reaction force of 150.",
            ["ground", "air"],
            approximate=True,
            alt_stances=["considering", "conditional"],
            alt_dates=["2020-04-02"],
            troops=troops(150, 150, "a helicopter-borne rapid reaction force of 150"),
            note="The government has decided and awaits parliament's approval: committed"
            " (a decision pending parliament is defensible as considering; conditional on the"
            " vote). Approximate date.",
        ),
        st(
            "NO",
            "declined",
            "2020-03-23",
            "Asked, Norway announced Monday March 23 to give up sending soldiers at this stage",
            note="'give up sending soldiers at this stage' = declined. Monday 23 March 2020.",
        ),
    ],
    ["FR", "DE", "CZ", "GB", "ML", "NE"],
    POLITICAL + " France initiates and commands the force (organiser here). Mali and Niger are"
    " the hosts.",
)

# 915 eBuzzFeed, undated (the joint statement of March 2020; "next summer" = summer 2020).
write(
    "915_ebuzzfeed_european-countries-form-anti-terrorist-force-in-mali",
    T,
    "unknown",
    [
        st(
            "DE",
            "declined",
            "2020-03",
            "Germany participates politically but does not send soldiers.",
            approximate=True,
            note="'does not send soldiers' = declined (political support only; no other help"
            " named). Undated page: the joint statement's month, March 2020, approximate.",
        ),
        *[
            st(
                c,
                "committed",
                "2020-03",
                "For the time being, only Belgium, Denmark, Estonia, the Netherlands and Portugal"
                " are participating in the project promoted by France.",
                ["ground"],
                approximate=True,
                note="'are participating' in the special forces unit = committed (ground). March"
                " 2020, approximate.",
            )
            for c in FIVE
        ],
    ],
    ["FR", "NO", "CZ", "GB", "SE", "ML", "NE"],
    POLITICAL + " France promotes the project (organiser here).",
)

# 916 Meta-Defense, 17 June 2020 (URL date); the rest is paywalled.
PUB = "2020-06-17"
write(
    "916_metadefense_sweden-agreement-greece-interest-takuba",
    T,
    PUB,
    [
        st(
            "SE",
            "committed",
            PUB,
            "the swedish parliament validated the participation of the Swedish armed forces in"
            " Takuba. [...] The Swedish parliament has authorized an armed deployment within Task"
            " Force Takuba. This could include up to 250 personnel over short periods, including a"
            " reinforcement of 100 soldiers and an air detachment.",
            ["ground", "air"],
            approximate=True,
            troops=troops(100, 250, "up to 250 personnel ... a reinforcement of 100 soldiers"),
            note="Parliament's authorisation of the government's deployment = committed."
            " 'In recent days': the page's date, approximate.",
        ),
        st(
            "CZ",
            "committed",
            PUB,
            "In the coming days, it will be the Czech Republic's turn to confirm its commitment to"
            " the European initiative.",
            ["ground"],
            alt_stances=["considering"],
            note="'confirm its commitment' presumes a commitment awaiting confirmation: committed"
            " (considering defensible).",
        ),
        st(
            "GR",
            "considering",
            PUB,
            "new countries - notably Greece - have expressed their interest in direct"
            " participation in the European grouping.",
            note="'expressed their interest' = considering.",
        ),
        *[
            st(
                c,
                "declined",
                PUB,
                "some founding members, such as Germany and Norway, have refused to deploy their"
                " own special forces in Mali.",
                note="'refused to deploy their own special forces' = declined.",
            )
            for c in ("DE", "NO")
        ],
    ],
    ["FR", "ML"],
    "France launched the force (organiser here). Mali is the host.",
)

# 917 Atalayar, undated; "this Wednesday, July 15" (2020, in Parly's quoted words).
WED = "2020-07-15"
write(
    "917_atalayar_takuba-task-force-goes-into-action",
    T,
    "unknown",
    [
        st(
            "EE",
            "committed",
            WED,
            "Takuba will be ready and operational as of this Wednesday, July 15, initially with a"
            " hundred Estonian and French soldiers",
            ["ground"],
            troops=troops(100, 100, "a hundred Estonian and French soldiers (together)"),
            note="Estonian soldiers deploying = committed (ground). Wednesday 15 July 2020. The"
            " hundred is Estonia's and France's together.",
        ),
        st(
            "FR",
            "committed",
            WED,
            '"France is launching the Takuba special force, made up of mixed Sahelian and European'
            ' units that will go into combat together," Florence Parly said',
            ["ground", "headquarters"],
            optional=True,
            speaker="Florence Parly, Minister of the Armed Forces",
            note="France launches and commands the force and sends soldiers ('a hundred Estonian"
            " and French soldiers'): committed (ground, headquarters); as the organiser an editor"
            " could record nothing: optional.",
        ),
        st(
            "BE",
            "committed",
            "2020-07",
            "For its part Belgium is due to assign three soldiers as liaison officers there, it was"
            " officially announced.",
            approximate=True,
            troops=troops(3, 3, "three soldiers as liaison officers"),
            note="'due to assign three soldiers as liaison officers' = committed; liaison officers"
            " are no listed contribution. Undated page: July 2020, approximate.",
        ),
        st(
            "CZ",
            "committed",
            "2020-07",
            "Later, in October 2020, a second contingent of some 60 members of the Czech"
            " Republic's special forces will join the detachment.",
            ["ground"],
            approximate=True,
            alt_dates=["2020-10"],
            troops=troops(60, 60, "some 60 members of the Czech Republic's special forces"),
            note="'will join' = committed (ground). The statement is undated (July 2020,"
            " approximate); October 2020 is when they deploy (accepted).",
        ),
        st(
            "SE",
            "committed",
            "2020-07",
            "And as early as January 2021, a third contingent consisting of 150 Swedish soldiers"
            " will join the commands",
            ["ground"],
            approximate=True,
            alt_dates=["2021-01"],
            troops=troops(150, 150, "150 Swedish soldiers"),
            note="'will join' = committed (ground). July 2020 approximate; January 2021, the"
            " deployment, accepted.",
        ),
    ],
    ["ML"],
    "Mali is the host. Parly's quote is the French minister's: France is coded optional as the"
    " organiser that also deploys.",
)
