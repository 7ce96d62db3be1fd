"""Gold for the ratify-tpnw articles (1201-1204)."""

from gold_common import st, write

T = "ratify-tpnw"

# The names as the pages spell them ("Guatamala", "Lichtenstein", "Phillipines" kept).
ISO = {
    "Algeria": "DZ",
    "Angola": "AO",
    "Antigua & Barbuda": "AG",
    "Austria": "AT",
    "Bangladesh": "BD",
    "Benin": "BJ",
    "Bolivia": "BO",
    "Botswana": "BW",
    "Brazil": "BR",
    "Brunei": "BN",
    "Cabo Verde": "CV",
    "Cambodia": "KH",
    "Central African Republic": "CF",
    "Chile": "CL",
    "Colombia": "CO",
    "Comoros": "KM",
    "Congo": "CG",
    "Cook Islands": "CK",
    "Costa Rica": "CR",
    "Cote d’Ivoire": "CI",
    "Cuba": "CU",
    "Democratic Republic of the Congo": "CD",
    "Dominica": "DM",
    "Dominican Republic": "DO",
    "Ecuador": "EC",
    "El Salvador": "SV",
    "Fiji": "FJ",
    "Gambia": "GM",
    "Ghana": "GH",
    "Grenada": "GD",
    "Guatamala": "GT",
    "Guatemala": "GT",
    "Guinea- Bissau": "GW",
    "Guyana": "GY",
    "Holy See": "VA",
    "Honduras": "HN",
    "Indonesia": "ID",
    "Ireland": "IE",
    "Jamaica": "JM",
    "Kazakhstan": "KZ",
    "Kiribati": "KI",
    "Laos": "LA",
    "Lesotho": "LS",
    "Libya": "LY",
    "Lichtenstein": "LI",
    "Liechtenstein": "LI",
    "Madagascar": "MG",
    "Malawi": "MW",
    "Malaysia": "MY",
    "Maldives": "MV",
    "Mexico": "MX",
    "Myanmar": "MM",
    "Namibia": "NA",
    "Nepal": "NP",
    "New Zealand": "NZ",
    "Nicaragua": "NI",
    "Nigeria": "NG",
    "Palau": "PW",
    "Palestine": "PS",
    "Panama": "PA",
    "Paraguay": "PY",
    "Peru": "PE",
    "Philippines": "PH",
    "Phillipines": "PH",
    "Saint Kitts and Nevis": "KN",
    "Saint Lucia": "LC",
    "Saint Vincent and the Grenadines": "VC",
    "Samoa": "WS",
    "San Marino": "SM",
    "Sao Tome and Principe": "ST",
    "Sao Tome & Principe": "ST",
    "Seychelles": "SC",
    "South Africa": "ZA",
    "Tanzania": "TZ",
    "Thailand": "TH",
    "Timor-Leste": "TL",
    "Togo": "TG",
    "Trinidad and Tobago": "TT",
    "Tuvalu": "TV",
    "Uruguay": "UY",
    "Vanuatu": "VU",
    "Venezuela": "VE",
    "Vietnam": "VN",
    "Zambia": "ZM",
}


def names(line):
    """The country names of a comma list ('A, B and C')."""
    return [n.strip() for n in line.replace(" and Venezuela", ", Venezuela").split(", ")]


# 1201 CND, undated (the opening for signature, 20 September 2017).
SIGNED_1201 = names(
    "Algeria, Austria, Bangladesh, Brazil, Cabo Verde, Central African Republic, Chile,"
    " Comoros, Congo, Costa Rica, Cote d’Ivoire, Cuba, Democratic Republic of the Congo,"
    " Ecuador, El Salvador, Fiji, Gambia, Ghana, Guatamala, Guyana, Holy See, Honduras,"
    " Indonesia, Ireland, Kiribati, Libya, Lichtenstein, Madagascar, Malawi, Malaysia, Mexico,"
    " Nepal, New Zealand, Nigeria, Palau, Palestine, Panama, Paraguay, Peru, Phillipines,"
    " Samoa, San Marino, Sao Tome and Principe, South Africa, Thailand, Togo, Tuvalu, Uruguay,"
    " Vanuatu and Venezuela"
)
RATIFIED_1201 = ["Guyana", "Holy See", "Thailand"]
assert len(SIGNED_1201) == 50
write(
    "1201_cnduk_tpnw-opens-for-signature-50-states-sign",
    T,
    "unknown",
    [
        st(
            ISO[n],
            "committed",
            "2017-09-20",
            "On 20 September 2017, the Treaty on the Prohibition of Nuclear Weapons opened for"
            " signature [...] Signed on 20th September [...] "
            + n
            + (" [...] Ratified on 20th September" if n in RATIFIED_1201 else ""),
            note="Signed on 20 September 2017 = committed"
            + (
                " (and ratified the same day: one statement, rule 5)."
                if n in RATIFIED_1201
                else "."
            )
            + (" Palestine, a party in its own right, is coded." if n == "Palestine" else ""),
        )
        for n in SIGNED_1201
    ],
    [],
    "The page lists the 50 signatories of the opening day, 20 September 2017, and the three that"
    " ratified that day (Guyana, the Holy See, Thailand): each signatory committed, dated the"
    " day the text names. The page's misspellings ('Guatamala', 'Lichtenstein', 'Phillipines')"
    " are kept in the evidence.",
)

