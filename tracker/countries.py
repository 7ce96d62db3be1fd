"""Country resolution: any name, variant or code to an ISO 3166-1 alpha-2 code and name.

Sources, all installed from wheels (no compiler):
- `countrynames` (about 27,000 curated aliases in many languages, including Holland,
  Turkey/Türkiye, UK, Czech Republic, alpha-3 codes and common misspellings);
- `babel` (CLDR's common English name of each territory, "Russia" rather than "Russian
  Federation");
- `countryinfo` (each state's capital, so that "Kyiv", "Rome" or "Ankara" name their
  governments as "Paris" and "Berlin" do);
- the three-letter codes news and sport use (IOC and FIFA: GER, NED, SUI ...), the few
  dozen that differ from ISO alpha-3, listed below.
Three organisations that take positions are pseudo-countries: EU, NATO, UN.

Rules, the same for every state:
- ISO alpha-2 and alpha-3 codes always win; a sport code never shadows an ISO code
  (BRN stays Brunei; Bahrain is BHR or BAH...).
- A capital names its state's government; its name is taken as the data gives it, also
  without "City", "City of" or "D.C." ("Washington D.C.", "Washington").
- A name that belongs to several entries (the capital Brussels and the EU's seat,
  Kingston in Jamaica and Norfolk Island) is ambiguous, and so is a name that is part of
  the English names of two or more countries other than one it names exactly ("Korea":
  North and South Korea; "Congo"; "Guinea": Equatorial Guinea, Guinea-Bissau, Papua New
  Guinea, as well as Guinea itself). An ambiguous name is refused with its choices.

Reading those libraries costs about half a second, so it happens once: the index is
written to a cache file (`$TRACKER_CACHE_DIR`, else `$XDG_CACHE_HOME/tracker`, else
`~/.cache/tracker`) keyed by the installed data files, and every later lookup is a
dictionary access after a cheap Unicode fold. A code such as `FR` reads only the small
names file; commands that never name a country never load any of it.

A name that does not resolve exactly is an error listing close matches; a fuzzy match is
never accepted silently.
"""

import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from tracker.errors import UnknownCountry

INDEX_FORMAT = 2
# Organisations SPEC §1 admits as pseudo-countries, with the names editors use for them.
PSEUDO_COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "EU": ("European Union", ("EU", "European Union", "the EU", "EU27", "Brussels")),
    "NATO": ("NATO", ("NATO", "North Atlantic Treaty Organization", "OTAN", "the alliance")),
    "UN": ("United Nations", ("UN", "United Nations", "UNO", "U.N.")),
}
# Territories that countrynames or CLDR list but that are not states or pseudo-countries.
_NOT_COUNTRIES = {"ZZ", "QO", "EZ", "UN", "EU", "FAIL"}
# The three-letter codes news and sport use where they differ from ISO alpha-3: the
# IOC's National Olympic Committee codes and FIFA's trigrammes (no installable package
# carries them; countrynames and CLDR do not). England, Scotland, Wales and Northern
# Ireland (ENG, SCO, WAL, NIR) play apart but are not states, so they are not listed.
SPORT_CODES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE",),
    "AG": ("ANT",),
    "AI": ("AIA",),
    "AO": ("ANG",),
    "AS": ("ASA",),
    "AW": ("ARU",),
    "BB": ("BAR",),
    "BD": ("BAN",),
    "BF": ("BUR",),
    "BG": ("BUL",),
    "BH": ("BRN",),  # IOC; BRN is Brunei in ISO, which wins
    "BI": ("BDI",),
    "BM": ("BER",),
    "BN": ("BRU",),
    "BS": ("BAH",),
    "BT": ("BHU",),
    "BW": ("BOT",),
    "BZ": ("BIZ",),
    "CF": ("CTA",),
    "CG": ("CGO",),
    "CH": ("SUI",),
    "CL": ("CHI",),
    "CR": ("CRC",),
    "DE": ("GER",),
    "DK": ("DEN",),
    "DZ": ("ALG",),
    "FJ": ("FIJ",),
    "GD": ("GRN",),
    "GM": ("GAM",),
    "GN": ("GUI",),
    "GQ": ("GEQ", "EQG"),
    "GR": ("GRE",),
    "GT": ("GUA",),
    "GW": ("GBS",),
    "HN": ("HON",),
    "HR": ("CRO",),
    "HT": ("HAI",),
    "ID": ("INA",),
    "IR": ("IRI",),
    "KH": ("CAM",),
    "KN": ("SKN",),
    "KW": ("KUW",),
    "KY": ("CAY",),
    "LB": ("LIB",),
    "LK": ("SRI",),
    "LS": ("LES",),
    "LV": ("LAT",),
    "LY": ("LBA",),
    "MC": ("MON",),
    "MG": ("MAD",),
    "MM": ("MYA",),
    "MN": ("MGL",),
    "MR": ("MTN",),
    "MU": ("MRI",),
    "MW": ("MAW",),
    "MY": ("MAS",),
    "NE": ("NIG",),
    "NG": ("NGR",),
    "NI": ("NCA",),
    "NL": ("NED",),
    "NP": ("NEP",),
    "OM": ("OMA",),
    "PH": ("PHI",),
    "PR": ("PUR",),
    "PS": ("PLE",),
    "PT": ("POR",),
    "PY": ("PAR",),
    "SA": ("KSA",),
    "SB": ("SOL",),
    "SC": ("SEY",),
    "SD": ("SUD",),
    "SI": ("SLO",),
    "SV": ("ESA",),
    "TD": ("CHA",),
    "TG": ("TOG",),
    "TO": ("TGA",),
    "TT": ("TRI",),
    "TW": ("TPE",),
    "TZ": ("TAN",),
    "UY": ("URU",),
    "VC": ("VIN",),
    "VG": ("IVB",),
    "VI": ("ISV",),
    "VN": ("VIE",),
    "VU": ("VAN",),
    "WS": ("SAM",),
    "XK": ("KOS", "KVX"),
    "ZA": ("RSA",),
    "ZM": ("ZAM",),
    "ZW": ("ZIM",),
}
# Entries that are not states: ISO 3166-1 marks these "independent: no" (dependencies,
# special areas, Antarctica) or reserves them (AC, CP, CQ, DG, EA, IC, TA). Only states
# count when a name is shared ("China" is part of "Hong Kong SAR China", a territory, so
# it stays China; "Guinea" is part of three other states' names).
_TERRITORY_CODES = (
    "AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA FK FO GF GG GI GL GP GS GU HK HM IC "
    "IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK UM VG VI WF YT EU NATO UN"
)
TERRITORIES = frozenset(_TERRITORY_CODES.split())
# How a capital is also written without its qualifier: "Washington D.C.", "Mexico City",
# "City of San Marino".
_CAPITAL_QUALIFIERS = re.compile(r"^(city of )|( d c| city state| city)$")


