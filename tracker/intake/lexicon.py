"""The word lists `tracker draft` reads an article with.

Kept apart from the logic so that an editor can extend them without reading the code:
how articles name a country besides its name (demonyms, capitals and seats of
government), the cue phrases that state a stance, the words that name a contribution,
and the titles that introduce a speaker. Every phrase is a regular expression matched
case-insensitively on word boundaries.

Decisions: only English is read (machine-translated articles included); capitals count
as their country only where they act ("Berlin ruled out ...", never "talks in Berlin");
organisations (EU, NATO, UN) are listed as mentioned, because they mostly announce or
host a pledge rather than take it; one is proposed only where it (or one of its bodies,
"the European Commission") is the subject of its sentence's stance and the title does not
name it ("the Commission barred its staff from using TikTok"; never "NATO's 5% target").
"""

# Adjective demonyms: "the French government", "Polish President Karol Nawrocki".
DEMONYMS: dict[str, str] = {
    "Albanian": "AL",
    "American": "US",
    "Australian": "AU",
    "Austrian": "AT",
    "Belgian": "BE",
    "British": "GB",
    "Bulgarian": "BG",
    "Canadian": "CA",
    "Croatian": "HR",
    "Cypriot": "CY",
    "Czech": "CZ",
    "Danish": "DK",
    "Dutch": "NL",
    "Estonian": "EE",
    "Finnish": "FI",
    "French": "FR",
    "Georgian": "GE",
    "German": "DE",
    "Greek": "GR",
    "Hungarian": "HU",
    "Icelandic": "IS",
    "Irish": "IE",
    "Italian": "IT",
    "Japanese": "JP",
    "Latvian": "LV",
    "Lithuanian": "LT",
    "Luxembourgish": "LU",
    "Maltese": "MT",
    "Moldovan": "MD",
    "Montenegrin": "ME",
    "Norwegian": "NO",
    "Polish": "PL",
    "Portuguese": "PT",
    "Romanian": "RO",
    "Russian": "RU",
    "Slovak": "SK",
    "Slovakian": "SK",
    "Slovene": "SI",
    "Slovenian": "SI",
    "South Korean": "KR",
    "Spanish": "ES",
    "Swedish": "SE",
    "Swiss": "CH",
    "Turkish": "TR",
    "Ukrainian": "UA",
    "US": "US",
    "U.S.": "US",
    "UK": "GB",
    "Saudi": "SA",
    "Emirati": "AE",
    "Kazakh": "KZ",
    "Kosovar": "XK",
    "Indian": "IN",
    "Chinese": "CN",
    "Palestinian": "PS",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Philippine": "PH",
}
# Nouns for a people, which act like a country: "The Czechs judge it premature".
PEOPLES: dict[str, str] = {
    "Americans": "US",
    "Australians": "AU",
    "Austrians": "AT",
    "Belgians": "BE",
    "Brits": "GB",
    "British": "GB",
    "Bulgarians": "BG",
    "Canadians": "CA",
    "Croats": "HR",
    "Czechs": "CZ",
    "Danes": "DK",
    "Dutch": "NL",
    "Estonians": "EE",
    "Finns": "FI",
    "French": "FR",
    "Germans": "DE",
    "Greeks": "GR",
    "Hungarians": "HU",
    "Irish": "IE",
    "Italians": "IT",
    "Latvians": "LV",
    "Lithuanians": "LT",
    "Norwegians": "NO",
    "Poles": "PL",
    "Portuguese": "PT",
    "Romanians": "RO",
    "Russians": "RU",
    "Slovaks": "SK",
    "Slovenes": "SI",
    "Spaniards": "ES",
    "Swedes": "SE",
    "Turks": "TR",
    "Ukrainians": "UA",
}
# Capitals and seats of government, which stand for their country when they act.
SEATS: dict[str, str] = {
    "Taipei": "TW",
    "Amsterdam": "NL",
    "Ankara": "TR",
    "Athens": "GR",
    "Berlin": "DE",
    "Bratislava": "SK",
    "Bucharest": "RO",
    "Budapest": "HU",
    "Canberra": "AU",
    "Copenhagen": "DK",
    "Downing Street": "GB",
    "Dublin": "IE",
    "Élysée": "FR",
    "Elysee": "FR",
    "Helsinki": "FI",
    "Kremlin": "RU",
    "Kyiv": "UA",
    "Kiev": "UA",
    "Lisbon": "PT",
    "Ljubljana": "SI",
    "London": "GB",
    "Luxembourg": "LU",
    "Madrid": "ES",
    "Moscow": "RU",
    "Nicosia": "CY",
    "Oslo": "NO",
    "Ottawa": "CA",
    "Paris": "FR",
    "Pentagon": "US",
    "Prague": "CZ",
    "Reykjavik": "IS",
    "Riga": "LV",
    "Rome": "IT",
    "Sofia": "BG",
    "Stockholm": "SE",
    "Tallinn": "EE",
    "The Hague": "NL",
    "Tokyo": "JP",
    "Valletta": "MT",
    "Vienna": "AT",
    "Vilnius": "LT",
    "Warsaw": "PL",
    "Washington": "US",
    "White House": "US",
    "Zagreb": "HR",
    "Bern": "CH",
    "Seoul": "KR",
    "Wellington": "NZ",
    "Tirana": "AL",
    "Skopje": "MK",
    "Podgorica": "ME",
    "Chisinau": "MD",
    "Chișinău": "MD",
    "Tbilisi": "GE",
    "Brasília": "BR",
    "Brasilia": "BR",
    "Mexico City": "MX",
    "Buenos Aires": "AR",
    "New Delhi": "IN",
    "Beijing": "CN",
}
# Names articles use that the resolver may not hold as such (checked through it).
EXTRA_NAMES: tuple[str, ...] = (
    "Britain",
    "Great Britain",
    "Turkiye",
    "United Kingdom",
    "UK",
    "US",
    "USA",
    "U.S.",
    "United States",
    "United States of America",
    "America",
    "Czech Republic",
    "Republic of Moldova",
    "Republic of Korea",
    "Republic of Ireland",
    "Kingdom of the Netherlands",
    "Czechia",
    "Holland",
    "Netherlands",
    "Turkey",
    "Türkiye",
    "South Korea",
    "North Korea",
    "Russia",
    "Russian Federation",
    "Moldova",
    "Kosovo",
    "Bosnia and Herzegovina",
    "North Macedonia",
    "Vatican",
    "Palestine",
    "State of Palestine",
    "UAE",
    "U.A.E.",
    "Emirates",
    "Saudi Arabia",
    "Ivory Coast",
    "Côte d'Ivoire",
    # Official and regional styles a joint statement writes out (kept only where the
    # resolver knows them): "Congo-Brazzaville", "Kyrgyz Republic".
    "Côte d’Ivoire",
    "Cote d'Ivoire",
    "Cote d’Ivoire",
    "Congo-Brazzaville",
    "Holy See",
    "Congo-Kinshasa",
    "Republic of the Congo",
    "Democratic Republic of the Congo",
    "Democratic Republic of Congo",
    "DR Congo",
    "Federated States of Micronesia",
    "Kyrgyz Republic",
    "Slovak Republic",
    "Lao PDR",
    "Laos",
    "Eswatini",
    "Swaziland",
    "Timor-Leste",
    "East Timor",
    "Cabo Verde",
    "Cape Verde",
    "Viet Nam",
    "Brunei Darussalam",
    "Syrian Arab Republic",
    "Islamic Republic of Iran",
    "Republic of Türkiye",
)
# Initials news prose uses for a country the resolver knows by name: "DRC".
INITIALS: dict[str, str] = {"DRC": "CD"}
ORGANISATIONS = ("EU", "NATO", "UN")
# How articles name an organisation's bodies: each acts for it where it is the subject of
# a stance on the pledge ("The European Commission barred its staff from using TikTok").
ORGANISATION_BODIES: dict[str, str] = {
    "European Union": "EU", "European Commission": "EU", "European Parliament": "EU",
    "European Council": "EU", "EU Council": "EU", "Council of the EU": "EU",
    "Council of the European Union": "EU", "EU Commission": "EU",
}  # fmt: skip
# Places inside a country that a topic's title may name as where its pledge is carried
# out ("in Gaza"): their country is the host, never a contributor.
PLACES: dict[str, str] = {
    "Gaza": "PS", "Gaza Strip": "PS", "West Bank": "PS", "East Jerusalem": "PS",
    "Crimea": "UA", "Donbas": "UA", "Donbass": "UA", "Kosovo": "XK",
}  # fmt: skip
# No table of people in office: the drafter links leaders and ministers to their country
# from the article itself ("French President Emmanuel Macron ... Macron said"; see
# `tracker.intake.reading.people_in`), so the lexicon never ages with elections.

