"""Gold for the beijing-olympics-diplomatic-boycott articles (608-615)."""

from gold_common import st, write

T = "beijing-olympics-diplomatic-boycott"
NOV21 = "2021-11"
DEC21 = "2021-12"

# 608 Businesshala, undated; the weeks before the US announcement of 6 December 2021.
write(
    "608_businesshala_growing-list-weighing-diplomatic-boycott",
    T,
    "unknown",
    [
        st(
            "US",
            "considering",
            NOV21,
            "President Joe Biden said Last week when the US was considering a diplomatic boycott"
            " of the 2022 Games, it prompted allies to do so in a coordinated action.",
            approximate=True,
            speaker="Joe Biden",
            note="'the US was considering a diplomatic boycott' = considering. 'Last week' on an"
            " undated page: November 2021 (Biden's remark of 18 November), approximate.",
        ),
        st(
            "AU",
            "considering",
            NOV21,
            "Australia is considering a diplomatic boycott of the upcoming Olympics, but is"
            " “awaiting the decision of the Biden administration” at first.",
            approximate=True,
            alt_stances=["undecided"],
            note="'is considering', 'awaiting the decision of the Biden administration' ="
            " considering (waiting on another's decision makes undecided defensible). November"
            " 2021, approximate.",
        ),
        st(
            "CA",
            "undecided",
            NOV21,
            "A Canadian official told CTV News on Saturday that the Canadian government was"
            " discussing whether it would boycott with its “closest allies”.",
            approximate=True,
            alt_stances=["considering"],
            note="'discussing whether it would boycott with its closest allies' = consulting"
            " allies, no position yet: undecided (considering defensible). November 2021,"
            " approximate.",
        ),
        st(
            "GB",
            "undecided",
            NOV21,
            "United Kingdom made “No Judgment” on possible exclusion.",
            approximate=True,
            note="'made No Judgment' = undecided. November 2021, approximate.",
        ),
        st(
            "LT",
            "considering",
            NOV21,
            "Gabrielus Landsbergis, Foreign Minister of Lithuania, Called Calling for “some level"
            " of coordination” between EU member states and the “transatlantic” and saying he does"
            " not believe any diplomats are “eager to go” to the Olympics,",
            approximate=True,
            speaker="Gabrielius Landsbergis",
            alt_stances=["undecided"],
            note="Calls for coordinated action and doubts 'any diplomats are eager to go' ="
            " leaning towards a boycott without deciding: considering (undecided defensible)."
            " November 2021, approximate.",
        ),
    ],
    ["CN", "EU"],
    "Undated list-style page (machine-rewritten English: 'Called Calling', 'Gabrielus', kept)."
    " China hosts; the EU is only where Lithuania wants coordination. 'prompted allies' names no"
    " one. Not cut.",
)

# 609 PH Tribune, undated; Blanquer on BFM TV and Le Drian's joint news conference with
# Baerbock in Paris, Thursday 9 December 2021.
THU = "2021-12-09"
four = (
    "The United States, Canada, Australia and Britain all said this week that their government"
    " officials will not attend the Games in order to send China a message over its human rights"
    " record."
)
four_note = (
    "'said this week that their government officials will not attend the Games' = committed."
    " 'this week' = the week of 6 December 2021 (month precision)."
)
write(
    "609_phtribune_french-minister-no-diplomatic-boycott",
    T,
    "unknown",
    [
        st(
            "FR",
            "declined",
            THU,
            "France will not follow the lead of some other Western governments and launch a"
            " diplomatic boycott of the Winter Olympics in Beijing, the education minister said"
            " on Thursday. [...] “As for a diplomatic boycott...France will not do it,” Education"
            " Minister Jean-Michel Blanquer said on BFM TV.",
            speaker="Jean-Michel Blanquer",
            note="'will not follow the lead ... and launch a diplomatic boycott', 'France will"
            " not do it' = declined; the sports minister will attend. 'on Thursday': the day of"
            " Le Drian's news conference with his new German counterpart Baerbock in Paris, 9"
            " December 2021 (the meeting's date is known outside the text).",
        ),
        st(
            "FR",
            "undecided",
            THU,
            "French Foreign Minister Jean-Yves Le Drian was more guarded and said Paris should"
            " take a common stand with other European Union capitals. [...] Le Drian said there"
            " was a need for a common European position on the issue of a diplomatic boycott of"
            " the Games in Beijing.",
            speaker="Jean-Yves Le Drian",
            alt_stances=["considering"],
            optional=True,
            note="The foreign minister, 'more guarded', wants a common EU position: a second,"
            " open position of France in the same article (undecided; considering defensible)."
            " An editor could take Blanquer's refusal as France's only position: optional. 9"
            " December 2021.",
        ),
        *[st(c, "committed", DEC21, four, note=four_note) for c in ("US", "CA", "AU", "GB")],
    ],
    ["CN", "DE", "EU"],
    "Undated page; the stored text repeats its six paragraphs (kept) and ends in a cut teaser"
    " ('Many developing countries will reduce'). Germany appears only as Baerbock, Le Drian's"
    " counterpart; the EU only as the wanted common position. China hosts.",
)

