"""Gold for the ukraine-reassurance-force articles (401-403)."""

from gold_common import st, write

T = "ukraine-reassurance-force"

# 401 Babel: AFP on the coalition defence ministers' meeting (Brussels, 10 April 2025).
six = (
    "About six states, including Great Britain, France and the Baltic states, have declared"
    " their readiness to send their military to Ukraine to monitor the ceasefire during a"
    ' meeting of the "Coalition of the Willing".'
)
baltic_note = (
    "'the Baltic states' among the six that declared readiness: expanded to EE/LV/LT, optional."
    " Date: the coalition defence ministers' meeting the text describes (10 April 2025)."
)
opposed_piece = (
    "French President Emmanuel Macron proposed deploying European peacekeeping forces behind"
    " the future demarcation line in Ukraine, rather than directly on it. [...] Germany, Italy,"
    " Spain and Poland immediately opposed it."
)
opposed_note = (
    "Opposed Macron's proposal to deploy European peacekeepers at the emergency meeting of EU"
    " leaders in France (Paris, 17 February 2025) = opposed; 'declined' defensible (they reject"
    " sending their own troops as much as the idea)."
)
write(
    "401_babel_six-european-countries-ready",
    T,
    "unknown",
    [
        st(
            "GB",
            "committed",
            "2025-04-10",
            six + " [...] British Prime Minister Keir Starmer said that his country was ready to"
            " deploy troops to Ukraine",
            ["ground", "monitoring"],
            speaker="Keir Starmer",
            conditions=["after a ceasefire"],
            alt_dates=["2025-02-17"],
            note="Named among the six ready to send troops to monitor the ceasefire = committed."
            " Starmer's earlier 'ready to deploy troops' (February 2025, around the Paris"
            " meeting) is the same position: alt date.",
        ),
        st(
            "FR",
            "committed",
            "2025-04-10",
            six,
            ["ground", "monitoring"],
            conditions=["after a ceasefire"],
            note="Named among the six ready to send troops to monitor the ceasefire = committed."
            " Macron's proposal to deploy peacekeepers behind the line confirms it.",
        ),
        st(
            "EE",
            "committed",
            "2025-04-10",
            six,
            ["ground", "monitoring"],
            conditions=["after a ceasefire"],
            optional=True,
            note=baltic_note,
        ),
        st(
            "LV",
            "committed",
            "2025-04-10",
            six,
            ["ground", "monitoring"],
            conditions=["after a ceasefire"],
            optional=True,
            note=baltic_note,
        ),
        st(
            "LT",
            "committed",
            "2025-04-10",
            six,
            ["ground", "monitoring"],
            conditions=["after a ceasefire"],
            optional=True,
            note=baltic_note,
        ),
        st(
            "DE",
            "opposed",
            "2025-02-17",
            opposed_piece,
            alt_stances=["declined"],
            note=opposed_note,
        ),
        st(
            "DE",
            "considering",
            "2025-03",
            "However, Germanyʼs defense minister later said he was open to the idea of sending"
            " peacekeepers to Ukraine.",
            ["ground"],
            approximate=True,
            speaker="Germany's defence minister",
            alt_dates=["2025-02", "2025-04"],
            note="'open to the idea' = considering. 'later' (after 17 February 2025), no date:"
            " estimated March 2025, approximate. Germany says two things in the article: both kept.",
        ),
        st(
            "IT",
            "opposed",
            "2025-02-17",
            opposed_piece,
            alt_stances=["declined"],
            note=opposed_note,
        ),
        st(
            "ES",
            "opposed",
            "2025-02-17",
            opposed_piece,
            alt_stances=["declined"],
            note=opposed_note,
        ),
        st(
            "PL",
            "opposed",
            "2025-02-17",
            opposed_piece,
            alt_stances=["declined"],
            note=opposed_note,
        ),
    ],
    ["UA", "RU", "US"],
    "Undated page (babel.ua) relaying AFP/Barron's on the coalition defence ministers' meeting of"
    " 10 April 2025. 'ministers from other countries said there was still uncertainty' names no"
    " country: not coded. The US appears only as the missing backstop. Ukraine is the host."
    " Cut ('with boo').",
)