@dataclass(frozen=True, slots=True)
class Country:
    """A resolved country: its code as stored and its common English name."""

    code: str
    name: str


class AmbiguousCountry(UnknownCountry):
    """A name that stands for several countries; `choices` lists them."""

    def __init__(self, text: str, choices: list[Country]) -> None:
        self.choices = choices
        listed = ", ".join(f"{c.name} ({c.code})" for c in choices)
        super().__init__(f"{text!r} is ambiguous: it may mean {listed}; give one of them")


def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation to single spaces, leading 'the' dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.sub(r"[\W_]+", " ", stripped.casefold()).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _cache_dir() -> Path:
    explicit = os.environ.get("TRACKER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tracker"


def _source_stamp() -> str:
    """Identifies the installed data files without importing them."""
    parts = [str(INDEX_FORMAT)]
    for package, relative in (
        ("countrynames", "data.py"),
        ("babel", "locale-data/en.dat"),
        ("countryinfo", "data"),
    ):
        spec = find_spec(package)
        if spec is None or spec.origin is None:
            parts.append(f"{package}-missing")
            continue
        stat = (Path(spec.origin).parent / relative).stat()
        parts.append(f"{package}-{stat.st_size}-{int(stat.st_mtime)}")
    return "_".join(parts)


def _capitals() -> dict[str, list[str]]:
    """Each territory's capital(s) as countryinfo gives them: code -> names."""
    from countryinfo import CountryInfo

    capitals: dict[str, list[str]] = {}
    for info in CountryInfo.all().values():
        iso = info.get("ISO") or {}
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        given = info.get("capital")
        if not code or not given:
            continue
        for capital in [given] if isinstance(given, str) else given:
            # "Kralendijk / Oranjestad / The Bottom": one territory, three seats.
            capitals.setdefault(code, []).extend(p.strip() for p in capital.split("/"))
    return capitals


def _name_parts(names: dict[str, str]) -> dict[str, set[str]]:
    """Every run of whole words inside each state's English name -> the states whose
    names hold it, leaving out a name that is exactly that run ("guinea" -> GQ, GW, PG)."""
    parts: dict[str, set[str]] = {}
    for code, name in names.items():
        if code in TERRITORIES:
            continue
        words = fold(name).split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                if end - start == len(words):
                    continue
                parts.setdefault(" ".join(words[start:end]), set()).add(code)
    return parts


def _build_index() -> dict[str, dict[str, str | list[str]]]:
    """Read the sources into {names: code->name, aliases: folded->code or [codes]}."""
    from babel import Locale
    from countrynames.data import DATA
    from countrynames.mappings import mappings as alpha3

    english = Locale.parse("en").territories
    names: dict[str, str] = {}
    for code in DATA:
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and code in english:
            names[code] = english[code]
    for code, (name, _aliases) in PSEUDO_COUNTRIES.items():
        names[code] = name

    offered: dict[str, set[str]] = {}

    def offer(aliases: Iterable[str], code: str) -> None:
        for alias in aliases:
            key = fold(alias)
            if key:
                offered.setdefault(key, set()).add(code)

    for code in names:
        offer(DATA.get(code, ()), code)
    for code, name in names.items():
        offer([name], code)
    for code, (_name, extra) in PSEUDO_COUNTRIES.items():
        offer(extra, code)
    for code, capitals in _capitals().items():
        if code in names:
            offer(capitals, code)
            offer((c.replace(".", "") for c in capitals), code)  # "Washington DC"
            offer((_CAPITAL_QUALIFIERS.sub("", fold(c)) for c in capitals), code)

    aliases: dict[str, str | list[str]] = {}
    parts = _name_parts(names)
    for key, codes in offered.items():
        shared = parts.get(key, set())
        if len(shared) >= 2:
            codes = codes | shared  # "Korea": a part of two names, whatever the data say
        aliases[key] = next(iter(codes)) if len(codes) == 1 else sorted(codes)
    # Codes come last: they always win over an alias that spells the same letters, and
    # an ISO code over a sport code.
    for code, sport in SPORT_CODES.items():
        if code in names:
            for letters in sport:
                aliases[fold(letters)] = code
    for code in names:
        aliases[fold(code)] = code
        if code in alpha3:
            aliases[fold(alpha3[code])] = code
    return {"names": dict(sorted(names.items())), "aliases": aliases}


def _cached(part: str) -> dict[str, str | list[str]]:
    """One part of the index ("names" is small, "aliases" large), from the cache file."""
    stamp = _source_stamp()
    path = _cache_dir() / f"countries-{part}-{stamp}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError):
        pass
    index = _build_index()
    import tempfile  # only when the cache is (re)built

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for name, content in index.items():
            target = path.parent / f"countries-{name}-{stamp}.json"
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
            ) as handle:
                json.dump(content, handle, ensure_ascii=False)
            os.replace(handle.name, target)
    except OSError:
        pass  # A read-only home still resolves names, only more slowly each time.
    return index[part]