# A demonym makes its country act only before one of these: "the Italian government".
ROLE_NOUNS = (
    r"government|cabinet|administration|president|prime minister|premier|chancellor|pm|king|queen|"
    r"state department|foreign office|"
    r"(?:foreign|defen[cs]e|armed forces) minist(?:er|ry)|minist(?:er|ry)(?: of \w+)?|"
    r"officials?|diplomats?|spokes(?:man|woman|person)|leaders?(?:hip)?|parliament|"
    r"authorities|head of (?:state|government)|side|delegation|counterparts?"
)
# People a title may pledge instead of troops ("Send firefighters to ...", "Deploy
# rescue teams", "Send medical experts"): such a personnel pledge reads as the troop
# pledge does ("200 firefighters from South Africa are arriving", "U.S. crews were
# deployed"), with its own nouns beside the troop ones.
PERSONNEL = (
    r"fire[ -]?fighters|fire crews|smokejumpers|rescuers|rescue (?:teams|workers|crews|personnel)|"
    r"search and rescue (?:teams|units|crews)|medics|doctors|nurses|medical (?:teams|staff|workers)|"
    r"(?:health|aid|relief|emergency) workers|emergency (?:teams|responders|crews)|responders|"
    r"experts|specialists|engineers|inspectors|(?:election )?observers|monitors|advisers|advisors|"
    r"instructors|trainers"
)
# A demonym before its forces acts only as the clause's subject: "Danish soldiers will
# take part" (never "train Ukrainian soldiers").
FORCE_NOUNS = (
    r"(?:ground |combat |special |armed )?(?:troops|soldiers|forces|units?|contingent|jets|"
    r"fighter jets|aircraft|warships|ships|frigates?|navy|air force|army|military|paratroopers|"
    r"instructors|engineers|personnel|battalion|brigade|company|police|police officers|officers|"
    rf"agents|gendarmes|{PERSONNEL})"
)

