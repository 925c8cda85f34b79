"""Every REST wire shape (`kalshi_sim.rest.shapes`) matches its schema in openapi.yaml 3.34.0, and
the number formats are Kalshi's."""

from __future__ import annotations

import re
from typing import Any

import contract
import jsonschema
import pytest

from kalshi_sim import Exchange, ExchangeError
from kalshi_sim.rest.responses import error_body
from kalshi_sim.rest.shapes import (
    balance_shape,
    event_position_shape,
    event_shape,
    fill_shape,
    market_position_shape,
    market_shape,
    order_group_shape,
    order_result_shape,
    order_shape,
    series_shape,
    settlement_shape,
    trade_shape,
)

from .helpers import TICKER, D, one_market, order, seeded

DOLLARS = re.compile(r"^-?\d+\.\d{4}(\d{2})?$")
COUNT = re.compile(r"^-?\d+\.\d{2}$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?Z$")


def check(schema: str, value: Any) -> None:
    components = contract.openapi()["components"]
    root = {"$ref": f"#/components/schemas/{schema}", "components": components}
    jsonschema.Draft202012Validator(root).validate(value)
    properties = components["schemas"][schema].get("properties", {})
    for name, item in value.items():
        if item is None or not isinstance(item, str):
            continue
        if name.endswith("_dollars") or name == "fee_cost":
            assert DOLLARS.match(item), (schema, name, item)
        elif name.endswith("_fp"):
            assert COUNT.match(item), (schema, name, item)
        spec = properties.get(name, {})
        spec = spec.get("anyOf", [spec])[0]
        if spec.get("format") == "date-time":
            assert RFC3339.match(item), (schema, name, item)


@pytest.fixture
def traded() -> tuple[Exchange, str, str]:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "bid", "10", "0.56", expiration_time=int(ex.time()) + 3600)
    order(ex, bob, "ask", "4.5", "0.50")
    return ex, alice, bob


def test_trading_objects_match_their_schemas(traded: tuple[Exchange, str, str]) -> None:
    ex, alice, bob = traded
    for user in (alice, bob):
        for o in ex.orders(user):
            check("Order", order_shape(o))
        for f in ex.fills(user):
            check("Fill", fill_shape(f))
        for p in ex.positions(user):
            check("MarketPosition", market_position_shape(p))
        for e in ex.event_positions(user):
            check("EventPosition", event_position_shape(e))
        check("GetBalanceResponse", balance_shape(ex.subaccount(user), ex.portfolio_value(user)))
    for t in ex.trades(TICKER):
        check("Trade", trade_shape(t))
    ex.determine_market(TICKER, "no")
    ex.settle_market(TICKER)
    for user in (alice, bob):
        for s in ex.settlements(user):
            check("Settlement", settlement_shape(s))
    check("Market", market_shape(ex.markets[TICKER]))


def test_order_and_fill_say_direction_both_ways(traded: tuple[Exchange, str, str]) -> None:
    ex, alice, bob = traded
    bid = order_shape(ex.orders(alice)[0])
    ask = order_shape(ex.orders(bob)[0])
    assert (bid["book_side"], bid["outcome_side"], bid["yes_price_dollars"], bid["no_price_dollars"]) == (
        "bid",
        "yes",
        "0.5600",
        "0.4400",
    )
    assert (ask["book_side"], ask["outcome_side"], ask["status"], ask["fill_count_fp"]) == (
        "ask",
        "no",
        "executed",
        "4.50",
    )
    fill = fill_shape(ex.fills(bob)[0])
    assert fill["fill_id"] == fill["trade_id"]
    assert fill["ticker"] == fill["market_ticker"] == TICKER
    assert (fill["count_fp"], fill["yes_price_dollars"], fill["is_taker"], fill["fee_cost"]) == (
        "4.50",
        "0.5600",
        True,
        "0.0800",
    )
    position = market_position_shape(ex.positions(bob)[0])
    assert (position["position_fp"], position["market_exposure_dollars"]) == ("-4.50", "1.9800")


def test_order_results_match_the_v2_responses(traded: tuple[Exchange, str, str]) -> None:
    ex, _, bob = traded
    result = order(ex, bob, "ask", "1", "0.56")
    components = contract.openapi()["components"]
    root = {"$ref": "#/components/schemas/CreateOrderV2Response", "components": components}
    jsonschema.Draft202012Validator(root).validate(order_result_shape(result))
    assert order_result_shape(result)["average_fill_price"] == "0.4400"  # what bob paid per NO contract


def test_catalogue_objects_match_their_schemas() -> None:
    ex = seeded(2, lambda: 1796212800.0)
    for series in ex.series.values():
        check("Series", series_shape(series))
    for event in ex.events.values():
        nested = event_shape(event, [ex.markets[t] for t in event.market_tickers])
        check("EventData", nested)
    for market in ex.markets.values():
        check("Market", market_shape(market))
    group = ex.create_order_group(ex.create_account().user_id, "10")
    check("OrderGroup", order_group_shape(group))


def test_errors_match_the_error_body() -> None:
    ex = one_market()
    alice = ex.create_account("1").user_id
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", "10", "0.50")
    check("ErrorResponse", error_body(caught.value))
    assert error_body(caught.value)["code"] == "insufficient_balance"


def test_sub_cent_amounts_keep_six_decimals() -> None:
    ex = one_market(grid="deci_cent")
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "bid", "1.37", "0.563")
    order(ex, bob, "ask", "1.37", "0.563")
    assert market_position_shape(ex.positions(alice)[0])["market_exposure_dollars"] == "0.771310"
    assert ex.positions(alice)[0].cost_basis == D("1.37") * D("0.563")
