"""The domain's import graph: registry and projection form no cycle (the replay, which
reads the registry, lives apart from the rules the registry names)."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import tracker.domain

DOMAIN = Path(tracker.domain.__path__[0])
# The one arrow back up, left on purpose: a model is validated by the registry's entry
# for its type, and the registry lists the models (`event_from_dict` imports it on call).
LAZY = {("tracker.domain.events", "tracker.domain.registry")}


def _imports(module: str) -> set[str]:
    """The tracker.domain modules `module` imports anywhere in it (at module level, in a
    function, under TYPE_CHECKING)."""
    path = DOMAIN / f"{module.rsplit('.', 1)[1]}.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        found |= {n for n in names if n in _MODULES}
    return found - {module}


_MODULES = {info.name for info in pkgutil.iter_modules(tracker.domain.__path__, "tracker.domain.")}
GRAPH = {module: _imports(module) for module in sorted(_MODULES)}


def test_projection_imports_neither_the_registry_nor_the_replay() -> None:
    assert "tracker.domain.projection" in GRAPH
    assert not GRAPH["tracker.domain.projection"] & {
        "tracker.domain.registry",
        "tracker.domain.replay",
    }
    assert {"tracker.domain.registry", "tracker.domain.projection"} <= GRAPH[
        "tracker.domain.replay"
    ]


def test_the_domain_has_no_import_cycle() -> None:
    edges = {(a, b) for a, targets in GRAPH.items() for b in targets} - LAZY
    cycles = []

    def walk(node: str, path: list[str]) -> None:
        for a, b in sorted(edges):
            if a != node:
                continue
            if b in path:
                cycles.append([*path[path.index(b) :], b])
            else:
                walk(b, [*path, b])

    for start in sorted(GRAPH):
        walk(start, [start])
    assert not cycles


def test_the_modules_import_in_either_order() -> None:
    """Projection first, then the registry (the order that once met a half-made module),
    and the registry first: each in a fresh interpreter."""
    for order in (
        "tracker.domain.projection, tracker.domain.registry, tracker.domain.replay",
        "tracker.domain.replay, tracker.domain.registry, tracker.domain.projection",
    ):
        subprocess.run([sys.executable, "-c", f"import {order}"], check=True)
