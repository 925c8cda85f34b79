"""The local exchange's house rules, read from its source: it uses kalshi-py's public API only, its
layers stand one on another without import circles, the engine does no I/O and knows no wire
shapes, and no module is long."""

from __future__ import annotations

import ast
import importlib
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

import kalshi_py

PACKAGE = ROOT / "sim" / "kalshi_sim"
MAX_LINES = 400
LAYERS = {
    # a module of each layer may import from its own layer and the layers listed
    "rules": set(),
    "wire": set(),
    "engine": {"rules", "wire"},
    "auth": set(),
    "faults": {"rules"},
    "asgi": set(),
    "venue": {"engine", "auth", "faults", "rules"},
    "rest": {"engine", "auth", "faults", "rules", "wire", "venue", "asgi"},
    "ws": {"engine", "auth", "faults", "rules", "wire", "venue", "asgi"},
    "fix": {"engine", "auth", "faults", "rules", "wire", "venue"},
    "app": {"asgi", "rest", "ws", "venue"},
    "harness": {"engine", "auth", "faults", "rules", "wire", "venue", "asgi", "app", "ws", "rest", "fix"},
    "replay": {"engine", "auth", "faults", "rules", "wire", "venue", "asgi", "app", "ws", "rest", "harness"},
    "_version": set(),
}
THIRD_PARTY_BY_LAYER = {
    "engine": {
        "__future__",
        "collections",
        "contextlib",
        "copy",
        "dataclasses",
        "decimal",
        "heapq",
        "random",
        "time",
        "typing",
        "uuid",
    }
}


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def imports_of(name: str, path: Path) -> set[str]:
    """The absolute names of the modules `name` imports (relative imports resolved)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


PUBLIC_PACKAGES = ("fix", "data", "safety")
"""Packages of kalshi-py the local exchange may use beyond its top-level names: the FIX gateway
stands on the acceptor side of the client's session core, the replay reads recordings with
`kalshi_py.data` and keeps its backtest's accounts with `kalshi_py.safety.Ledger`."""


def is_public(imported: str) -> bool:
    """Whether `imported` (a module, or a name in one) is public in kalshi-py: a name of
    `kalshi_py.__all__`, or in one of `PUBLIC_PACKAGES`, a public module of it or a name of that
    module's `__all__`."""
    parts = imported.split(".")
    if len(parts) == 2:
        return parts[1] in kalshi_py.__all__ or parts[1] in PUBLIC_PACKAGES
    if parts[1] not in PUBLIC_PACKAGES or any(part.startswith("_") for part in parts):
        return False
    module_name, name = ".".join(parts[:3]), parts[3:]
    try:
        module = importlib.import_module(module_name)
    except ImportError:  # `from kalshi_py.fix import X`: X is a name of kalshi_py.fix
        return parts[2] in importlib.import_module(".".join(parts[:2])).__all__ and not name
    return not name or name[0] in module.__all__


def test_only_kalshi_pys_public_api_is_used() -> None:
    for name, path in modules():
        for imported in imports_of(name, path):
            if imported == "kalshi_py" or not imported.startswith("kalshi_py"):
                continue
            assert is_public(imported), (
                f"{name} imports {imported}: the local exchange uses kalshi-py's public API only "
                f"(from kalshi_py import {', '.join(sorted(kalshi_py.__all__))}, and the public "
                f"modules and names of kalshi_py.{', kalshi_py.'.join(PUBLIC_PACKAGES)})"
            )


def test_the_public_api_rule_tells_public_from_private() -> None:
    assert is_public("kalshi_py.KalshiAuth")
    assert is_public("kalshi_py.fix.messages")
    assert is_public("kalshi_py.fix.acceptor.serve")
    assert is_public("kalshi_py.fix.MemoryStore")
    assert not is_public("kalshi_py.auth")
    assert not is_public("kalshi_py.fix._codec")
    assert not is_public("kalshi_py.fix.session._framing")
    assert not is_public("kalshi_py.fix.acceptor.asyncio")
    assert is_public("kalshi_py.data.Dataset")
    assert is_public("kalshi_py.safety.Ledger")
    assert not is_public("kalshi_py.data._books")
    assert not is_public("kalshi_py.safety.ledger.ZERO")
    assert not is_public("kalshi_py.ws")


def test_layers_stand_on_lower_layers_only() -> None:
    for name, path in modules():
        own = layer(name)
        if not own:
            continue
        allowed = {own} | LAYERS[own]
        for imported in imports_of(name, path):
            if imported.startswith("kalshi_sim."):
                assert layer(imported) in allowed, f"{name} ({own}) imports {imported}"


def test_the_engine_does_no_io_and_knows_no_wire_shapes() -> None:
    allowed = THIRD_PARTY_BY_LAYER["engine"]
    for name, path in modules():
        if layer(name) != "engine":
            continue
        for imported in imports_of(name, path):
            top = imported.split(".")[0]
            if top != "kalshi_sim":
                assert top in allowed, f"{name} imports {imported}"
        assert "def to_api" not in path.read_text(encoding="utf-8"), name


def test_no_import_circles() -> None:
    graph = {name: set() for name, _ in modules()}
    for name, path in modules():
        for imported in imports_of(name, path):
            target = imported if imported in graph else imported.rpartition(".")[0]
            if target in graph and target != name:
                graph[name].add(target)
    packages = {name for name, path in modules() if path.name == "__init__.py"}
    # a package's __init__ re-exports its modules; an edge into a package means its modules
    edges = {
        name: {t for t in targets if t not in packages or not name.startswith(t + ".")}
        for name, targets in graph.items()
    }
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges[node]):
            if state.get(target) == 1:
                cycle = [*trail[trail.index(target) :], target] if target in trail else [node, target]
                pytest.fail(f"import circle: {' -> '.join(cycle)}")
            if target not in state:
                visit(target, [*trail, target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])


def test_no_module_is_long() -> None:
    for name, path in modules():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= MAX_LINES, f"{name} has {lines} lines (at most {MAX_LINES})"


def test_the_old_import_path_still_works_and_says_where_to_go() -> None:
    import importlib
    import sys

    for module in [m for m in sys.modules if m == "kalshi_py.sim" or m.startswith("kalshi_py.sim.")]:
        del sys.modules[module]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        local = importlib.import_module("kalshi_py.sim.local")
        engine = importlib.import_module("kalshi_py.sim.engine")
    import kalshi_sim

    assert local.LocalExchange is kalshi_sim.LocalExchange
    assert engine.Exchange is kalshi_sim.Exchange
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert any("import kalshi_sim" in m for m in messages), messages
