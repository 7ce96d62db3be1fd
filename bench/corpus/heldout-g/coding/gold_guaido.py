"""Gold for the recognise-guaido articles (701-707)."""

from gold_common import st, write

T = "recognise-guaido"
MADURO_NOTE = (
    "Backs Maduro against Guaidó = rejects the recognition itself: opposed (declined, a plain"
    " refusal to recognise, is defensible)."
)

# 701 A Nação (opais.cv), URL date 23 January 2019, the day of Guaidó's oath.
D701 = "2019-01-23"
l701 = (
    "Canadá, Brasil, Peru, Colômbia, Argentina, Chile, Guatemala, Costa Rica e Paraguai já"
    " reconhecem o Presidente Interino da Venezuela."
)
m701 = "Do lado de Maduro, quatro nações mantêm apoio, nomeadamente, Rússia, Turquia, Bolívia e México."
write(
    "701_opais_venezuela-10-paises-ja-reconhecem",
    T,
    D701,
    [
        st(
            "US",
            "committed",
            D701,
            "Estados Unidos foi o primeiro a reconhecer Juan Guaidó.",
            note="'was the first to recognise Juan Guaidó' = committed. The page's date (the day"
            " of the oath, 'desta quarta-feira').",
        ),
        *[
            st(
                c,
                "committed",
                D701,
                l701,
                note="'already recognise the Interim President' = committed. Page date.",
            )
            for c in ("CA", "BR", "PE", "CO", "AR", "CL", "GT", "CR", "PY")
        ],
        *[
            st(c, "opposed", D701, m701, alt_stances=["declined"], note=MADURO_NOTE + " Page date.")
            for c in ("RU", "TR", "BO", "MX")
        ],
    ],
    ["VE"],
    "Dated page (URL date). Venezuela is the country concerned (Guaidó's and Maduro's), not"
    " coded. Ten recognitions named (the title's '10 países'). Not cut.",
)

# 702 The Yucatan Times, undated (URL month 2019/01); "this Wednesday" = the oath of 23 January.
J19 = "2019-01"
head702 = (
    "- Countries and organizations that recognize Juan Guaidó as legitimate president of Venezuela"
)
mhead702 = "- Countries and organizations that recognize Nicolás Maduro as legitimate president of Venezuela"
rec702 = [
    ("US", "- United States"),
    ("CA", "- Canadá"),
    ("CO", "- Colombia"),
    ("PE", "- Perú"),
    ("BR", "- Brasil"),
    ("EC", "- Ecuador"),
    ("CR", "- Costa Rica"),
    ("PY", "- Paraguay"),
    ("AR", "- Argentina"),
    ("CL", "- Chile"),
    ("GT", "- Guatemala"),
    ("PA", "- Panamá"),
    ("HN", "- Honduras"),
    ("XK", "- Kosovo"),
    ("GE", "- Georgia"),
    ("DK", "- Denmark"),
]
mad702 = [
    ("BO", "- Bolívia"),
    ("TR", "- Turquía"),
    ("RU", "- Rusia"),
    ("MX", "- México"),
    ("UY", "- Uruguay"),
    ("CU", "- Cuba"),
]
lima = (
    "- Guyana and Santa Lucia are the only members of “Grupo Lima” [...] have not been officially"
    " positioned on this matter."
)
write(
    "702_yucatantimes_who-recognizes-new-president-of-venezuela",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                J19,
                head702 + " [...] " + item,
                approximate=True,
                note="Listed under 'Countries ... that recognize Juan Guaidó' = committed. Undated"
                " page; the recognitions around the oath ('this Wednesday', 23 January 2019):"
                " January 2019, approximate.",
            )
            for c, item in rec702
        ],
        *[
            st(
                c,
                "opposed",
                J19,
                mhead702 + " [...] " + item,
                approximate=True,
                alt_stances=["declined"],
                note="Listed as recognising Maduro as legitimate president. "
                + MADURO_NOTE
                + " January 2019, approximate.",
            )
            for c, item in mad702
        ],
        st(
            "EU",
            "undecided",
            J19,
            "- Those who do not position themselves in favor of any leader European Union The EU"
            " countries avoided pronouncing themselves in favor of the self-proclaimed legitimate"
            " interim president, Juan Guaidó, and, instead, called for the beginning of a"
            " political process leading to free and reliable elections in the country.",
            approximate=True,
            alt_stances=["skeptical"],
            note="'do not position themselves in favor of any leader', 'avoided pronouncing"
            " themselves' and calls for elections = undecided (cautious: skeptical defensible)."
            " The EU as a body; its member states are not named. January 2019, approximate.",
        ),
        *[
            st(
                c,
                "undecided",
                J19,
                lima,
                approximate=True,
                note="'have not been officially positioned on this matter' = undecided. January"
                " 2019, approximate.",
            )
            for c in ("GY", "LC")
        ],
    ],
    ["VE"],
    "Undated page (URL has only the month). The OAS ('OEA') and the 'BID' are organisations,"
    " not countries: not coded. The Lima Group is a group; only Guyana and Saint Lucia are"
    " named. Uruguay and Mexico are listed as recognising Maduro (coded as the text says). Not"
    " cut.",
)

