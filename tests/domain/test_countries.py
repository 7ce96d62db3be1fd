"""Country resolution (SPEC §1): names, variants and codes; fuzzy only as suggestions."""

import pytest

from tracker.countries import resolve_country
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
