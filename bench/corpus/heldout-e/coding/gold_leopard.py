"""Gold for the leopard-2-for-ukraine articles (623-629). Tanks are `armament`."""

from gold_common import st, write

T = "leopard-2-for-ukraine"
ARM = ["armament"]

# 623 The Straits Times (Munich), 18 February 2023; Scholz 'On Friday' at the Munich Security
# Conference = 17 February; Pistorius 'On Wednesday' = 15 February 2023.
a4 = (
    "Another battalion would be made up of older A4 tanks, with Poland as the main contributor"
    " and Norway and Canada contributing smaller numbers."
)
ruled_out = "Switzerland, Greece, Turkey and Denmark have ruled out providing Leopard 2s."
write(
    "623_straitstimes_scholz-reverses-roles-on-tanks",
    T,
    "2023-02-18",
    [
        st(
            "DE",
            "committed",
            "2023-01",
            "As pressure mounted, with Poland, for one, threatening to go ahead even without"
            " obtaining the required permission from Berlin for the German-made vehicles, Mr"
            " Scholz finally relented. Germany promised to itself send a company of 14 Leopard 2"
            " A6 tanks,",
            contributions=ARM,
            approximate=True,
            alt_dates=["2023-02-18"],
            note="'promised to itself send a company of 14 Leopard 2 A6 tanks' = committed. The"
            " decision after the 'fever pitch in January': January 2023 (25 January),"
            " approximate; the page's date accepted. Scholz urging allies in Munich is Germany's"
            " view of others, no second statement.",
        ),
        st(
            "DE",
            "conditional",
            "2023-01",
            "For weeks, Mr Scholz had insisted that Germany would not go it alone on the issue,"
            " and Berlin underlined that they were not the only countries who were reluctant.",
            approximate=True,
            speaker="Olaf Scholz",
            alt_stances=["declined"],
            optional=True,
            note="Its earlier position: no tanks unless others went along ('would not go it"
            " alone') = conditional (declined defensible). A past position the article recalls:"
            " optional. January 2023, approximate.",
        ),
        st(
            "PT",
            "committed",
            "2023-02-15",
            "On Wednesday, German Defence Minister Boris Pistorius admitted that allies had only"
            " mustered “half a battalion” of A6s so far – including the 14 from Germany itself"
            " and three from Portugal.",
            contributions=ARM,
            note="Three A6s counted among those mustered = committed. 'On Wednesday' = 15"
            " February 2023.",
        ),
        st(
            "PL",
            "committed",
            "2023-02-18",
            "with Poland, for one, threatening to go ahead even without obtaining the required"
            " permission from Berlin [...] " + a4,
            contributions=ARM,
            alt_dates=["2023-02-15"],
            note="'the main contributor' of the A4 battalion, ready to go ahead even without"
            " Berlin = committed. No time cue: the page's date (Pistorius's Wednesday accepted).",
        ),
        st(
            "NO",
            "committed",
            "2023-02-18",
            a4,
            contributions=ARM,
            alt_dates=["2023-02-15"],
            note="'contributing smaller numbers' = committed. The page's date.",
        ),
        st(
            "CA",
            "committed",
            "2023-02-18",
            a4,
            contributions=ARM,
            alt_dates=["2023-02-15"],
            note="As NO.",
        ),
        *[
            st(
                c,
                "declined",
                "2023-02-18",
                ruled_out,
                note="'have ruled out providing Leopard 2s' = declined. No time cue: the page's"
                " date.",
            )
            for c in ("CH", "GR", "TR", "DK")
        ],
        st(
            "SE",
            "considering",
            "2023-02-18",
            "Nato candidate Sweden has not ruled",
            optional=True,
            note="The stored text ends inside the sentence: 'has not ruled [out]' = considering,"
            " but the verb is cut, so optional. The page's date.",
        ),
    ],
    ["UA", "NATO"],
    "Dated page (store's date line). Ukraine receives; NATO only as 'Nato partners' and Sweden's"
    " candidacy. Cut mid-sentence ('has not ruled').",
)