# 610 Shanghai Daily, undated; the boycotts of Monday 6 (US), Wednesday 8 (Canada) and
# Thursday 9 December 2021 (France).
write(
    "610_shine_canada-australia-uk-envoys-skip-games",
    T,
    "unknown",
    [
        st(
            "CA",
            "committed",
            "2021-12-08",
            "Canada joined Australia, Britain and the United States in a diplomatic boycott of"
            " the Beijing Winter Olympics on Wednesday, [...] Canadian Prime Minister Justin"
            " Trudeau said Beijing would be aware of long-standing Western concerns about human"
            " rights in China. \"(So) it shouldn't be a surprise that we decided not to send"
            ' diplomatic representation."',
            speaker="Justin Trudeau",
            note="'joined ... in a diplomatic boycott', 'we decided not to send diplomatic"
            " representation' = committed. 'on Wednesday' of the boycott week = 8 December 2021.",
        ),
        st(
            "FR",
            "declined",
            "2021-12-09",
            'while France said on Thursday that "they won\'t do it."',
            note="'they won't do it' = declined. 'on Thursday' = 9 December 2021.",
        ),
        st(
            "US",
            "committed",
            "2021-12-06",
            "The United States was the first to announce the boycott, saying on Monday its"
            " government officials would not attend the Games in February",
            note="'its government officials would not attend' = committed. 'on Monday' = 6"
            " December 2021, the announcement that opened the boycott.",
        ),
        st(
            "AU",
            "committed",
            DEC21,
            "Canada joined Australia, Britain and the United States in a diplomatic boycott of"
            " the Beijing Winter Olympics",
            approximate=True,
            note="Already in the boycott Canada joined = committed. No day: December 2021,"
            " approximate.",
        ),
        st(
            "GB",
            "committed",
            DEC21,
            "Canada joined Australia, Britain and the United States in a diplomatic boycott of"
            " the Beijing Winter Olympics",
            approximate=True,
            note="As AU.",
        ),
    ],
    ["CN"],
    "Undated page of a Chinese state outlet. China hosts: its foreign ministry's and embassy's"
    " attacks on the boycott are the host's, mentioned like a host (the US, Britain and"
    " Australia in Wang Wenbin's quote gain no statement from it). The headline is repeated in"
    " the stored text. Cut ('the 20').",
)

# 611 Silk Way News, undated; after Japan's decision of 24 December 2021.
write(
    "611_silkway_two-countries-joined-diplomatic-boycott",
    T,
    "unknown",
    [
        st(
            "DK",
            "committed",
            DEC21,
            "Denmark will not send diplomats to the game. Jeppe Foreign Minister Pokofod declared"
            " concerns about the situation with human rights in China.",
            approximate=True,
            speaker="Jeppe Kofod",
            note="'will not send diplomats to the game' = committed (one of the 'two more"
            " countries' that joined). The garbled 'Jeppe Foreign Minister Pokofod' is Jeppe"
            " Kofod. No date: December 2021, approximate.",
        ),
        st(
            "NL",
            "committed",
            DEC21,
            "Also, diplomatic boycott declared the Netherlands.",
            approximate=True,
            note="'diplomatic boycott declared the Netherlands' (inverted machine English) ="
            " committed. December 2021, approximate.",
        ),
        st(
            "US",
            "committed",
            DEC21,
            "The first diplomatic boycott games in Beijing declared the United States.",
            approximate=True,
            note="The first to declare the boycott = committed. December 2021, approximate.",
        ),
        *[
            st(
                c,
                "committed",
                DEC21,
                "After a boycott joined Australia, United Kingdom, Canada and Japan.",
                approximate=True,
                note="'After a boycott joined ...' = joined the boycott, committed (the author's"
                " fact). December 2021, approximate.",
            )
            for c in ("AU", "GB", "CA", "JP")
        ],
    ],
    ["CN"],
    "Undated page in machine-translated English (kept as stored). Japan is here simply listed as"
    " having joined. China hosts. Not cut.",
)

