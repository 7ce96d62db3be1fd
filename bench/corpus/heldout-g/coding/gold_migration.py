"""Gold for the sign-un-migration-compact articles (708-713)."""

from gold_common import st, write

T = "sign-un-migration-compact"
N18 = "2018-11"
LIKELY = (
    "'would most likely withdraw', 'very likely ... will not be part' = a refusal hedged as a"
    " likelihood: declined (skeptical defensible)."
)

# 708 Kafkadesk, URL date 6 November 2018 (Tuesday). "on Friday during a joint press
# conference in Warsaw with German chancellor Angela Merkel" = Friday 2 November 2018; "The day
# before" = Thursday 1 November.
lead708 = (
    "After Hungary and Austria, Poland and the Czech Republic announced they would most likely"
    " withdraw from a U.N. migration pact before it’s even signed."
)
write(
    "708_kafkadesk_central-european-countries-against-un-migration-pact",
    T,
    "2018-11-06",
    [
        st(
            "PL",
            "declined",
            "2018-11-02",
            lead708 + " [...] Talking on Friday during a joint press conference in Warsaw with"
            " German chancellor Angela Merkel, Poland‘s Prime Minister Mateusz Morawiecki said"
            " that “it is very likely that, like Austria, the Czech Republic and the United"
            " States, we will not be part of the U.N. Global Compact”.",
            speaker="Mateusz Morawiecki",
            alt_stances=["skeptical"],
            note=LIKELY + " The Friday of the Warsaw press conference before the 6 November page"
            " = 2 November 2018.",
        ),
        st(
            "CZ",
            "declined",
            "2018-11-01",
            lead708 + " [...] The day before, Czech Prime Minister Andrej Babis already expressed"
            " strong reserves about the pact and suggested the country will pull out from the"
            " agreement.",
            speaker="Andrej Babis",
            alt_stances=["skeptical"],
            note=LIKELY + " 'suggested the country will pull out'. 'The day before' the Friday ="
            " 1 November 2018.",
        ),
        st(
            "HU",
            "declined",
            "2018-06",
            "Hungary announced last June it would pull out",
            note="'announced last June it would pull out' = declined, June 2018 (as the text"
            " says).",
        ),
        st(
            "AT",
            "declined",
            "2018-10",
            "Austrian chancellor Sebastian Kurz also recently told Vienna would not be taking part"
            " to the United Nations global compact.",
            approximate=True,
            speaker="Sebastian Kurz",
            note="'would not be taking part' = declined. 'recently' before 6 November: October"
            " 2018, approximate.",
        ),
        st(
            "US",
            "declined",
            "2018-07",
            "The Global Compact for Safe, Orderly and Regular Migration was agreed in July by all"
            " 193 U.N. member states, except for the United States",
            approximate=True,
            note="The one country that did not agree to it = declined. Tied to the July agreement:"
            " July 2018, approximate (the US left the talks earlier).",
        ),
        st(
            "HR",
            "undecided",
            "2018-11-06",
            "It also remains unclear where Croatia stands on the issue.",
            note="'remains unclear where Croatia stands' = undecided. Page date.",
        ),
    ],
    ["DE", "MA"],
    "Dated page (URL date). Morocco hosts the signing. Merkel is named only as Morawiecki's"
    " co-host (Germany takes no position here). 'Visegrad Group opposes UN's migration pact' is"
    " a heading over a group; Slovakia is not named. 'all 193 U.N. member states' is unnamed."
    " Cut mid-word ('it c').",
)

# 709 Kronen Zeitung, undated; Blaszczak's "Dienstagnachmittag" (Tuesday 20 November 2018, a
# day not in the text): November 2018, approximate.
krone = (
    "Nach Österreich, den USA, Ungarn, Tschechien, Bulgarien und Estland hat auch Polen bekannt"
    " gegeben, dass es dem UNO-Migrationspakt nicht beitreten will."
)
write(
    "709_krone_polen-tritt-uno-migrationspakt-nicht-bei",
    T,
    "unknown",
    [
        st(
            "PL",
            "declined",
            N18,
            krone + " [...] „Wir glauben nicht, dass das (der Pakt, Anm.) eine gute Lösung ist. Es"
            " ist keine Methode, um die Migrationskrise zu reduzieren, ganz im Gegenteil“, sagte"
            " Verteidigungsminister Mariusz Blaszczak am Dienstagnachmittag.",
            approximate=True,
            speaker="Mariusz Blaszczak",
            alt_stances=["opposed"],
            note="'nicht beitreten will' = declined; the minister calls the pact itself a bad"
            " solution that would intensify the crisis, so opposed is defensible. Undated page,"
            " a Tuesday afternoon not tied to a date in the text: November 2018 (20 November),"
            " approximate.",
        ),
        *[
            st(
                c,
                "declined",
                N18,
                krone,
                approximate=True,
                note="'Nach Österreich, den USA, ...' = these had already said they would not join"
                " = declined. November 2018, approximate.",
            )
            for c in ("AT", "US", "HU", "CZ", "BG", "EE")
        ],
        st(
            "IL",
            "declined",
            N18,
            "Nur eine halbe Stunde später wurde bekannt, dass auch Israel den Pakt nicht"
            " unterzeichnen will.",
            approximate=True,
            note="'den Pakt nicht unterzeichnen will' = declined. Half an hour after Poland's"
            " announcement: November 2018, approximate.",
        ),
    ],
    [],
    "Undated page, German. No headline in the stored text: title written from the lead. Not cut.",
)

