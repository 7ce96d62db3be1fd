"""Gold for the digital-services-tax articles (1513-1518)."""

from gold_common import st, write

T = "digital-services-tax"

# 1513 Roll Call, 2021-04-06: the USTR's findings of "late last month" (March 2021).
P13 = "2021-04-06"
ADOPTED_13 = (
    "In addition to the U.K., the countries that have adopted such taxes are Austria, India,"
    " Italy, Spain and Turkey."
)
CONSIDER_13 = (
    "Others, including Brazil, the Czech Republic, the European Union and Indonesia, are"
    " considering similar proposals but have yet to adopt them."
)
write(
    "1513_rollcall_us-confronts-digital-dagger-from-overseas",
    T,
    "2021-04-06",
    [
        st(
            "GB",
            "committed",
            P13,
            "the digital tax levied by the U.K. and other countries [...] " + ADOPTED_13,
        ),
        *[st(c, "committed", P13, ADOPTED_13) for c in ["AT", "IN", "IT", "ES", "TR"]],
        *[st(c, "considering", P13, CONSIDER_13) for c in ["BR", "CZ", "EU", "ID"]],
        st(
            "FR",
            "committed",
            P13,
            "During the Trump administration, the USTR also investigated France’s digital"
            " service tax and determined that it was discriminatory",
            alt_dates=["2019-07"],
            note="France's tax, investigated 'During the Trump administration' (adopted July"
            " 2019, from outside the text); no time cue for the tax itself: the publication"
            " date.",
        ),
        st(
            "US",
            "opposed",
            "2021-03",
            "Late last month, the Biden administration signaled that it was preparing to slap a"
            " 25 percent tariff on goods imported from six countries, including the United"
            " Kingdom, in retaliation for a digital service tax [...] The Office of the U.S."
            " Trade Representative said a six-month investigation had found that the digital tax"
            " levied by the U.K. and other countries was “unreasonable, or discriminatory and"
            " burdens or restricts U.S. commerce.”",
            approximate=True,
            speaker="the Office of the U.S. Trade Representative",
            note="Rejects other countries' digital taxes (retaliatory tariffs): opposed, as the"
            " topic note says. 'Late last month': March 2021.",
        ),
    ],
    [],
    "The Internet Association is a trade group; the OECD and the G-20 are not coded.",
)

# 1514 VATupdate, 2025-08-22: a briefing of the current state, no dates of its own.
P14 = "2025-08-22"
write(
    "1514_vatupdate_global-digital-services-tax-trends-and-updates",
    T,
    "2025-08-22",
    [
        st(
            "EU",
            "considering",
            P14,
            "European Union: The EU is considering a 3% Digital Services Tax to counter US"
            " tariffs and strengthen trade negotiations.",
        ),
        st(
            "CZ",
            "considering",
            P14,
            "Czech Republic: The Czech Republic has proposed a 7% digital services tax targeting"
            " large multinational digital firms. It is intended as a temporary measure until an"
            " international consensus is reached at the OECD or EU level.",
            alt_stances=["committed"],
            note="A proposal not yet adopted: considering (committed defensible for a"
            " government's own proposal).",
        ),
        st(
            "FR",
            "committed",
            P14,
            "France’s Constitutional Council is expected to rule on the legality of the Digital"
            " Services Tax.",
            optional=True,
            note="France's existing tax appears only through the court ruling; an editor could"
            " record nothing.",
        ),
        st(
            "DE",
            "considering",
            P14,
            "Germany: Germany is considering a 10% tax on digital services from tech giants like"
            " Google and Facebook.",
        ),
        st(
            "IT",
            "committed",
            P14,
            "Italy: Italy has issued guidance on a 3% Digital Services Tax for the online gaming"
            " and betting industry.",
        ),
        st(
            "PL",
            "considering",
            P14,
            "Poland: Poland is considering a 3% digital services",
        ),
    ],
    ["US"],
    "The US appears only as the home of the companies taxed and the source of 'potential trade"
    " retaliation' (mentioned). The OECD is not coded.",
)