# 612 The Boston Courier, undated; Moon's press conference in Canberra on Monday 13 December
# 2021, 'a week after' the US announcement of 6 December.
write(
    "612_bostoncourier_south-korea-rejects-boycott",
    T,
    "unknown",
    [
        st(
            "KR",
            "declined",
            "2021-12-13",
            "South Korean President Moon Jae-in said Monday that his country will not join a"
            " diplomatic boycott of the upcoming Winter Olympics in Beijing, [...] “Regarding the"
            " diplomatic boycott of the Beijing Olympic Games, South Korea did not receive any"
            " request to join it, and the government is not considering it,” Mr. Moon said",
            speaker="Moon Jae-in",
            note="'will not join', 'not considering it' = declined. 'Monday' at the press"
            " conference in Canberra with Morrison, a week after the US began = 13 December"
            " 2021.",
        ),
        st(
            "US",
            "committed",
            "2021-12-06",
            "The Biden administration announced its diplomatic boycott of the Beijing games last"
            " week, [...] “The Biden administration will not send any diplomatic or official"
            " representation to the Beijing 2022 Winter Olympics, Paralympic Games,",
            approximate=True,
            speaker="Jen Psaki",
            note="'announced its diplomatic boycott', 'will not send any diplomatic or official"
            " representation' = committed. 'last week', 'a week after it began': 6 December"
            " 2021, approximate (right to the month).",
        ),
        *[
            st(
                c,
                "committed",
                DEC21,
                "The Biden administration announced its diplomatic boycott of the Beijing games"
                " last week, with Britain, Australia and Canada quickly following suit.",
                approximate=True,
                note="'quickly following suit' = joined the boycott, committed. The week before"
                " 13 December: December 2021, approximate.",
            )
            for c in ("GB", "AU", "CA")
        ],
    ],
    ["CN"],
    "Undated page. Australia is also where Moon speaks (Morrison hosts the press conference):"
    " its own boycott comes only from 'following suit'. China hosts. The headline is repeated"
    " in the stored text. Cut mid-word ('allegati').",
)

# 613 Local News 8 (AP), 23 December 2021 (URL date; Tokyo's Friday 24 December).
write(
    "613_localnews8_japan-wont-send-government-delegation",
    T,
    "2021-12-23",
    [
        st(
            "JP",
            "committed",
            "2021-12-23",
            "Japan says it won’t send a delegation of ministers to represent the government at"
            " the Beijing Games but three Olympic officials will attend. [...] Chief Cabinet"
            " Secretary Hirokazu Matsuno says “we have no plans to send a government delegation.”"
            " Matsuno says the decision is Japan’s own and not to join earlier moves by the"
            " United States and others. Matsuno also declined to call it a diplomatic boycott.",
            speaker="Hirokazu Matsuno",
            alt_stances=["declined"],
            alt_dates=["2021-12-24"],
            note="Sends no government delegation, the substance of a diplomatic boycott ="
            " committed; but it 'declined to call it a diplomatic boycott' and says it is 'not to"
            " join earlier moves by the United States', so declined is defensible. No time cue:"
            " the page's date (the announcement was Friday 24 December in Tokyo: alt date).",
        ),
        st(
            "US",
            "committed",
            DEC21,
            "The decision follows a U.S.-led move to diplomatically boycott the Games to protest"
            " China’s human rights conditions.",
            approximate=True,
            note="The US leads the diplomatic boycott (the author's fact) = committed. 'earlier':"
            " December 2021, approximate.",
        ),
    ],
    ["CN"],
    "Dated page (URL date). 'others' who boycott are unnamed. China hosts. Not cut.",
)