# 703 El Nuevo Día, undated (store metadata "date 2019-01", dropped); the oath "este miércoles".
guaido703 = (
    "Entre los mandatarios que salieron a manifestar su apoyo a Guaidó se encuentran el"
    " presidente de los Estados Unidos, Donald Trump, de Colombia, Iván Duque, y el brasileño,"
    " Jair Bolsonaro."
)
also703 = (
    "También se sumaron a estos, los gobiernos de Chile, Paraguay, Perú, Argentina, Ecuador,"
    " Guatemala, Canadá, República Dominica, entre otros."
)
mad703 = (
    "En la vereda de enfrente y brindando su total solidaridad al gobierno de Nicolás Maduro"
    " están los presidentes de China, Rusia, Cuba, México, Irán y Bolivia."
)
write(
    "703_elnuevodia_que-paises-reconocen-a-guaido",
    T,
    "unknown",
    [
        st(
            "US",
            "committed",
            J19,
            guaido703 + " [...] Trump, el vicepresidente Mike Pence y el secretario de Estado Mike"
            " Pompeo emitieron comunicados en los que proclamaron el reconocimiento de Juan Guaidó"
            " por parte de Estados Unidos.",
            approximate=True,
            speaker="Donald Trump",
            note="'proclaimed the recognition of Juan Guaidó by the United States' = committed."
            " Undated page, the day of the oath ('este miércoles', 23 January 2019): January 2019,"
            " approximate.",
        ),
        st(
            "CO",
            "committed",
            J19,
            guaido703,
            approximate=True,
            speaker="Iván Duque",
            note="Its president 'came out to show his support for Guaidó', under the question of"
            " which countries recognised him = committed. January 2019, approximate.",
        ),
        st(
            "BR",
            "committed",
            J19,
            guaido703,
            approximate=True,
            speaker="Jair Bolsonaro",
            note="As CO.",
        ),
        *[
            st(
                c,
                "committed",
                J19,
                also703,
                approximate=True,
                note="'also joined these' (the leaders backing Guaidó) = committed. January 2019,"
                " approximate.",
            )
            for c in ("CL", "PY", "PE", "AR", "EC", "GT", "CA", "DO")
        ],
        *[
            st(
                c,
                "opposed",
                J19,
                mad703,
                approximate=True,
                alt_stances=["declined"],
                note="'giving their total solidarity to the government of Nicolás Maduro'. "
                + MADURO_NOTE
                + " January 2019, approximate.",
            )
            for c in ("CN", "RU", "CU", "MX", "IR", "BO")
        ],
        st(
            "UY",
            "undecided",
            J19,
            'Otro grupo de países apuesta por la opción de que se celebren "elecciones libres,'
            ' democráticas y con garantías", como es el caso del presidente uruguayo, Tabaré'
            " Vázquez.",
            approximate=True,
            speaker="Tabaré Vázquez",
            alt_stances=["declined"],
            note="Backs neither, asks for free elections = undecided (not recognising Guaidó makes"
            " declined defensible). 'Otro grupo de países' is unnamed. January 2019, approximate.",
        ),
    ],
    ["VE"],
    "Undated page; the store's 'date 2019-01' line was dropped (month only, so published stays"
    " unknown). 'República Dominica' read as the Dominican Republic (DO). Diosdado Cabello is a"
    " Venezuelan party leader. Cut mid-sentence ('la mayor').",
)

