"""Gold for the close-airspace-russian-aircraft articles (1301-1304)."""

from gold_common import st, write

T = "close-airspace-russian-aircraft"
SUNDAY = "2022-02-27"  # Canada's closure and the EU's announcement, Sunday 27 February 2022

# 1301 News Online Read, undated: Canada's closure (27 February 2022, from outside the text).
write(
    "1301_newsonlineread_canada-closes-skies-to-russian-planes",
    T,
    "unknown",
    [
        st(
            "CA",
            "committed",
            SUNDAY,
            "“From now on, Canadian airspace is closed to all Russian aircraft operators,”"
            " Alhabra said.",
            approximate=True,
            speaker="Omar Alghabra, Canada's transport minister (spelt 'Alhabra')",
            note="Dated from outside the text (27 February 2022): approximate.",
        ),
        st(
            "AT",
            "committed",
            "2022-02",
            "Earlier, Austrian Minister of Transport Leonore Gewessler announced a similar"
            " decision. She noted that Vienna supports the closure of airspace for Russian"
            " airliners throughout the European Union.",
            approximate=True,
            speaker="Leonore Gewessler, Austria's transport minister",
            note="'a similar decision' = Austria closing its airspace; 'Earlier' than Canada's:"
            " February 2022, approximate. Its support for an EU-wide closure is the same"
            " position.",
        ),
        *[
            st(
                c,
                "committed",
                "2022-02",
                "Poland, the Czech Republic, Bulgaria, Romania and the Baltic States also closed"
                " their skies to Russia.",
                approximate=True,
            )
            for c in ["PL", "CZ", "BG", "RO"]
        ],
        *[
            st(
                c,
                "committed",
                "2022-02",
                "Poland, the Czech Republic, Bulgaria, Romania and the Baltic States also closed"
                " their skies to Russia.",
                approximate=True,
                optional=True,
                note="Named only as 'the Baltic States' (Estonia, Latvia, Lithuania): a"
                " definite group, but no country is named.",
            )
            for c in ["EE", "LV", "LT"]
        ],
    ],
    ["RU", "EU"],
    "Austria's support for a closure 'throughout the European Union' is Austria's position, not"
    " the EU's: the EU is mentioned. RIA Novosti is the source, Russia is mentioned.",
)

# 1302 NetNewsLedger, 27 February 2022 (in the URL).
write(
    "1302_netnewsledger_canada-closing-airspace-to-russia",
    T,
    "2022-02-27",
    [
        st(
            "CA",
            "committed",
            SUNDAY,
            "OTTAWA – Canada is closing its airspace to Russian airliners effective immediately.",
            note="'effective immediately' on the page's date.",
        ),
    ],
    ["RU"],
    "'the number of European countries closing their airspace' and 'most European countries'"
    " are unnamed groups, not coded.",
)

# 1303 Kashco, undated: Russia's retaliation 'on Monday' (28 February 2022); the EU's closure
# 'On Sunday' (27 February 2022), both dated from outside the text.
write(
    "1303_kashco_russia-closes-airspace-to-30-states",
    T,
    "unknown",
    [
        st(
            "EU",
            "committed",
            SUNDAY,
            "The move came after the EU banned Russian airlines from crossing into their"
            " airspace. [...] On Sunday, European Commission President Ursula von der Leyen"
            " announced the closure of the entire EU airspace to Russian-linked flights.",
            approximate=True,
            speaker="Ursula von der Leyen, European Commission President",
            note="'On Sunday' after the invasion's Thursday: 27 February 2022, from outside the"
            " text (approximate).",
        ),
    ],
    ["RU", "CA", "UA"],
    "Russia closing its own skies to over two dozen European countries and Canada is"
    " retaliation, not a stance on the pledge; Canada's own closure is not stated in this text"
    " (it is only named as a target of Russia's ban). 'European nations began banning' is an"
    " unnamed group.",
)

# 1304 Sunday Vision (Uganda), undated: Russia's list of 28 February 2022 'in response to the
# same measure taken by these countries'.
EV_1304 = (
    "in response to the same measure taken by these countries after the start of the Russian"
    " military intervention against it. [...] The published list includes all European Union"
    " countries, which in a series have announced the closure of their airspace to Russian"
    " companies, as well as the United Kingdom, other European countries that are not members"
    " of the European Union, such as Finland"
)
write(
    "1304_sundayvision_russia-closes-airspace-to-36-countries-and-canada",
    T,
    "unknown",
    [
        st(
            "EU",
            "committed",
            "2022-02",
            "The published list includes all European Union countries, which in a series have"
            " announced the closure of their airspace to Russian companies",
            approximate=True,
            note="The author states as fact that all EU countries closed their airspace: coded"
            " for the EU (its 27 members are not named one by one). February 2022, approximate.",
        ),
        st(
            "GB",
            "committed",
            "2022-02",
            EV_1304,
            approximate=True,
            note="On Russia's list 'in response to the same measure taken by these countries':"
            " the author reports the UK's closure as fact.",
        ),
        st(
            "FI",
            "committed",
            "2022-02",
            EV_1304,
            approximate=True,
            optional=True,
            note="Named (wrongly) as a non-EU European country on Russia's list; its closure is"
            " implied only by 'the same measure taken by these countries'.",
        ),
        st(
            "CA",
            "committed",
            "2022-02",
            "including all those coming from the European Union and Canada, in response to the"
            " same measure taken by these countries [...] the closure of European and Canadian"
            " airspace would force its planes to make a long detour.",
            approximate=True,
        ),
    ],
    ["RU", "UA", "US", "GI", "VG"],
    "Russia's own ban (Rosaviatsia, 28 February 2022) is retaliation, not coded. Gibraltar and"
    " the British Virgin Islands are territories on Russia's list, mentioned. Aeroflot's"
    " cancelled flights to the United States say nothing of a US closure: mentioned.",
)
