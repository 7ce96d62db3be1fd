"""The registry and the models are the only lists of event types and statement fields:
what the CLI offers, what listings and exports carry and what sheets accept follow them
(issue 23). Adding a type or a field is its model, its registry entry and its rules."""

import click

from tracker.cli import main
from tracker.domain.events import RECORD_FIELDS, SOURCE_FIELDS, STATEMENT_FIELDS, Source, Statement
from tracker.domain.registry import REGISTRY, record_fields
from tracker.formats import listings, package, sheet


def test_statement_and_source_fields_are_the_models() -> None:
    assert tuple(n for n in Statement.model_fields if n not in RECORD_FIELDS) == STATEMENT_FIELDS
    assert tuple(Source.model_fields) == SOURCE_FIELDS
    for kind in REGISTRY.values():
        assert set(RECORD_FIELDS) <= set(kind.model.model_fields), kind.name


def test_events_type_choices_are_the_registry() -> None:
    events = main.get_command(click.Context(main), "events")
    assert events is not None
    (types,) = [p for p in events.params if p.name == "types"]
    assert isinstance(types.type, click.Choice)
    assert tuple(types.type.choices) == tuple(REGISTRY)


def test_exports_carry_every_registered_field_and_type() -> None:
    fields = set(record_fields())
    for kind in REGISTRY.values():
        assert set(kind.model.model_fields) <= fields, kind.name
    assert tuple(package._ENUMS["type"]) == tuple(REGISTRY)
    assert listings.EVENTS.fields is not None and set(listings.EVENTS.fields) >= fields


def test_listings_of_statements_and_sheets_know_every_statement_field() -> None:
    for listing in (listings.TIMELINE,):
        assert listing.fields is not None
        assert set(STATEMENT_FIELDS) <= set(listing.fields), listing.name
    assert set(STATEMENT_FIELDS) <= set(sheet.ENTRY_KEYS)
    assert set(sheet.ARTICLE_KEYS) == set(SOURCE_FIELDS) - {"quote"}