# 704 Euronews (Portuguese), URL date 4 February 2019 (the end of the European ultimatum).
D704 = "2019-02-04"
lead704 = (
    "Países como Portugal, Espanha, França e Reino Unido reconhecem Guaidó, enquanto Itália vetou"
    " uma posição comum."
)
write(
    "704_euronews_venezuela-divide-opinioes-na-ue",
    T,
    D704,
    [
        st(
            "PT",
            "committed",
            D704,
            lead704 + " [...] Vários países, incluindo Portugal e Espanha, dois dos mais"
            " importantes parceiros da Venezuela na Europa, reconheceram Guaidó e deixaram cair"
            " Maduro.",
            note="'recognise Guaidó' = committed. Page date (the day of the announcements).",
        ),
        st(
            "ES",
            "committed",
            D704,
            lead704 + " [...] O presidente do governo espanhol, Pedro Sánchez, fez o anúncio esta"
            " manhã.",
            speaker="Pedro Sánchez",
            note="Recognises; Sánchez announced it 'this morning' = the page's date.",
        ),
        st(
            "FR",
            "committed",
            D704,
            lead704 + " [...] O presidente francês Emmanuel Macron usou o Twitter para reconhecer"
            " Guaidó",
            speaker="Emmanuel Macron",
            note="Macron 'used Twitter to recognise Guaidó' = committed. Page date.",
        ),
        st(
            "GB",
            "committed",
            D704,
            lead704 + " [...] O ministro britânico dos Negócios Estrangeiros, Jeremy Hunt, usou a"
            " mesma via e diz que a recusa de Maduro em marcar novas eleições levou a esta decisão.",
            speaker="Jeremy Hunt",
            note="Recognises (Hunt on Twitter) = committed. Page date.",
        ),
        st(
            "IT",
            "declined",
            D704,
            lead704 + " [...] Mas a maior resistência parece vir de Itália. O governo de Roma"
            " exerceu o direito de veto e impediu um reconhecimento de Guaidó por parte da União"
            " Europeia.",
            alt_stances=["opposed"],
            note="Does not recognise and vetoed the EU's recognition = declined; blocking the"
            " others' common position makes opposed defensible. No time cue: the page date.",
        ),
        st(
            "GR",
            "undecided",
            D704,
            "O governo da Grécia apoiou a posição da União europeia, depois de o próprio partido"
            " maioritário no Governo, o Syriza, ter expressado apoio a Maduro.",
            optional=True,
            alt_stances=["committed"],
            note="'supported the European Union's position', which the text says is divided and"
            " blocked: no recognition of its own stated, so undecided and optional (an editor"
            " reading the EU position as recognition would code committed). Syriza is a party, not"
            " the government. Page date.",
        ),
        st(
            "RU",
            "opposed",
            D704,
            "A Rússia é, até agora, o principal aliado internacional de Maduro.",
            alt_stances=["declined"],
            optional=True,
            note="'Maduro's main international ally', the author's fact, no statement on Guaidó:"
            " opposed, optional. Page date.",
        ),
    ],
    ["VE", "US", "EU"],
    "Dated page (URL date). 'the majority of member states' and the European Parliament are"
    " unnamed or not a country's government; the EU's own recognition is blocked (no EU"
    " statement coded). The US is named only in Maduro's accusation. Manlio Di Stefano's remark"
    " is a question put to Guaidó, no position. Not cut.",
)

