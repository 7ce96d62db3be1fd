"""Gold for the expel-russian-diplomats articles (523-526)."""

from gold_common import st, write

T = "expel-russian-diplomats"

# 523 TheJournal.ie live page, 5 April 2022 ('today'; France, Germany, Lithuania 'yesterday').
lead = (
    "Italy, Denmark, Sweden and Spain have joined other EU allies today in expelling Russian"
    " diplomats,"
)
write(
    "523_thejournal_italy-denmark-sweden-spain-expel",
    T,
    "2022-04-05",
    [
        st(
            "IT",
            "committed",
            "2022-04-05",
            lead + " [...] “We have expelled 30 Russian diplomats for national security reasons,”"
            " Italian Foreign Minister Luigi di Miao told Italy’s Rai television in Berlin",
            speaker="Luigi Di Maio",
            note="'have expelled 30 Russian diplomats' = committed. 'today' = the page's date."
            " The minister's name is misspelt in the text ('di Miao').",
        ),
        st(
            "DK",
            "committed",
            "2022-04-05",
            lead + " [...] Denmark said it was expelling 15 Russian “intelligence officers”"
            " accused of spying on its territory.",
            speaker="Jeppe Kofod",
            note="'was expelling 15' = committed; keeping the ambassador is no second stance.",
        ),
        st(
            "SE",
            "committed",
            "2022-04-05",
            lead + " [...] Sweden’s foreign ministry announced it was expelling three Russian"
            " diplomats who conducted “illegal operations” there.",
            speaker="Ann Linde",
            note="'was expelling three Russian diplomats' = committed.",
        ),
        st(
            "ES",
            "committed",
            "2022-04-05",
            lead,
            note="Named among those that 'have joined ... in expelling Russian diplomats' ="
            " committed (no section of its own).",
        ),
        st(
            "FR",
            "committed",
            "2022-04-04",
            "The announcements follow similar moves by EU allies France, which yesterday expelled"
            " 35 Russian diplomats,",
            note="'yesterday expelled 35' = committed, 4 April 2022.",
        ),
        st(
            "DE",
            "committed",
            "2022-04-04",
            "and Germany, where officials said 40 diplomats had been sent home.",
            note="'40 diplomats had been sent home' = committed; 'yesterday' of the same"
            " sentence: 4 April 2022.",
        ),
        st(
            "LT",
            "committed",
            "2022-04-04",
            "Also yesterday, Lithuania said it was expelling the Russian ambassador in response to"
            " “Russia’s military aggression”",
            note="Expelling the Russian ambassador = committed, 4 April 2022.",
        ),
    ],
    ["RU", "UA"],
    "Irish live-blog page, dated 5 April 2022 (store's date line). Russia is the state whose"
    " diplomats are expelled (like a host): mentioned, never coded. 'other EU allies' names"
    " none. Photo caption kept. Not cut.",
)

# 524 Diplomatic Info (Anadolu), undated; written on or just after 5 April 2022.
write(
    "524_diplomaticinfo_over-330-russian-diplomats-expelled",
    T,
    "unknown",
    [
        st(
            "IT",
            "committed",
            "2022-04-05",
            "Italy decided to expel 30 Russian diplomats over “national security” concerns as"
            " Russia’s war on Ukraine rages on, Foreign Minister Luigi Di Maio said.",
            approximate=True,
            speaker="Luigi Di Maio",
            note="'decided to expel 30' = committed. No date on an undated page: the wave 'just"
            " after' Bucha, 5 April 2022, approximate.",
        ),
        st(
            "DE",
            "committed",
            "2022-04-04",
            "German Foreign Minister Annalena Baerbock said the country has decided to expel"
            " dozens of Russian diplomats in response to “the war crimes committed in Ukraine.”",
            approximate=True,
            speaker="Annalena Baerbock",
            note="'has decided to expel dozens' = committed. Estimated 4 April 2022, approximate.",
        ),
        st(
            "FR",
            "committed",
            "2022-04-04",
            "France announced its decision to expel “many Russian diplomats” hours after"
            " President Emmanuel Macron called for fresh sanctions",
            approximate=True,
            note="'announced its decision to expel' = committed. Estimated 4 April 2022,"
            " approximate.",
        ),
        st(
            "EU",
            "committed",
            "2022-04-05",
            "The EU has declared a number of Russian diplomats working in Brussels personae non"
            " gratae, the bloc’s foreign policy chief Josep Borrell announced.",
            approximate=True,
            speaker="Josep Borrell",
            note="The EU itself declares diplomats personae non gratae = committed. Estimated"
            " 5 April 2022, approximate.",
        ),
    ],
    ["RU", "UA"],
    "Anadolu text on diplomaticinfo.com, undated; 'IENNA' is the store's cut dateline (VIENNA),"
    " kept. 'European countries', 'Most countries', 'others' name none. Russia is the target."
    " Cut mid-word ('i').",
)

# 525 Babel (English text on a /ru/ path), undated; the expulsions of 5 April 2022.
write(
    "525_babel_italy-sweden-also-sending-diplomats",
    T,
    "unknown",
    [
        st(
            "IT",
            "committed",
            "2022-04-05",
            "Italyʼs foreign ministry has announced the expulsion of 30 Russian diplomats. They"
            " must leave the country and are declared non grata.",
            approximate=True,
            note="'announced the expulsion of 30' = committed. Undated page, no cue: 5 April 2022"
            " (Italy's announcement), approximate.",
        ),
        st(
            "SE",
            "committed",
            "2022-04-05",
            "The Swedish government is sending three diplomats, writes Aftonbladet. It is noted"
            " that they are conducting illegal intelligence activities.",
            approximate=True,
            note="'is sending three diplomats' (a translation of 'sending away') = expelling:"
            " committed. 5 April 2022, approximate.",
        ),
    ],
    ["RU", "UA"],
    "Babel news item (English, under /ru/), undated. The headline's 'sending Russian diplomats'"
    " means expelling them (translated). 'other European and Atlantic partners' name none. Not"
    " cut.",
)

# 526 Portal O Mundo (Portuguese), undated; 'terça-feira (05)' / 'segunda-feira (04)' of April
# 2022 (Bucha).
tue = (
    "Nesta terça-feira (05), Espanha, Dinamarca e Itália anunciaram a expulsão de diplomatas"
    " russos."
)
mon = "A medida é semelhante às adotadas na segunda-feira (04) por Alemanha e França."
write(
    "526_portalomundo_espanha-dinamarca-italia-expulsam",
    T,
    "unknown",
    [
        st(
            "ES",
            "committed",
            "2022-04-05",
            tue,
            note="'anunciaram a expulsão' = committed."
            " 'terça-feira (05)' of the Bucha week = 5 April 2022.",
        ),
        st("DK", "committed", "2022-04-05", tue, note="As ES."),
        st("IT", "committed", "2022-04-05", tue, note="As ES."),
        st(
            "DE",
            "committed",
            "2022-04-04",
            mon,
            note="'the same measure' adopted on Monday (04) = committed, 4 April 2022.",
        ),
        st("FR", "committed", "2022-04-04", mon, note="As DE."),
        st(
            "SE",
            "committed",
            "2022-04-05",
            "A Suécia também fez a mesma coisa hoje.",
            note="'did the same thing today' = committed, the Tuesday: 5 April 2022.",
        ),
    ],
    ["RU", "UA"],
    "Portuguese-language page, undated; the weekday-and-day cues give the dates. Typo"
    " 'ocorreream' kept as stored. Not cut.",
)