# 624 Yeni Şafak English, 25 January 2023 ('early Wednesday' = 25 January 2023).
six = (
    "Along with Berlin, Norway, Spain, Finland, the Netherlands, and Poland also announced that"
    " they would support Kyiv by sending the German-made tanks."
)
write(
    "624_yenisafak_six-european-countries-green-light",
    T,
    "2023-01-25",
    [
        st(
            "DE",
            "committed",
            "2023-01-25",
            "On early Wednesday, Germany – where the tanks are made – announced that it will"
            " deliver 14 Leopard 2A6 battle tanks to Ukraine.",
            contributions=ARM,
            speaker="Steffen Hebestreit",
            note="'will deliver 14 Leopard 2A6 battle tanks' = committed. 'early Wednesday' = the"
            " page's day, 25 January 2023.",
        ),
        st(
            "NO",
            "committed",
            "2023-01-25",
            six,
            contributions=ARM,
            note="'announced that they would support Kyiv by sending the German-made tanks' ="
            " committed. No time cue: the page's date.",
        ),
        st(
            "ES",
            "committed",
            "2023-01-25",
            six + " [...] Spanish Defense Minister Margarita Robles on Wednesday announced that"
            " Spain is willing to send Leopard tanks to Ukraine and train them in their use, but"
            " always in coordination with the allies.",
            contributions=["armament", "training"],
            speaker="Margarita Robles",
            alt_stances=["conditional"],
            note="'is willing to send Leopard tanks ... and train them' = committed (armament,"
            " training); 'always in coordination with the allies' and waiting for Germany's"
            " permission make conditional defensible. 'on Wednesday' = 25 January 2023.",
        ),
        st(
            "PL",
            "committed",
            "2023-01-25",
            six + " [...] Poland has reportedly asked for an export license for 14 Leopard 2"
            " tanks.",
            contributions=ARM,
            note="In the list and asking for an export licence for 14 = committed. Morawiecki"
            " urging Germany is his view of Germany, no second statement. The page's date.",
        ),
        st(
            "NL",
            "considering",
            "2023-01-25",
            six + " [...] The Netherlands is also considering delivering Leopard 2 tanks although"
            " the Cabinet has not made any decision yet.",
            contributions=ARM,
            alt_stances=["committed"],
            note="The list says it 'announced', the detail says 'considering ... the Cabinet has"
            " not made any decision yet': one position, the detail's considering (the list's"
            " committed accepted). The page's date.",
        ),
        st(
            "FI",
            "considering",
            "2023-01",
            six + " [...] In early January, Finland's President Sauli Niinisto said that his"
            " country could scale up its military assistance to Ukraine by sending Leopard 2"
            " battle tanks.",
            contributions=ARM,
            speaker="Sauli Niinistö",
            alt_stances=["committed"],
            alt_dates=["2023-01-25"],
            note="'could scale up ... by sending Leopard 2 battle tanks' = considering; the"
            " list's 'announced that they would' makes committed acceptable. 'In early January'"
            " = January 2023 (the list's date, the page's, accepted).",
        ),
    ],
    ["UA", "RU"],
    "Dated page (store's date line; Anadolu-style copy with runs of blank lines and the typo"
    " 'Leapord', kept). Russia only warns; Ukraine receives. Cut mid-word ('foreign min').",
)

