"""MkDocs hook: the `reference/operations.md` page, built at every build from the operation list
the generator writes (`kalshi_py/models/openapi.json`) and the operation modules under
`kalshi_py/api/`, so the table can never drift from the code."""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections import defaultdict
from pathlib import Path
from typing import Any

PAGE = "reference/operations.md"
ROOT = Path(__file__).resolve().parents[2]
OPERATIONS_JSON = ROOT / "kalshi_py" / "models" / "openapi.json"

INTRO = """# Operations

Every operation of Kalshi's REST spec (openapi {version}) and the module that calls it. Each
module has `sync()`, `sync_detailed()`, `asyncio()` and `asyncio_detailed()`, with the
operation's path and query parameters and body fields as keyword arguments:

```text
from kalshi_py.api.market import get_markets
page = get_markets.sync(client=client, status="open", limit=100)
```

Some operations are importable from more than one tag, as they were in kalshi-py 2.0.6.6; every
listed module calls the same endpoint. The API key column marks the operations that must be signed.
Operations marked *not generated* are left out of the spec's generation on purpose.

"""

LEGACY = """## The 2.0.6.6 V1 order calls

Kalshi removed these endpoints; the modules remain and translate each call onto the V2 order
endpoints (see [Orders](../orders.md#the-v1-calls-of-kalshi-py-2066)).

| Module | Operation |
| --- | --- |"""


def operation_modules() -> tuple[dict[str, list[str]], dict[str, tuple[str, str]]]:
    """`{operation_id: [module, ...]}` of the generated operations and `{module: (operation_id,
    target)}` of the translated V1 calls, found by importing every module under `kalshi_py.api`."""
    import kalshi_py.api

    modules: dict[str, list[str]] = defaultdict(list)
    legacy: dict[str, tuple[str, str]] = {}
    for info in pkgutil.walk_packages(kalshi_py.api.__path__, "kalshi_py.api."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is None:
            continue
        if type(operation).__name__ == "LegacyOperation":
            legacy[info.name] = (operation.name, operation.replacement)
        else:
            modules[operation.operation_id].append(info.name)
    return modules, legacy


def operations_page() -> str:
    """The Markdown of the operations page."""
    spec: dict[str, Any] = json.loads(OPERATIONS_JSON.read_text(encoding="utf-8"))
    modules, legacy = operation_modules()
    by_tag: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for operation in spec["operations"]:
        by_tag[operation["tag"] or "default"].append(operation)
    lines = [INTRO.format(version=spec["version"])]
    for tag in sorted(by_tag):
        lines.append(f"## {tag}\n")
        lines.append("| Operation | Endpoint | API key | Module |")
        lines.append("| --- | --- | --- | --- |")
        for operation in sorted(by_tag[tag], key=lambda o: o["operation_id"]):
            signed = "yes" if operation["auth"] else ""
            found = modules.get(operation["operation_id"], [])
            if operation["excluded"] or not found:
                where = "*not generated*"
            else:
                where = "<br>".join(f"`{name}`" for name in sorted(found))
            endpoint = f"`{operation['method']} {operation['path']}`"
            lines.append(f"| `{operation['operation_id']}` | {endpoint} | {signed} | {where} |")
        lines.append("")
    lines.append(LEGACY)
    for name in sorted(legacy):
        operation_id, target = legacy[name]
        lines.append(f"| `{name}` | `{operation_id}`, translated onto `{target}` |")
    lines.append("")
    return "\n".join(lines)


def on_files(files: Any, config: Any) -> Any:
    """Add the generated operations page to the site."""
    from mkdocs.structure.files import File

    files.append(File.generated(config, PAGE, content=operations_page()))
    return files