# 1202 CND diplomatic diary of June 2019 (the URL gives only the month): a status list.
RATIFIED_1202 = names(
    "Austria, Cook Islands, Costa Rica, Cuba, El Salvador, Gambia, Guyana, Holy See,"
    " Kazakhstan, Mexico, New Zealand, Nicaragua, Palau, Palestine, Panama, Saint Lucia, Samoa,"
    " San Marino, South Africa, Thailand, Uruguay, Vanuatu, Venezuela, Vietnam"
)
SIGNED_1202 = names(
    "Algeria, Angola, Antigua & Barbuda, Bangladesh, Benin, Bolivia, Brazil, Brunei, Cabo"
    " Verde, Cambodia, Central African Republic, Chile, Colombia, Comoros, Congo, Cote"
    " d’Ivoire, Democratic Republic of the Congo, Dominican Republic, Ecuador, Fiji, Ghana,"
    " Guatemala, Guinea- Bissau, Honduras, Indonesia, Ireland, Jamaica, Kiribati, Laos, Libya,"
    " Liechtenstein, Madagascar, Malawi, Malaysia, Myanmar, Namibia, Nepal, Nigeria, Paraguay,"
    " Peru, Philippines, Saint Vincent and the Grenadines, Sao Tome & Principe, Seychelles,"
    " Timor-Leste, Togo, Tuvalu"
)
assert len(RATIFIED_1202) == 24 and len(SIGNED_1202) == 47
write(
    "1202_cnduk_tpnw-signature-and-ratification-updates",
    T,
    "unknown",
    [
        st(
            ISO[n],
            "committed",
            "2019-06",
            "Signed and ratified: [...] " + n,
            approximate=True,
            optional=True,
            note="Listed as having signed and ratified (a status, no time cue): committed,"
            " optional; the page's month (June 2019, from its URL), approximate.",
        )
        for n in RATIFIED_1202
    ]
    + [
        st(
            ISO[n],
            "committed",
            "2019-06",
            "Signed, not ratified: [...] " + n,
            approximate=True,
            optional=True,
            note="Listed as signed, not ratified (a status; signing is the pledge): committed,"
            " optional; the page's month, approximate.",
        )
        for n in SIGNED_1202
    ],
    [],
    "A status list of June 2019: 24 states that signed and ratified (the Cook Islands acceded)"
    " and 47 that signed only. Each is committed (signing or ratifying is the pledge), but the"
    " page reports a standing status, not an act of its time: optional, like set K's list of"
    " Taiwan's allies, dated the page's month (approximate). 'Guinea- Bissau' kept as written."
    " The UK councils' motions are not countries' positions.",
)

# 1203 World March, undated: the high-level ceremony of 26 September 2019 ("Today").
EV_R = "We are pleased to report that 5 states ratified the treaty at this event [...] "
EV_S = "The following states signed the Treaty: "
RAT = {"Bangladesh": "BD", "Kiribati": "KI", "Laos": "LA"}
SIG = {
    "Botswana": "BW",
    "Dominica": "DM",
    "Grenada": "GD",
    "Lesotho": "LS",
    "Saint Kitts and Nevis": "KN",
    "Tanzania": "TZ",
    "Zambia": "ZM",
}
statements_1203 = [
    st(
        c,
        "committed",
        "2019-09-26",
        EV_R + "The states that ratified the treaty today are: [...] " + n,
        approximate=True,
        note="Ratified at the ceremony of 26 September 2019 (the text's first line names the"
        " day; 'today' on an undated page): committed.",
    )
    for n, c in RAT.items()
]
statements_1203 += [
    st(
        c,
        "committed",
        "2019-09-26",
        EV_R + "Maldives [...] Trinidad and Tobago (as these last two States signed and ratified"
        " the Treaty during the ceremony)",
        approximate=True,
        note="Signed and ratified at the ceremony: one statement (rule 5), committed.",
    )
    for c in ("MV", "TT")
]
statements_1203 += [
    st(
        c,
        "committed",
        "2019-09-26",
        EV_S + "[...] " + n,
        approximate=True,
        note="Signed at the ceremony of 26 September 2019: committed."
        + (" The bullet list spells it 'Granada'." if c == "GD" else ""),
    )
    for n, c in SIG.items()
]
statements_1203.append(
    st(
        "EC",
        "committed",
        "2019-09-25",
        "These states are also joined by Ecuador, which became the 27th State to ratify the"
        " Treaty on September 25, one day before the ceremony.",
        note="Ratified on 25 September (2019, the ceremony's year): committed.",
    )
)
write(
    "1203_theworldmarch_tpnw-high-level-ceremony-ratifications-signatures",
    T,
    "unknown",
    statements_1203,
    [],
    "An undated post on the high-level ceremony of 26 September 2019 (its first line): five"
    " ratifications and nine signatures 'today', and Ecuador's ratification the day before."
    " Each is committed; the day comes from the text's first line, flagged approximate since"
    " the page itself is undated. The Maldives and Trinidad and Tobago signed and ratified:"
    " one statement each.",
)

# 1204 Top News Today (TASS), 26 October 2020 ("on Monday" = the page's date).
write(
    "1204_topnewstoday_japan-does-not-intend-to-join-nuclear-ban-treaty",
    T,
    "2020-10-26",
    [
        st(
            "JP",
            "declined",
            "2020-10-26",
            "Japan does not intend to join the Treaty for the Prohibition of Nuclear Weapons"
            " [...] This was announced on Monday at a regular press conference by the General"
            " Secretary of the Cabinet of Ministers Katsunobu Kato. [...] our country will not"
            " sign it. We have repeatedly voiced this, there are no changes in our position",
            speaker="Katsunobu Kato, Chief Cabinet Secretary",
            note="'will not sign it' = declined. 'on Monday' = 26 October 2020, the page's date.",
        )
    ],
    ["RU", "GB", "CN", "US", "FR"],
    "Japan's refusal, announced on Monday 26 October 2020. The nuclear powers are named only as"
    " not involved in the negotiations and, as an unnamed group, 'not going to sign' in the"
    " author's words beside Japan: mentioned, not coded (rule 1).",
)