# 402 Obozrevatel: Sky News on who could join, 4 March 2025 (URL date).
write(
    "402_obozrevatel_sky-news-coalition-of-the-willing",
    T,
    "2025-03-04",
    [
        st(
            "GB",
            "committed",
            "2025-03-02",
            'A "coalition of the willing" has emerged among NATO countries to send their troops'
            " to Ukraine as peacekeepers after the war with Russia ends. This initiative was led"
            " by the United Kingdom and France, as stated by British Prime Minister Keir Starmer"
            " after the EU leaders' summit on Ukraine.",
            ["ground"],
            speaker="Keir Starmer",
            conditions=["after the war ends"],
            optional=True,
            note="Leading the initiative to send peacekeepers, as Starmer stated = committed;"
            " optional because the text states leadership of the coalition rather than a pledge"
            " in so many words. Date: the leaders' summit on Ukraine (London, 2 March 2025).",
        ),
        st(
            "FR",
            "committed",
            "2025-03-02",
            'A "coalition of the willing" has emerged among NATO countries to send their troops'
            " to Ukraine as peacekeepers after the war with Russia ends. This initiative was led"
            " by the United Kingdom and France",
            ["ground"],
            conditions=["after the war ends"],
            optional=True,
            note="As GB. Clarke's 'will definitely include France and Britain' is an analyst's"
            " prediction and adds nothing.",
        ),
        st(
            "CA",
            "considering",
            "2025-03-04",
            'Canadian Prime Minister Justin Trudeau said that his country is "exploring ways in'
            ' which it can best assist" Ukraine.',
            speaker="Justin Trudeau",
            alt_stances=["undecided"],
            alt_dates=["2025-03-02"],
            note="'exploring ways in which it can best assist' = considering (undecided"
            " defensible); not specifically troops, so no contribution. No time cue: publication"
            " date; said at the London summit (alt date). The analyst's 'does not rule out that"
            " Italy and Canada will also join' is not coded.",
        ),
        st(
            "PL",
            "declined",
            "2025-02",
            "In addition, Prime Minister Donald Tusk confirmed last month that Warsaw has no plans"
            " to send its soldiers to Ukraine.",
            speaker="Donald Tusk",
            note="'no plans to send its soldiers' = declined; 'last month' = February 2025."
            " Clarke's 'not going to send' is an analyst's reading and adds nothing.",
        ),
        st(
            "ES",
            "skeptical",
            "2025-02",
            'Foreign Minister Jose Manuel Albares said last month that "it is too early to talk'
            ' about sending troops to Ukraine."',
            speaker="Jose Manuel Albares",
            note="'too early' = skeptical; 'last month' = February 2025. 'Spain is also unlikely"
            " to join' is the analyst's/author's inference, not Spain's words.",
        ),
        st(
            "DE",
            "undecided",
            "2025-03-04",
            "As for Germany, the situation is still in doubt.",
            optional=True,
            note="'still in doubt' = undecided; the sentence may still be Clarke's analysis"
            " (optional). The text is cut at 'Chancellor'. No time cue: publication date.",
        ),
    ],
    ["UA", "RU", "NATO", "EU", "SK", "HU", "EE", "LT", "LV", "FI", "IT", "BY"],
    "Obozrevatel English page, dated by its URL (04-03-2025). Most names come from the analyst"
    " Michael Clarke's predictions (Estonia, Lithuania, Latvia, Finland may join; Italy and Canada"
    " not ruled out; Poland, Spain, Germany not going to): not coded. Slovakia and Hungary appear"
    " only as possible vetoes in NATO/EU. Cut ('Chancellor').",
)

# 403 MKD.mk, Macedonian: Jürgen Hardt (CDU) on German participation; Britain and Sweden ready.
write(
    "403_mkd_germany-would-send-peacekeepers",
    T,
    "unknown",
    [
        st(
            "DE",
            "conditional",
            "2025-02",
            "„Ако има мировна мисија во Украина за да се осигури дека прекинот на огнот и мирот"
            " се одржуваат, а има јасна основа на меѓународното право за тоа… не можам да"
            " замислам дека Германија би останала надвор од тој концепт“.",
            ["ground"],
            approximate=True,
            speaker="Jürgen Hardt",
            conditions=["a clear basis in international law", "after a ceasefire"],
            alt_stances=["considering"],
            optional=True,
            note="'If there is a peace mission ... and a clear basis in international law ... I"
            " cannot imagine Germany staying out' = conditional on a legal basis (considering"
            " defensible). Hardt is a CDU foreign-policy spokesman, not a minister: optional. His"
            " first sentence ('We do not want to join that war with soldiers') is about the war,"
            " not the force. No date in the text: estimated February 2025 from the British and"
            " Swedish statements it reports, approximate.",
        ),
        st(
            "GB",
            "committed",
            "2025-02",
            "Британија и Шведска рекоа дека се спремни да постават мировни трупи во Украина ако"
            " се постигне договор за мир со Русија.",
            ["ground"],
            approximate=True,
            conditions=["if a peace deal with Russia is reached"],
            note="'said they are ready to deploy peacekeeping troops ... if a peace deal with"
            " Russia is reached' = committed; the peace deal is the bare precondition of the"
            " force (kept in conditions). Date estimated (mid-February 2025), approximate.",
        ),
        st(
            "SE",
            "committed",
            "2025-02",
            "Британија и Шведска рекоа дека се спремни да постават мировни трупи во Украина ако"
            " се постигне договор за мир со Русија.",
            ["ground"],
            approximate=True,
            conditions=["if a peace deal with Russia is reached"],
            note="As GB.",
        ),
    ],
    ["UA", "RU"],
    "Macedonian-language text (a fragment starting mid-article, as stored); title written from"
    " the URL slug ('Germany too would send peace troops to Ukraine'). Undated page; all dates"
    " estimated.",
)

