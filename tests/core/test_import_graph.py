"""The import graph of the hand-written code: no circles, and the core never imports the
generated layer.

Every module of `kalshi_py` outside the generated `api/` and `models/` is read with `ast`; every
import counts, at module level or inside a function. An edge goes to the module imported (for
`from package import name`, to `package.name` when that is a module). Imports under
`if TYPE_CHECKING:` are left out of the circle check, since they never run; they do count for
the core rule.

**Core** is every module directly in `kalshi_py/` (`kalshi_py/*.py`, the package's `__init__`
included) except the feature modules named in `FEATURES`; a new module there is core unless it
is added to `FEATURES`. Subpackages (`ws/`, `sim/`, `cli/`, `fix/`, ...) are features: they
stand on the core and on the generated layer, and may import both.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from pathlib import Path

import kalshi_py

PACKAGE = Path(kalshi_py.__file__).parent
GENERATED = (
    "kalshi_py.api",
    "kalshi_py.models",
    "kalshi_py.margin.api",
    "kalshi_py.margin.models",
    "kalshi_py.klear.api",
    "kalshi_py.klear.models",
)
FEATURES = frozenset({"kalshi_py.orderbook", "kalshi_py.frames"})


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _hand_written() -> dict[str, Path]:
    modules = {_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: path for name, path in modules.items() if not name.startswith(GENERATED)}


def _type_checking_nodes(tree: ast.Module) -> set[int]:
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped |= {id(sub) for statement in node.body for sub in ast.walk(statement)}
    return skipped


def _imports(name: str, path: Path, known: set[str]) -> Iterator[tuple[str, bool]]:
    """(module imported, under TYPE_CHECKING) for every import of the module `name`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for target in targets:
            yield target, id(node) in type_only


def _graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The runtime edges between hand-written modules, and every import of each module."""
    modules = _hand_written()
    known = set(modules) | {_name(p) for p in PACKAGE.rglob("*.py")}
    runtime: dict[str, set[str]] = {name: set() for name in modules}
    every: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for target, type_only in _imports(name, path, known):
            every[name].add(target)
            if type_only or target not in modules or target == name or name.startswith(target + "."):
                continue  # a module's own package is always initialised before it
            runtime[name].add(target)
    return runtime, every


def _circles(edges: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    counter = itertools.count()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = next(counter)
        stack.append(node)
        for other in edges[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _core(modules: set[str]) -> set[str]:
    return {name for name in modules if name.count(".") <= 1 and name not in FEATURES}


def test_the_graph_sees_every_kind_of_import() -> None:
    runtime, every = _graph()
    assert "kalshi_py._drivers" in runtime["kalshi_py._operation"], "a module-level relative import"
    assert "kalshi_py.ws.sync" in runtime["kalshi_py.ws.client"], "an import inside a function"
    assert "kalshi_py._operation" in every["kalshi_py._call"], "an import under TYPE_CHECKING"
    assert "kalshi_py._operation" not in runtime["kalshi_py._call"]
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_no_import_circles() -> None:
    runtime, _ = _graph()
    circles = _circles(runtime)
    assert not circles, "import circles: " + "; ".join(" <-> ".join(sorted(c)) for c in circles)


def test_the_core_never_imports_the_generated_layer() -> None:
    _, every = _graph()
    core = _core(set(every))
    assert {"kalshi_py", "kalshi_py._pipeline", "kalshi_py._orders", "kalshi_py._legacy"} <= core
    assert {"kalshi_py.ratelimit", "kalshi_py.pagination", "kalshi_py.client"} <= core
    offences = sorted(
        f"{name} imports {target}" for name in core for target in every[name] if target.startswith(GENERATED)
    )
    assert not offences, "\n".join(offences)


MAX_LINES = 420
"""About 400 lines: beyond it a module wants splitting along the lines of what it does."""


def test_no_hand_written_module_is_too_long() -> None:
    """Every module of the package and the generator written by hand, generated files (their first
    line says so) left out; tests/sim_engine/test_boundaries.py holds the local exchange to 400."""
    root = PACKAGE.parent
    too_long = []
    for folder in (PACKAGE, root / "tools"):
        for path in sorted(folder.rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if text.startswith("# generated from"):
                continue
            if (lines := text.count("\n")) > MAX_LINES:
                too_long.append(f"{path.relative_to(root)}: {lines} lines")
    assert not too_long, too_long
