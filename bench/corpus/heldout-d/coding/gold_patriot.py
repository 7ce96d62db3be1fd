"""Gold for the patriot-for-ukraine articles (518-522)."""

from gold_common import st, write

T = "patriot-for-ukraine"
APR = "2024-04"

# 518 Babel, undated; El Pais and Mitsotakis's interview, late April 2024.
write(
    "518_babel_spain-greece-refused-patriot",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            APR,
            "Spain refuses to transfer the Patriot air defense system to Ukraine, but will"
            " provide a small number of missiles to them, writes El Pais with reference to"
            " sources.",
            contributions=["armament"],
            approximate=True,
            note="Refuses the system, offers 'a small number of missiles' = declined, the"
            " missiles listed (armament). Attributed to government sources via El Pais. No date"
            " on an undated page: the week after the Brussels summit ('last week'), April 2024,"
            " approximate.",
        ),
        st(
            "GR",
            "declined",
            APR,
            "Officially, Prime Minister of Greece Kyriakos Mitsotakis says that air defense will"
            ' not be provided. "We are not going to send either Patriot or S-300 to Ukraine,'
            ' although we were asked to do so," he said.',
            approximate=True,
            speaker="Kyriakos Mitsotakis",
            note="'We are not going to send either Patriot or S-300' = declined. The Greek"
            " media's 'could provide ... if the US assured' is press speculation, not the"
            " government's: not coded. April 2024, approximate.",
        ),
    ],
    ["UA", "DE", "US", "TR", "EU", "NATO", "RU"],
    "Undated page (babel.ua). EU leaders and NATO pressing Spain and Greece are organisations"
    " asking others, not a position of their own. Germany appears only as the seller of Spain's"
    " batteries; Ukraine is the recipient. Cut mid-word ('Patri').",
)

# 519 Politico Europe, 26 April 2024; 'late Thursday' = 25 April 2024.
write(
    "519_politico_greece-spain-air-defense",
    T,
    "2024-04-26",
    [
        st(
            "GR",
            "declined",
            "2024-04-25",
            '"Greece is not going to send S-300 or Patriot to Ukraine," Greek Prime Minister'
            " Kyriakos Mitsotakis said during an interview on domestic station Skai TV late"
            " Thursday, according to Reuters.",
            speaker="Kyriakos Mitsotakis",
            note="'not going to send S-300 or Patriot' = declined. 'late Thursday' before the"
            " page of Friday 26 April 2024 = 25 April 2024.",
        ),
        st(
            "DE",
            "committed",
            "2024-04-26",
            "Germany, which has promised Ukraine three of its Patriot batteries,",
            contributions=["armament"],
            note="'has promised ... three of its Patriot batteries' = committed (armament)."
            " No time cue: the page's date.",
        ),
        st(
            "ES",
            "declined",
            APR,
            'Allies had been hopeful that Spain could be one of the donors [...] he "could not'
            ' understand" the refusal by the likes of Spain and Greece.',
            approximate=True,
            optional=True,
            note="Spain's refusal is known here only from the allies' hopes and Germany's"
            " minister (the stored excerpt starts after the El Pais part): one country's view of"
            " another, so optional; if recorded, declined. April 2024, approximate.",
        ),
    ],
    ["UA", "US", "NL", "RO", "PL", "TR", "RU"],
    "Dated page (store's date line); the excerpt starts mid-article. Pistorius lobbying others"
    " is Germany's view of them. Netherlands, Romania, Poland only 'have Patriot systems in"
    " their inventories'. The US convenes the talks. Not cut.",
)

# 520 rss.aubry.org feed page (#Pistorius), undated; the scheme announced on 14 July 2025.
JUL = "2025-07"
consider = (
    "In addition to the three countries, Canada, Norway, Sweden, and the UK are also"
    " considering joining the program."
)
write(
    "520_aubry_germany-denmark-netherlands-buy-patriots",
    T,
    "unknown",
    [
        st(
            "DE",
            "committed",
            JUL,
            "Germany has already proposed purchasing at least two batteries.",
            contributions=["financing"],
            approximate=True,
            speaker="Boris Pistorius",
            alt_stances=["considering"],
            note="'has already proposed purchasing at least two batteries' for Ukraine ="
            " committed with financing ('proposed' makes considering defensible). After the"
            " announcement of 14 July 2025, no own date: July 2025, approximate.",
        ),
        st(
            "DK",
            "committed",
            JUL,
            "Denmark and the Netherlands have agreed to join US President Donald Trump’s new plan"
            " for jointly financing American weapons for Ukraine, including Patriot air defense"
            " systems, EurActiv reports. [...] Danish Foreign Minister Lars Løkke Rasmussen has"
            " also confirmed that the country is “absolutely ready” to join the program, with"
            " details still being finalized.",
            contributions=["financing"],
            approximate=True,
            speaker="Lars Løkke Rasmussen",
            note="'have agreed to join', 'absolutely ready' = committed with financing. July"
            " 2025, approximate.",
        ),
        st(
            "NL",
            "committed",
            JUL,
            "Denmark and the Netherlands have agreed to join US President Donald Trump’s new plan"
            " for jointly financing American weapons for Ukraine, including Patriot air defense"
            " systems, EurActiv reports. [...] His Dutch counterpart, Caspar Veldkamp, has said"
            " the Netherlands is “positively inclined” to participate.",
            contributions=["financing"],
            approximate=True,
            speaker="Caspar Veldkamp",
            alt_stances=["considering"],
            note="'have agreed to join' = committed; the minister's own 'positively inclined'"
            " makes considering defensible. July 2025, approximate.",
        ),
        st(
            "CA",
            "considering",
            JUL,
            consider,
            contributions=["financing"],
            approximate=True,
            note="'are also considering joining the program' = considering. July 2025,"
            " approximate.",
        ),
        st(
            "NO",
            "considering",
            JUL,
            consider,
            contributions=["financing"],
            approximate=True,
            note="As CA.",
        ),
        st(
            "SE",
            "considering",
            JUL,
            consider,
            contributions=["financing"],
            approximate=True,
            note="As CA.",
        ),
        st(
            "GB",
            "considering",
            JUL,
            consider,
            contributions=["financing"],
            approximate=True,
            note="As CA.",
        ),
    ],
    ["US", "UA", "RU", "NATO"],
    "Feed-reader tag page (rss.aubry.org) holding a Euromaidan-style report, undated. The pledge"
    " here is buying US Patriots for Ukraine (NATO's scheme of July 2025): financing. The US"
    " sells and organises; Rutte (NATO) explains the scheme: neither coded. Cut ('and the"
    " list').",
)