# Cue phrases -> (stance, weight). A heavier cue wins in one clause; on equal weight
# the earlier one. Negated phrases are listed whole and outweigh their positive parts.
# The pledge's slots, filled per topic by `tracker.intake.pledge`: what a country would do
# ("send", "recognise", "join"), its forms that state it done ("recognised"), and what
# is pledged ("troops", "the State of Palestine").
ACT = "⟨act⟩"
DONE = "⟨done⟩"
OWN = "⟨own⟩"  # the pledge's own verbs, troop verbs aside: "recognise"
OBJECT = "⟨object⟩"
INVITED = "⟨invited⟩"  # for a pledge to join: "the invitation", or nothing after the verb
JOINED = "⟨joined⟩"  # for a pledge to join: what is joined ("coalition", "board")
# an agreement a country may leave, unless leaving it is the pledge ("Withdraw from ...")
LEFT = "⟨left⟩"
AGREEMENTS = "deal|pact|accord|agreement|compact|treaty|convention"
MEMBER = "⟨member⟩"  # for a pledge to become a member: the members' noun ("founding members")
# for a pledge to suspend or halt a supply: the nouns for the stop ("a suspension", "an
# embargo", "restrictions"), nothing for any other pledge
HALT = "⟨halt⟩"
LEFT_OPEN = "⟨left_open⟩"  # for a pledge to close something: keeping it open
HALTING = "⟨halting⟩"  # nothing for such a pledge, no match for another
HALT_NOUNS = r"suspensions?|halt|freeze|ban|embargo|moratorium|restrictions?"
_SEND = f"(?:{ACT})"
STANCE_CUES: tuple[tuple[str, str, int], ...] = (
    # opposed: against the pledge itself
    (
        r"oppos(?:es|ed|ing)(?: itself)?(?: categorically)?(?: to)? (?:any|all|every|the|it|such|a|western|foreign|sending)",
        "opposed",
        6,
    ),
    (r"(?:categorically |firmly |flatly )?opposes", "opposed", 5),
    (r"(?:its|their) (?:firm |strong |total |clear |categorical )?opposition", "opposed", 5),
    (
        r"(?:critici[sz](?:es|ed|ing)|condemn(?:s|ed)?) (?:the|any|such) (?:plans?|mission|deployment|force|idea)",
        "opposed",
        5,
    ),
    (
        r"(?:would|will|could) (?:lead to|mean|provoke|trigger|cause) (?:an? |further )?(?:escalation|war|wider war)",
        "opposed",
        5,
    ),
    (
        r"block(?:s|ed|ing)? (?:[\w-]+ ){0,3}(?:statements?|decisions?|funding|money|the (?:plan|mission|force))",
        "opposed",
        5,
    ),
    (
        r"(?:speak|spoke|speaks|spoken|argue[sd]?|came out|come out|comes out) (?:out )?(?:themselves |itself )?(?:\w+ly )?against",
        "opposed",
        5,
    ),
    (r"rejects? (?:the|any|all|every|such|western|foreign)", "opposed", 5),
    (r"rejected (?:the|any|all|every|such|western|foreign)", "opposed", 5),
    # "China lashed out at the U.S. for banning TikTok"
    (r"lash(?:es|ed|ing)? out (?:at|against)", "opposed", 5),
    # (never a noun's attribute: "it presents an “unacceptable” risk" says why a ban is due)
    (
        r"(?<!an )(?<!an “)(?<!an \")(?:deeply )?unacceptable(?![”\"]? (?:risks?|threats?|dangers?|levels?)\b)",
        "opposed",
        6,
    ),
    (r"(?:condemn|denounc)(?:s|es|ed|ing)? (?:the|any|all|such|a|western|foreign)", "opposed", 5),
    (r"legitimate targets?", "opposed", 6),
    (r"(?:as|a) (?:[\w-]+ )?provocation", "opposed", 5),
    (
        r"(?:call(?:s|ed|ing)?|describ(?:es|ed|ing)|brand(?:s|ed|ing)?) (?:the idea|it|the plans?|the mission|"
        r"(?:the|this|that|[\w’']+) (?:move|decision|step|plan|recognition))[\w “”\"‘’']{0,40}"
        r"(?:dangerous|reckless|irresponsible|madness|a mistake|escalat\w*|absurd|a reward)",
        "opposed",
        5,
    ),
    (r"warn(?:s|ed)? against (?:any|the|sending|western|foreign)", "opposed", 4),
    (
        r"(?:is|are|was|were|remains?|stands?) (?:firmly |strictly |strongly |\w+ly )?against",
        "opposed",
        4,
    ),
    (r"sharp criticism", "opposed", 4),
    # declined: will not contribute troops (may help otherwise)
    (r"rul(?:es|ed|ing) (?:it |this |that |them )?out", "declined", 6),
    (
        r"(?:has |had |have )?excluded (?:the |any |a )?(?:⟨act⟩)\w*",
        "declined",
        6,
    ),
    (
        r"(?:will|would|shall|is going to) (?:probably |likely |certainly |definitely )?not (?:⟨act⟩)",
        "declined",
        6,
    ),
    # a present that states the refusal: "are the other countries not attending", "Peru
    # and Ghana are not joining" (the verb's "-ing" form only)
    (
        r"(?:(?:is|are|was|were) (?:also )?|countries |nations |states )not (?:⟨act⟩)(?<=ing)",
        "declined",
        6,
    ),
    (
        r"(?:won't|wont|won’t|will never|would never) (?:⟨act⟩)",
        "declined",
        6,
    ),
    (
        r"(?:not|no plans to|never) (?:⟨act⟩) (?:any |its |own |combat |the )?(?:⟨object⟩)",
        "declined",
        6,
    ),
    (r"(?:send|deploy) no (?:\w+ )?(?:⟨object⟩)", "declined", 6),
    (r"in no case", "declined", 5),
    # "would comply and arrest", "will enforce the warrant": keeping an obligation
    (
        r"(?:will|would|shall) (?:fully )?(?:comply|abide|cooperate)|"
        r"(?:comply|complies|complied|abide by|enforce[sd]?|honou?r(?:s|ed)?|execute[sd]?)"
        r"(?: with)? (?:the |this |that |an? |its |any |their )(?:[\w’'-]+ ){0,3}?"
        r"(?:warrant|ruling|decision|order|obligations?|resolution|verdict|judgment|judgement)s?",
        "committed",
        5,
    ),
    # "vows to disregard the warrant", "will defy the ruling": refusing an obligation
    (
        r"(?:disregard(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|def(?:y|ies|ied|ying)) (?:the |this |that |an? |its |any )?(?:[\w’'-]+ ){0,3}?"
        r"(?:warrant|ruling|decision|order|obligations?|resolution|verdict|judgment|judgement)s?",
        "declined",
        7,
    ),
    # "Germany and Poland oppose sending troops": against sending their own (issue 20).
    (
        r"oppos(?:e|es|ed|ing) (?:sending|deploying|dispatching|contributing) (?:any |their |its |own )*(?:⟨object⟩)",
        "declined",
        7,
    ),
    (
        r"(?:did|do|does|has|have|had|will|would|could|can) (?:still )?not (?:yet )?(?:⟨own⟩)|"
        # the same contracted: "didn't sign", "haven't joined"
        r"(?:did|do|does|has|have|had|would|could|ca)n[’']t (?:still )?(?:⟨own⟩)|"
        r"(?:do|does|did) not (?:plan|intend) to (?:⟨act⟩)",
        "declined",
        6,
    ),
    (r"with(?:held|hold|holds|holding) (?:its |their )?(?:⟨own⟩)", "declined", 5),
    (
        r"reject(?:s|ed|ing)? [“\"‘]?(?:[\w-]+['’]s )?(?:participation|involvement|contribution)",
        "declined",
        6,
    ),
    (
        r"(?:no (?:plans?|intention)|not (?:yet )?(?:ready|prepared|planning|going|willing)) to follow suit|"
        r"(?:won[’']t|will not|would not|did not|has not|have not|do not|does not|refus\w+ to) (?:yet )?"
        r"(?:follow suit|do the same)",
        "declined",
        6,
    ),
    (r"rather than (?:send|deploy|contribute|commit)", "declined", 6),
    # for a pledge to close something: keeping it open ("still keeps the skies open for
    # Russian aircraft", "Turkey has kept its airspace open")
    (r"⟨left_open⟩", "declined", 6),
    (
        r"(?:will|would|shall) not go (?:to|into)|(?:won[’']t|will never) go (?:to|into)",
        "declined",
        6,
    ),
    (
        r"(?:troops|soldiers|forces|army) (?:are |is |were |will be )?(?:needed|required) (?:for|to) (?:the )?(?:defen[cs]e|protect)",
        "declined",
        5,
    ),
    (r"(?:will |would )?(?:send|contribute|deploy) none\b", "declined", 6),
    (r"keep(?:s|ing)? (?:their |its )?(?:own )?(?:soldiers|troops|forces) out", "declined", 6),
    (r"rather than (?:[\w-]+ )?(?:troops|soldiers|boots on the ground)", "declined", 6),
    (r"(?:stay|staying|stays|stayed|remain|remaining|remains) out\b", "declined", 5),
    (r"(?:not|no longer|are off|is off) (?:on )?the table", "declined", 5),
    (
        r"no intention (?:of|to) (?:⟨act⟩|tak)\w*",
        "declined",
        6,
    ),
    (
        r"(?:keep|keeping|keeps) (?:their|its|his|her) (?:own )?(?:soldiers|troops|forces) at home",
        "declined",
        6,
    ),
    (r"\bno (?:[\w-]+ ){0,2}(?:⟨object⟩|soldiers?|boots on the ground)\b", "declined", 5),
    (r"(?:offered|pledged|promised|committed|contributed) nothing|nothing to offer", "declined", 5),
    (r"(?:have|has|want|wants|will have) nothing to do with", "declined", 5),
    (
        r"(?:a |an )?(?:firm |clear |flat |categorical )?no to (?:\w+ )?(?:soldiers|troops|sending|deploy\w*|participat\w*|a deployment)",
        "declined",
        5,
    ),
    (r"under no (?:condition|circumstances?)", "declined", 5),
    (
        r"(?:is|are|was|were|will|would) not (?:be )?(?:sending|deploying|contributing|taking part|participating)",
        "declined",
        6,
    ),
    (
        r"(?:cannot|can not|can[’']t|could not|couldn[’']t|is unable to|are unable to) (?:⟨act⟩)",
        "declined",
        6,
    ),
    (r"(?:not|never) (?:\w+ ){0,2}(?:into|in) question", "declined", 5),
    (
        r"(?:not|never) (?:allow|permit)s? (?:[\w-]+ ){0,2}(?:deployment|sending|participation|dispatch|soldiers|troops|forces)",
        "declined",
        6,
    ),
    (
        r"(?:bars?|barred|prohibits?|prohibited|forbids?|forbade|prevents?|prevented) (?:it|them|\w+) from (?:⟨act⟩|taking part)\w*",
        "declined",
        6,
    ),
    (
        r"reject(?:s|ed)? (?:a |the )?(?:sending|dispatch) of (?:its |their )?(?:own )?(?:\w+ )?(?:soldiers|troops|forces)",
        "declined",
        6,
    ),
    (
        r"consider(?:s|ed)? (?:[\w-]+ ){0,3}(?:for|as) (?:wrong|a mistake|false|mistaken|irresponsible)",
        "declined",
        6,
    ),
    (
        r"(?:neither|none) of (?:[\w-]+ ){1,3}(?:will|would|is going to|plans? to|intends? to|wants? to) (?:⟨act⟩)",
        "declined",
        7,
    ),
    (
        r"(?:troops|soldiers|forces) (?:will |would |should |must )?(?:stay|remain)s? (?:at )?home",
        "declined",
        5,
    ),
    (
        r"(?:troops|soldiers|forces|army) (?:are |is |were |will be )?(?:needed|required|kept) (?:at home|on (?:its|their) own (?:soil|territory))",
        "declined",
        5,
    ),
    (
        r"(?:not|never) count(?:s)? (?:with|on) (?:the |a |any )?(?:sending|deploy|dispatch|participation)\w*",
        "declined",
        6,
    ),
    (
        r"vot(?:es|ed|ing) against (?:sending|deploying|the deployment|a deployment|participation|the mission)",
        "declined",
        6,
    ),
    (r"\bnot (?:participating|taking part|contributing)\b", "declined", 5),
    (
        r"(?:its|their) unavailability|(?:not|no longer) available (?:to|for)",
        "declined",
        5,
    ),
    (
        r"(?:not|never) (?:foresee|envisage|envision|contemplate|plan|intend)s? (?:the |any |a )?(?:⟨act⟩)\w*",
        "declined",
        6,
    ),
    (
        r"no (?:possibility|way|question|chance) (?:to|of) (?:⟨act⟩|tak)\w*",
        "declined",
        6,
    ),
    (
        r"exclud(?:es|ing) (?:the |any |a )?(?:[\w-]+ )?(?:⟨act⟩)\w*",
        "declined",
        6,
    ),
    (
        r"no (?:plans?|intention) (?:to|of) (?:⟨act⟩|taking part)\w*",
        "declined",
        6,
    ),
    (r"(?:not|never) (?:be |become )?(?:a )?part of", "declined", 6),
    (r"refus(?:es|ed|ing|al)", "declined", 5),
    (
        r"declin(?:es|ed|ing) to (?:⟨act⟩)|(?:declin(?:es|ed|ing)|reject(?:s|ed|ing)?|"
        r"refus(?:es|ed|ing)|turn(?:s|ed|ing)? down|rebuff(?:s|ed|ing)?)(?:⟨invited⟩)",
        "declined",
        6,
    ),
    (
        r"(?:cancellation|rejection) of (?:soldiers|troops|a deployment|participation)",
        "declined",
        6,
    ),
    (r"rejected a participation|rejects? (?:a |any )?participation", "declined", 6),
    (r"(?:will|would) stay out", "declined", 5),
    (r"out of the question", "declined", 5),
    (
        r"(?:turn(?:s|ed|ing)? down|rebuff(?:s|ed)?|dismiss(?:es|ed)?|spurn(?:s|ed)?) (?:the |a |any |all |calls|requests?|appeals?)",
        "declined",
        5,
    ),
    # Dismissing the plan itself is opposing it; "not troops, but logistics" declines.
    (
        r"(?:dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|spurn(?:s|ed)?) (?:the|any|such|this|that) (?:plans?|idea|proposals?|mission|force|deployment)",
        "opposed",
        6,
    ),
    (
        r"\bnot (?:any )?(?:[\w-]+ )?(?:⟨object⟩),? but\b",
        "declined",
        7,
    ),
    (
        r"sign(?:s|ed|ing)? (?:a |the )?(?:joint )?(?:declaration|letter|statement) of intent",
        "committed",
        4,
    ),
    (
        r"(?:turn(?:s|ed|ing)? down|rebuff(?:s|ed)?|dismiss(?:es|ed)?|spurn(?:s|ed)?) (?:the |a |any |all |calls|requests?|appeals?)",
        "declined",
        5,
    ),
    # Refusing a request is declining; rejecting the mission itself is opposing it.
    (r"reject(?:s|ed|ing)? (?:the |a |any )?(?:request|calls?|appeals?)", "declined", 6),
    (r"(?:said|says|say) no(?: to\b|(?=\s*[.;,!]|\s*$))", "declined", 5),
    (r"(?:has|have|had)(?: both| all| also)? declined(?=\s*[.;,!]|\s*$)", "declined", 5),
    (
        r"pull(?:s|ed)? out|withdr(?:ew|awn|aws) (?:its|their|the) (?:\w+ )?(?:offer|troops|participation)",
        "declined",
        5,
    ),
    # "have vowed to withdraw from the deal", "is withdrawing from the pact": leaving an
    # agreement is refusing to be part of it.
    (
        r"withdr(?:aw|aws|awing|ew|awn|awal) from (?:the |this |that |a )(?:[\w-]+ ){0,3}?(?:⟨left⟩)\b",
        "declined",
        4,
    ),
    # "Poland supported the withdrawal from the pact": backing the leaving is refusing
    # to be part of it
    (
        r"(?:support|back|welcom|endors|approv|defend)\w* (?:the |its |their |a |this )?(?:[\w-]+ ){0,2}?"
        r"(?:withdrawal|exit|departure|pull-?out|decision to (?:withdraw|leave|quit|pull out)) from "
        r"(?:the |this |that |a )(?:[\w-]+ ){0,3}?(?:⟨left⟩)\b",
        "declined",
        5,
    ),
    # "Russia regretted the recognition", "deplored the decision to sign the pact":
    # regretting the pledge's act is opposing it
    (
        r"(?:regret|deplor|lament)\w* (?:the |its |their |this |[\w’']+['’]s )?"
        r"(?:(?!not\b|never\b|it\b|they\b|would\b|will\b)[\w-]+ ){0,2}?"
        r"(?:decision to )?(?:⟨own⟩)",
        "opposed",
        5,
    ),
    (
        r"(?:will|would|shall) (?:stay|remain) (?:at home|on (?:\w+ )?(?:soil|territory))",
        "declined",
        5,
    ),
    (
        r"(?:not|never|no longer) (?:\w+ )?(?:ready|prepared|willing|able) to " + _SEND,
        "declined",
        6,
    ),
    (r"unwilling|not willing", "declined", 5),
    # Passive voice: "troops will not be sent by Poland" (the country follows "by").
    (
        r"(?:will|would|shall|are|is|were) not (?:be )?(?:sent|deployed|stationed|contributed|committed)",
        "declined",
        6,
    ),
    (
        r"not (?:planning|intending|preparing|going|looking) to (?:⟨act⟩)",
        "declined",
        6,
    ),
    # Machine translation of Spanish/Italian "descartar/scartare": "has discarded sending".
    (
        r"(?:has |had |have )?discard(?:s|ed|ing)? (?:the )?(?:⟨act⟩|any)\w*",
        "declined",
        6,
    ),
    (r"not (?:be )?(?:taking|take) part", "declined", 6),
    # undecided: no position taken
    (
        r"(?:did|does|do|has|have|had|will|would) (?:still )?not (?:yet )?(?:\w+ly )?(?:want to )?(?:commit(?:ted)?|decide|decided|say|said|pledged|promised)",
        "undecided",
        5,
    ),
    (r"not (?:yet )?(?:taking|taken|take) (?:a|the|its|any) (?:final )?decision", "undecided", 5),
    (
        r"(?:cannot|can not|will not|won[’']t)(?: and (?:cannot|can not|will not|won[’']t))?[\"”’]? (?:⟨act⟩)",
        "declined",
        6,
    ),
    (r"not (?:a single|one) (?:[\w-]+ )?(?:soldier|troop)", "declined", 6),
    (r"(?:has|have) not (?:yet )?decided|not yet decided|yet to decide|has yet to", "undecided", 5),
    (r"undecided|non-?committal", "undecided", 5),
    (r"no decision", "undecided", 4),
    (
        r"postpon(?:es|ed|ing) (?:the|its|a|any) decision|(?:is|are) divided (?:about|over|on)",
        "undecided",
        5,
    ),
    (
        r"decision (?:[\w-]+ ){0,4}(?:comes?|will come|is due) only (?:after|once|when)",
        "undecided",
        5,
    ),
    # A status line ("Status: No position."); in running text "took no position" is
    # coded as a mention, like "stayed silent".
    (
        r"^\W*(?:status:\s*)?no (?:clear |public |official )?position\b|need(?:s|ed)? more time",
        "undecided",
        4,
    ),
    (r"refus(?:es|ed|ing) to (?:say|disclose|reveal|specify)", "undecided", 6),
    # "declined to say whether ...", "would not comment on whether ...": no answer yet
    (
        r"(?:declin(?:es|ed|ing)|refus(?:es|ed|ing)|(?:would|will|did|does) not|(?:would|did|does)n[’']t)"
        r" (?:on \w+ |again |repeatedly )?(?:to )?(?:say|comment|confirm|answer|be drawn) (?:on )?"
        r"(?:whether|if)|(?:get|getting|go|going|move|moving|enter|entering) into hypotheticals|"
        r"(?:comment|speculate) on (?:a |any )?hypothetical",
        "undecided",
        7,
    ),
    (r"on the fence", "undecided", 5),
    (r"(?:unable|failed|fails) to agree|deliberat(?:es|ing)", "undecided", 5),
    (r"(?:will|would|shall) (?:take|make) (?:a|its|the|their) (?:final )?decision", "undecided", 6),
    (r"(?:can|could|will|would) (?:only )?(?:then )?be decided", "undecided", 5),
    (
        r"(?:will|would|shall) (?:only |soon |shortly |later )?decide|before (?:deciding|taking a decision|making a decision)",
        "undecided",
        6,
    ),
    (
        r"(?:wants? to |will |would )?(?:await(?:s|ing)?|wait(?:s|ing)? for) (?:the|a) ",
        "undecided",
        4,
    ),
    (r"(?:remains?|is|stays?) (?:still )?open(?=\s*[.;,]|\s*$)", "undecided", 4),
    (
        r"reserv(?:es|ed|ing) (?:itself |themselves )?(?:the|its|their) (?:decision|position|judgement)",
        "undecided",
        4,
    ),
    (
        r"(?:not|yet to) (?:pronounced?|expressed?|positioned)(?:d)? (?:itself|themselves)",
        "undecided",
        4,
    ),
    (
        r"(?:not|never|nothing) (?:\w+ )?(?:stated|taken|announced|declared|given|made|said) (?:a |any |its |their )?(?:position|stance|decision|commitments?|definite)",
        "undecided",
        5,
    ),
    (
        r"without (?:having )?(?:taken|made|given) (?:any )?(?:commitments?|decisions?|a position)",
        "undecided",
        5,
    ),
    # "their government is not planning to entertain a World Cup boycott"
    (
        r"not (?:planning|going|intending|prepared|willing|minded) to (?:entertain|consider|support|"
        r"back|join|pursue) (?:a |an |the |any )?(?:[\w-]+ ){0,3}?(?:⟨own⟩)",
        "declined",
        6,
    ),
    # "the foreign ministry was consulting with its allies about a joint diplomatic boycott"
    (
        r"consult(?:s|ed|ing)? (?:with )?(?:its |their |the )?(?:[\w“”\"’'-]+ ){0,3}?(?:about|on|over) "
        r"(?:a |an |the |any )?(?:[\w-]+ ){0,2}?(?:⟨own⟩)",
        "considering",
        5,
    ),
    # "has since reportedly denied being involved in the boycott"
    (
        r"den(?:y|ies|ied|ying) (?:being |having been |any )?(?:involved|involvement|taking part|"
        r"participat\w*|any part) in",
        "declined",
        5,
    ),
    # "hasn't implemented anything related to arms deals", "has not yet taken any such
    # step": nothing done on the pledge, nothing refused
    (
        r"(?:has|have)(?:n[’']t| not) (?:yet )?(?:implemented|taken|done|announced|adopted) "
        r"(?:anything|any (?:such |similar )?(?:steps?|measures?|action))",
        "undecided",
        5,
    ),
    (
        r"(?:waits?|waited|waiting) (?:with|for) (?:the |a |its |their |any )?decision",
        "undecided",
        5,
    ),
    (r"decision (?:\w+ ){0,4}(?:must|will have to|has to|would have to) wait", "undecided", 5),
    (
        r"(?:wants?|wanted|needs?|needed) to see (?:the |a )?(?:mandate|details|plans?)",
        "undecided",
        4,
    ),
    (
        r"(?:keeps?|kept|keeping|held|holds) (?:its|their|his|her) (?:cards|options|powder)",
        "undecided",
        5,
    ),
    (r"(?:is|was|remains|remained|stays|kept)(?: still)? covered", "undecided", 5),
    (r"options open|wait[- ]and[- ]see|waiting attitude", "undecided", 4),
    (r"(?:must|has to|needs to|would have to) first (?:debate|decide|approve)", "undecided", 4),
    (r"long in coming|still awaited", "undecided", 3),
    # "is awaiting a green light from its parliament to confirm its participation": an
    # offer that waits on a vote is conditional on it
    (
        r"(?:await(?:s|ing)?|wait(?:s|ing)? for) (?:a |the )?(?:green light|approval|vote|go-ahead|"
        r"authori[sz]ation|consent|mandate) (?:from|of|by) (?:its|their|the) (?:\w+ )?"
        r"(?:parliament|congress|legislature|national assembly|lawmakers|mps)",
        "conditional",
        5,
    ),
    # "are leading the effort at the African Union for a withdrawal from the Court"
    (
        r"(?:lead|spearhead|champion)(?:s|ed|ing)? (?:the |an? )?(?:effort|push|campaign|drive|call)s? "
        r"(?:[\w-]+ ){0,6}?(?:for|to) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:⟨own⟩)",
        "committed",
        4,
    ),
    # "a dismissive response from French President Emmanuel Macron"
    (r"(?:dismissive|cool|lukewarm|sceptical|skeptical) (?:response|reaction)", "skeptical", 4),
    # "hinted the intention to quit": a hint of the act, not the act
    (
        r"hint(?:s|ed|ing)? (?:at )?(?:the |an |its |his |her |their )?(?:intention|possibility|plan)s? "
        r"(?:to|of)",
        "considering",
        5,
    ),
    # "announced to give up sending soldiers at this stage"
    (r"(?:give|gives|gave|giving|given) up (?:on )?(?:⟨act⟩)\w*", "declined", 5),
    # "this project has been officially joined by five partners: A, B": they joined it
    (
        r"(?:has|have|had) been (?:\w+ly )?joined by|(?:is|are|was|were) (?:\w+ly )?joined by",
        "committed",
        4,
    ),
    # "only A and B are participating in the project": a part taken now
    (
        r"(?:is|are|was|were) (?:already |now |currently |also |still )?(?:participating|taking part) in "
        r"(?:the |this |that |its |their )?(?:[\w-]+ ){0,3}?(?:force|mission|operation|task force|"
        r"project|coalition|initiative|deployment|contingent|grouping|detachment)\b",
        "committed",
        4,
    ),
    # skeptical: cautious, premature
    # "would aim to meet the new target", "plans to reach the goal"
    (
        r"(?:aim|plan|intend|expect|pledge|promise|vow)(?:s|ed|ing)? to (?:meet|reach|hit|achieve)"
        r" (?:the |that |this |its |their )?(?:[\w%.-]+ ){0,2}?(?:target|goal|benchmark)",
        "committed",
        5,
    ),
    (r"prematur(?:e|ely)", "skeptical", 6),
    (r"too (?:early|soon)", "skeptical", 6),
    (
        r"cautious(?:ly)?|sceptical|skeptical|wary|hesitant|reluctant|reservations|doubts|(?:more |very )?careful",
        "skeptical",
        5,
    ),
    (r"warn(?:s|ed|ing)? against (?:a )?hasty", "skeptical", 6),
    # "will not be rushed by Washington's timetable", "refuse to be hurried into"
    (
        r"(?:will|would|won[’']t|not|refus\w* to) (?:not )?be (?:rushed|hurried|pressured|pushed|bounced)"
        r" (?:by|into)",
        "skeptical",
        5,
    ),
    # conditional cues are modifiers (see CONDITION_CUES); these state it outright
    (r"(?:only|solely) (?:if|with|under|when|after)", "conditional", 4),
    (
        r"(?:could|would|will|can) only (?:take part|participate|deploy|join|contribute) (?:in|under|with) (?:a |an )?(?:un|u\.n\.|united nations)\b",
        "conditional",
        5,
    ),
    (r"^\W*(?:status:\s*)?conditional(?=\s*[.;,]|\s*$)", "conditional", 3),
    (r"(?:comes?|came) with (?:strings|conditions)", "conditional", 4),
    (
        r"(?:participation|contribution|deployment|involvement|role) (?:would|will|must) (?:require|need|depend on|be agreed)",
        "conditional",
        4,
    ),
    (
        r"(?:is|are|was|were|remains?) (?:\w+ )?(?:conditional|dependent) (?:on|upon)",
        "conditional",
        4,
    ),
    # considering: open to it, possibly
    (r"(?:could|might|may) (?:possibly |also |potentially )?" + _SEND, "considering", 4),
    # "open to a dialogue" is no stance on the pledge (issue 20, item 5)
    (
        r"open to(?! (?:a |an |any |further )?(?:dialogue|talks|negotiat\w*|discussions?|contacts?|compromises?|meetings?|ideas|suggestions))",
        "considering",
        4,
    ),
    (
        r"(?:shown|show|shows|showed|expressed|express|expresses|signall?ed|signals) (?:an |their |its |some |strong |keen )*interest in",
        "considering",
        4,
    ),
    (r"(?:leaves?|left|leaving|keeps?|kept) (?:the door|the option) open", "considering", 4),
    (
        r"in (?:talks|discussions) (?:about|on|over) (?:a |an |its |their )?(?:contribution|participation|sending|deploying)",
        "considering",
        4,
    ),
    (
        r"consider(?:s|ed|ing)? (?:(?:⟨act⟩)\w*|taking part|(?:a |an )?(?:[\w-]+ )?(?:contribution|participation|deployment))",
        "considering",
        4,
    ),
    (
        r"(?:weigh(?:s|ing)?|consider(?:s|ing)?|mull(?:s|ing)?|ponder(?:s|ing)?|contemplat(?:es|ing)|examin(?:es|ing)|explor(?:es|ing)|study(?:ing)?|studies|evaluat(?:es|ing)|assess(?:es|ing)?|review(?:s|ing)?)(?: still| now| currently| also)?,? (?:whether |if )?(?:a |an |the |its |their |his |her )?(?:possible |potential |[\w-]+ )?(?:participation|contribution|request|options|role|deployment|mission|sending|deploying|to send|to deploy|to contribute|to join|to take part)",
        "considering",
        4,
    ),
    (
        r"not (?:yet )?excluded|(?:has|have|had) not excluded|(?:does|did|do) not exclude|"
        r"would examine|will examine|not ruled out|does not rule out|did not rule out|(?:does|did|do|would|will) not discard",
        "considering",
        7,
    ),
    (r"will finali[sz]e|possibly participate|possibly take part", "considering", 4),
    (
        r"(?:not|never|\w+n[’']t) (?:be )?(?:ruling|rule|ruled) (?:anything |it |this |that )?out",
        "considering",
        7,
    ),
    (r"in principle", "considering", 2),
    (r"under consideration|being considered", "considering", 4),
    # "is exploring ways in which it can best assist", "studying options"
    (
        r"(?:explor|stud|examin|look)(?:es|ed|ing|ying|ies|ied|s)? (?:into )?(?:the )?"
        r"(?:ways|options|possibilit(?:y|ies)|how)\b",
        "considering",
        5,
    ),
    # "are in early talks to provide troops": a pledge being discussed, not yet made
    (
        r"in (?:early |initial |preliminary |advanced |ongoing )?(?:talks|discussions|negotiations)"
        r" (?:to|about|on|over) (?:\w+ )?(?:⟨act⟩)",
        "considering",
        6,
    ),
    (
        r"reconsider(?:s|ing|ed)? (?:its|their|his|her) (?:refusal|position|decision|rejection|no)",
        "considering",
        6,
    ),
    (
        r"(?:oriented|leaning|inclined) (?:towards?|to) (?:a |an )?(?:participation|contribution|sending|deployment|taking part)",
        "considering",
        4,
    ),
    (
        r"(?:would|will) (?:look at|consider|examine|study|weigh) (?:any|a|the|such) (?:request|proposal|invitation)",
        "considering",
        4,
    ),
    (
        r"(?:looking|looks|look) (?:at|into) (?:sending|deploying|dispatching|contributing|participating|a contribution|options)",
        "considering",
        4,
    ),
    (
        r"open(?:s|ed|ness)? (?:the door |the way )?(?:for|to) (?:to )?(?:(?:⟨act⟩)\w*|the (?:idea|possibility))",
        "considering",
        4,
    ),
    (r"inclined to " + _SEND, "considering", 4),
    # committed: pledged
    (
        r"(?:agreed|pledged|promised|vowed|decided|offered|committed|prepared|ready|willing|disposed|available|wants?|intends?|plans?|prefers?|preferred|will|is going) to "
        + _SEND,
        "committed",
        3,
    ),
    (
        r"(?:stands?|stood|is|are|was|were|remains?) (?:(?!not\b|never\b)\w+ )?(?:ready|prepared|willing) to "
        + _SEND,
        "committed",
        3,
    ),
    (
        r"(?:has|have|had)? ?(?:already )?(?:pledged|promised|committed|offered|confirmed(?! (?:the )?(?:receiv|receipt)| that\b)|volunteered|assigned|allocated)|(?:pledges|promises|offers|volunteers) (?:a|an|two|three|four|five|several|\d+|its|their|to|financial|troops|soldiers)",
        "committed",
        2,
    ),
    # "would support Kyiv by sending the tanks": the help is the pledge's act
    (
        r"(?:help|support|assist|back|aid|arm|strengthen|bolster|reinforce)(?:s|ed|ing)? "
        r"(?:[\w’'-]+ ){1,3}?by (?:⟨own⟩)(?<=ing) (?:[\w’'-]+ ){0,4}?(?:⟨object⟩)\b",
        "committed",
        3,
    ),
    # "would instead almost triple its troop contribution": more of its part is a part
    (
        r"(?:(?:increas|doubl|tripl|rais)(?:e|es|ed|ing)|(?:boost|expand)(?:s|ed|ing)?) "
        r"(?:its|their) (?:[\w-]+ )?(?:contribution|contingent|deployment)s?",
        "committed",
        3,
    ),
    # "the contributions already announced by Denmark and Greece"
    (
        r"(?:contributions?|commitments?|pledges?|offers?|promises?) (?:[\w-]+ )?"
        r"(?:announced|made|pledged|offered|promised|confirmed|submitted|put forward) by(?= ?$)",
        "committed",
        3,
    ),
    # "offering up new pledges", "made firm commitments"
    (
        r"(?:offer(?:s|ed|ing)?|ma(?:de|ke|kes|king)|announc(?:e|es|ed|ing))(?: up)? (?:new |fresh |further |firm |concrete )"
        r"(?:pledges|commitments|offers)",
        "committed",
        3,
    ),
    # A cue noun speaks for a country only as its holder ("a promise from Denmark").
    (
        r"(?:a|the|its|their|his|her) (?:firm |clear |new )?(?:promise|pledge|commitment|readiness|offer|engagement)",
        "committed",
        2,
    ),
    (
        r"(?:will|would) (?:be there|contribute|send|deploy|dispatch|lead|participate|take part|provide|pay(?: for)?|fund|finance|station|put (?:[\w-]+ ){0,3}(?:troops|soldiers|forces|boots)|supply|deliver|help|be present)(?! to\b)|can be there",
        "committed",
        3,
    ),
    (
        r"(?:spoke|spoken|speaks|argued|pushed|called)(?: [\w-]+){0,4}? for (?:a |an |the )?(?:[\w-]+ )?(?:deployment|mission|force|sending)",
        "committed",
        3,
    ),
    (r"\bcommitted\b", "committed", 3),
    # The pledge stated as done: "have officially recognized the state of Palestine".
    (
        r"(?:is|are|was|were) (?:also |now |already |formally |officially |temporarily |immediately )*(?:⟨own⟩)(?:(?<=ing)|(?<=ing off)|(?<=ing out)|(?<=ing up))",
        "committed",
        3,
    ),
    (
        r"(?:announc|declar|confirm|proclaim)(?:e|es|ed|ing) (?:its |their |the )?(?:formal |official )?(?:⟨own⟩)",
        "committed",
        3,
    ),
    # Undoing the pledge's act: "has withdrawn recognition of Kosovo", "revoked its
    # recognition", "cancelled the delivery".
    (
        r"(?:withdr(?:aw|ew|awn|aws|awing)|revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|retract(?:s|ed|ing)?|"
        r"cancel(?:s|led|ed|ling|ing)?) (?:its |their |the |his |her )?(?:[\w-]+ )?(?:⟨own⟩)",
        "declined",
        7,
    ),
    (r"de-?recogni[sz](?:e|es|ed|ing|ation)", "declined", 7),
    # Taking back what a pledge to stay away stopped: "resumed their funding", "reversed
    # their decision" (for such a pledge its refusal; see `decide_stance`).
    (
        r"(?:resum|restor|reinstat)(?:e|es|ed|ing) (?:its |their |the |all |full )?(?:[\w-]+ )?(?:⟨object⟩)|"
        r"(?:resum|restor|reinstat)(?:e|es|ed|ing) (?:its |their |the )?(?:[\w-]+ )?(?:funding|aid|support|"
        r"contributions?|payments?|relations|ties|participation)|"
        r"(?:revers|overturn)(?:e|es|ed|ing) (?:its |their |the )(?:[\w-]+ )?(?:decision|suspension|freeze|boycott)",
        "committed",
        5,
    ),
    # The pledge's act as a noun, announced, joined or imposed: "announced a diplomatic
    # boycott", "joined the boycott", "has imposed its own suspension".
    (
        r"(?:announc(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|launch(?:es|ed|ing)?|"
        r"join(?:s|ed|ing)?|adopt(?:s|ed|ing)?|implement(?:s|ed|ing)?) (?:a |an |its |their |the )"
        r"(?:own |formal |official )?(?:[\w-]+ )?(?:⟨own⟩)",
        "committed",
        3,
    ),
    (
        r"(?:has|have|had|officially|formally|already|now|also|finally|just) (?:(?:officially|formally|already|now|also|finally) )?(?:⟨done⟩)",
        "committed",
        3,
    ),
    # For a pledge to become a member, membership stated: "The 57 founding members are
    # the following: A, B and C", "the latest members that have joined the bank have
    # been A and B", "Countries accepted as founding members include A, B".
    (
        r"(?:⟨member⟩)(?: (?:that|which|who) [^,.;:]{0,40}?)? (?:are|include|included|have been|were)"
        r"(?= the following\b|\s*:|\s*$| (?!(?:to|not|also|expected|likely|set|due|being|still|now|yet|in|"
        r"at|on|of|from|for|by|with|a|an|the|more|less|all|both|able|ready|free|entitled)\b)[a-z])",
        "committed",
        2,
    ),
    (
        r"(?:accepted|approved|admitted)(?: [\w-]+){0,2}? as (?:[\w-]+ ){0,3}?(?:⟨member⟩)",
        "committed",
        2,
    ),
    # A group named by the act it does: "Countries and organizations that recognize
    # Juan Guaidó", "countries recognizing him", "nations which have joined".
    (
        r"\b(?:countries|nations|states|governments)(?: and (?:organi[sz]ations|territories))?"
        r"(?: (?:that|which|who))? (?:⟨own⟩)",
        "committed",
        2,
    ),
    # A pledge to suspend a supply, stated as its noun: "has imposed restrictions on arms
    # sales to Chile", "announced the suspension of 30 arms licences" (never a call for
    # one: "advocated an EU-wide ban on arms exports").
    (
        r"(?:impos|introduc|announc|order|adopt|decid|enact|put)\w*(?: in place)? (?:on |to )?"
        r"(?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?(?:⟨halt⟩) (?:of|on) (?:[\w-]+ ){0,4}?"
        r"(?:⟨object⟩)",
        "committed",
        3,
    ),
    # The stop's agents: "follows similar restrictions by Italy, Spain and Belgium", "the
    # suspension of arms exports by Peru".
    (
        r"(?:⟨halt⟩)(?: (?:of|on) (?:[\w-]+ ){0,4}?(?:⟨object⟩))? by(?!\s*\d)",
        "committed",
        3,
    ),
    # Not supplying since a date is the supply halted: "Spain had not sold arms to Chile
    # since 7 October", "had not approved any arms sales ... since October 7".
    (
        r"(?:⟨halting⟩)(?:has|have|had) not (?:sold|supplied|exported|sent|delivered|shipped|"
        r"approved|authori[sz]ed|issued) (?:any |new )?(?:[\w-]+ ){0,2}?(?:⟨object⟩)"
        r"[^.;]{0,60}?\bsince\b",
        "committed",
        4,
    ),
    # (never an adjective: "if in limited capacity", "a restricted list")
    (r"(?<!\bin )(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bmore )(?:⟨done⟩)", "committed", 1),
    (
        r"(?:will|would|shall|is going to|are going to) (?:(?:temporarily|immediately|also|formally|officially|now|soon|further) )?(?:⟨own⟩)",
        "committed",
        3,
    ),
    (r"(?:will|would|shall) (?:⟨act⟩)(?! to\b)", "committed", 3),
    (
        r"(?:is|are|was|were|says it is|say they are) (?:also )?ready(?: too| as well)?(?=\s*[.;,]|\s*$)",
        "committed",
        2,
    ),
    (r"(?:take|takes|took) over responsibility", "committed", 2),
    (r"sign(?:s|ed)? up (?:to|for)", "committed", 3),
    # "accepted the invitation", "King Ana accepted, ...": for a pledge to join
    (r"accept(?:s|ed|ing)?(?:⟨invited⟩)", "committed", 3),
    (r"prepar(?:es|ing|ed) (?:the )?(?:sending|deployment|dispatch) of", "committed", 3),
    (
        r"(?:its|their) interest (?:to|in) (?:undertak|tak|coordinat|⟨act⟩)\w*",
        "committed",
        3,
    ),
    (r"(?:have|has|had) joined (?:them|the (?:force|mission|coalition|core))", "committed", 3),
    (r"made (?:[\w-]+ ){0,2}(?:offers?|pledges?|commitments?)\b", "committed", 3),
    (r"(?:say|says|said|saying) yes\b", "committed", 3),
    (
        r"(?:continu(?:e|es|ing)|are|is) (?:the )?(?:preparations?|preparing|planning) (?:for )?(?:the )?(?:deployment|force|mission)",
        "committed",
        3,
    ),
    (r"(?:will|would) [“\"]?go (?:first|in)\b", "committed", 3),
    (r"finali[sz]ed (?:its|their) (?:packages?|contributions?|offers?|plans?)", "committed", 3),
    (r"(?:put|puts|placed|places) (?:[\w-]+ ){0,3}on the table", "committed", 3),
    (r"(?:is|are) in(?=\s*[.;,!]|\s*$)", "committed", 3),
    (r"contribution (?:would|will) (?:be|include|consist)", "committed", 3),
    (r"offer (?:is|was) (?:limited|restricted|confined) to", "committed", 3),
    (
        r"(?:will|would) be (?:among the first|part of the force|on the ground|deployed)",
        "committed",
        3,
    ),
    (
        r"(?:wants?|ready|willing|prepared) to go\b(?! (?:further|beyond|back|ahead|to war|through))",
        "committed",
        3,
    ),
    (r"can (?:contribute|send|provide|offer|deploy|supply)", "committed", 3),
    (
        r"(?:put|puts|placed|places|has|have) (?:[\w-]+ ){0,3}on (?:standby|alert|stand-by)",
        "committed",
        3,
    ),
    (
        r"commit(?:s|ted)? (?:themselves |itself )?to (?:the|a) (?:force|mission|coalition)",
        "committed",
        3,
    ),
    (r"(?:prepared|ready|willing) to back", "committed", 3),
    (
        r"(?:pledg(?:e|es|ing)|promis(?:e|es|ing)|offer(?:s|ing)?|volunteer(?:s|ing)?|commit(?:s|ting)|"
        r"assign(?:s|ing)|contribut(?:es|ing)|send(?:s|ing)|deploy(?:s|ing)|provid(?:es|ing)|"
        r"suppl(?:ies|ying)) (?:a|an|two|three|four|five|several|\d+|its|their|financial|troops|soldiers|units|engineers|instructors|trainers|ships|jets|aircraft)\b",
        "committed",
        2,
    ),
    # A bare answer after a dash or colon: "Norway — yes, a frigate and special forces."
    # (A bare "no" is left to the sentence that explains it: declined or opposed.)
    (r"(?<=[—–:-] )yes(?=\s*[.;,!]|\s*$)", "committed", 3),
    (
        r"(?:given|gave|gives|offered|offers|confirmed|confirms|announced|announces) (?:its|their) (?:availability|readiness|willingness|participation|contribution)",
        "committed",
        3,
    ),
    (
        r"ready for (?:a |an |the |its |their )?(?:[\w-]+ )?(?:contribution|participation|deployment|mission)",
        "committed",
        3,
    ),
    (
        r"(?:puts?|placed|places|put) (?:[\w-]+ ){0,4}at (?:the |its |their )?disposal",
        "committed",
        3,
    ),
    (r"(?:make|makes|made|making) (?:[\w-]+ ){1,4}available", "committed", 3),
    (r"(?:is|are|was|were) in favou?r of (?:sending|deploying|a |an |the )", "committed", 2),
    (
        r"(?:is|are) expected to (?:announce|confirm|make|present|unveil) (?:a |an |its |their )?(?:[\w-]+ )?(?:contribution|pledge|offer|participation)",
        "considering",
        3,
    ),
    (
        r"(?:approved|approves|authori[sz]ed|authori[sz]es) (?:the |a |an )?(?:deployment|sending|dispatch|participation|contribution|mission)",
        "committed",
        3,
    ),
    (r"(?:is|are) (?:set|scheduled|poised) to " + _SEND, "committed", 3),
    # "the only major power virtually certain to join the United States"
    (r"(?:\w+ly )?(?:certain|sure) to " + _SEND, "committed", 3),
    # "have all stated their intentions to formally do so": the pledge named before
    (
        r"(?:intend(?:s|ed)?|intentions?|plans?|ready|willing|prepared|decided|agreed) to "
        r"(?:\w+ly )?do so",
        "committed",
        3,
    ),
    # "troops from A and B are arriving in ...", "the first elements are already en route"
    (
        r"(?:⟨object⟩|troops|soldiers|forces|personnel|contingents?|elements|units)\b[^.;]{0,80}?"
        r"\b(?:(?:are|were|have|has) )?(?:already )?(?:arriv(?:e|es|ed|ing)|landed|en route)\b",
        "committed",
        4,
    ),
    # "France sent the largest contingent", "Finland and Norway each sent two": done
    (
        r"(?:each |also |already |has |have |had )?(?:sent|deployed|dispatched|contributed|stationed|provided)"
        r" (?:the |a |an |its |their )?(?:largest |first |biggest |smallest |small |own )?"
        r"(?:contingent|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several)\b",
        "committed",
        4,
    ),
    (
        r"(?:signal\w*|express\w*|indicat\w*|declar\w*|confirm\w*) (?:(?:on|last|this) \w+ |today |yesterday )?"
        r"(?:its |their |his |her |the )?(?:readiness|willingness|availability)",
        "committed",
        3,
    ),
    (
        r"(?:has|have|had) (?:already )?earmarked|(?:is|are) (?:\w+ly )?(?:sending|deploying|contributing)",
        "committed",
        3,
    ),
    (
        r"(?:is|are) due to " + _SEND + r"|(?:is|are) due to (?:patrol|protect|guard|fly)",
        "committed",
        3,
    ),
    # -- shapes of real text for a pledge known by its title only (round draft6) -------
    # "Germany and Norway decided against prohibiting Huawei"
    (
        r"(?:decided|decides|deciding|voted|votes|ruled|came down|comes down) against (?:⟨act⟩)",
        "declined",
        6,
    ),
    # "believes it can deal with the risks without enacting a general ban"
    (r"without (?:[\w-]+ ){0,3}(?:⟨own⟩)", "declined", 5),
    # "have expressed support for the republics without officially recognizing their
    # independence": a sympathy short of the act, not a refusal of it
    (
        r"(?:support|sympathy|backing|solidarity)\b[^.;:]{0,60}\bwithout (?:yet )?"
        r"(?:officially |formally |actually |legally )(?:⟨own⟩)",
        "undecided",
        6,
    ),
    # "Other countries pledging to transfer the jets are ...", "agreeing to join"
    (r"(?:pledg|promis|offer|agree|committ|vow)ing to (?:⟨act⟩)", "committed", 3),
    # "its longstanding stance against the use of cluster munitions"
    (
        r"(?:stance|position|line|campaign|opposition) against (?:the |any |such )?(?:use|supply|sending|"
        r"delivery|transfer|(?:⟨act⟩)|(?:⟨object⟩))",
        "opposed",
        5,
    ),
    # "agreed earlier this month to form the coalition", "pledged on Friday to send"
    (
        r"(?:agreed|pledged|promised|vowed|decided|offered) (?:(?:earlier|later|last|this|next|on|in|"
        r"again|also|formally|publicly|now) )(?:(?!not\b|never\b)[\w-]+ ){0,2}?to (?:⟨act⟩)",
        "committed",
        3,
    ),
    # "Twelve countries in the coalition are already known: ...": for a pledge to join
    (
        r"(?:countries|nations|states|members|participants) (?:[\w-]+ ){0,2}?in the (?:[\w-]+ ){0,3}?(?:⟨joined⟩)",
        "committed",
        3,
    ),
    # "Japan and Poland Reject Plans to Send Troops", "distanced themselves from talk of
    # sending troops", "Japan is not among the 26 countries that pledged to deploy"
    (
        r"reject(?:s|ed|ing)? (?:the |any |all |such )?(?:plans?|proposals?|calls?|ideas?|talk)"
        r" (?:to|for|of) (?:⟨act⟩)",
        "declined",
        7,
    ),
    # (never from the pledge's own object: "to distance itself from Qatar" cuts ties)
    (
        r"distanc(?:es|ed|ing|e) (?:itself|themselves|himself|herself) from(?! (?:the )?(?:⟨object⟩|(?:[\w-]+ ){0,4}?(?:state|country|nation|kingdom|emirate|government))\b)",
        "declined",
        6,
    ),
    (
        r"(?:is|are|was|were) not (?:among|one of|part of) (?:the )?(?:[\w-]+ ){0,3}?"
        r"(?:countries|nations|states|governments|signatories|members)\b",
        "declined",
        7,
    ),
    # "no to creating an organisation as it has been presented", "no to joining"
    (
        r"\bno to (?:creating|setting up|establishing|forming|joining|(?:⟨act⟩)\w*)",
        "declined",
        5,
    ),
    # "warning the board's mandate could undermine the international order"
    (
        r"warn(?:s|ed|ing)? (?:that )?(?:[\w’'-]+ ){0,4}?(?:could|would|will|might|may) (?:\w+ly )?"
        r"(?:undermine|weaken|damage|threaten|erode|sabotage|"
        r"jeopardi[sz]e|destabili[sz]e)",
        "opposed",
        4,
    ),
    # "Participating countries include the US, UK and France"
    (
        r"(?:participating|contributing|joining) (?:countries|nations|states|members|governments) "
        r"(?:include|includes|included|are|were)\b",
        "committed",
        3,
    ),
    # "denied Washington's claims that it will participate": a refusal
    (
        r"den(?:y|ies|ied|ying) (?:[\w’'-]+ ){0,3}?(?:claims?|reports?|suggestions?|assertions?) that "
        r"(?:it|they|the country) (?:will|would|is going to|was going to|had agreed to) (?:⟨act⟩)",
        "declined",
        7,
    ),
    # "declining to accept it", "refused to accept the invitation"
    (
        r"(?:declin|refus)(?:es|ed|ing|e) to accept (?:it|them|the (?:offer|invitation|request|proposal))\b",
        "declined",
        6,
    ),
    # "will not attempt to limit the company's role", "does not seek to join"
    (
        r"(?:will|would|shall|do|does|did) not (?:attempt|seek|try|aim|move) to (?:⟨act⟩)",
        "declined",
        6,
    ),
    # "cluster munitions should not be delivered under any circumstances"
    (r"(?:should|must|ought to) (?:not|never) (?:be )?(?:⟨act⟩)", "declined", 6),
    # "the UK has proposed a ban", "proposed recognising": put forward, not done
    (
        r"propos(?:e|es|ed|ing|al of) (?:a |an |the |to )?(?:[\w-]+ ){0,2}?(?:⟨own⟩)",
        "considering",
        4,
    ),
    # "announced its decision to expel", "confirmed the decision to join"
    (
        r"(?:announc|confirm|took|taken|made|mak)\w* (?:its|their|the|a) (?:[\w-]+ )?decision to (?:⟨act⟩)",
        "committed",
        4,
    ),
    # "The US move was followed by Guatemala": the one that follows does it too
    (
        r"(?:⟨own⟩)\b[^.;]{0,30}?\b(?:followed|matched|emulated|copied) by(?= ?$)",
        "committed",
        3,
    ),
    # Objections without a refusal word: "we do not support the use of the weapons",
    # "discourages their use", "objected to the plan", "came out against the decision"
    (
        r"(?:do|does|did|will|would|can|could)(?: not|n[’']t) (?:\w+ly )?(?:support|endorse|back|approve(?: of)?) "
        r"(?:the |a |any |such |their |its |this |that )?(?:use|supply|sending|delivery|transfer|"
        r"decision|move|plan|idea|step|deployment|(?:⟨act⟩))",
        "opposed",
        6,
    ),
    (
        r"discourag(?:es|ed|ing|e)[”\"’]? (?:the |their |its |any )?(?:use|supply|sending|delivery|transfer)",
        "opposed",
        5,
    ),
    (
        r"object(?:s|ed|ing)? (?:strongly )?to (?:the|a|any|such|this|that|its|their)\b",
        "opposed",
        5,
    ),
    # "would require further dialogue": more talks first, no condition of an offer
    (
        r"(?:requir|need)(?:es|ed|ing|e|s)? (?:further|more|additional|much more|extensive|careful) "
        r"(?:dialogue|talks|discussions?|consultations?|study|studies|analysis|time|examination|review|"
        r"deliberation|debate|clarification)",
        "undecided",
        5,
    ),
    # "raised concerns about the plan", "stopped short of endorsing it"
    (r"(?:raised?|raises|raising|voiced?|voices|expressed) (?:[\w-]+ )?concerns?", "skeptical", 4),
    (r"(?:stopped|stops|stopping|stop) short of", "undecided", 5),
    # -- shapes of real text, for any pledge (issue 20) --------------------------------
    # "expressed their intention to deploy forces", "willing to one day recognise"
    (
        r"(?:intend(?:s|ed)?|intention|intentions|aim(?:s|ed)?|ready|willing|prepared|decided|agreed) to "
        r"(?:one day |eventually |soon |also |formally |officially |now |swiftly )" + _SEND,
        "committed",
        3,
    ),
    (r"intended to " + _SEND + r"|intention to " + _SEND, "committed", 3),
    # "were among 10 nations this week to recognize", "the fifth country to boycott"
    (
        r"(?:is|are|was|were|be|been|being) (?:among|one of) (?:the )?(?:[\w-]+ ){0,3}(?:countries|nations|states|governments)"
        # (past a verb it shares: "one of the few countries to follow Moscow's lead and recognise")
        r"(?: [\w-]+){0,3}? (?:to )+(?:(?:[\w’'-]+ ){1,4}?and )?(?:⟨act⟩)",
        "committed",
        4,
    ),
    (
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|\d+(?:st|nd|rd|th)) "
        r"(?:[\w-]+ )?(?:country|nation|state|member|government) "
        # (past those before it: "the second state after Russia to recognize")
        r"(?:(?:after|following) (?:the )?(?:[\w’'-]+ ){1,4}?)?(?:to )+(?:⟨act⟩)",
        "committed",
        4,
    ),
    # votes on the pledge: in favour is its keeping, against its opposition, an
    # abstention no decision ("Peru voted in favour", "Ghana voted against the
    # resolution", "Kenya abstained"), and the headings of a vote's roster ("In favour:",
    # "Against (12):", "Abstentions:")
    (
        r"vot(?:e|es|ed|ing) (?:[\w-]+ ){0,2}?(?:in favou?r|yes\b|for (?:the|it|this))",
        "committed",
        5,
    ),
    (r"vot(?:e|es|ed|ing) (?:[\w-]+ ){0,2}?(?:against|no\b)", "opposed", 5),
    (r"abstain(?:s|ed|ing)?|abstentions?", "undecided", 5),
    (r"(?:in favou?r|yes)(?=\s*(?:\(\d+\))?\s*:)", "committed", 5),
    (r"(?:against|no)(?=\s*(?:\(\d+\))?\s*:)", "opposed", 5),
    # "voted on Wednesday not to participate", "decided not to recognise"
    (
        r"(?:voted|decided|chose|chosen|opted|agreed|resolved|prefer(?:s|red)?) (?:[\w-]+ ){0,3}?not to (?:⟨act⟩)",
        "declined",
        6,
    ),
    # "Egypt seeks guarantees on the force's mandate": waiting for them, no offer yet
    (
        r"(?:seeks?|sought|seeking|wants?|demands?|demanded|insists? on) (?:[\w-]+ ){0,2}"
        r"(?:guarantees?|assurances?|clarity|clarification)",
        "undecided",
        4,
    ),
    # "still had questions to clarify before taking on any commitments"
    (
        r"before (?:taking on|making|giving|entering into) (?:any |a |firm |concrete )*commitments?",
        "undecided",
        4,
    ),
    # "the United States ... have held off"
    (r"(?:hold|holds|held|holding) off", "declined", 4),
    # "will not accept Western troops on the ground", "would never allow a Palestinian state"
    (
        r"(?:not|never) (?:[\w-]+ )?(?:accept|tolerate) (?:[\w-]+ ){0,3}"
        r"(?:⟨object⟩|force|mission|deployment|presence)",
        "opposed",
        6,
    ),
    # "has opposed Palestinian statehood", "opposes recognition"
    (r"oppos(?:e|es|ed|ing) (?:[\w-]+ ){0,2}(?:⟨object⟩|⟨own⟩)", "opposed", 5),
    # "Sweden and the UK remained neutral"
    (r"(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?) neutral", "undecided", 4),
    # "the time was not ripe to recognise"
    (r"(?:time|moment) (?:is|was|were|has) not (?:yet )?(?:ripe|right|come)", "skeptical", 5),
    # "I am not in favour of recognising it"
    (r"not in favou?r of (?:⟨act⟩)", "declined", 6),
    (r"in favou?r of (?:⟨act⟩)", "committed", 3),
    # "have expressed the most interest in sending troops", "discussing troop deployments"
    (
        r"express\w* (?:[\w-]+ ){0,3}interest (?:in|to) (?:[\w-]+ ){0,2}"
        r"(?:(?:⟨act⟩)\w*|⟨object⟩|force|mission|deployment|coalition)",
        "considering",
        4,
    ),
    (
        r"(?:discuss\w*|negotiat\w*|in talks (?:on|about)) (?:[\w-]+ ){0,2}"
        r"(?:⟨act⟩|⟨object⟩|deployments?|participation|contribution)",
        "considering",
        3,
    ),
    (r"candidates? (?:to|for) (?:⟨act⟩)", "considering", 3),
    # "is weighing recognition of Somaliland", "mulling a boycott"
    (
        r"(?:weigh(?:s|ing)?|consider(?:s|ing)?|mull(?:s|ing)?|ponder(?:s|ing)?|examin(?:es|ing)|"
        r"explor(?:es|ing)|study(?:ing)?|studies) (?:a |an |the |its |their |possible |potential )*(?:⟨own⟩)",
        "considering",
        4,
    ),
    # "Turkey and Egypt condemned Israel's recognition"
    (
        r"(?:condemn(?:s|ed|ing)?|denounc(?:es|ed|ing)|reject(?:s|ed|ing)?|oppos(?:es|ed|ing)) "
        r"(?:[\w’'%.-]+ ){0,3}(?:⟨own⟩|move|decision|step|announcement)",
        "opposed",
        5,
    ),
    # "a firm rejection of Chile's announcement", "strong condemnation of the move"
    (
        r"(?:rejection|condemnation|denunciation|repudiation) of (?:[\w’'-]+ ){0,2}"
        r"(?:⟨own⟩|move|decision|step|announcement)",
        "opposed",
        5,
    ),
    # "Norway's NRK said it does not engage in boycotts"
    (r"(?:do|does|did|will|would) not (?:[\w-]+ ){0,2}(?:in |to )?(?:⟨own⟩)", "declined", 5),
    # A noun of the pledge held by the countries named next (`holder`): "similar
    # recognition from Australia, ...", "the confirmed withdrawal of Ireland, ...",
    # "Opposition to sending troops comes from Germany, ...", "considered by the
    # governments of Canada, ...", "drew fury from Israel". Only at the end of the text
    # read, that is right before the countries.
    (r"(?:⟨own⟩) (?:from|by|of)(?= ?$)", "committed", 3),
    (
        r"opposition to (?:⟨act⟩)\w* (?:[\w-]+ ){0,6}(?:comes?|came|coming) from(?= ?$)",
        "declined",
        6,
    ),
    (
        r"(?:opposition|resistance|objections?)(?: [\w-]+){0,7} (?:comes?|came|coming) from(?= ?$)",
        "opposed",
        5,
    ),
    (
        r"(?:fury|anger|outrage|criticism|condemnation|protests?|rejection) from(?: both)?(?= ?$)",
        "opposed",
        5,
    ),
    (
        r"(?:considered|examined|weighed|discussed|studied|mulled)(?: (?:over|closely|seriously))? by"
        r"(?: the (?:governments?|leaders?|authorities|ministers?) of)?(?= ?$)",
        "considering",
        4,
    ),
    (
        r"(?:rejected|refused|ruled out|turned down) by"
        r"(?: the (?:governments?|leaders?|authorities|ministers?) of)?(?= ?$)",
        "declined",
        5,
    ),
)
# Nouns whose "of X" / "from X" names the one who holds them: "a promise from Denmark".
HOLDER_NOUNS = (
    r"promise|pledge|commitment|readiness|offer|support|engagement|contribution|refusal|rejection|"
    r"participation|decision|opposition|resistance|objection|fury|anger|outrage|criticism|condemnation|"
    r"indication|signal|statement|announcement|assurance|response|reaction"
)

