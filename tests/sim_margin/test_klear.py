"""Klear on the local exchange: every operation of klear_openapi.yaml answers a body its schema
accepts to a bearer token the exchange issued, and nothing to anyone else. (There is no
settlement model behind it: the bodies are the schemas' minimal instances.)"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from contract import KLEAR

from kalshi_sim import LocalExchange
from kalshi_sim.rest.schema import example_for
from kalshi_sim.rest.spec import spec_table

SPEC = spec_table("kalshi_sim.rest.klear", "klear_openapi.json")


def _required_query(op: Any) -> dict[str, Any]:
    return {
        p.name: example_for(p.schema, SPEC.schemas) or "2026-01-01" for p in op.query_params() if p.required
    }


@pytest.fixture(scope="module")
def klear() -> Any:
    with LocalExchange(seed=2) as ex:
        admin, token = ex.create_klear_token()
        with httpx.Client(
            base_url=ex.klear_url, headers={"Authorization": f"Bearer {admin}:{token}"}
        ) as http:
            yield ex, http


def test_every_klear_operation_answers_a_body_its_schema_accepts(klear: Any) -> None:
    _, http = klear
    for op in SPEC.operations:
        path = op.path
        for param in op.params:
            if param.location == "path":
                path = path.replace("{" + param.name + "}", "x1")
        body = (
            example_for({"$ref": f"#/components/schemas/{op.body_schema}"}, SPEC.schemas)
            if op.body_schema
            else None
        )
        response = http.request(op.method, path, params=_required_query(op), json=body)
        assert response.status_code == op.success_status, (op.operation_id, response.text)
        KLEAR.validate_response(op.operation_id, response.status_code, response.content)
    assert len(SPEC.operations) == 24


def test_klear_wants_a_token_it_issued(klear: Any) -> None:
    ex, _ = klear
    admin, token = ex.create_klear_token()
    for headers in (
        {},
        {"Authorization": f"Bearer {admin}:wrong"},
        {"Authorization": f"Basic {admin}:{token}"},
    ):
        response = httpx.get(ex.klear_url + "/margin/settlement_balance", headers=headers)
        assert response.status_code == 401
        KLEAR.validate_response("GetSettlementBalance", 401, response.content)
    assert httpx.get(ex.klear_url + "/no/such/path").status_code == 404