# 1515 Assembly Research, undated: after "2 April 2025" and the 2025 Finance Bill (spring 2025).
P15 = "2025-04"
ALT15 = ["2025-03", "2025-05"]
ROLLBACK = (
    "We’ve also updated the benchmark to reflect the rollback of digital services taxes (DSTs)"
    " in India and the Czech Republic."
)
NEWLY = (
    "a number of countries, including Canada, Italy and the Philippines, have newly adopted DST"
    " regimes or amended existing tax frameworks."
)
HIGHER = (
    "our benchmark also includes countries that tax non-local digital services at a"
    " significantly higher rate, such as Mexico (16%), the Philippines (12%) and Indonesia (11%)."
)
ABANDONED = (
    "Other jurisdictions in our benchmark, including Belgium and the EU, have previously"
    " abandoned plans to implement DST frameworks based on their commitment to OECD negotiations"
    " but may reconsider these decisions in light of the lack of progress."
)
write(
    "1515_assemblyresearch_taxing-big-tech",
    T,
    "unknown",
    [
        *[
            st(c, "declined", P15, ROLLBACK, approximate=True, alt_dates=ALT15)
            for c in ["IN", "CZ"]
        ],
        st(
            "CA",
            "committed",
            "2024-06",
            NEWLY + " In Canada, the Government moved to implement its digital tax scheme",
            approximate=True,
            alt_dates=["2024", *ALT15],
            note="'Since the deadline ... passed in June 2024': the month Canada's tax took"
            " effect (June 2024), approximate.",
        ),
        st("IT", "committed", P15, NEWLY, approximate=True, alt_dates=["2024", *ALT15]),
        st(
            "PH",
            "committed",
            P15,
            NEWLY + " [...] " + HIGHER,
            approximate=True,
            alt_dates=["2024", *ALT15],
        ),
        *[
            st(
                c,
                "committed",
                P15,
                HIGHER,
                approximate=True,
                alt_dates=ALT15,
                optional=True,
                note="A tax on non-local digital services in the benchmark of adopted"
                " frameworks (a VAT-like levy rather than a named DST); an editor could record"
                " nothing.",
            )
            for c in ["MX", "ID"]
        ],
        *[
            st(
                c,
                "declined",
                P15,
                ABANDONED,
                approximate=True,
                alt_dates=ALT15,
                alt_stances=["considering"],
                note="'abandoned plans ... but may reconsider': declined, considering defensible.",
            )
            for c in ["BE", "EU"]
        ],
        st(
            "US",
            "opposed",
            P15,
            "The US, which has long opposed a global taxation system through a Pillar One"
            " settlement, is even less likely to cooperate with negotiations under the Trump"
            " Administration. [...] The Trump Administration’s plans to introduce reciprocal"
            " tariffs on jurisdictions that tariff or tax US firms as of 2 April 2025",
            approximate=True,
            alt_dates=ALT15,
            optional=True,
            note="Opposition to Pillar One and tariffs on jurisdictions that tax US firms:"
            " against the taxes at one remove; an editor could record nothing.",
        ),
    ],
    ["BR", "CO", "NZ"],
    "'policy changes in Brazil, Colombia and New Zealand' give no stance (mentioned). The OECD"
    " is not coded. Undated page: the month of the events, approximate.",
)

