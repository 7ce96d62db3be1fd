"""Country resolution (SPEC §1, §6): names, variants, codes, news and sport codes and
capitals; ambiguous names refused with their choices; fuzzy only as suggestions."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.countries import AmbiguousCountry, all_countries, resolve_country
from tracker.errors import UnknownCountry


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Great Britain", "GB"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("GB", "GB"),
        ("GBR", "GB"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("The Netherlands", "NL"),
        ("Holland", "NL"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("turkiye", "TR"),
        ("fr", "FR"),
        ("EU", "EU"),
        ("NATO", "NATO"),
        ("United Nations", "UN"),
        ("Russia", "RU"),
    ],
)
def test_variants_resolve(name: str, code: str) -> None:
    assert resolve_country(name).code == code


def test_names_are_common_english() -> None:
    assert resolve_country("RU").name == "Russia"
    assert resolve_country("CZ").name == "Czechia"


def test_typo_is_refused_with_suggestions() -> None:
    with pytest.raises(UnknownCountry, match=r"did you mean France \(FR\)"):
        resolve_country("Frnace")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("GER", "DE"),
        ("NED", "NL"),
        ("SUI", "CH"),
        ("DEN", "DK"),
        ("POR", "PT"),
        ("CRO", "HR"),
        ("GRE", "GR"),
        ("RSA", "ZA"),
        ("KSA", "SA"),
        ("UAE", "AE"),
        ("ger", "DE"),
    ],
)
def test_news_and_sport_codes_resolve(code: str, expected: str) -> None:
    assert resolve_country(code).code == expected


def test_an_iso_code_wins_over_a_sport_code() -> None:
    """BRN is Brunei in ISO 3166 and Bahrain at the Olympics: ISO decides."""
    assert resolve_country("BRN").code == "BN"
    assert resolve_country("BHR").code == "BH"


@pytest.mark.parametrize(
    ("name", "choices"),
    [
        ("Korea", {"KP", "KR"}),
        ("Congo", {"CD", "CG"}),
        ("Guinea", {"GN", "GQ", "GW", "PG"}),
        ("Brussels", {"BE", "EU"}),
        ("Kingston", {"JM", "NF"}),
    ],
)
def test_ambiguous_name_is_refused_with_its_choices(name: str, choices: set[str]) -> None:
    with pytest.raises(AmbiguousCountry, match="ambiguous") as refused:
        resolve_country(name)
    assert {c.code for c in refused.value.choices} == choices
    assert isinstance(refused.value, UnknownCountry)
    for code in choices:
        assert f"({code})" in str(refused.value)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("DR Congo", "CD"),
        ("Guinea-Bissau", "GW"),
        ("China", "CN"),
        ("Sudan", "SD"),
        ("Netherlands", "NL"),
    ],
)
def test_names_that_share_a_word_resolve_when_whole(name: str, code: str) -> None:
    assert resolve_country(name).code == code


@pytest.mark.parametrize(
    ("capital", "code"),
    [
        ("Kyiv", "UA"),
        ("Rome", "IT"),
        ("Ankara", "TR"),
        ("Paris", "FR"),
        ("Berlin", "DE"),
        ("Moscow", "RU"),
        ("Washington", "US"),
        ("Washington D.C.", "US"),
        ("Warsaw", "PL"),
        ("Vilnius", "LT"),
        ("Prague", "CZ"),
    ],
)
def test_capitals_name_their_governments(capital: str, code: str) -> None:
    assert resolve_country(capital).code == code


def test_every_state_with_a_capital_resolves_by_it() -> None:
    """One rule for every state: each capital the data gives resolves to its state, or
    is refused as ambiguous naming it among the choices; never unknown, never another."""
    from countryinfo import CountryInfo

    checked = 0
    for info in CountryInfo.all().values():
        iso = info.get("ISO")
        code = iso.get("alpha2") if isinstance(iso, dict) else None
        capital = info.get("capital")
        if code not in {c.code for c in all_countries()} or not isinstance(capital, str):
            continue
        for name in (part.strip() for part in capital.split("/")):
            if not name:
                continue
            try:
                assert resolve_country(name).code == code, name
            except AmbiguousCountry as refused:
                assert code in {c.code for c in refused.choices}, name
            checked += 1
    assert checked > 190


def test_a_stored_code_never_reads_the_alias_file(tmp_path: Path) -> None:
    """Start-up stays cheap: with a warm cache, `FR` is answered from the small names
    file; the large alias file is neither read nor rebuilt."""
    env = {**os.environ, "TRACKER_CACHE_DIR": str(tmp_path)}
    warm = "from tracker.countries import resolve_country; resolve_country('Holland')"
    subprocess.run([sys.executable, "-c", warm], env=env, check=True)
    (aliases,) = tmp_path.glob("countries-aliases-*.json")
    aliases.unlink()
    code = (
        "import sys\n"
        "from tracker.countries import resolve_country\n"
        "print(resolve_country('FR').name, 'countrynames' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
    )
    assert done.stdout.split() == ["France", "False"]
    assert not list(tmp_path.glob("countries-aliases-*.json"))


def test_every_name_and_code_resolves_to_its_country() -> None:
    """Each accepted code, its common English name and its alpha-3 resolve to it (or, for
    a name shared by several, are refused naming it among the choices)."""
    for country in all_countries():
        assert resolve_country(country.code) == country
        assert resolve_country(country.code.lower()) == country
        try:
            assert resolve_country(country.name).code == country.code, country
        except AmbiguousCountry as refused:
            assert country in refused.choices


@given(st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_text_resolves_or_is_refused_with_unknown_country(text: str) -> None:
    try:
        found = resolve_country(text)
    except UnknownCountry as refused:
        assert str(refused)
    else:
        assert found in all_countries()


@given(st.sampled_from(["Holland", "Kyiv", "GER", "Czech Republic", "Türkiye", "Korea", "Congo"]))
def test_case_and_accents_do_not_change_the_answer(name: str) -> None:
    def answer(text: str) -> object:
        try:
            return resolve_country(text)
        except UnknownCountry as refused:
            return str(refused).split(":", 1)[-1]

    assert answer(name) == answer(name.upper()) == answer(name.lower())
