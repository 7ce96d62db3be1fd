"""Check the held-out gold files: JSON loads, codes, vocabularies, dates, evidence quoted exactly."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ISO = set(
    [
        "AD",
        "AE",
        "AF",
        "AG",
        "AI",
        "AL",
        "AM",
        "AO",
        "AQ",
        "AR",
        "AS",
        "AT",
        "AU",
        "AW",
        "AX",
        "AZ",
        "BA",
        "BB",
        "BD",
        "BE",
        "BF",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BL",
        "BM",
        "BN",
        "BO",
        "BQ",
        "BR",
        "BS",
        "BT",
        "BV",
        "BW",
        "BY",
        "BZ",
        "CA",
        "CC",
        "CD",
        "CF",
        "CG",
        "CH",
        "CI",
        "CK",
        "CL",
        "CM",
        "CN",
        "CO",
        "CR",
        "CU",
        "CV",
        "CW",
        "CX",
        "CY",
        "CZ",
        "DE",
        "DJ",
        "DK",
        "DM",
        "DO",
        "DZ",
        "EC",
        "EE",
        "EG",
        "EH",
        "ER",
        "ES",
        "ET",
        "FI",
        "FJ",
        "FK",
        "FM",
        "FO",
        "FR",
        "GA",
        "GB",
        "GD",
        "GE",
        "GF",
        "GG",
        "GH",
        "GI",
        "GL",
        "GM",
        "GN",
        "GP",
        "GQ",
        "GR",
        "GS",
        "GT",
        "GU",
        "GW",
        "GY",
        "HK",
        "HM",
        "HN",
        "HR",
        "HT",
        "HU",
        "ID",
        "IE",
        "IL",
        "IM",
        "IN",
        "IO",
        "IQ",
        "IR",
        "IS",
        "IT",
        "JE",
        "JM",
        "JO",
        "JP",
        "KE",
        "KG",
        "KH",
        "KI",
        "KM",
        "KN",
        "KP",
        "KR",
        "KW",
        "KY",
        "KZ",
        "LA",
        "LB",
        "LC",
        "LI",
        "LK",
        "LR",
        "LS",
        "LT",
        "LU",
        "LV",
        "LY",
        "MA",
        "MC",
        "MD",
        "ME",
        "MF",
        "MG",
        "MH",
        "MK",
        "ML",
        "MM",
        "MN",
        "MO",
        "MP",
        "MQ",
        "MR",
        "MS",
        "MT",
        "MU",
        "MV",
        "MW",
        "MX",
        "MY",
        "MZ",
        "NA",
        "NC",
        "NE",
        "NF",
        "NG",
        "NI",
        "NL",
        "NO",
        "NP",
        "NR",
        "NU",
        "NZ",
        "OM",
        "PA",
        "PE",
        "PF",
        "PG",
        "PH",
        "PK",
        "PL",
        "PM",
        "PN",
        "PR",
        "PS",
        "PT",
        "PW",
        "PY",
        "QA",
        "RE",
        "RO",
        "RS",
        "RU",
        "RW",
        "SA",
        "SB",
        "SC",
        "SD",
        "SE",
        "SG",
        "SH",
        "SI",
        "SJ",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SR",
        "SS",
        "ST",
        "SV",
        "SX",
        "SY",
        "SZ",
        "TC",
        "TD",
        "TF",
        "TG",
        "TH",
        "TJ",
        "TK",
        "TL",
        "TM",
        "TN",
        "TO",
        "TR",
        "TT",
        "TV",
        "TW",
        "TZ",
        "UA",
        "UG",
        "UM",
        "US",
        "UY",
        "UZ",
        "VA",
        "VC",
        "VE",
        "VG",
        "VI",
        "VN",
        "VU",
        "WF",
        "WS",
        "YE",
        "YT",
        "ZA",
        "ZM",
        "ZW",
    ]
) | {"XK", "EU", "NATO", "UN"}
STANCES = {
    "committed",
    "conditional",
    "considering",
    "undecided",
    "skeptical",
    "declined",
    "opposed",
}
CONTRIBUTIONS = set(
    [
        "ground",
        "air",
        "sea",
        "training",
        "logistics",
        "financing",
        "armament",
        "intelligence",
        "monitoring",
        "air-policing",
        "demining",
        "medical",
        "headquarters",
        "cyber",
    ]
)
KEYS = {
    "article",
    "topic",
    "topic_note",
    "published",
    "statements",
    "mentioned_without_stance",
    "notes",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def problems() -> list[str]:
    found = []
    topics = {t["slug"] for t in json.loads((HERE / "topics.json").read_text())}
    for path in sorted((HERE / "gold").glob("*.json")):
        name = path.name
        gold = json.loads(path.read_text())
        if set(gold) != KEYS:
            found.append(f"{name}: keys {sorted(gold)}")
        if gold["topic"] not in topics:
            found.append(f"{name}: topic {gold['topic']} not in topics.json")
        text_path = HERE / gold["article"]
        text = text_path.read_text()
        header = dict(line.split(": ", 1) for line in text.split("\n\n", 1)[0].splitlines())
        if header.get("published") != gold["published"]:
            found.append(f"{name}: published differs from the article header")
        if gold["published"] != "unknown" and not re.match(
            r"^\d{4}-\d{2}-\d{2}$", gold["published"]
        ):
            found.append(f"{name}: published {gold['published']}")
        for code in gold["mentioned_without_stance"]:
            if code not in ISO:
                found.append(f"{name}: mentioned code {code}")
        for s in gold["statements"]:
            where = f"{name} {s.get('country')}"
            if s["country"] in gold["mentioned_without_stance"]:
                found.append(f"{where}: both coded and mentioned-only")
            if s["country"] not in ISO:
                found.append(f"{where}: code")
            if s["stance"] not in STANCES:
                found.append(f"{where}: stance {s['stance']}")
            for alt in s.get("alt_stances", []):
                if alt not in STANCES or alt == s["stance"]:
                    found.append(f"{where}: alt stance {alt}")
            for c in s["contributions"]:
                if c not in CONTRIBUTIONS:
                    found.append(f"{where}: contribution {c}")
            for d in [s["date"], *s.get("alt_dates", [])]:
                if not DATE.match(d):
                    found.append(f"{where}: date {d}")
            if not isinstance(s["approximate"], bool):
                found.append(f"{where}: approximate")
            for piece in s["evidence"].split(" [...] "):
                if piece not in text:
                    found.append(f"{where}: evidence not in the text: {piece[:60]}")
    return found


if __name__ == "__main__":
    issues = problems()
    print("\n".join(issues) or "all gold files valid")
    sys.exit(1 if issues else 0)