# 625 Babel (babel.ua), undated; Die Welt's report after the Ramstein meeting of 14 February
# 2023.
FEB = "2023-02"
austin = (
    "Back on February 14, at a meeting of Ramstein, the U.S. Defense Minister Lloyd Austin"
    " stated that eight countries would supply Ukraine with Leopard tanks. These are Germany,"
    " Poland, Canada, Portugal, Spain, Norway, Denmark and the Netherlands."
)
austin_note = (
    "Named only in the US defence secretary's Ramstein list (the meeting's convener): the"
    " organiser's claim, optional; if recorded, committed. 14 February 2023."
)
write(
    "625_babel_netherlands-denmark-changed-their-minds",
    T,
    "unknown",
    [
        st(
            "NL",
            "declined",
            FEB,
            "The Netherlands and Denmark have informed that they will not supply Leopard 2 tanks"
            ' to Ukraine. [...] However, these tanks are not available to Ukraine, "the decision'
            ' was made during close consultations between the Netherlands and Germany." [...]'
            " The compensation of the Netherlands and Denmark for changing their decision is a"
            " financial contribution to the repair of 100 Leopard 1 tanks in industrial"
            " warehouses in Germany.",
            contributions=["financing"],
            approximate=True,
            note="'will not supply Leopard 2 tanks' = declined, the other help (money for Leopard"
            " 1 repairs) listed: financing. Undated page, Die Welt's report of mid-February 2023,"
            " approximate.",
        ),
        st(
            "NL",
            "considering",
            "2023-01",
            "The Prime Minister of the Netherlands Mark Rutte stated earlier that his country can"
            " provide 18 Leopard 2 leased from Germany.",
            contributions=ARM,
            approximate=True,
            speaker="Mark Rutte",
            alt_stances=["committed"],
            optional=True,
            note="Rutte's earlier 'can provide 18 Leopard 2' = considering (committed"
            " defensible): the position it has now changed, recalled; optional. 'earlier':"
            " January 2023, approximate.",
        ),
        st(
            "DK",
            "declined",
            FEB,
            "The Netherlands and Denmark have informed that they will not supply Leopard 2 tanks"
            " to Ukraine. [...] When asked by Die Welt, Danish government circles also stated"
            " that the country, which owns 44 Leopard 2A7 tanks, will not participate in the tank"
            " alliance. The compensation of the Netherlands and Denmark for changing their"
            " decision is a financial contribution to the repair of 100 Leopard 1 tanks",
            contributions=["financing"],
            approximate=True,
            note="'will not supply', 'will not participate in the tank alliance' = declined,"
            " with financing for Leopard 1 repairs. Mid-February 2023, approximate.",
        ),
        st(
            "SE",
            "declined",
            FEB,
            "The same applies to Sweden. Stockholm is also refusing to supply the Leopard until"
            " it joins the North Atlantic Alliance.",
            approximate=True,
            conditions=["until it joins NATO"],
            alt_stances=["conditional"],
            note="'is also refusing to supply the Leopard' = declined for now; 'until it joins'"
            " NATO makes conditional defensible (the condition kept). The author's fact."
            " Mid-February 2023, approximate.",
        ),
        st(
            "FI",
            "declined",
            FEB,
            "However, there are now signs that the country does not want to supply tanks until it"
            " joins NATO.",
            approximate=True,
            conditions=["until it joins NATO"],
            alt_stances=["conditional"],
            optional=True,
            note="'does not want to supply tanks until it joins NATO' = declined for now"
            " (conditional defensible), but only as 'signs', the author's reading, not Finland's"
            " words: optional. Mid-February 2023, approximate.",
        ),
        *[
            st(
                c,
                "committed",
                "2023-02-14",
                austin,
                contributions=ARM,
                optional=True,
                note=austin_note,
            )
            for c in ("DE", "PL", "CA", "PT", "ES", "NO")
        ],
    ],
    ["UA", "US", "CZ", "GB", "FR", "IT", "NATO"],
    "Undated page (the 'Date:' line is empty). Austin's list also names Denmark and the"
    " Netherlands, which are coded from their own refusals. T-72s (US, Czech Republic,"
    " Netherlands), Challenger 2 (Britain) and air defence (Patriot, SAMP/T: France, Italy) are"
    " other weapons: no Leopard 2 statement. Not cut.",
)

