"""Persistence: tables, the append-only event store and the stored projection."""
