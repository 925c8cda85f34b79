"""`_schema`: minimal valid instances of every schema, and request problems named in words."""

from __future__ import annotations

from typing import Any

import pytest
from contract import ContractError, _validate, asyncapi, openapi

from kalshi_sim.rest.schema import example_for, request_problems
from kalshi_sim.rest.spec import spec_table


def test_example_of_every_rest_schema_validates() -> None:
    raw = spec_table().schemas
    components = openapi()["components"]
    failures = []
    for name in raw:
        value = example_for({"$ref": f"#/components/schemas/{name}"}, raw)
        try:
            _validate({"$ref": f"#/components/schemas/{name}"}, components, value, name)
        except ContractError as exc:
            failures.append(str(exc))
    assert failures == []
    assert len(raw) > 200


def test_example_of_every_ws_payload_validates() -> None:
    spec = asyncapi()
    components = spec["components"]
    for name, message in spec["messages"].items():
        value = example_for(message["payload"], components["schemas"])
        _validate(message["payload"], components, value, name)


def test_fixed_point_examples_look_like_kalshi_strings() -> None:
    raw = spec_table().schemas
    order = example_for({"$ref": "#/components/schemas/CreateOrderV2Request"}, raw)
    assert order == {
        "ticker": "",
        "side": "bid",
        "count": "1.00",
        "price": "0.5000",
        "time_in_force": "fill_or_kill",
        "self_trade_prevention_type": "taker_at_cross",
    }


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "format": "date-time"}, "2026-01-01T00:00:00Z"),
        ({"type": "string", "format": "uuid"}, "00000000-0000-4000-8000-000000000000"),
        ({"type": "integer", "minimum": 3}, 3),
        ({"type": "array", "minItems": 2, "items": {"const": "x"}}, ["x", "x"]),
        ({"oneOf": [{"type": "boolean"}, {"type": "string"}]}, False),
        (
            {
                "allOf": [
                    {"type": "object", "required": ["a"], "properties": {"a": {"enum": ["z"]}}},
                    {"type": "object", "required": ["b_fp"], "properties": {"b_fp": {"type": "string"}}},
                ]
            },
            {"a": "z", "b_fp": "1.00"},
        ),
        ({"type": "string", "nullable": True, "minLength": 2}, "xx"),
    ],
)
def test_example_for_small_schemas(schema: dict[str, Any], expected: Any) -> None:
    assert example_for(schema, {}) == expected


def test_request_problems_name_the_field() -> None:
    raw = spec_table().schemas
    ref = {"$ref": "#/components/schemas/CreateOrderV2Request"}
    good = example_for(ref, raw)
    assert request_problems(ref, raw, good) == []
    assert request_problems(ref, raw, {**good, "count": 1}) == [
        "body.count must be a fixed-point count string such as '10.00', not the number 1"
    ]
    assert request_problems(ref, raw, {**good, "price": "-"})[0].startswith(
        "body.price is not a fixed-point dollar string: got '-'"
    )
    batch = {"$ref": "#/components/schemas/BatchCreateOrdersV2Request"}
    problems = request_problems(batch, raw, {"orders": [good, {**good, "time_in_force": "GTC"}]})
    assert problems == [
        "body.orders[1].time_in_force must be one of 'fill_or_kill', 'good_till_canceled', "
        "'immediate_or_cancel'; got 'GTC'"
    ]
    decrease = {"$ref": "#/components/schemas/DecreaseOrderV2Request"}
    assert request_problems(decrease, raw, {"reduce_by": None, "reduce_to": "2.00"}) == []
