"""Gold for the ottawa-treaty-withdrawal articles (413-416)."""

from gold_common import st, write

T = "ottawa-treaty-withdrawal"
FOUR = ["PL", "LT", "LV", "EE"]
SPEAKERS = {
    "PL": "Wladyslaw Kosiniak-Kamysz",
    "LT": "Dovile Šakalienė",
    "LV": "Andris Spruds",
    "EE": "Hanno Pevkur",
}

# 413 BusinessLIVE (Reuters), 18 March 2025.
lead413 = (
    "Nato members Poland, Lithuania, Latvia and Estonia plan to withdraw from the Ottawa"
    " convention banning anti-personnel landmines due to the military threat from their"
    " neighbour Russia, the four countries said on Tuesday."
)
write(
    "413_businesslive_poland-baltics-exit-landmine-convention",
    T,
    "2025-03-18",
    [
        st(
            c,
            "committed",
            "2025-03-18",
            lead413,
            note="'plan to withdraw', announced by the four countries in a joint statement of"
            " their defence ministers = committed (each signatory gets it). 'on Tuesday' ="
            " 18 March 2025 (the page date).",
            **({"speaker": SPEAKERS["PL"]} if c == "PL" else {}),
        )
        for c in FOUR
    ],
    ["RU", "BY", "UA"],
    "BusinessLIVE copy of Reuters, dated 2025-03-18 by the store's date line and the URL. The"
    " ICRC is not a country. Kosiniak-Kamysz ('Poland's hands cannot be tied') confirms Poland."
    " Cut ('deeply troublin').",
)

# 414 RCA Telegram (AFP copy), undated: same Tuesday.
lead414 = (
    "The defence ministers for the four countries, all neighbours of Russia, said in a joint"
    " statement they recommended withdrawing from the anti-landmine Ottawa Convention"
)
stmts414 = []
for c in FOUR:
    ev = (
        "Poland and the Baltic states on Tuesday took a first step towards quitting a treaty"
        " banning anti-personnel mines [...] " + lead414
    )
    extra = {}
    note = (
        "Joint statement recommending withdrawal, 'a first step towards quitting' = committed;"
        " 'Poland and the Baltic states' / 'the four countries' = PL, EE, LV, LT. 'on"
        " Tuesday' = 18 March 2025 (the joint statement), the page being undated."
    )
    if c == "LV":
        ev += (
            " [...] The Latvian government on Tuesday officially launched the process of"
            " pulling out from the convention."
        )
        extra["speaker"] = "Evika Silina"
        note += " Latvia's cabinet decision and Silina's words confirm it: no second statement."
    if c == "PL":
        extra["speaker"] = "Wladyslaw Kosiniak-Kamysz"
    if c in ("LT", "EE"):
        extra["optional"] = True
        note += " Lithuania and Estonia are never named: optional."
    stmts414.append(st(c, "committed", "2025-03-18", ev, note=note, **extra))
stmts414.append(
    st(
        "FI",
        "considering",
        "2025-03-18",
        '"Finland is also considering such a decision, so I think that soon all the'
        " countries... in the northeastern region of NATO's flank will make a similar"
        ' decision," Kosiniak-Kamysz told reporters.',
        speaker="Wladyslaw Kosiniak-Kamysz (about Finland)",
        optional=True,
        note="'Finland is also considering such a decision' = considering, but said by Poland's"
        " minister about Finland (one country's view of another): optional.",
    )
)
write(
    "414_rcatelegram_poland-baltics-signal-withdrawal",
    T,
    "unknown",
    stmts414,
    ["RU", "UA", "US"],
    "Aggregator copy of an AFP report, undated page; 'on Tuesday' = 18 March 2025 (the joint"
    " statement). Lithuania and Estonia appear only inside 'Poland and the Baltic states' and"
    " 'the four countries'. Ukraine, the US and Russia appear as (non-)signatories. Cut"
    " ('includi').",
)

# 415 Fakti.bg (BTA), undated: 'on Tuesday' = 18 March 2025.
lead415 = (
    "Poland and the Baltic states - Lithuania, Latvia and Estonia, announced on Tuesday through"
    " a joint statement by their defense ministers that they are withdrawing from the Treaty on"
    " the Ban of Anti-Personnel Mines, known as the Ottawa Convention"
)
write(
    "415_fakti_baltic-states-poland-withdraw-ottawa",
    T,
    "unknown",
    [
        st(
            c,
            "committed",
            "2025-03-18",
            lead415,
            speaker={
                "PL": "Władysław Kościńska-Kamiś",
                "LT": "Dovile Šakaliė",
                "LV": "Andris Spruds",
                "EE": "Hanno Pevkur",
            }[c],
            note="Announced in the defence ministers' joint statement that they are withdrawing"
            " = committed. 'on Tuesday' = 18 March 2025; the page is undated. The speaker is"
            " spelled as in the (garbled) text.",
        )
        for c in FOUR
    ],
    ["RU", "UA", "BG", "NATO"],
    "English machine translation of a Bulgarian BTA report (fakti.bg), undated, with garbled"
    " names (Kościńska-Kamiś, Šakaliė). Title written from the URL slug. Lithuania's withdrawal"
    " from the Oslo cluster-munitions convention is another treaty: not coded. Bulgaria only as"
    " a signatory. Cut ('believe Warsaw,').",
)

# 416 Sherdog forum re-post of Reuters, 18 March 2025.
follow = "Other countries could follow the lead of Poland and the Baltics."
stmts416 = [
    st(
        "FI",
        "considering",
        "2025-03-18",
        "Finland, the last EU state to sign the Ottawa convention, in 2012, has said it was"
        " mulling withdrawal, citing Russia's use of such weapons in Ukraine as the reason.",
        note="'has said it was mulling withdrawal' = considering. No time cue: the page date.",
    )
]
for c in FOUR:
    stmts416.append(
        st(
            c,
            "committed",
            "2025-03-18",
            follow,
            optional=True,
            note="Only 'the lead of Poland and the Baltics' in the stored fragment (the lead"
            " paragraph is missing): committed but optional; 'the Baltics' expanded to"
            " EE/LV/LT.",
        )
    )
write(
    "416_sherdog_poland-baltic-nations-plan-to-withdraw",
    T,
    "2025-03-18",
    stmts416,
    ["RU", "UA"],
    "Forum re-post of a Reuters report (fragment: bylines, the Reuters URL twice, two"
    " sections), dated 2025-03-18 by the store's date line (which shares its line with the"
    " poster's name 'LeonardoBjj'; only the 'date 2025-03-18' part was dropped) and the URL."
    " Title written from the thread URL. Not cut.",
)
