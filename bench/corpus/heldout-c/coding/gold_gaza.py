"""Gold for the gaza-stabilization-force articles (404-407)."""

from gold_common import st, write

T = "gaza-stabilization-force"

# 404 Antiwar.com: the Washington Post on countries backing out (November 2025, estimated).
write(
    "404_antiwar_gaza-force-struggles",
    T,
    "unknown",
    [
        st(
            "ID",
            "committed",
            "2025-11",
            "An Indonesian Foreign Ministry official told the Post that Indonesia would be willing"
            " to send 1,200, but added that some officers are “really hesitant” to deploy to Gaza",
            ["ground"],
            approximate=True,
            speaker="an Indonesian Foreign Ministry official",
            troops={"min": 1200, "max": 1200, "text": "1,200"},
            alt_stances=["considering"],
            alt_dates=["2025-10", "2025-12"],
            note="'would be willing to send 1,200' = committed (the walk-back from 20,000 is a"
            " smaller pledge, not a refusal); 'really hesitant' officers make considering"
            " defensible. Undated page: November 2025 estimated from the Post report it relays,"
            " approximate.",
        ),
        st(
            "AZ",
            "conditional",
            "2025-11",
            "According to a report from Reuters, Azerbaijan is only willing to send troops if"
            " there’s a complete halt to military action in the Strip",
            ["ground"],
            approximate=True,
            conditions=["a complete halt to military action in the Strip"],
            alt_dates=["2025-10", "2025-12"],
            note="'only willing to send troops if there's a complete halt' = conditional."
            " 'Other countries that have said they're willing ... include Azerbaijan and Pakistan,"
            " but they have expressed skepticism' is the same position.",
        ),
        st(
            "PK",
            "conditional",
            "2025-11",
            "Pakistan said on Sunday that it would be willing to send troops to commit to a"
            " peacekeeping force but not if its soldiers had to disarm Hamas.",
            ["ground"],
            approximate=True,
            speaker="Ishaq Dar",
            conditions=["its soldiers do not have to disarm Hamas"],
            alt_stances=["committed"],
            alt_dates=["2025-10", "2025-12"],
            note="Willing to send troops but not to disarm Hamas = conditional (committed with a"
            " limit defensible). 'on Sunday' cannot be placed without the page date: month"
            " estimated, approximate.",
        ),
    ],
    ["US", "IL", "PS"],
    "Undated Antiwar.com news post relaying The Washington Post, Reuters and The Cradle. 'a US"
    " official' speaks for the organiser: not coded. 'no Arab countries have committed' names"
    " none. Cut ('they do not').",
)

# 405 Jewish TV Channel: Israel Hayom via JNS, late October 2025.
write(
    "405_jewishtvchannel_azerbaijan-indonesia-core-of-force",
    T,
    "unknown",
    [
        st(
            "SA",
            "declined",
            "2025-10",
            "Saudi Arabia and the United Arab Emirates declined to participate in the mission.",
            approximate=True,
            note="Reported as fact by the author (Israel Hayom) = declined. Undated page; the"
            " Vance-Netanyahu talks it follows were in late October 2025, approximate.",
        ),
        st(
            "AE",
            "declined",
            "2025-10",
            "Saudi Arabia and the United Arab Emirates declined to participate in the mission.",
            approximate=True,
            note="As SA.",
        ),
        st(
            "ID",
            "conditional",
            "2025-10",
            "One obstacle is Indonesia’s insistence that any international force must be"
            " authorized by a U.N. Security Council resolution.",
            ["ground"],
            approximate=True,
            conditions=["authorisation by a UN Security Council resolution"],
            alt_stances=["committed"],
            optional=True,
            note="Indonesia insists on a UN Security Council mandate for the force it is"
            " coordinating troops for = conditional. 'expected to form the core' is an"
            " expectation, not coded; the only position of Indonesia's own is the insistence,"
            " so an editor could also record nothing (optional).",
        ),
    ],
    ["IL", "TR", "AZ", "US", "QA", "FR", "PS", "UN"],
    "Undated tag page holding an Israel Hayom (JNS) article of late October 2025. Azerbaijan and"
    " Indonesia 'expected to form the core' (expectation, not coded except Indonesia's own"
    " condition). Israel vetoing Turkish troops and the US accepting it: a stance of neither;"
    " 'Turkish forces will not take part' follows the veto. The US (organiser, no US troops) and"
    " Qatar ('never considered') not coded. France's push for a Palestinian state is another"
    " issue. Cut ('Inten').",
)

