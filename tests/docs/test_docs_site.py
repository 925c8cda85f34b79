"""The documentation site builds with `mkdocs build --strict`, and its generated operations page
lists every operation of the spec with the module that calls it."""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT


def _load_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "kalshi_docs_operations_hook", ROOT / "docs" / "hooks" / "operations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


operations_hook = _load_hook()


def require_mkdocs() -> None:
    """Skip where mkdocs is not installed (a user's clone); under CI=true that is a failure."""
    missing = [
        name
        for name in ("mkdocs", "material", "mkdocstrings_handlers.python")
        if importlib.util.find_spec(name.split(".")[0]) is None
    ]
    if not missing:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"the docs tools are not installed ({', '.join(missing)}): CI must build the docs")
    pytest.skip(f"the docs tools are not installed: {', '.join(missing)}")


def test_the_site_builds_strictly(tmp_path: Path) -> None:
    require_mkdocs()
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    quickstart = (site / "quickstart" / "index.html").read_text(encoding="utf-8")
    assert "create_order_v2" in quickstart, "the examples are not shown in the pages"
    assert "first_order.py" in quickstart, "an example's title names it"
    client_page = (site / "reference" / "client" / "index.html").read_text(encoding="utf-8")
    assert "with_options" in client_page, "the API reference was not generated from the code"
    operations = (site / "reference" / "operations" / "index.html").read_text(encoding="utf-8")
    assert "kalshi_py.api.market.get_markets" in operations


def test_the_operations_page_maps_every_operation_to_its_modules() -> None:
    spec = json.loads((ROOT / "kalshi_py" / "models" / "openapi.json").read_text(encoding="utf-8"))
    page = operations_hook.operations_page()
    rows = {
        line.split("|")[1].strip().strip("`"): line for line in page.splitlines() if line.startswith("| `")
    }
    for operation in spec["operations"]:
        row = rows.get(operation["operation_id"])
        assert row is not None, f"{operation['operation_id']} is missing from the operations page"
        assert f"`{operation['method']} {operation['path']}`" in row
        if operation["excluded"]:
            assert "*not generated*" in row
            continue
        modules = [cell.strip("`") for cell in row.split("|")[4].strip().split("<br>")]
        for name in modules:
            module = importlib.import_module(name)
            assert module.OPERATION.operation_id == operation["operation_id"], name


def test_the_v1_order_calls_are_listed_with_their_v2_replacement() -> None:
    page = operations_hook.operations_page()
    for name in (
        "create_order",
        "cancel_order",
        "amend_order",
        "decrease_order",
        "batch_create_orders",
        "batch_cancel_orders",
    ):
        assert f"| `kalshi_py.api.portfolio.{name}` | " in page
        assert f"`kalshi_py.api.orders.{name}_v2`" in page
