"""tracker: how countries' positions on a pledge evolve, report after report.

Every reported statement is an immutable, dated, sourced event; a country's stance is a
projection rebuilt from those events. The library lives in `tracker.domain` (pure rules),
`tracker.store` (SQLAlchemy persistence), `tracker.service` (the operations) and
`tracker.api` (the `Tracker` every command of `tracker.cli`, a thin click layer, calls).

From Python: `tracker.open(PATH_OR_URL)` returns a `tracker.api.Tracker` (see that
module). It is imported on first use, so `import tracker` (and `tracker --help`) stays
cheap.
"""

import os
from typing import TYPE_CHECKING, Any

# openpyxl writes through lxml when it is installed (trafilatura, which `draft` reads saved
# web pages with, brings it), and cells then keep characters its own writer normalises
# ("\r" -> "\n"): one writer everywhere, so an export is the same file on every machine.
os.environ.setdefault("OPENPYXL_LXML", "False")

__version__ = "0.1.0"
__all__ = ["Tracker", "__version__", "open"]

if TYPE_CHECKING:
    from tracker.api import Tracker, open


def __getattr__(name: str) -> Any:
    """`tracker.open` and `tracker.Tracker`, imported from `tracker.api` when first used."""
    if name in ("open", "Tracker"):
        from tracker import api

        return getattr(api, name)
    raise AttributeError(f"module 'tracker' has no attribute {name!r}")
