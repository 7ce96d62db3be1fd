"""tracker: how countries' positions on a pledge evolve, report after report.

Every reported statement is an immutable, dated, sourced event; a country's stance is a
projection rebuilt from those events. The library lives in `tracker.domain` (pure rules),
`tracker.store` (SQLAlchemy persistence) and `tracker.service` (the operations the CLI
calls); `tracker.cli` is a thin click layer over them.
"""

__version__ = "0.1.0"
