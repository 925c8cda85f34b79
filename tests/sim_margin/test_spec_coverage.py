"""The margin venue answers every operation of Kalshi's margin and Klear specs, read from the specs
themselves (`../shared/kalshi/perps`: Kalshi's published files, and for the margin operations they
lack, the reconstruction from Kalshi's documentation pages).

The venue serves the structure `tools/codegen` writes beside its fronts; here its operations must
be the specs' own, each at the spec's method and path, and a request to each, with made-up ids
and the smallest valid body, must reach it: never the venue's "no operation answers" 404, a
405 or a 5xx. (`test_margin_rest` and `test_klear` call every one of them with real ids and check
the success answers against the schemas.)
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from conftest import require_shared

from kalshi_sim import LocalExchange
from kalshi_sim.rest.schema import example_for
from kalshi_sim.rest.spec import SpecTable, spec_table

from .conftest import member_client

METHODS = ("get", "put", "post", "delete", "patch")
MARGIN_SPEC = spec_table("kalshi_sim.rest.margin", "perps_openapi.json")
KLEAR_SPEC = spec_table("kalshi_sim.rest.klear", "klear_openapi.json")


def _operations(path: Path) -> dict[str, tuple[str, str]]:
    yaml = pytest.importorskip("yaml")
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        op["operationId"]: (method.upper(), route)
        for route, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    }


def _served(table: SpecTable) -> dict[str, tuple[str, str]]:
    return {op.operation_id: (op.method, op.path) for op in table.operations}


def _margin_operations() -> dict[str, tuple[str, str]]:
    perps = require_shared() / "perps"
    docs = _operations(perps / "perps_openapi.yaml")
    return {**docs, **_operations(perps / "official" / "perps_openapi.yaml")}  # the official wins


def _klear_operations() -> dict[str, tuple[str, str]]:
    return _operations(require_shared() / "perps" / "official" / "klear_openapi.yaml")


def test_the_venue_serves_exactly_the_operations_of_the_specs() -> None:
    assert _served(MARGIN_SPEC) == _margin_operations()
    assert _served(KLEAR_SPEC) == _klear_operations()


def _reaches(http: httpx.Client, table: SpecTable, operation_id: str) -> None:
    op = table.operation(operation_id)
    path = op.path
    for param in op.params:
        if param.location == "path":
            path = path.replace("{" + param.name + "}", "00000000-0000-4000-8000-000000000000")
    query = {
        p.name: example_for(p.schema, table.schemas) or "2026-12-02" for p in op.query_params() if p.required
    }
    body = (
        example_for({"$ref": f"#/components/schemas/{op.body_schema}"}, table.schemas)
        if op.body_schema
        else None
    )
    response = http.request(op.method, path, params=query, json=body)
    where = (operation_id, response.status_code, response.text)
    assert response.status_code < 500, where
    assert response.status_code != 405, where
    assert "no operation answers" not in response.text, where


def test_a_request_to_every_operation_of_the_specs_reaches_it() -> None:
    with LocalExchange(seed=4, fix=False) as ex:
        with member_client(ex, ex.create_margin_account("1000")) as margin:
            for operation_id in _margin_operations():
                _reaches(margin, MARGIN_SPEC, operation_id)
        admin, token = ex.create_klear_token()
        with httpx.Client(
            base_url=ex.klear_url, headers={"Authorization": f"Bearer {admin}:{token}"}
        ) as klear:
            for operation_id in _klear_operations():
                _reaches(klear, KLEAR_SPEC, operation_id)
