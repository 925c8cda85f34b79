"""Every operation of Kalshi's margin and Klear specs has its generated module; the hosts
kalshi-py uses are the specs' servers.

These read the specs themselves from `../shared/kalshi/perps`: Kalshi's published files in
`official/` and, for the operations those lack, the reconstruction from Kalshi's documentation
pages beside them.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, require_shared

from kalshi_py import environments
from tools.codegen.spec import snake

METHODS = ("get", "put", "post", "delete", "patch")


def _spec(path: Path) -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def _modules(package: str) -> dict[str, Any]:
    """operationId -> its module, from the structure file the generator wrote."""
    structure = json.loads((ROOT / package.replace(".", "/") / "models" / "openapi.json").read_text())
    return {
        op["operation_id"]: importlib.import_module(
            f"{package}.api.{snake(op['tag'])}.{snake(op['operation_id'])}"
        )
        for op in structure["operations"]
    }


def _sources(package: str) -> dict[str, str]:
    structure = json.loads((ROOT / package.replace(".", "/") / "models" / "openapi.json").read_text())
    return {op["operation_id"]: op["source"] for op in structure["operations"]}


def test_every_margin_operation_has_a_module() -> None:
    perps = require_shared() / "perps"
    official = _operations(_spec(perps / "official" / "perps_openapi.yaml"))
    docs = _operations(_spec(perps / "perps_openapi.yaml"))
    assert len(official) == 48
    only_docs = set(docs) - set(official)
    assert sorted(only_docs) == [
        "CreateFCMSubtrader",
        "DeleteFCMNotionalRiskLimit",
        "GetMarginFCMOrders",
        "GetMarginPremiumIndex",
        "UpdateFCMNotionalRiskLimit",
    ]
    modules = _modules("kalshi_py.margin")
    assert set(modules) == set(official) | set(docs)
    for operation_id, (method, path) in {**docs, **official}.items():
        op = modules[operation_id].OPERATION
        assert (op.operation_id, op.method, op.path) == (operation_id, method, path)
        for call in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(modules[operation_id], call))
    sources = _sources("kalshi_py.margin")
    assert {name for name, source in sources.items() if source == "docs"} == only_docs
    assert {name for name, source in sources.items() if source == "spec"} == set(official)


def test_every_klear_operation_has_a_module() -> None:
    official = _operations(_spec(require_shared() / "perps" / "official" / "klear_openapi.yaml"))
    assert len(official) == 24
    modules = _modules("kalshi_py.klear")
    assert set(modules) == set(official)
    for operation_id, (method, path) in official.items():
        op = modules[operation_id].OPERATION
        assert (op.method, op.path, op.auth) == (method, path, True)


def test_the_hosts_are_the_specs_servers() -> None:
    perps = require_shared() / "perps" / "official"
    rest = [server["url"] for server in _spec(perps / "perps_openapi.yaml")["servers"]]
    assert rest == [environments.MARGIN_PRODUCTION.rest_url, environments.MARGIN_DEMO.rest_url]
    ws = _spec(perps / "perps_asyncapi.yaml")["servers"]
    assert [f"{s['protocol']}://{s['host']}{s['pathname']}" for s in (ws["production"], ws["demo"])] == [
        environments.MARGIN_PRODUCTION.ws_url,
        environments.MARGIN_DEMO.ws_url,
    ]
    klear = [server["url"] for server in _spec(perps / "klear_openapi.yaml")["servers"]]
    assert klear == [environments.KLEAR_PRODUCTION_URL, environments.KLEAR_DEMO_URL]
