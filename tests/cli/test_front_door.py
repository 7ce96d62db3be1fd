"""The CLI is a client of the Python API (SPEC §6): every command goes through
`tracker.api.Tracker`, so no CLI module reaches past it into the service or the store."""

import ast
import importlib
import inspect
import pkgutil

import pytest

import tracker.cli

FORBIDDEN = ("tracker.service", "tracker.store")


def _cli_modules() -> list[str]:
    names = [info.name for info in pkgutil.iter_modules(tracker.cli.__path__, "tracker.cli.")]
    return ["tracker.cli", *names]


def _imported(source: str) -> list[str]:
    """Every module an `import` anywhere in `source` names (at module level, in a
    function, under `TYPE_CHECKING`), `from X import Y` as both `X` and `X.Y`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ("." * node.level) + (node.module or "")
            found.append(base)
            found += [f"{base}.{alias.name}" for alias in node.names]
    return found


def _forbidden(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)


def test_every_cli_module_is_checked() -> None:
    assert {"tracker.cli", "tracker.cli.record", "tracker.cli.query", "tracker.cli.admin"} <= set(
        _cli_modules()
    )


@pytest.mark.parametrize("name", _cli_modules())
def test_cli_module_imports_nothing_from_service_or_store(name: str) -> None:
    module = importlib.import_module(name)
    imported = _imported(inspect.getsource(module))
    assert not [n for n in imported if n.startswith(".")], "relative imports hide the target"
    assert not [n for n in imported if _forbidden(n)]
    assert not [
        attribute
        for attribute in ("service", "store")
        if getattr(getattr(module, attribute, None), "__name__", "").startswith("tracker.")
    ]


def test_the_check_sees_function_level_and_from_imports() -> None:
    source = (
        "from tracker import service\n"
        "def f():\n    from tracker.store.database import Database\n"
        "import tracker.store.eventstore as e\n"
    )
    assert sorted(n for n in _imported(source) if _forbidden(n)) == [
        "tracker.service",
        "tracker.store.database",
        "tracker.store.database.Database",
        "tracker.store.eventstore",
    ]
