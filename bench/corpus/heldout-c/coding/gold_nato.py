"""Gold for the nato-five-percent articles (408-412)."""

from gold_common import st, write

T = "nato-five-percent"
SPAIN_NOTE = (
    "Rejects the 5% target for itself ('cannot commit', asks for a flexible formula or an"
    " exemption) = declined; opposed defensible, as it calls the target itself 'unreasonable'"
    " and 'counterproductive'."
)

# 408 Morning Star: Sánchez's letter to Rutte (19 June 2025), the summit 'next week'.
baltic = (
    "Poland and the Baltic countries — Estonia, Latvia and Lithuania — have already publicly"
    " committed to 5 per cent"
)
baltic_note = (
    "'have already publicly committed to 5 per cent', reported as fact = committed. No time"
    " cue: estimated June 2025 (the page's month), approximate."
)
write(
    "408_morningstar_spain-rejects-unreasonable-proposal",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            "2025-06-19",
            "SPAIN has rejected a Nato proposal to spend 5 per cent of GDP on the military [...]"
            " In a letter sent today to Nato secretary-general Mark Rutte, Spanish Prime Minister"
            " Pedro Sanchez said that Spain “cannot commit to a specific spending target in terms"
            " of GDP” at next week’s Nato summit in The Hague.",
            approximate=True,
            speaker="Pedro Sanchez",
            alt_stances=["opposed"],
            note=SPAIN_NOTE + " 'today', the week before The Hague summit (24-25 June 2025):"
            " the letter of 19 June 2025; the page is undated, so approximate.",
        ),
        st(
            "SE",
            "committed",
            "2025-06",
            "In early June, Sweden and the Netherlands said that they would aim to meet the new"
            " target.",
            approximate=True,
            alt_stances=["considering"],
            note="'would aim to meet the new target' = committed (an aim, so considering"
            " defensible). 'In early June' = June 2025, approximate.",
        ),
        st(
            "NL",
            "committed",
            "2025-06",
            "In early June, Sweden and the Netherlands said that they would aim to meet the new"
            " target.",
            approximate=True,
            alt_stances=["considering"],
            note="As SE.",
        ),
        st("PL", "committed", "2025-06", baltic, approximate=True, note=baltic_note),
        st("EE", "committed", "2025-06", baltic, approximate=True, note=baltic_note),
        st("LV", "committed", "2025-06", baltic, approximate=True, note=baltic_note),
        st("LT", "committed", "2025-06", baltic, approximate=True, note=baltic_note),
    ],
    ["US", "NATO", "EU", "RU", "UA", "IR", "IL"],
    "Morning Star page (mirror host msd11.gn.apc.org), undated; the letter is of 19 June 2025."
    " 'Most Nato governments are on track to endorse' names none; Trump's demand is the"
    " organiser's, not coded; Rutte speaks for NATO. The first line is an unrelated headline"
    " (Iran, Israel). Cut ('ready to launch').",
)

# 409 Saudi Press: the same letter.
write(
    "409_saudipress_spain-rejects-5-percent-unreasonable",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            "2025-06-19",
            "Spain has rejected a NATO proposal to spend 5 percent of gross domestic product on"
            " defense needs, calling it 'unreasonable.' In a letter sent to NATO"
            " Secretary-General Mark Rutte, Prime Minister Pedro Sánchez stated that Spain cannot"
            " commit to a specific spending target in terms of GDP at the upcoming NATO summit."
            " [...] Sánchez called for a 'more flexible formula' that would either make the new"
            " spending target optional or exclude Spain from its application.",
            approximate=True,
            speaker="Pedro Sánchez",
            alt_stances=["opposed"],
            note=SPAIN_NOTE + " No date in the text: the letter before 'the upcoming NATO"
            " summit' (19 June 2025), approximate.",
        ),
    ],
    ["US", "NATO", "UA", "RU"],
    "Saudi Press page, undated. 'Most US allies in NATO are on track to endorse' names none;"
    " Trump's demand is the organiser's, not coded. Spain's plan to reach 2% (10.5 billion"
    " euros) is the old target, not a position on 5%. Cut ('and so').",
)

# 410 Saudi Press: the deal of Sunday 22 June 2025, Spain's exemption claim.
write(
    "410_saudipress_nato-spending-deal-spain-exemption",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            "2025-06-22",
            "Madrid insists it will not meet the five percent of GDP demanded by US President"
            " Donald Trump. [...] However, Madrid insisted that it would not need to hit the five"
            " percent of GDP demanded by US President",
            speaker="Pedro Sanchez",
            alt_stances=["opposed"],
            note="'will not meet the five percent' = declined. 'on Sunday', before the summit"
            " 'starting on Tuesday in The Hague' (24 June 2025) = 22 June 2025.",
        ),
        st(
            "ES",
            "committed",
            "2025-06-22",
            "After several days of wrangling involving Sanchez and Rutte, officials said Spain on"
            " Sunday signed off on the pledge.",
            alt_stances=["conditional"],
            optional=True,
            note="'signed off on the pledge' (the allied text), with Madrid's claim that only"
            " the countries that opted in are covered: an editor may record the signature as"
            " committed (conditional defensible) or record only the refusal (optional). Spain"
            " says two things in one article: both kept.",
        ),
    ],
    ["US", "NATO", "IR"],
    "Saudi Press page, undated; 'NATO on Sunday signed off' before the summit opening on Tuesday"
    " 24 June 2025. Trump's warning ('Spain has to pay what everybody else has to pay') is the"
    " organiser's demand, not coded. 'NATO diplomats' unnamed. Not cut.",
)

# 411 Nexus News: Al Jazeera copy (source URL dated 2025-06-19).
write(
    "411_nexusnews_spain-rejects-counterproductive",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            "2025-06-19",
            "Spain’s Prime Minister Pedro Sanchez has rejected NATO’s proposed defence spending"
            " target of 5 percent of GDP [...] Sanchez wrote to NATO Secretary-General Mark"
            " Rutte, urging a more flexible framework, saying committing to a 5% target would be"
            " “unreasonable” and “counterproductive”.",
            speaker="Pedro Sanchez",
            alt_stances=["opposed"],
            note=SPAIN_NOTE + " Dated from the source URL the text gives"
            " (aljazeera.com/economy/2025/6/19/...).",
        ),
    ],
    ["US", "NATO", "EU"],
    "Aggregator rewrite of Al Jazeera, undated page; the text ends with its source URL (dated"
    " 2025/6/19). The US 3.38% estimate is its current spending, not a position on the target."
    " 'Spain's left-wing parties' are not the government. 'A senior European official' unnamed.",
)

# 412 Astro Awani: video blurb, Cuerpo after the summit.
write(
    "412_astroawani_spain-rejects-no-consequences",
    T,
    "unknown",
    [
        st(
            "ES",
            "declined",
            "2025-06",
            "Spain’s Economy Minister Carlos Cuerpo says rejecting NATO’s 5% GDP defense spending"
            " target will have no repercussions",
            approximate=True,
            speaker="Carlos Cuerpo",
            alt_stances=["considering"],
            note="Spain's rejection of the target, confirmed by its economy minister = declined;"
            " 'open to reviewing spending if NATO updates its requirements' makes considering"
            " defensible. Undated video page; June 2025 (around The Hague summit) estimated,"
            " approximate.",
        ),
    ],
    ["NATO"],
    "Astro Awani video page: a headline and a one-sentence blurb; undated. Ends with stray"
    " quotation marks as stored.",
)