# A condition turns a commitment or an openness into `conditional`.
CONDITION_CUES = (
    r"only if|only with|only under|only when|only after|(?<!even )(?<!as )if(?! (?:necessary|needed|required|need be|in|only|somewhat|partly|partially|at all|not|ever|slightly|reluctantly|belatedly|modestly|limited)\b)|provided(?: that)?(?! (?:one|two|three|four|five|six|\d+|its|their|troops|soldiers|personnel|officers)\b)|"
    r"on (?:the )?condition(?! of anonymity)(?: that| of)?|as long as|unless|depend(?:s|ing)? on|"
    r"conditional on|subject to|in exchange for|pending|not before|not until|only once|"
    r"wants? (?:a|an|the) (?:[\w-]+ ){0,2}(?:backstop|guarantees?|mandate) (?:first|before)|(?:would |will )?requires?(?! (?:further|more|additional|much more|extensive|careful) )|must be agreed"
)
# Timing that every plan shares: kept as a condition's words, never a stance change.
TIMING_CUES = r"once|after|as soon as|as part of"

# Modal words that turn a commitment into `considering`.
# "may", never the name "May" ("Prime Minister Theresa May", "Mrs May") nor the month
MODALS = r"could|might|(?-i:may)|(?<![\w,.] )(?-i:May)(?!\s+\d)|possibly|perhaps|potentially|in principle"
NEGATORS = r"not|n't|no|never|neither|nor"