# 626 Ukrainska Pravda, 13 April 2023.
write(
    "626_pravda_norway-trains-ukrainians-on-leopard-2",
    T,
    "2023-04-13",
    [
        st(
            "SE",
            "committed",
            "2023-04-13",
            "The Swedish government decided to send 10 Leopard 2 tanks to Ukraine in preparation"
            " for the upcoming counteroffensive.",
            contributions=ARM,
            note="'decided to send 10 Leopard 2 tanks' = committed. No time cue: the page's date"
            " (the decision itself was earlier).",
        ),
        st(
            "PT",
            "committed",
            "2023-02-04",
            "On 4 February, António Costa, Prime Minister of Portugal, stated that his country"
            " would send Leopard 2 battle tanks to the Armed Forces of Ukraine;",
            contributions=ARM,
            speaker="António Costa",
            note="'would send Leopard 2 battle tanks' = committed. 'On 4 February' (2023).",
        ),
        st(
            "DE",
            "committed",
            "2023-03-27",
            "On 27 March, German Chancellor Olaf Scholz confirmed that the Leopard 2 tanks"
            " promised by the government in Berlin have arrived in Ukraine.",
            contributions=ARM,
            speaker="Olaf Scholz",
            note="Its promised tanks 'have arrived in Ukraine' = committed (delivered). 'On 27"
            " March' (2023).",
        ),
        st(
            "NO",
            "committed",
            "2023-04-13",
            'Quote: "Forsvaret joint group of instructors from the Armed Forces of the Kingdom of'
            " Norway are training servicemen of the Armed Forces of Ukraine to operate Leopard 2"
            " tanks, build tank obstacles and how to break through them as part of the Norwegian"
            ' mission to train the Ukrainian military in the Republic of Poland."',
            contributions=["training"],
            optional=True,
            note="Norway's instructors train Ukrainians on Leopard 2 (in Ukraine's General"
            " Staff's words): a training contribution to the tanks, not tanks; optional, if"
            " recorded committed with training. The page's date.",
        ),
    ],
    ["UA", "PL"],
    "Dated page (store's date line); no headline in the stored text, the title was written from"
    " the lead. Ukraine (its General Staff) receives; Poland is where the training happens."
    " Not cut.",
)

# 627 Euromaidan Press, 26 January 2023.
write(
    "627_euromaidanpress_canada-to-send-four-leopard-2",
    T,
    "2023-01-26",
    [
        st(
            "CA",
            "committed",
            "2023-01-26",
            "Canada is sending four of its German-made Leopard 2 tanks to Ukraine in the coming"
            " weeks, Canadian Defense Minister Anita Anand announced during a news conference on"
            " 26 January, [...] The tanks will come with spare parts and ammunition, and Canada"
            " will also provide trainers.",
            contributions=["armament", "training"],
            speaker="Anita Anand",
            note="'is sending four ... Leopard 2 tanks', trainers too = committed (armament,"
            " training); 'leaving open the possibility of sending more' is no second stance. 26"
            " January 2023.",
        ),
        st(
            "DE",
            "committed",
            "2023-01-25",
            "Canada announced its decision after Germany pledged on 25 January to provide its"
            " Leopard 2 tanks to Ukraine and also allowed other countries to re-export their"
            " German-made Leopards to Ukraine.",
            contributions=ARM,
            note="'pledged on 25 January to provide its Leopard 2 tanks' = committed. 25 January"
            " 2023.",
        ),
    ],
    ["UA", "RU"],
    "Dated page (store's date line; a photo caption opens the stored text). 'its allies' to"
    " provide 88 Leopards names no one. Not cut.",
)

# 628 Deutschlandfunk (German), undated; the World Economic Forum in Davos, 16-20 January 2023.
write(
    "628_deutschlandfunk_eu-laender-fordern-genehmigung-leopard",
    T,
    "unknown",
    [
        st(
            "PL",
            "conditional",
            "2023-01",
            "Der polnische Präsident Duda bekräftigte beim Weltwirtschaftsforum in Davos, dass"
            " sein Land zur Lieferung von rund 14 Panzern bereit sei. Dafür benötige er aber die"
            " Genehmigung vom Herstellerland Deutschland.",
            contributions=ARM,
            approximate=True,
            speaker="Andrzej Duda",
            conditions=["Germany's permission (re-export licence)"],
            alt_stances=["committed"],
            note="'zur Lieferung von rund 14 Panzern bereit' (ready to deliver about 14 tanks)"
            " but needing Germany's permission = conditional (committed defensible: the permit is"
            " a formality). At the Davos forum (16-20 January 2023): January 2023, approximate.",
        ),
        st(
            "FI",
            "considering",
            "2023-01",
            "Auch der finnische Außenminister Haavisto machte deutlich, dass er die Lieferung an"
            " die Ukraine unterstützt.",
            contributions=ARM,
            approximate=True,
            speaker="Pekka Haavisto",
            optional=True,
            note="Supports 'die Lieferung an die Ukraine' (the delivery) without saying Finland"
            " sends any: open to it, considering; whose delivery is unclear, so optional."
            " January 2023, approximate.",
        ),
        st(
            "DE",
            "declined",
            "2023-01",
            "Bundeskanzler Scholz hat sein Nein zur Lieferung der Leopard-Panzer bisher unter"
            " anderem damit begründet, dass es keinen deutschen Alleingang geben solle.",
            contributions=[],
            approximate=True,
            speaker="Olaf Scholz",
            alt_stances=["conditional"],
            note="'sein Nein zur Lieferung der Leopard-Panzer bisher' (his no so far) = declined;"
            " the reason, no German solo move, makes conditional defensible. January 2023,"
            " approximate.",
        ),
    ],
    ["LT", "UA", "EU"],
    "German-language page, undated; the stored excerpt has no headline (title from the URL"
    " slug). Lithuania's Nauseda saying it is Germany's turn is his view of Germany, no"
    " Lithuanian stance. Not cut.",
)

