"""The exchange's own copy of Kalshi's rules agrees with Kalshi's documentation and specs, so a
client whose tables are wrong meets an exchange that is right."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Any

import yaml
from conftest import require_shared

from kalshi_sim.rules import (
    CANCEL_COST,
    DEFAULT_COST,
    MAKER_FEE_TYPES,
    PRICE_LEVEL_STRUCTURES,
    SELF_TRADE_PREVENTION,
    TIERS,
    TIME_IN_FORCE,
)


def test_rate_limit_budgets_are_those_of_the_api_notes() -> None:
    notes = (require_shared() / "API-NOTES.md").read_text(encoding="utf-8")
    section = notes[notes.index("## 6. Rate limits") : notes.index("## 7.")]
    rows = re.findall(r"^\| (\w+) \| (\d+) \| (\d+) \|$", section, flags=re.M)
    documented = {tier.lower(): (int(read), int(write)) for tier, read, write in rows}
    assert documented == {tier: (b.read_rate, b.write_rate) for tier, b in TIERS.items()}
    assert "default cost is **10 tokens**" in section
    assert "a cancel costs 2" in section
    assert (DEFAULT_COST, CANCEL_COST) == (10, 2)
    for tier, budget in TIERS.items():  # two seconds of budget where the notes say so, else one
        read_seconds = 2 if tier in ("basic", "advanced") else 1
        write_seconds = 1 if tier == "basic" else 2
        assert budget.read_capacity == budget.read_rate * read_seconds, tier
        assert budget.write_capacity == budget.write_rate * write_seconds, tier


def test_order_terms_and_grids_are_those_of_the_spec() -> None:
    spec = yaml.safe_load((require_shared() / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    body = schemas["CreateOrderV2Request"]["properties"]

    def enum(schema: dict[str, Any]) -> list[str]:
        if "$ref" in schema:
            return enum(schemas[schema["$ref"].rsplit("/", 1)[-1]])
        if "allOf" in schema:
            return enum(schema["allOf"][0])
        return list(schema["enum"])

    assert set(enum(body["time_in_force"])) == set(TIME_IN_FORCE)
    assert set(enum(body["self_trade_prevention_type"])) == set(SELF_TRADE_PREVENTION)
    assert set(enum(schemas["Series"]["properties"]["fee_type"])) >= MAKER_FEE_TYPES
    notes = (require_shared() / "API-NOTES.md").read_text(encoding="utf-8")
    for name, bands in PRICE_LEVEL_STRUCTURES.items():
        assert f"`{name}`" in notes, name
        assert bands[0][0] == Decimal(0), name
        assert bands[-1][1] == Decimal(1), name
        assert all(a[1] == b[0] for a, b in itertools.pairwise(bands)), name