# Contribution words (SPEC §1 and §6); a contribution the database does not know yet
# is never proposed, so the draft always imports.
CONTRIBUTION_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"ground troops|soldiers|troops|boots on the ground|on the ground|land|company|battalion|brigade|contingent|infantry",
        "ground",
    ),
    (
        r"air(?:space)?|aircraft|fighter jets?|jets|air force|air defen[cs]e|air support|air assets",
        "air",
    ),
    (r"sea|naval|navy|ships?|frigates?|water|maritime|warships?|minesweepers?|shipping", "sea"),
    (r"train(?:ing|ers)?|instructors", "training"),
    (r"logistic(?:s|al)?|airfields|ports|transport|hub", "logistics"),
    (r"financ(?:e|ing)|money|funding|funds|(?:share of the )?costs|pay for", "financing"),
    (r"armament|weapons|arms|ammunition", "armament"),
    (r"intelligence|reconnaissance|surveillance", "intelligence"),
    (r"mine-?clearing|demining", "demining"),
    (r"medical|medics", "medical"),
)

# Titles that introduce a speaker's name.
TITLES = (
    r"(?:Federal )?Chancellor|President|Prime Minister|Premier|(?:Foreign|Defen[cs]e|Deputy) Minister|"
    r"Minister|Secretary(?: General| of State| of Defense)?|spokes(?:man|woman|person)|"
    r"Commission President|Ambassador|General|Admiral|King|Queen"
)
# Convening around a pledge is no position on it: "hosted talks on the force", "offered
# to host a conference" (issue 20, item 4: an organiser that only convenes).
CONVENES = (
    r"(?:to\s+)?(?:convened?|convenes|convening|hosted|hosts?|hosting|chaired|chairs?|chairing|"
    r"organi[sz](?:ed|es|e|ing))\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|summit|conference|discussions?|gathering|session|videoconference|call)s?\b"
)

SPEECH_VERBS = r"said|says|told|declared|affirmed|announced|stated|added|stressed|explained|repeated|confirmed|warned"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