# 406 Anewz: Reuters/Politico, mid-October 2025.
talks = (
    "Indonesia, Azerbaijan, and Pakistan are in early talks to provide troops for an"
    " international stabilization force in the Gaza Strip, according to U.S. officials and"
    " reporting by Politico."
)
talks_note = (
    "'in early talks to provide troops', 'expressed the most interest', 'no firm commitments'"
    " = considering (undecided defensible). The source is US officials, not the country, and the"
    " embassies declined to comment: optional. Mid-October 2025 (after the 13 October summit),"
    " approximate."
)
write(
    "406_anewz_indonesia-azerbaijan-pakistan-in-talks",
    T,
    "unknown",
    [
        st(
            "ID",
            "considering",
            "2025-10",
            talks,
            ["ground"],
            approximate=True,
            alt_stances=["undecided"],
            optional=True,
            alt_dates=["2025-10-13"],
            note=talks_note + " Prabowo 'showed support for the initiative' at the 13 October"
            " summit (alt date).",
        ),
        st(
            "AZ",
            "considering",
            "2025-10",
            talks,
            ["ground"],
            approximate=True,
            alt_stances=["undecided"],
            optional=True,
            note=talks_note,
        ),
        st(
            "PK",
            "considering",
            "2025-10",
            talks,
            ["ground"],
            approximate=True,
            alt_stances=["undecided"],
            optional=True,
            note=talks_note,
        ),
    ],
    ["US", "IL", "EG", "JO", "QA", "AE", "PS"],
    "Anewz copy of Reuters/Politico, undated page (mid-October 2025 from 'the Gaza International"
    " Peace Summit on 13 October'). Egypt and Jordan give 'input' to the plan; Egyptian, Qatari"
    " and Emirati troops work at the coordination centre, not in the force: not coded. The US"
    " (organiser, no troops inside Gaza) not coded. Cut ('remains of hostages').",
)

# 407 Jewish News: after the UN Security Council resolution (17 November 2025).
write(
    "407_jewishnews_azerbaijan-indonesia-likely-contributors",
    T,
    "unknown",
    [
        st(
            "ID",
            "committed",
            "2025-09",
            "Indonesia has been the only country to publicly express its readiness to"
            " participate in the ISF, even declaring that it is prepared to dispatch 20,000 troops.",
            ["ground"],
            approximate=True,
            troops={"min": 20000, "max": 20000, "text": "20,000 troops"},
            alt_dates=["2025-11"],
            note="'publicly express its readiness', 'prepared to dispatch 20,000 troops' ="
            " committed. Vague past ('has been'): estimated September 2025 (the offer preceded"
            " the resolution), approximate; the publication month as alt date.",
        ),
        st(
            "AZ",
            "conditional",
            "2025-11",
            "Azeri official indicates Baku has many of the same conditions preventing Arab"
            " countries from joining mission [...] Indonesia and Azerbaijan appeared unfazed,"
            " responding positively enough to Washington’s engagement on the matter",
            ["ground"],
            approximate=True,
            speaker="an Azerbaijani official",
            conditions=["the conditions that keep Arab countries out (not spelled out)"],
            alt_stances=["considering"],
            note="An Azerbaijani official sets conditions ('many of the same conditions') on a"
            " positive response = conditional; considering defensible. Waltz naming both as"
            " 'potential contributors' is the US view, not coded. November 2025 (the Security"
            " Council adopted the mandate on 17 November), approximate.",
        ),
    ],
    ["US", "IL", "QA", "PS", "UN", "AF"],
    "Jewish News copy of a Times of Israel report datelined Doha, undated page; after the Security"
    " Council vote on the ISF mandate (17 November 2025). 'Arab countries ... have held off'"
    " names none. The photo caption (Azerbaijani troops back from Afghanistan, 2016) is not a"
    " position. Cut ('since the Sec').",
)