# 521 Politico Europe, 20 June 2024; the stored excerpt starts after the headline.
write(
    "521_politico_romania-agrees-to-donate-patriot",
    T,
    "2024-06-20",
    [
        st(
            "RO",
            "considering",
            "2024-05",
            "In May, the country's President Klaus Iohannis said following a meeting with U.S."
            " President Joe Biden that the issue of a Patriot pledge for Ukraine had been part of"
            ' talks at the White House. "I must discuss it in the Supreme Defense Council to see'
            " what we can offer and what we can get in return, because it is unacceptable to"
            ' leave Romania without air defenses," Iohannis said at the time.',
            speaker="Klaus Iohannis",
            alt_stances=["undecided", "conditional"],
            note="'I must discuss it ... to see what we can offer and what we can get in return'"
            " = considering (undecided, or conditional on a replacement, defensible). 'In May'"
            " = May 2024.",
        ),
        st(
            "RO",
            "committed",
            "2024-06-20",
            '"This crucial contribution will bolster our air shield and help us better protect'
            ' our people and critical infrastructure from Russian air terror," said Ukrainian'
            " President Volodymyr Zelenskyy.",
            contributions=["armament"],
            optional=True,
            note="Romania's donation itself is only in the headline (not in the stored text) and"
            " in Zelensky's thanks for 'this crucial contribution': an editor who reads the page"
            " records it as committed (the page's date); a drafter cannot name Romania from this"
            " sentence, so optional.",
        ),
        st(
            "DE",
            "committed",
            "2024-06-20",
            "So far, Germany has promised to deliver three of its own platforms to Ukraine,",
            contributions=["armament"],
            note="'has promised to deliver three of its own platforms' = committed. No time cue:"
            " the page's date.",
        ),
        st(
            "NL",
            "committed",
            "2024-06-20",
            "The Netherlands has offered a series of components to help piece together another"
            " standalone Patriot battery.",
            contributions=["armament"],
            note="'has offered a series of components' for a Patriot battery = committed. No"
            " time cue: the page's date.",
        ),
        st(
            "US",
            "committed",
            "2024-06-20",
            "However, the U.S. is pausing the delivery of Patriot interceptor missiles to other"
            " nations so it can fast-track orders for Ukraine, the FT reported.",
            contributions=["armament"],
            optional=True,
            note="Fast-tracking Patriot interceptors for Ukraine, reported as fact via the FT:"
            " missiles, not systems, so optional; if recorded, committed.",
        ),
    ],
    ["UA", "RU", "CH", "SE"],
    "Dated page (store's date line); the stored excerpt starts after the headline and lead, so"
    " the title was written from the URL slug. Switzerland and Sweden only 'have Patriot systems"
    " on order'. Not cut.",
)

# 522 Friendly Paris (French), undated; the El Pais and Politico reports of late April 2024.
write(
    "522_friendlyparis_espagne-grece-patriot",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            APR,
            "L'Espagne ne transférera pas les lanceurs du système Patriot à l'Ukraine ; Kyiv ne"
            " recevra que des missiles. [...] Le ministère espagnol de la Défense a accepté de"
            " transférer « un nombre extrêmement limité de missiles »",
            contributions=["armament"],
            approximate=True,
            note="Will not transfer the launchers, only 'an extremely limited number of missiles'"
            " = declined with armament. April 2024, approximate.",
        ),
        st(
            "GR",
            "declined",
            APR,
            "la Grèce a également refusé de fournir des systèmes Patriot à Kiev. « La Grèce"
            " n’enverra pas de systèmes S-300 ou Patriot en Ukraine.",
            approximate=True,
            speaker="Kyriakos Mitsotakis",
            note="'refused to provide Patriot systems', 'will not send' = declined. April 2024,"
            " approximate.",
        ),
    ],
    ["UA", "TR", "DE"],
    "French-language page, undated, relaying El País (via Interfax) and Politico. The garbled"
    " 'Lap Kyriakos Mitsotakis' is kept as stored. Turkey (Adana) and Germany (seller) are only"
    " places. Not cut.",
)