# 705 Morocco Post, URL date 5 February 2019; "Monday" = 4 February 2019 (the day after the
# Sunday deadline, named in the text).
MON = "2019-02-04"
D705 = "2019-02-05"
fss = (
    "France, Spain, Sweden and the United Kingdom announced Monday that they were recognizing"
    " opposition leader Juan Guaido as Venezuela's interim president"
)
sgfb = (
    "Spain, Germany, France and Britain delivered diplomatic blows to Maduro's rule by publicly"
    " supporting Guaido after a Sunday deadline for Maduro to call a presidential election passed"
    " without action."
)
write(
    "705_moroccopost_eu-powers-recognize-guaido",
    T,
    D705,
    [
        st(
            "FR",
            "committed",
            MON,
            fss,
            note="'announced Monday that they were recognizing' = committed; Monday after the Sunday deadline = 4 February 2019.",
        ),
        st(
            "ES",
            "committed",
            MON,
            fss + " [...] Spanish Prime Minister Pedro Sanchez was another leading political figure"
            " to endorse Guaido as interim president",
            speaker="Pedro Sanchez",
            note="As FR.",
        ),
        st("SE", "committed", MON, fss, note="As FR. Wallstrom's words confirm it."),
        st("GB", "committed", MON, fss, note="As FR."),
        st(
            "DE",
            "committed",
            MON,
            sgfb,
            note="'publicly supporting Guaido after a Sunday deadline' (the recognition the"
            " headline reports) = committed. 4 February 2019.",
        ),
        st(
            "IT",
            "declined",
            D705,
            "But Italy blocked the draft European Union statement.",
            alt_stances=["opposed"],
            alt_dates=[MON],
            note="Blocks the EU statement (the recognition) = declined, opposed defensible. No"
            " time cue: the page's date (Monday 4 February as alt).",
        ),
        st(
            "IE",
            "declined",
            MON,
            "Asked in Brussels on Monday whether Ireland would follow other major European Union"
            " nations in recognising him, Ireland's Foreign Minister Simon Coveney told reporters:"
            ' "No, our position has been clear".',
            speaker="Simon Coveney",
            note="'No' to following the others in recognising him = declined. Monday 4 February.",
        ),
        st(
            "RU",
            "opposed",
            D705,
            "Long-time backers Russian Federation and China are among at least nine nations that"
            " have declared their support for Maduro.",
            alt_stances=["declined"],
            note="'declared their support for Maduro'. " + MADURO_NOTE + " Page date.",
        ),
        st(
            "CN",
            "opposed",
            D705,
            "Long-time backers Russian Federation and China are among at least nine nations that"
            " have declared their support for Maduro.",
            alt_stances=["declined"],
            note="As RU.",
        ),
    ],
    ["VE", "US"],
    "Dated page (URL date). 'KXIP vs KKR Live Score' is site furniture. 'at least nine nations'"
    " and 'some Western nations' are unnamed. The US ('Washington's transatlantic allies') is"
    " named only in Maduro's words. Cut mid-word ('empi').",
)

# 706 il manifesto, undated; "ieri, allo scadere dell'ultimatum" = the end of the European
# ultimatum, Monday 4 February 2019 (the day from outside the text: page undated).
l706 = (
    "Austria, Repubblica ceca, Danimarca, Germania, Estonia, Finlandia, Francia, Lettonia,"
    " Lituania, Lussemburgo, Paesi Bassi, Polonia, Portogallo, Spagna, Svezia e Regno Unito. Sono"
    " i paesi dell’Unione europea che ieri, allo scadere dell’ultimatum lanciato a Maduro da"
    " Spagna, Francia e Germania una settimana fa hanno riconosciuto ufficialmente Juan Guaidó"
    " presidente ad interim del Venezuela."
)
write(
    "706_ilmanifesto_cambio-di-regime-tanti-si-dall-europa",
    T,
    "unknown",
    [
        st(
            c,
            "committed",
            "2019-02-04",
            l706,
            approximate=True,
            alt_dates=["2019-02"],
            note="'officially recognised Juan Guaidó interim president' = committed. 'ieri, allo"
            " scadere dell'ultimatum': the ultimatum's end (a named event) = 4 February 2019; the"
            " day is not in the undated text: approximate, the month as alt.",
        )
        for c in (
            "AT",
            "CZ",
            "DK",
            "DE",
            "EE",
            "FI",
            "FR",
            "LV",
            "LT",
            "LU",
            "NL",
            "PL",
            "PT",
            "ES",
            "SE",
            "GB",
        )
    ],
    ["VE", "US"],
    "Undated page. The US State Department applauds and encourages the others to do the same:"
    " its own recognition is not stated here, mentioned. 'gli altri Stati membri dell'Ue' are"
    " unnamed. Not cut.",
)