# 629 MilitaryLeak, 25 January 2023; 'Friday's summit at Ramstein' = 20 January 2023, Scholz
# 'on Sunday' = 22 January 2023.
RAM = "2023-01-20"
willing3 = (
    "Spain, Denmark and the Netherlands were also willing to provide some of their tanks;"
    " however, Germany’s consent was still necessary for the coalition of countries to proceed"
    " on the matter."
)
write(
    "629_militaryleak_europeans-prepared-to-give-100-leopard-2",
    T,
    "2023-01-25",
    [
        st(
            "PL",
            "committed",
            "2023-01-25",
            "Poland and Finland have already indicated publicly that they are willing to provide"
            " a number of their Leopard 2 tanks to Ukraine. [...] The Prime Minister of Poland"
            " Mateusz Morawiecki said his country ready to send German-made Leopard 2 tanks to"
            " Ukraine even if Germany does not give formal permission for such transfers.",
            contributions=ARM,
            speaker="Mateusz Morawiecki",
            alt_dates=[RAM],
            note="'ready to send ... even if Germany does not give formal permission' ="
            " committed, explicitly without the condition. No time cue for Morawiecki: the"
            " page's date (the Ramstein Friday accepted).",
        ),
        st(
            "FI",
            "committed",
            RAM,
            "Poland and Finland have already indicated publicly that they are willing to provide"
            " a number of their Leopard 2 tanks to Ukraine. Those agreements, were made at"
            " Friday’s summit at Ramstein",
            contributions=ARM,
            alt_stances=["conditional", "considering"],
            alt_dates=["2023-01-25"],
            note="'indicated publicly that they are willing to provide' = committed; the lead's"
            " 'if the German government gives its consent' makes conditional defensible, and"
            " 'willing' considering. At 'Friday's summit at Ramstein' = 20 January 2023.",
        ),
        *[
            st(
                c,
                "conditional",
                RAM,
                willing3,
                contributions=ARM,
                alt_stances=["committed"],
                conditions=["Germany's consent (export licence)"],
                alt_dates=["2023-01-25"],
                note="'were also willing to provide some of their tanks; however, Germany's"
                " consent was still necessary' = conditional on Germany's consent (committed"
                " defensible). Dated by the Ramstein meeting of Friday 20 January 2023.",
            )
            for c in ("ES", "DK", "NL")
        ],
        st(
            "DE",
            "undecided",
            "2023-01-22",
            "German Chancellor Olaf Scholz on Sunday did not say whether Germany would agree to"
            " provide Ukraine with battle tanks, he als said such decisions would be made in"
            " coordination with allies including the United States.",
            speaker="Olaf Scholz",
            alt_stances=["conditional"],
            note="'did not say whether Germany would agree to provide', decisions 'in"
            " coordination with allies' = undecided (conditional on allies defensible)."
            " Baerbock's 'would not stand in the way' concerns Poland's re-export, not German"
            " tanks: no second statement. 'on Sunday' = 22 January 2023.",
        ),
    ],
    ["UA", "US"],
    "Dated page (URL date, Wednesday 25 January 2023, the day of Germany's decision; the stored"
    " text predates it). 'Twelve European countries' are unnamed. The US works with 'other"
    " western governments' on Ukraine's arms: no Leopard statement. Typos kept ('he als said',"
    " 'agreements, were'). Cut ('find an alt').",
)