# 1516 News Central, undated: Canada dropped its tax at the end of June 2025 (G7 deal of then).
P16 = "2025-06"
IMPOSED = (
    "Several major countries, including Austria, Brazil, Britain, France, India, Italy, Spain,"
    " and Turkey, have either imposed or plan to impose special taxes on large tech firms."
)
REVENUE = (
    "Britain, France, India, and Turkey have seen steady growth in the revenue generated from"
    " their DSTs."
)
write(
    "1516_newscentral_canadas-tech-tax-u-turn-leaves-europe-in-lurch",
    T,
    "unknown",
    [
        st(
            "CA",
            "declined",
            P16,
            "Canada’s decision to drop a tax on US tech giants, reportedly under pressure from"
            " Donald Trump",
            approximate=True,
            alt_dates=["2025-07"],
            note="Rescinding its tax (29 June 2025, from outside the text): declined.",
        ),
        *[
            st(
                c,
                "committed",
                P16,
                IMPOSED + " [...] " + REVENUE,
                approximate=True,
                alt_stances=["considering"],
                note="'imposed or plan to impose', and revenue from 'their DSTs'.",
            )
            for c in ["GB", "FR", "IN", "TR"]
        ],
        *[
            st(
                c,
                "committed",
                P16,
                IMPOSED,
                approximate=True,
                alt_stances=["considering"],
                note="'have either imposed or plan to impose': the text does not say which;"
                " considering accepted.",
            )
            for c in ["AT", "BR", "ES"]
        ],
        st(
            "IT",
            "committed",
            P16,
            IMPOSED + " [...] Italy’s revenue from the tax reportedly jumped by 90 per cent",
            approximate=True,
            alt_stances=["considering"],
        ),
        st(
            "US",
            "opposed",
            P16,
            "Canada’s decision to drop a tax on US tech giants, reportedly under pressure from"
            " Donald Trump",
            approximate=True,
            optional=True,
            note="Trump's pressure against Canada's tax: opposed at one remove.",
        ),
    ],
    [],
    "'approximately half of European OECD nations' are unnamed; the G7 agreement is the"
    " group's. Stiglitz and the EU Tax Observatory are not countries. Undated page: the month"
    " of the events, approximate.",
)

# 1517 FT mirror, undated: Lighthizer "unveiled on Tuesday" the investigation (2 June 2020).
P17 = "2020-06-02"
ADOPTING = (
    "The Trump administration has announced an investigation into a string of countries that are"
    " adopting digital services taxes, including the UK, Italy, Brazil, Indonesia and the EU as a"
    " bloc"
)
EXPANDING = (
    "Washington said it was now expanding the investigation to Austria, Brazil, the Czech"
    " Republic, the EU, India, Indonesia, Italy, Spain, Turkey and the UK."
)
write(
    "1517_ftcsccsc_us-investigates-countries-adopting-digital-services-taxes",
    T,
    "unknown",
    [
        *[
            st(
                c,
                "committed",
                P17,
                ADOPTING,
                approximate=True,
                alt_stances=["considering"],
                alt_dates=["2020-06"],
                note="'adopting digital services taxes': committed, considering accepted for a"
                " tax still being adopted.",
            )
            for c in ["GB", "IT", "BR", "ID", "EU"]
        ],
        *[
            st(
                c,
                "committed",
                P17,
                "a string of countries that are adopting digital services taxes [...] " + EXPANDING,
                approximate=True,
                optional=True,
                alt_stances=["considering"],
                alt_dates=["2020-06"],
                note="Only in the list of countries investigated for adopting such taxes; an"
                " editor could record nothing.",
            )
            for c in ["AT", "CZ", "IN", "ES", "TR"]
        ],
        st(
            "FR",
            "committed",
            "2019",
            "The US investigated France last year for its digital services tax plans",
            approximate=True,
            alt_stances=["considering"],
            alt_dates=["2019-07"],
            note="'last year' on a 2020 page: 2019, approximate.",
        ),
        st(
            "US",
            "opposed",
            P17,
            "The Trump administration has announced an investigation into a string of countries"
            " that are adopting digital services taxes [...] which could lead to new punitive"
            " tariffs by Washington [...] The move, unveiled on Tuesday by Robert Lighthizer,"
            " the US trade representative",
            approximate=True,
            speaker="Robert Lighthizer, US trade representative",
            alt_dates=["2020-06"],
            note="Tuesday 2 June 2020, from outside the text.",
        ),
    ],
    [],
    "Dated by the investigation's Tuesday (2 June 2020), from outside the text.",
)

# 1518 The Trust Word, 2019-05-02.
write(
    "1518_thetrustword_czech-republic-introduces-digital-tax-on-internet-giants",
    T,
    "2019-05-02",
    [
        st(
            "CZ",
            "committed",
            "2019-05-02",
            "The Czech government is introducing a seven per cent digital tax on large internet"
            " companies, such as Facebook and Google.",
            speaker="the Czech government (ministry of finance)",
            alt_stances=["considering"],
            note="'is introducing': committed; a bill not yet passed, so considering accepted.",
        ),
    ],
    [],
    "",
)