# 707 Local 10 News, URL date 13 March 2019; two bare lists, no time cue.
D707 = "2019-03-13"
head707 = (
    "Juan Guaidó is recognized as the interim president by dozens of countries including the"
    " United States and European Union member states."
)
rec707 = [
    ("AL", "Albania"),
    ("AD", "Andorra"),
    ("AR", "Argentina"),
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("BS", "Bahamas"),
    ("BE", "Belgium"),
    ("BR", "Brazil"),
    ("BG", "Bulgaria"),
    ("CA", "Canada"),
    ("CL", "Chile"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("HR", "Croatia"),
    ("CZ", "Czech Republic"),
    ("DK", "Denmark"),
    ("DO", "Dominican Republic"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GE", "Georgia"),
    ("DE", "Germany"),
    ("GT", "Guatemala"),
    ("HT", "Haiti"),
    ("HN", "Honduras"),
    ("HU", "Hungary"),
    ("IS", "Ice Land"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("XK", "Kosovo"),
    ("LV", "Latvia"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("MK", "Macedonia"),
    ("MT", "Malta"),
    ("MH", "Marshall Islands"),
    ("FM", "Micronesia"),
    ("ME", "Montenegro"),
    ("MA", "Morocco"),
    ("NL", "Netherlands"),
    ("PA", "Panama"),
    ("PY", "Paraguay"),
    ("PE", "Peru"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("RO", "Romania"),
    ("SI", "Slovenia"),
    ("ES", "Spain"),
    ("SE", "Sweden"),
    ("GB", "United Kingdom"),
    ("US", "United States"),
]
mad707 = [
    ("BO", "Bolivia"),
    ("BY", "Belarus"),
    ("CN", "China"),
    ("CU", "Cuba"),
    ("DM", "Dominica"),
    ("IR", "Iran"),
    ("NI", "Nicaragua"),
    ("VC", "St. Vincent"),
    ("SY", "Syria"),
    ("TR", "Turkey"),
    ("RU", "Russia"),
]
write(
    "707_local10_list-of-countries-recognizing-guaido",
    T,
    D707,
    [
        *[
            st(
                c,
                "committed",
                D707,
                head707 + " [...] " + name,
                note="In the list of countries recognising Guaidó = committed. No time cue: the"
                " page's date.",
            )
            for c, name in rec707
        ],
        *[
            st(
                c,
                "opposed",
                D707,
                "Here is a list of countries supporting embattled President Nicolas Maduro: [...] "
                + name,
                alt_stances=["declined"],
                note="In the list of countries supporting Maduro. " + MADURO_NOTE + " Page date.",
            )
            for c, name in mad707
        ],
    ],
    ["VE"],
    "Dated page (URL date). Two bare lists; 'European Union member states' is a group (its"
    " members are coded from the list). The photo caption (Pence, Duque) adds nothing the list"
    " does not. 'Ice Land' = Iceland, 'Macedonia' = North Macedonia, 'St. Vincent' = Saint"
    " Vincent and the Grenadines. Site furniture kept ('Skip to main content', 'Cloudy icon"
    " 77º', 'Recommended Videos', the author box). Not cut.",
)
