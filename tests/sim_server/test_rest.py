"""The REST face of the local exchange: market data, pagination, V2 orders, validation, and a
schema-valid answer from every operation of the spec."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest

from kalshi_sim import LocalExchange
from kalshi_sim.rest.routes import ROUTES
from kalshi_sim.rest.schema import example_for
from kalshi_sim.rest.spec import spec_table

from .conftest import TICKER, Trader, checked, signed_client


def test_orderbook_shows_resting_bids_on_both_legs(ex: LocalExchange, alice: Trader, bob: Trader) -> None:
    assert alice.order(side="bid", price="0.42", count="13.00").status_code == 201
    assert alice.order(side="bid", price="0.40", count="2.50").status_code == 201
    assert bob.order(side="ask", price="0.47", count="4.00").status_code == 201
    book = checked(httpx.get(f"{ex.rest_url}/markets/{TICKER}/orderbook")).json()["orderbook_fp"]
    assert book == {
        "yes_dollars": [["0.4000", "2.50"], ["0.4200", "13.00"]],
        "no_dollars": [["0.5300", "4.00"]],
    }
    top = checked(httpx.get(f"{ex.rest_url}/markets/{TICKER}/orderbook", params={"depth": 1})).json()
    assert top["orderbook_fp"]["yes_dollars"] == [["0.4200", "13.00"]]
    many = checked(httpx.get(f"{ex.rest_url}/markets/orderbooks", params={"tickers": TICKER})).json()
    assert many["orderbooks"] == [{"ticker": TICKER, "orderbook_fp": book}]
    market = checked(httpx.get(f"{ex.rest_url}/markets/{TICKER}")).json()["market"]
    assert (market["yes_bid_dollars"], market["yes_ask_dollars"]) == ("0.4200", "0.4700")


def test_markets_paginate_with_cursor_and_honour_limits(ex: LocalExchange) -> None:
    with ex.lock:
        ex.exchange.generate_markets(250, series_ticker="KXPAGE")
    seen: list[str] = []
    cursor = ""
    pages = 0
    with httpx.Client(base_url=ex.rest_url) as http:
        while True:
            params: dict[str, Any] = {"series_ticker": "KXPAGE", "limit": 100}
            if cursor:
                params["cursor"] = cursor
            body = checked(http.get("/markets", params=params)).json()
            seen.extend(m["ticker"] for m in body["markets"])
            pages += 1
            cursor = body["cursor"]
            if not cursor or pages > 5:
                break
        assert pages == 3
        assert len(seen) == len(set(seen)) == 250
        default = checked(http.get("/markets")).json()
        assert len(default["markets"]) == 100
        too_many = checked(http.get("/markets", params={"limit": 1001}))
        assert too_many.status_code == 400
        assert "at most 1000" in too_many.json()["error"]["message"]
        assert checked(http.get("/events", params={"limit": 201})).status_code == 400
        assert checked(http.get("/markets", params={"cursor": "not-a-cursor"})).status_code == 400
        one = checked(http.get("/markets", params={"tickers": TICKER})).json()["markets"]
        assert [m["ticker"] for m in one] == [TICKER]
        assert checked(http.get("/markets", params={"limit": "ten"})).status_code == 400


def test_the_default_catalogue_takes_several_pages_at_every_size(kalshi_exchange: LocalExchange) -> None:
    listed: dict[str, list[dict[str, Any]]] = {}
    with httpx.Client(base_url=kalshi_exchange.rest_url) as http:
        for path, name, largest in (("/markets", "markets", 1000), ("/events", "events", 200)):
            seen = listed[name] = []
            cursor, pages = "", 0
            while pages == 0 or cursor:
                params: dict[str, Any] = {"limit": largest, **({"cursor": cursor} if cursor else {})}
                body = checked(http.get(path, params=params)).json()
                seen.extend(body[name])
                cursor, pages = body["cursor"], pages + 1
            assert pages >= 2, (path, len(seen))
            assert checked(http.get(path)).json()["cursor"]
        assert {m["status"] for m in listed["markets"]} >= {"active", "initialized", "closed", "finalized"}
        for status in ("open", "closed", "settled"):
            assert checked(http.get("/markets", params={"status": status})).json()["cursor"], status
        assert len(checked(http.get("/series")).json()["series"]) > 20


def test_events_series_and_trades(ex: LocalExchange, alice: Trader, bob: Trader) -> None:
    alice.order(side="bid", price="0.55", count="3.00")
    bob.order(side="ask", price="0.55", count="2.00")
    with httpx.Client(base_url=ex.rest_url) as http:
        event = checked(http.get("/events/KXSIMNET-26DEC01")).json()
        assert [m["ticker"] for m in event["markets"]] == [TICKER]
        nested = checked(
            http.get("/events", params={"series_ticker": "KXSIMNET", "with_nested_markets": "true"})
        )
        assert nested.json()["events"][0]["markets"][0]["ticker"] == TICKER
        assert checked(http.get("/series/KXSIMNET")).json()["series"]["ticker"] == "KXSIMNET"
        assert checked(http.get("/series/NOPE")).status_code == 404
        trades = checked(http.get("/markets/trades", params={"ticker": TICKER})).json()["trades"]
        assert [(t["count_fp"], t["yes_price_dollars"], t["taker_book_side"]) for t in trades] == [
            ("2.00", "0.5500", "ask")
        ]


def test_order_lifecycle_v2(alice: Trader) -> None:
    created = alice.order(price="0.30", count="10.00", client_order_id="my-order-1")
    assert created.status_code == 201
    order_id = created.json()["order_id"]
    assert created.json()["remaining_count"] == "10.00"
    duplicate = alice.order(price="0.30", count="1.00", client_order_id="my-order-1")
    assert duplicate.status_code == 409

    queue = alice.get(f"/portfolio/orders/{order_id}/queue_position").json()
    assert queue == {"queue_position_fp": "0.00"}
    positions = alice.get("/portfolio/orders/queue_positions", params={"market_tickers": TICKER}).json()
    assert [p["order_id"] for p in positions["queue_positions"]] == [order_id]

    decreased = alice.post(f"/portfolio/events/orders/{order_id}/decrease", json={"reduce_by": "4.00"})
    assert decreased.json()["remaining_count"] == "6.00"
    amended = alice.post(
        f"/portfolio/events/orders/{order_id}/amend",
        json={"ticker": TICKER, "side": "bid", "price": "0.31", "count": "8.00"},
    )
    assert amended.status_code == 200
    order = alice.get(f"/portfolio/orders/{order_id}").json()["order"]
    assert (order["yes_price_dollars"], order["remaining_count_fp"]) == ("0.3100", "8.00")

    canceled = alice.delete(f"/portfolio/events/orders/{order_id}")
    assert canceled.json()["reduced_by"] == "8.00"
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["status"] == "canceled"
    listed = alice.get("/portfolio/orders", params={"status": "canceled"}).json()["orders"]
    assert [o["order_id"] for o in listed] == [order_id]


def test_batches_and_cancel_all(alice: Trader) -> None:
    good = {
        "ticker": TICKER,
        "side": "bid",
        "count": "1.00",
        "price": "0.20",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    off_grid = {**good, "price": "0.205"}
    batch = alice.post(
        "/portfolio/events/orders/batched", json={"orders": [good, off_grid, {**good, "price": "0.21"}]}
    )
    assert batch.status_code == 201
    items = batch.json()["orders"]
    assert [("error" in item) for item in items] == [False, True, False]
    ids = [item["order_id"] for item in items if "order_id" in item]
    canceled = alice.delete(
        "/portfolio/events/orders/batched",
        json={"orders": [{"order_id": ids[0]}, {"order_id": "no-such-order"}]},
    )
    assert canceled.status_code == 200
    assert [("error" in item) for item in canceled.json()["orders"]] == [False, True]
    everything = alice.delete("/portfolio/events/orders")
    assert everything.status_code == 204
    assert everything.content == b""
    assert alice.get("/portfolio/orders", params={"status": "resting"}).json()["orders"] == []


def test_fills_positions_balance_after_a_trade(alice: Trader, bob: Trader) -> None:
    alice.order(side="bid", price="0.60", count="5.00")
    taken = bob.order(side="ask", price="0.60", count="5.00", time_in_force="immediate_or_cancel")
    assert taken.json()["fill_count"] == "5.00"
    fills = alice.get("/portfolio/fills").json()["fills"]
    assert [(f["count_fp"], f["yes_price_dollars"], f["is_taker"]) for f in fills] == [
        ("5.00", "0.6000", False)
    ]
    positions = alice.get("/portfolio/positions").json()["market_positions"]
    assert [(p["ticker"], p["position_fp"]) for p in positions] == [(TICKER, "5.00")]
    bob_positions = bob.get("/portfolio/positions").json()["market_positions"]
    assert bob_positions[0]["position_fp"] == "-5.00"
    balance = Decimal(alice.get("/portfolio/balance").json()["balance_dollars"])
    assert balance == Decimal("1000") - Decimal("3.00")
    assert alice.get("/portfolio/settlements").json()["settlements"] == []


def test_order_groups(alice: Trader) -> None:
    created = alice.post("/portfolio/order_groups/create", json={"contracts_limit_fp": "10.00"})
    assert created.status_code == 201
    group_id = created.json()["order_group_id"]
    alice.order(price="0.25", order_group_id=group_id)
    group = alice.get(f"/portfolio/order_groups/{group_id}").json()
    assert (group["contracts_limit_fp"], len(group["orders"])) == ("10.00", 1)
    assert (
        alice.put(f"/portfolio/order_groups/{group_id}/limit", json={"contracts_limit_fp": "20.00"}).json()
        == {}
    )
    assert alice.put(f"/portfolio/order_groups/{group_id}/trigger").status_code == 200
    assert alice.get("/portfolio/orders", params={"status": "resting"}).json()["orders"] == []
    assert alice.put(f"/portfolio/order_groups/{group_id}/reset").status_code == 200
    listed = alice.get("/portfolio/order_groups").json()["order_groups"]
    assert [g["id"] for g in listed] == [group_id]
    assert alice.delete(f"/portfolio/order_groups/{group_id}").json() == {}
    assert alice.get("/portfolio/order_groups").json()["order_groups"] == []
    assert alice.get(f"/portfolio/order_groups/{group_id}").status_code == 404


def test_account_limits_costs_and_api_keys(ex: LocalExchange, alice: Trader) -> None:
    limits = alice.get("/account/limits").json()
    assert limits["usage_tier"] == "basic"
    assert limits["read"] == {"refill_rate": 200, "bucket_capacity": 400}
    costs = checked(httpx.get(ex.rest_url + "/account/endpoint_costs")).json()
    assert costs["default_cost"] == 10
    assert {
        "method": "DELETE",
        "path": "/trade-api/v2/portfolio/events/orders/{order_id}",
        "cost": 2,
    } in costs["endpoint_costs"]
    generated = alice.post("/api_keys/generate", json={"name": "second", "key_type": "ed25519"}).json()
    assert "PRIVATE KEY" in generated["private_key"]
    keys = alice.get("/api_keys").json()["api_keys"]
    assert {k["api_key_id"] for k in keys} == {alice.credentials.api_key_id, generated["api_key_id"]}
    from kalshi_py.auth import KalshiAuth

    with httpx.Client(
        base_url=ex.rest_url, auth=KalshiAuth(generated["api_key_id"], generated["private_key"])
    ) as h:
        assert checked(h.get("/portfolio/balance")).status_code == 200
    assert alice.delete(f"/api_keys/{generated['api_key_id']}").status_code == 204
    assert alice.get("/api_keys").json()["api_keys"][0]["api_key_id"] == alice.credentials.api_key_id


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"price": 0.5}, "not the number 0.5"),
        ({"price": "0.5.0"}, "is not a fixed-point dollar string"),
        ({"count": "1.005"}, "at most 2 decimal places"),
        ({"count": "1e2"}, "is not a fixed-point count string"),
        ({"side": "buy"}, "body.side must be one of 'bid', 'ask'"),
        ({"colour": "red"}, "unknown field 'colour'"),
        ({"ticker": None}, "body.ticker must be string"),
    ],
)
def test_bad_order_bodies_are_400_naming_the_problem(
    alice: Trader, change: dict[str, Any], fragment: str
) -> None:
    body = {
        "ticker": TICKER,
        "side": "bid",
        "count": "1.00",
        "price": "0.50",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        **change,
    }
    response = alice.post("/portfolio/events/orders", json=body)
    assert response.status_code == 400
    assert fragment in response.json()["error"]["message"]
    assert alice.get("/portfolio/orders").json()["orders"] == []


def test_missing_fields_and_bad_json_are_400(alice: Trader) -> None:
    response = alice.post("/portfolio/events/orders", json={"ticker": TICKER})
    assert response.status_code == 400
    assert "missing the required field 'side'" in response.json()["error"]["message"]
    garbage = alice.post(
        "/portfolio/events/orders", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert garbage.status_code == 400
    assert "not valid JSON" in garbage.json()["error"]["message"]
    empty = alice.post("/portfolio/events/orders")
    assert empty.status_code == 400


def test_unknown_path_is_a_kalshi_404(ex: LocalExchange) -> None:
    response = httpx.get(ex.rest_url + "/no/such/thing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def _fill_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "x", path)


def _required_query(op: Any, components: Any) -> dict[str, Any]:
    query: dict[str, Any] = {}
    for param in op.query_params():
        if param.required:
            value = example_for(param.schema, components)
            if isinstance(value, list):
                value = value or [example_for(param.schema.get("items", {}), components)]
                value = ",".join(str(v) for v in value)
            query[param.name] = str(value).lower() if isinstance(value, bool) else value
    return query


def test_every_other_operation_answers_schema_valid(ex: LocalExchange, alice: Trader) -> None:
    table = spec_table()
    components = table.schemas
    exercised = 0
    for op in table.operations:
        if op.operation_id in ROUTES:
            continue
        body = (
            example_for({"$ref": "#/components/schemas/" + op.body_schema}, components)
            if op.body_schema
            else None
        )
        response = alice.http.request(
            op.method, _fill_path(op.path), params=_required_query(op, components), json=body
        )
        assert response.status_code == op.success_status, (op.operation_id, response.text)
        checked(response)
        exercised += 1
    assert exercised > 50


def test_client_layer_places_an_order(ex: LocalExchange) -> None:
    from kalshi_py.api.orders import create_order_v2, get_order

    with ex.client() as client:
        created = create_order_v2.sync(
            client=client,
            ticker=TICKER,
            side="bid",
            count="1.00",
            price="0.50",
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        )
        assert created is not None
        fetched = get_order.sync(client=client, order_id=created.order_id)
        assert fetched is not None
        assert fetched.order.yes_price_dollars == Decimal("0.5")


def test_signed_client_helper_uses_the_key(ex: LocalExchange) -> None:
    credentials = ex.create_account("42")
    with signed_client(ex, credentials) as http:
        assert checked(http.get("/portfolio/balance")).json()["balance_dollars"] == "42.0000"


def test_read_only_key_cannot_write(ex: LocalExchange, alice: Trader) -> None:
    from kalshi_py.auth import KalshiAuth

    generated = alice.post("/api_keys/generate", json={"name": "reader", "scopes": ["read"]}).json()
    auth = KalshiAuth(generated["api_key_id"], generated["private_key"])
    with httpx.Client(base_url=ex.rest_url, auth=auth) as http:
        assert checked(http.get("/portfolio/balance")).status_code == 200
        body = {
            "ticker": TICKER,
            "side": "bid",
            "count": "1.00",
            "price": "0.50",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
        }
        refused = checked(http.post("/portfolio/events/orders", json=body))
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "forbidden"


def test_candlesticks_summarise_trades(ex: LocalExchange, alice: Trader, bob: Trader) -> None:
    alice.order(side="bid", price="0.55", count="3.00")
    alice.order(side="bid", price="0.50", count="3.00")
    bob.order(side="ask", price="0.50", count="5.00", time_in_force="immediate_or_cancel")
    now = int(time.time())
    params = {"start_ts": now - 3600, "end_ts": now + 60, "period_interval": 60}
    response = checked(
        httpx.get(f"{ex.rest_url}/series/KXSIMNET/markets/{TICKER}/candlesticks", params=params)
    )
    (candle,) = response.json()["candlesticks"]
    assert candle["volume_fp"] == "5.00"
    assert (candle["price"]["open_dollars"], candle["price"]["close_dollars"]) == ("0.5500", "0.5000")
    assert candle["price"]["mean_dollars"] == "0.5300"
    assert candle["end_period_ts"] % 3600 == 0