# 614 KBS World, 10 December 2021; Choi's radio remarks on Thursday 9 December 2021.
write(
    "614_kbs_seoul-leaning-toward-not-joining-boycott",
    T,
    "2021-12-10",
    [
        st(
            "KR",
            "undecided",
            "2021-12-09",
            "His remarks suggest that Seoul is leaning toward not taking part in the diplomatic"
            " boycott of the Beijing Olympics. However, he was quick to add that the government"
            " has not yet reached a decision on the matter.Choi was repeating a senior"
            " presidential official’s remarks issued the previous day that the government is not"
            " reviewing a diplomatic boycott of the Beijing Olympics and also has not decided if"
            " government officials will attend.",
            speaker="Choi Jong-kun",
            alt_stances=["declined"],
            note="'has not yet reached a decision', 'has not decided if government officials will"
            " attend' = undecided; 'leaning toward not taking part', 'not reviewing a diplomatic"
            " boycott' make declined defensible. The previous day's official says the same: one"
            " statement. 'on Thursday' before the page of Friday 10 December = 9 December 2021.",
        ),
        *[
            st(
                c,
                "committed",
                "2021-12-10",
                "So far, the U.S., Australia, Britain and Canada are implementing diplomatic"
                " boycotts of the upcoming Olympics,",
                note="'are implementing diplomatic boycotts' = committed. No time cue: the page's"
                " date.",
            )
            for c in ("US", "AU", "GB", "CA")
        ],
        st(
            "JP",
            "considering",
            "2021-12-10",
            "while Japan is said to be considering the move.",
            optional=True,
            note="'is said to be considering the move' = considering, but only as hearsay: an"
            " editor could wait for Japan's own words, optional. The page's date.",
        ),
        st(
            "NZ",
            "committed",
            "2021-12-10",
            "New Zealand is not sending officials, though said it's mostly due to COVID-19.",
            alt_stances=["declined"],
            note="Sends no officials = committed in substance; it says the reason is 'mostly"
            " COVID-19', not a boycott, so declined is defensible. The page's date.",
        ),
    ],
    ["CN"],
    "Dated page (store's date line). Sentences run together without spaces ('matter.Choi'), as"
    " stored. No headline in the stored text: the title was written from the lead. China hosts."
    " Not cut.",
)

# 615 Bombo Radyo (Filipino), undated; the boycotts of 6-8 December 2021.
write(
    "615_bomboradyo_uk-canada-diplomatic-boycott",
    T,
    "unknown",
    [
        st(
            "GB",
            "committed",
            DEC21,
            "Sumunod na rin ang United Kingdom at Canada sa US na nagpatupad ng diplomatic"
            " boycott sa nalalapit na 2022 Beijing Winter Olympics. Gaya ng rason ng US sinabi ni"
            " British Prime Minister Boris Johnson na hindi nito maaatim ang nangyayaring human"
            " rights abuse sa China.",
            approximate=True,
            speaker="Boris Johnson",
            note="'Sumunod na rin ... na nagpatupad ng diplomatic boycott' (have also followed"
            " the US in imposing a diplomatic boycott) = committed. No date: December 2021,"
            " approximate.",
        ),
        st(
            "CA",
            "committed",
            DEC21,
            "Sumunod na rin ang United Kingdom at Canada sa US na nagpatupad ng diplomatic"
            " boycott sa nalalapit na 2022 Beijing Winter Olympics. [...] Sinabi naman ni"
            " Canadian Prime Minister Justin Trudeau na noon pa man ay nababahala na sila sa"
            " nagaganap na pang-aabuso sa China.",
            approximate=True,
            speaker="Justin Trudeau",
            note="As GB.",
        ),
        st(
            "US",
            "committed",
            DEC21,
            "Magugunitang matapos ang US na nag-anunsyo ng diplomatic boycott ay sumunod din ang"
            " Australia.",
            approximate=True,
            note="'ang US na nag-anunsyo ng diplomatic boycott' (the US, which announced a"
            " diplomatic boycott) = committed. December 2021, approximate.",
        ),
        st(
            "AU",
            "committed",
            DEC21,
            "Magugunitang matapos ang US na nag-anunsyo ng diplomatic boycott ay sumunod din ang"
            " Australia.",
            approximate=True,
            note="'sumunod din ang Australia' (Australia also followed) = committed. December"
            " 2021, approximate.",
        ),
    ],
    ["CN"],
    "Filipino (Tagalog) page with English names and terms, undated. The last sentence explains"
    " what a diplomatic boycott is (no diplomats, athletes still go). China hosts. Not cut.",
)