@cache
def _names() -> dict[str, str]:
    return _cached("names")  # type: ignore[return-value]


@cache
def _aliases() -> dict[str, str | list[str]]:
    return _cached("aliases")


def country_name(code: str) -> str:
    """The common English name of a stored code (the code itself if unknown)."""
    return _names().get(code, code)


def alpha3_code(code: str) -> str | None:
    """The ISO 3166-1 alpha-3 code of a stored alpha-2 code (`DE` -> `DEU`); None for a
    code ISO does not assign (Kosovo's `XK`)."""
    from countrynames.mappings import mappings

    return mappings.get(code)


def all_countries() -> list[Country]:
    """Every code the tracker accepts, sorted by code."""
    return [Country(code, name) for code, name in _names().items()]


def aliases_of(code: str) -> list[str]:
    """The folded aliases that resolve to `code` alone, sorted."""
    return sorted(alias for alias, target in _aliases().items() if target == code)


def close_matches(text: str, limit: int = 3) -> list[Country]:
    """Countries whose names or aliases look like `text`: suggestions, never answers."""
    from rapidfuzz import fuzz, process

    aliases, names = _aliases(), _names()
    key = fold(text)
    found: list[Country] = []
    if not key:
        return found
    for alias, _score, _ in process.extract(
        key, list(aliases), scorer=fuzz.ratio, limit=40, score_cutoff=70
    ):
        target = aliases[alias]
        for code in [target] if isinstance(target, str) else target:
            if all(c.code != code for c in found):
                found.append(Country(code, names[code]))
        if len(found) >= limit:
            break
    return found[:limit]


def resolve_country(text: str) -> Country:
    """Resolve a name, alias or code exactly, or raise `UnknownCountry` with suggestions
    (`AmbiguousCountry` with the choices for a name that stands for several)."""
    if type(text) is str:
        return _resolve_text(text)
    return _resolve_text.__wrapped__(text)


@lru_cache(maxsize=4096)
def _resolve_text(text: str) -> Country:
    # Pure once the index is read (it is, for the process): a name resolves to the same
    # frozen Country every time. Errors are not cached: they are raised anew, the same.
    names = _names()
    upper = text.strip().upper()
    if upper in names:  # the common case, a stored code, never reads the alias file
        return Country(upper, names[upper])
    target = _aliases().get(fold(text))
    if isinstance(target, str):
        return Country(target, names[target])
    if target is not None:
        raise AmbiguousCountry(text, [Country(code, names[code]) for code in target])
    suggestions = close_matches(text)
    hint = ""
    if suggestions:
        hint = "; did you mean " + ", ".join(f"{c.name} ({c.code})" for c in suggestions) + "?"
    raise UnknownCountry(f"unknown country {text!r}{hint}")
