"""Country resolution: any name, variant or code to an ISO 3166-1 alpha-2 code and name.

Sources: `countrynames` (about 27,000 curated aliases in many languages, including
Holland, Turkey/Türkiye, UK, Czech Republic, alpha-3 codes and common misspellings) and
`babel` (CLDR's common English name of each territory, "Russia" rather than "Russian
Federation"). Three organisations that take positions are pseudo-countries: EU, NATO, UN.

Reading those libraries costs about half a second (countrynames normalises every alias
through ICU), so it happens once: the index is written to a cache file
(`$TRACKER_CACHE_DIR`, else `$XDG_CACHE_HOME/tracker`, else `~/.cache/tracker`) keyed by
the installed data files, and every later lookup is a dictionary access after a cheap
Unicode fold. Commands that never name a country never load any of it.

A name that does not resolve exactly is an error listing close matches; a fuzzy match is
never accepted silently.
"""

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from tracker.errors import UnknownCountry

INDEX_FORMAT = 1
# Organisations SPEC §1 admits as pseudo-countries, with the names editors use for them.
PSEUDO_COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "EU": ("European Union", ("EU", "European Union", "the EU", "EU27", "Brussels")),
    "NATO": ("NATO", ("NATO", "North Atlantic Treaty Organization", "OTAN", "the alliance")),
    "UN": ("United Nations", ("UN", "United Nations", "UNO", "U.N.")),
}
# Territories that countrynames or CLDR list but that are not states or pseudo-countries.
_NOT_COUNTRIES = {"ZZ", "QO", "EZ", "UN", "EU", "FAIL"}


@dataclass(frozen=True, slots=True)
class Country:
    """A resolved country: its code as stored and its common English name."""

    code: str
    name: str


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
    for package, relative in (("countrynames", "data.py"), ("babel", "locale-data/en.dat")):
        spec = find_spec(package)
        if spec is None or spec.origin is None:
            parts.append(f"{package}-missing")
            continue
        stat = (Path(spec.origin).parent / relative).stat()
        parts.append(f"{package}-{stat.st_size}-{int(stat.st_mtime)}")
    return "_".join(parts)


def _build_index() -> dict[str, dict[str, str]]:
    """Read countrynames and babel into {names: code->name, aliases: folded->code}."""
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

    aliases: dict[str, str] = {}
    ambiguous: set[str] = set()

    def offer(alias: str, code: str) -> None:
        key = fold(alias)
        if not key or key in ambiguous:
            return
        if aliases.setdefault(key, code) != code:
            ambiguous.add(key)
            del aliases[key]

    for code in names:
        for alias in DATA.get(code, ()):
            offer(alias, code)
    for code, name in names.items():
        offer(name, code)
    for code, (_name, extra) in PSEUDO_COUNTRIES.items():
        for alias in extra:
            offer(alias, code)
    # Codes always win over an alias that happens to spell the same letters.
    for code in names:
        aliases[fold(code)] = code
        if code in alpha3:
            aliases[fold(alpha3[code])] = code
    return {"names": dict(sorted(names.items())), "aliases": aliases}


def _cached(part: str) -> dict[str, str]:
    """One part of the index ("names" is small, "aliases" large), from the cache file."""
    path = _cache_dir() / f"countries-{part}-{_source_stamp()}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    index = _build_index()
    import tempfile  # only when the cache is (re)built

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for name, content in index.items():
            target = _cache_dir() / f"countries-{name}-{_source_stamp()}.json"
            with tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
            ) as handle:
                json.dump(content, handle, ensure_ascii=False)
            os.replace(handle.name, target)
    except OSError:
        pass  # A read-only home still resolves names, only more slowly each time.
    return index[part]  # type: ignore[return-value]


@cache
def _names() -> dict[str, str]:
    return _cached("names")


@cache
def _aliases() -> dict[str, str]:
    return _cached("aliases")


def country_name(code: str) -> str:
    """The common English name of a stored code (the code itself if unknown)."""
    return _names().get(code, code)


def all_countries() -> list[Country]:
    """Every code the tracker accepts, sorted by code."""
    return [Country(code, name) for code, name in _names().items()]


def aliases_of(code: str) -> list[str]:
    """The folded aliases that resolve to `code`, sorted."""
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
        code = aliases[alias]
        if all(c.code != code for c in found):
            found.append(Country(code, names[code]))
        if len(found) == limit:
            break
    return found


def resolve_country(text: str) -> Country:
    """Resolve a name, alias or code exactly, or raise `UnknownCountry` with suggestions."""
    names = _names()
    upper = text.strip().upper()
    if upper in names:  # the common case, a stored code, never reads the alias file
        return Country(upper, names[upper])
    code = _aliases().get(fold(text))
    if code is not None:
        return Country(code, names[code])
    suggestions = close_matches(text)
    hint = ""
    if suggestions:
        hint = "; did you mean " + ", ".join(f"{c.name} ({c.code})" for c in suggestions) + "?"
    raise UnknownCountry(f"unknown country {text!r}{hint}")