# 423 Belga: the Paris declaration of intent (Tuesday 6 January 2026) and Belgium's share.
uk_fr = "The UK and France confirmed they would do so"
it_pl = "Italy and Poland have already ruled out deploying their own soldiers."
write(
    "423_belga_european-countries-agree-to-deploy-forces",
    T,
    "unknown",
    [
        st(
            "BE",
            "committed",
            "2026-01-06",
            "Prime minister Bart De Wever confirmed Belgium will make its navy and air force"
            " available to the peacekeeping force. [...] Any contribution involving land forces"
            " would focus on training Ukrainian soldiers inside Ukraine.",
            ["sea", "air", "training"],
            speaker="Bart De Wever",
            conditions=["after a credible ceasefire", "US backstop"],
            alt_stances=["conditional"],
            note="'will make its navy and air force available', 'We pledged certain"
            " capabilities' = committed; the US backstop he required is now 'on paper', so"
            " conditional is defensible. 'on Tuesday (evening)' = the Paris meeting of 6 January"
            " 2026.",
        ),
        st(
            "GB",
            "committed",
            "2026-01-06",
            uk_fr,
            ["ground"],
            conditions=["after a ceasefire"],
            note="'confirmed they would [send troops]' = committed; the day of the declaration.",
        ),
        st(
            "FR",
            "committed",
            "2026-01-06",
            uk_fr,
            ["ground"],
            conditions=["after a ceasefire"],
            note="As GB. Macron's 'legally and politically binding' describes the declaration.",
        ),
        st(
            "IT",
            "declined",
            "2026-01",
            it_pl,
            approximate=True,
            alt_dates=["2026-01-06"],
            note="'have already ruled out deploying their own soldiers' = declined. 'already':"
            " vague past, estimated January 2026, approximate.",
        ),
        st(
            "PL",
            "declined",
            "2026-01",
            it_pl,
            approximate=True,
            alt_dates=["2026-01-06"],
            note="As IT.",
        ),
        st(
            "DE",
            "declined",
            "2026-01-06",
            "Any German deployment would be limited to a NATO member neighbouring Ukraine,"
            " chancellor Friedrich Merz said.",
            ["ground"],
            speaker="Friedrich Merz",
            alt_stances=["considering", "committed"],
            note="No German troops inside Ukraine, a deployment only in a neighbouring NATO"
            " country = declined with the other help listed (ground, neighbouring); considering"
            " or committed (a contribution from outside Ukraine) defensible.",
        ),
    ],
    ["UA", "RU", "US"],
    "Belga News Agency, undated page (the Paris declaration of intent, Tuesday 6 January 2026)."
    " The US 'would support' the force: the backstop, not coded. 'Not all European countries are"
    " willing' names none. The section heading 'Belgium to contribute troops' is the author's."
    " Cut ('a 20-point plan').",
)

# 424 PT Navigat: Portuguese machine translation (of a Russian text on Le Figaro), garbled names.
write(
    "424_ptnavigat_two-european-countries-refused-troops",
    T,
    "unknown",
    [
        st(
            "IT",
            "declined",
            "2025-03",
            "Os dois países da Europa, Itália e Croácia, se recusaram a enviar tropas para a"
            " Ucrânia. [...] O primeiro -ministro italiano George Melony disse que a participação"
            " de Roma na implantação de tropas ocidentais na Ucrânia não era considerada alegada.",
            approximate=True,
            speaker="Giorgia Meloni ('George Melony')",
            note="'refused to send troops', Meloni: Rome's participation 'was not considered'"
            " = declined. Undated page; March 2025 estimated (the coalition's early meetings and"
            " the US question it mentions), approximate.",
        ),
        st(
            "HR",
            "declined",
            "2025-03",
            "Os dois países da Europa, Itália e Croácia, se recusaram a enviar tropas para a"
            " Ucrânia. [...] O soldado croata não irá para a Ucrânia com nenhum acordo, ele"
            " promete.",
            approximate=True,
            speaker="Zoran Milanović ('Zoran Milanovich')",
            note="'No Croatian soldier will go to Ukraine under any agreement' = declined (the"
            " president's words). Date estimated as for IT.",
        ),
    ],
    ["UA", "FR", "GB", "US"],
    "Portuguese machine translation with garbled names and syntax ('George Melony', 'Ele relatou"
    " que Le Figaro'); title from the stored headline in the URL. France and the UK 'failed in"
    " their campaign' to bring others along: the author's report of others' reluctance, not a"
    " new position of theirs (mentioned). Undated. Not cut.",
)