# 710 Pulse Politics, undated; written before the December conference ("later this year"),
# after Australia's refusal (21 November 2018): November 2018, approximate.
write(
    "710_pulsepolitics_more-countries-shy-away-from-migration-compact",
    T,
    "unknown",
    [
        st(
            "US",
            "declined",
            N18,
            "The non-binding pact had been agreed by all 193 member states with the one exception"
            " being the United States.",
            approximate=True,
            alt_dates=["2018-07"],
            note="The one exception to the agreement = declined. Undated page: November 2018,"
            " approximate (the July agreement as alt).",
        ),
        st(
            "IL",
            "declined",
            N18,
            "Israeli Prime Minister Netanyahu has announced that his country will not be joining"
            " the accord. Times Of Israel: Israel won’t sign global migration pact",
            approximate=True,
            speaker="Benjamin Netanyahu",
            note="'will not be joining the accord' = declined. November 2018, approximate.",
        ),
        *[
            st(
                c,
                "declined",
                N18,
                "Other European countries like Austria, the Czech Republic and Poland have also"
                " vowed to withdraw from the deal.",
                approximate=True,
                note="'vowed to withdraw from the deal' = declined. November 2018, approximate.",
            )
            for c in ("AT", "CZ", "PL")
        ],
        st(
            "CH",
            "undecided",
            N18,
            "The government of Switzerland had initially announced to support the agreement but"
            " backtracked after the countries parliament asserted its right to have a final say.",
            approximate=True,
            alt_stances=["considering"],
            note="Backtracked from its support until parliament decides = undecided (decision"
            " pending: considering defensible). November 2018, approximate.",
        ),
        st(
            "CH",
            "committed",
            "2018",
            "The government of Switzerland had initially announced to support the agreement",
            approximate=True,
            optional=True,
            note="Its earlier position, recalled: an optional second statement (committed), 2018,"
            " approximate.",
        ),
        st(
            "AU",
            "declined",
            N18,
            "The Australian Prime Minister also rejected the accord claiming it would “undermine"
            " Australia’s strong border protection laws and practices.” The Guardian: Australia"
            " refuses to sign UN migration pact",
            approximate=True,
            alt_stances=["opposed"],
            note="'rejected the accord', 'refuses to sign' = declined (it attacks the accord"
            " itself: opposed defensible). November 2018, approximate.",
        ),
    ],
    ["MA"],
    "Undated page. The linked headlines ('Times Of Israel: ...', 'The Guardian: ...') are part"
    " of the stored text and confirm the positions. Morocco hosts the conference. 'all 193"
    " member states' is unnamed. Not cut.",
)

# 711 JURIST, undated (URL month 2018/12); "on Monday" in Marrakech = the adoption of Monday 10
# December 2018 (the conference, named).
MAR = "2018-12-10"
write(
    "711_jurist_un-member-states-adopt-global-compact",
    T,
    "unknown",
    [
        st(
            c,
            "declined",
            MAR,
            "Nearly 30 of the nations that worked to draft the agreement withheld their"
            " endorsement of the compact. [...] The US, Australia, Israel, Chile, Luxembourg, Italy,"
            " Hungary, Poland, Latvia, Croatia, Bulgaria, the Czech Republic and Slovakia were"
            " among the countries that did not adopt the compact.",
            note="'withheld their endorsement', 'did not adopt the compact' at Marrakech ="
            " declined, dated to the adoption on Monday 10 December 2018.",
        )
        for c in ("US", "AU", "IL", "CL", "LU", "IT", "HU", "PL", "LV", "HR", "BG", "CZ", "SK")
    ],
    ["MA"],
    "Undated page (URL has only the month). The 164 adopting states are unnamed. Morocco hosts"
    " ('Morrocco' as stored). Luxembourg and Croatia in the list are coded as the text says."
    " Not cut.",
)

