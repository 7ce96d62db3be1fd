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

# 1317 The Geopost, undated: Serbia keeping its skies open (about March 2022).
write(
    "1317_thegeopost_serbias-skies-still-open-to-russian-planes",
    T,
    "unknown",
    [
        st(
            "RS",
            "declined",
            "2022-03",
            "But Serbia did not do the same. It is among the four countries that still keeps the"
            " skies open for Russian aircraft.",
            approximate=True,
            note="Keeping its airspace open = declined. No time cue on an undated page: the"
            " weeks after the EU's ban, March 2022, approximate.",
        ),
        st(
            "EU",
            "committed",
            "2022-02",
            "All European Union member states supported the sanctions against Russia [...]"
            " Flights were also banned from non-member countries",
            approximate=True,
            optional=True,
            note="The EU's own ban is implied by 'also banned from non-member countries'.",
        ),
        *[
            st(
                c,
                "committed",
                "2022-02",
                "Flights were also banned from non-member countries – Albania, Northern"
                " Macedonia, Switzerland, Norway and the United Kingdom.",
                approximate=True,
            )
            for c in ["AL", "MK", "CH", "NO", "GB"]
        ],
    ],
    ["XK", "US", "RU", "UA", "CN"],
    "'Almost all of Europe' and 'the four countries' are unnamed. Kosovo's sanctions are not"
    " said to close its airspace: mentioned. The EU and the US urging Serbia to align is their"
    " view of Serbia. The headline list at the end is site furniture.",
)

# 1318 newstodate.aero, 2 March 2022 (the page's date line).
BELAVIA_LIST = [
    "LT", "GB", "FR", "UA", "LV", "FI", "CZ", "SE", "EE", "PL",
    "IT", "NL", "DE", "AT", "BE", "ES", "HU", "MD", "CY",
]  # fmt: skip
write(
    "1318_newstodate_serbia-belarus-and-turkey-keep-air-traffic-with-russia",
    T,
    "2022-03-02",
    [
        st(
            "RS",
            "declined",
            "2022-03-02",
            "Air Serbia is reportedly stepping up its services between Belgrade and Moscow and"
            " St Petersburg despite its application for EU membership that is probably not"
            " helped by the Serb stance.",
            alt_stances=["undecided"],
            note="The state carrier's flights and 'the Serb stance': Serbia keeping air traffic"
            " with Russia, declined; undecided accepted (no word of the airspace itself).",
        ),
        st(
            "TR",
            "declined",
            "2022-03-02",
            "Turkish Airlines that despite its NATO membership and ongoing application process"
            " for EU membership has also refused to join the EU and western ban on flights to"
            " Russia as well as blocking Russian aircraft movements in its airspace.",
            note="The text gives the airline NATO membership and an EU application: it speaks"
            " of Turkey, which refused to block Russian aircraft in its airspace.",
        ),
        st(
            "BY",
            "declined",
            "2022-03-02",
            "Another European carrier maintaining, and even boosting, flights on route to Russia"
            " is Belavia",
            optional=True,
            note="Only the Belarusian carrier's flights are reported.",
        ),
        st(
            "EU",
            "committed",
            "2022-02-27",
            "With the enforcement of EU and western sanctions on Russia [...] the EU and western"
            " ban on flights to Russia",
            approximate=True,
            optional=True,
            note="The EU's ban named in passing; dated by its announcement (27 February 2022),"
            " from outside the text.",
        ),
    ],
    [*BELAVIA_LIST, "RU"],
    "The 21 countries closed to Belavia since June 2021 ban Belarusian, not Russian, aircraft:"
    " mentioned. 'western' is unnamed. The headline's list is the author's heading.",
)