# 712 The Migrant Project, undated; November 2018 (Bulgaria's announcement of 12 November).
lead712 = (
    "The non-binding UN migration pact is facing yet another major blow as Poland, Czech"
    " Republic, Bulgaria, and Croatia signalled their intention to not sign the global agreement"
    " in December 2018 in Morocco."
)
write(
    "712_themigrantproject_more-eu-states-withdraw-from-un-migration-pact",
    T,
    "unknown",
    [
        st(
            "PL",
            "declined",
            N18,
            lead712 + " [...] Polish Prime Minister Mateusz Morawiecki, said it is “very likely”"
            " his country will back out from the global compact.",
            approximate=True,
            speaker="Mateusz Morawiecki",
            alt_stances=["skeptical"],
            note="'signalled their intention to not sign'; 'very likely ... will back out' ="
            " declined (skeptical defensible). November 2018, approximate.",
        ),
        st(
            "CZ",
            "declined",
            N18,
            lead712 + " [...] The Czech Republic also voted not to sign the global accord, a"
            " government source told Reuters.",
            approximate=True,
            speaker="Richard Brabec",
            note="'voted not to sign' = declined. November 2018, approximate.",
        ),
        st(
            "BG",
            "declined",
            "2018-11-12",
            "On 12 November 2018, Bulgarian coalition government announced that it will not join"
            " the global pact, arguing that it “endangers national interests.”",
            speaker="Tsvetan Tsvetanov",
            note="'will not join the global pact' = declined, 12 November 2018.",
        ),
        st(
            "HR",
            "declined",
            N18,
            lead712 + " [...] Croatian President Kolinda Grabar-Kitarović announced that she"
            " would not sign the global agreement",
            approximate=True,
            speaker="Kolinda Grabar-Kitarović",
            alt_stances=["undecided"],
            note="The head of state will not sign = declined; her government 'still appears"
            " willing', so undecided is defensible for the country. November 2018, approximate.",
        ),
        st(
            "HR",
            "considering",
            N18,
            "even if her government still appears willing to move ahea",
            approximate=True,
            optional=True,
            note="The government 'still appears willing to move ahead' (the text is cut here) ="
            " a second Croatian position, considering, optional. November 2018, approximate.",
        ),
        *[
            st(
                c,
                "declined",
                N18,
                "The four European states follow in the footsteps of the United States, Hungary,"
                " and Austria.",
                approximate=True,
                note="Named as having withdrawn before ('follow in the footsteps') = declined."
                " November 2018, approximate.",
            )
            for c in ("US", "HU", "AT")
        ],
    ],
    ["MA"],
    "Undated page. Morocco hosts the signing. Miroslav Lajčák speaks for the UN General"
    " Assembly, 'supporters of the pact' are unnamed. Cut mid-word ('ahea').",
)

# 713 Political Lore, undated ("Today: Tuesday, 21 May 2024" is the site's clock); Kurz's
# "Wednesday" = the Austrian cabinet decision of 31 October 2018 (a day not in the text).
write(
    "713_politicallore_austria-rejects-un-migration-pact",
    T,
    "unknown",
    [
        st(
            "AT",
            "declined",
            "2018-10-31",
            "Austria’s Chancellor said Wednesday his country will not sign a UN migration pact",
            approximate=True,
            speaker="Sebastian Kurz",
            alt_dates=["2018-10"],
            note="'will not sign' = declined. The Wednesday of the Austrian cabinet's decision, 31"
            " October 2018 (not in the text): approximate, October 2018 as alt.",
        ),
        st(
            "PL",
            "declined",
            "2018-10",
            "Poland has also rejected this international accord due to concerns of the national"
            " sovereignty.",
            approximate=True,
            note="'has also rejected this international accord' = declined. Near Austria's"
            " decision: October 2018, approximate.",
        ),
        st(
            "HU",
            "declined",
            "2018-07",
            "Poland, Hungary and the United States did the same by rejecting the Global Compact for"
            " Migration [...] Hungary’s anti-immigration prime minister Viktor Orban said in July"
            " that Budapest would boycott the pact because it was “dangerous for the world and"
            " Hungary”",
            speaker="Viktor Orban",
            alt_stances=["opposed"],
            note="'would boycott the pact' = declined; 'dangerous for the world' attacks the pact"
            " itself: opposed defensible. 'in July' = July 2018.",
        ),
        st(
            "US",
            "declined",
            "2017-12",
            "Last December, during the discussion the text of The Global Compact for Safe, Orderly"
            " and Regular Migration, the United States have warned it was quitting negotiations on"
            " the pact",
            note="'quitting negotiations on the pact' = declined. 'Last December' for an autumn"
            " 2018 text = December 2017.",
        ),
    ],
    ["MA"],
    "Undated page; the 'Today: Tuesday, 21 May 2024' line is site furniture, not the date. The"
    " repeated headline is kept. Morocco hosts. Cut mid-word ('Pol').",
)
