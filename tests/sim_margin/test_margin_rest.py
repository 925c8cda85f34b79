"""The margin venue's REST API over loopback with a raw signed client: every operation of
perps_openapi.yaml answers a body its schema accepts, orders trade on the margin engine, and every
number (fees, positions, margin, PnL) is exact; refusals answer Kalshi's error body."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx
from contract import EVENT_CONTRACTS, MARGIN

from kalshi_py.auth import KalshiAuth
from kalshi_sim import LocalExchange
from kalshi_sim.rest.schema import example_for
from kalshi_sim.rest.spec import spec_table

from .conftest import TICKER, Member, member_client

D = Decimal
SPEC = spec_table("kalshi_sim.rest.margin", "perps_openapi.json")

BODIES: dict[str, dict[str, Any]] = {
    "CreateMarginOrder": {
        "ticker": TICKER,
        "client_order_id": "every-op",
        "side": "bid",
        "count": "1",
        "price": "90.00",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    },
    "AmendMarginOrder": {"ticker": TICKER, "side": "bid", "price": "91.00", "count": "2"},
    "DecreaseMarginOrder": {"reduce_to": "1"},
    "CreateMarginOrderGroup": {"contracts_limit_fp": "10.00"},
    "UpdateMarginOrderGroupLimit": {"contracts_limit_fp": "20.00"},
    "ApplyMarginSubaccountTransfer": {
        "client_transfer_id": str(uuid.uuid4()),
        "from_subaccount": 0,
        "to_subaccount": 1,
        "amount_cents": 1000,
    },
    "IntraExchangeInstanceTransfer": {"source": "event_contract", "destination": "margined", "amount": 100},
}
QUERIES: dict[str, dict[str, Any]] = {
    "GetMarginTrades": {"ticker": TICKER},
    "GetMarginMarketCandlesticks": {"start_ts": 0, "end_ts": 2_000_000_000, "period_interval": 60},
    "GetMarginFundingHistory": {"start_date": "2026-01-01", "end_date": "2026-12-31"},
    "GetMarginFundingRateEstimate": {"ticker": TICKER},
    "GetFCMSubtraderRiskControls": {"subtrader_id": "x"},
    "DeleteFCMSubtraderRiskControls": {"subtrader_id": "x"},
    "GetMarginFCMOrders": {"subtrader_id": "x"},
    "GetMarginPremiumIndex": {"ticker": TICKER, "start_ts": 0, "end_ts": 2_000_000_000},
}


def test_every_margin_operation_answers_a_body_its_schema_accepts(make_member: Any) -> None:
    member: Member = make_member("100000")
    answered = set()
    for op in sorted(SPEC.operations, key=lambda o: o.method == "DELETE"):
        path = op.path.replace("{ticker}", TICKER).replace("{trigger_id}", "trigger-1")
        if "{order_id}" in path:
            order = member.order("bid", "3", "80.00").json()
            path = path.replace("{order_id}", order["order_id"])
        if "{order_group_id}" in path:
            group = member.http.post(
                "/margin/order_groups/create", json={"contracts_limit_fp": "5.00"}
            ).json()
            path = path.replace("{order_group_id}", group["order_group_id"])
        body = BODIES.get(op.operation_id)
        if body is None and op.body_schema is not None:
            body = example_for({"$ref": f"#/components/schemas/{op.body_schema}"}, SPEC.schemas)
        if op.operation_id == "ApplyMarginSubaccountTransfer":
            member.http.post("/portfolio/margin/subaccounts")
        response = member.http.request(
            op.method, path, params=QUERIES.get(op.operation_id), json=body if body is not None else None
        )  # the client's hook validates the answer against perps_openapi.yaml
        assert response.status_code == op.success_status, (op.operation_id, response.text)
        answered.add(op.operation_id)
    assert answered == {op.operation_id for op in SPEC.operations}
    assert len(answered) == 53  # Kalshi's published spec's 48 and five only its documentation has


def test_a_trade_opens_positions_reported_exactly_everywhere(make_member: Any) -> None:
    alice: Member = make_member()
    bob: Member = make_member()
    maker = alice.order("bid", "50", "100.00", client_order_id="alice-1")
    assert maker.status_code == 201
    assert maker.json() == {
        "order_id": maker.json()["order_id"],
        "client_order_id": "alice-1",
        "fill_count": "0.00",
        "remaining_count": "50.00",
    }
    taker = bob.order("ask", "50", "100.00").json()
    assert (taker["fill_count"], taker["average_fill_price"], taker["average_fee_paid"]) == (
        "50.00",
        "100.0000",
        "0.1200",  # 12 bps of $100 a contract
    )
    (position,) = alice.json("/margin/positions")["positions"]
    assert position == {
        "subaccount": 0,
        "market_ticker": TICKER,
        "position": "50.00",
        "entry_price": "100.0000",
        "unrealized_pnl": "0.0000",
        "margin_used": "250.0000",
        "fees": "2.5000",
        "roe": 0,
        "is_portfolio": False,
    }
    balance = alice.json("/margin/balance", compute_available_balance="true")
    assert balance == {
        "subaccount_balances": [
            {
                "subaccount": 0,
                "position_value": "0.0000",
                "account_equity": "997.5000",
                "maintenance_margin": "250.0000",
                "initial_margin": "500.0000",
                "resting_orders_margin": "0.0000",
                "available_balance": "497.5000",
            }
        ],
        "settled_funds": "997.5000",
    }
    assert alice.json("/margin/balance")["subaccount_balances"][0]["available_balance"] == "0.0000"
    risk = bob.json("/margin/risk")
    assert risk["account_leverage"] == 20
    assert risk["positions"][0]["estimated_liquidation_price"] == "114.171429"
    (fill,) = bob.json("/margin/fills")["fills"]
    assert (fill["side"], fill["price"], fill["fees"], fill["is_taker"], fill["order_source"]) == (
        "ask",
        "100.0000",
        "6.0000",
        True,
        "user",
    )
    market = bob.json(f"/margin/markets/{TICKER}")["market"]
    assert (market["volume"], market["open_interest"], market["price"]) == ("50.00", "50.00", "100.0000")
    (trade,) = bob.json("/margin/trades", ticker=TICKER)["trades"]
    assert (trade["count"], trade["taker_side"]) == ("50.00", "ask")
    assert alice.json(f"/margin/orders/{maker.json()['order_id']}")["order"]["last_update_reason"] == "Trade"


def test_amend_decrease_cancel_and_cancel_all(make_member: Any) -> None:
    alice: Member = make_member()
    first = alice.order("bid", "5", "95.00").json()["order_id"]
    second = alice.order("ask", "4", "105.00").json()["order_id"]
    decreased = alice.http.post(f"/margin/orders/{first}/decrease", json={"reduce_by": "2"}).json()
    assert decreased["remaining_count"] == "3.00"
    amended = alice.http.post(
        f"/margin/orders/{first}/amend",
        json={"ticker": TICKER, "side": "bid", "price": "96.00", "count": "6"},
    ).json()
    assert (amended["remaining_count"], amended["fill_count"]) == ("6.00", "0.00")
    book = alice.json(f"/margin/markets/{TICKER}/orderbook")["orderbook"]
    assert book == {"bids": [["96.0000", "6.00"]], "asks": [["105.0000", "4.00"]]}
    canceled = alice.http.delete(f"/margin/orders/{second}").json()
    assert canceled["reduced_by"] == "4.00"
    assert alice.http.delete("/margin/orders").status_code == 204
    assert alice.json("/margin/orders", status="resting")["orders"] == []
    statuses = {o["order_id"]: o["last_update_reason"] for o in alice.json("/margin/orders")["orders"]}
    assert statuses == {first: "", second: ""}


def test_funding_and_a_liquidation_as_rest_reports_them(
    ex: LocalExchange, clock: Any, make_member: Any
) -> None:
    alice: Member = make_member()
    bob: Member = make_member()
    house: Member = make_member("100000")
    alice.order("bid", "50", "100.00")
    bob.order("ask", "50", "100.00")
    with ex.lock:
        ex.margin.set_funding_rate(TICKER, "0.001")
    clock.advance(3600)
    estimate = alice.json("/margin/funding_rates/estimate", ticker=TICKER)  # the period is paid first
    assert estimate["next_funding_time"] == "2026-12-02T14:00:00Z"
    (paid,) = alice.json("/margin/funding_history", start_date="2026-12-02", end_date="2026-12-02")[
        "funding_history"
    ]
    assert paid == {
        "market_ticker": TICKER,
        "funding_time": "2026-12-02T13:00:00Z",
        "funding_rate": 0.001,
        "mark_price": "100.0000",
        "funding_amount": "-5.0000",
        "quantity": "50.00",
        "subaccount_number": 0,
    }
    received = bob.json("/margin/funding_history", start_date="2026-12-02", end_date="2026-12-02")
    assert received["funding_history"][0]["funding_amount"] == "5.0000"
    (rate,) = bob.json("/margin/funding_rates/historical", ticker=TICKER)["funding_rates"]
    assert rate["funding_rate"] == 0.001

    house.order("bid", "50", "84.00")
    (liquidation,) = ex.set_mark_price(TICKER, "84.00")
    assert liquidation.user_id == alice.user_id
    assert alice.json("/margin/positions")["positions"] == []
    system = [o for o in alice.json("/margin/orders")["orders"] if o["order_source"] == "system"]
    assert [(o["order_reason"], o["side"], o["fill_count"]) for o in system] == [
        ("liquidation", "ask", "50.00")
    ]
    closing = alice.json("/margin/fills")["fills"][0]
    assert (closing["order_source"], closing["price"], closing["realized_pnl"]) == (
        "system",
        "84.0000",
        "-800.0000",
    )
    settled = alice.json("/margin/balance")["settled_funds"]
    assert D(settled) == D("997.5") - 5 - 800 - D("5.04")


def test_refusals_answer_kalshi_error_bodies(ex: LocalExchange, make_member: Any) -> None:
    alice: Member = make_member("100")
    refused = alice.order("bid", "50", "100.00")
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "insufficient_balance"
    assert alice.order("bid", "1", "100.00", ticker="NO-SUCH-PERP").status_code == 404
    assert alice.order("bid", "1.5", "100.00").json()["error"]["code"] == "invalid_order_size"
    taken = alice.order("bid", "1", "90.00", client_order_id="same")
    assert taken.status_code == 201
    assert alice.order("bid", "1", "90.00", client_order_id="same").status_code == 409
    no_id = alice.http.post(
        "/margin/orders",
        json={
            "ticker": TICKER,
            "side": "bid",
            "count": "1",
            "price": "90.00",
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "maker",
        },
    )
    assert no_id.status_code == 400
    assert "client_order_id" in no_id.json()["error"]["message"]
    event_contract_key = ex.create_account()
    with httpx.Client(
        base_url=ex.rest_url,
        auth=KalshiAuth(event_contract_key.api_key_id, event_contract_key.private_key_pem),
    ) as other:
        unknown = other.get("/margin/balance")
        assert unknown.status_code == 401
        MARGIN.validate_response("GetMarginBalance", unknown.status_code, unknown.content)


def test_a_path_of_both_apis_goes_by_the_key_that_signed_it(ex: LocalExchange, make_member: Any) -> None:
    member: Member = make_member()
    body = {"source": "event_contract", "destination": "margined", "amount": 100}
    answered = member.http.post("/portfolio/intra_exchange_instance_transfer", json=body)
    assert set(answered.json()) == {"transfer_id"}
    ec = ex.create_account()
    with httpx.Client(base_url=ex.rest_url, auth=KalshiAuth(ec.api_key_id, ec.private_key_pem)) as other:
        response = other.post("/portfolio/intra_exchange_instance_transfer", json=body)
    EVENT_CONTRACTS.validate_response("IntraExchangeInstanceTransfer", response.status_code, response.content)


def test_one_user_has_both_exchanges_with_apart_keys_and_money(ex: LocalExchange) -> None:
    ec = ex.create_account("250")
    margin = ex.create_margin_account("750", user_id=ec.user_id)
    assert margin.user_id == ec.user_id
    assert margin.api_key_id != ec.api_key_id
    with httpx.Client(base_url=ex.rest_url, auth=KalshiAuth(ec.api_key_id, ec.private_key_pem)) as client:
        assert client.get("/portfolio/balance").json()["balance_dollars"] == "250.0000"
    with httpx.Client(
        base_url=ex.margin_rest_url, auth=KalshiAuth(margin.api_key_id, margin.private_key_pem)
    ) as m:
        assert m.get("/margin/balance").json()["settled_funds"] == "750.0000"
        assert m.get("/margin/enabled").json() == {"enabled": True}
        assert m.get("/portfolio/balance").status_code == 401  # an event-contract path knows no margin key


def test_faults_reach_the_margin_api_and_its_buckets_are_its_own(ex: LocalExchange) -> None:
    ec = ex.create_account()
    credentials = ex.create_margin_account(user_id=ec.user_id)
    member = Member(credentials, member_client(ex, credentials))
    ex.faults.error_rate = 1.0
    failed = member.http.get("/margin/balance")
    assert failed.status_code in (500, 503)
    ex.faults.error_rate = 0.0
    ex.faults.tier = "basic"
    ex.faults.rate_limit = True
    costly = [
        member.http.get("/margin/balance", params={"compute_available_balance": "true"}) for _ in range(40)
    ]
    assert 429 in [r.status_code for r in costly]  # 50 tokens each from a 400-token bucket
    assert ex.faults.stats.rate_limited >= 1
    with httpx.Client(base_url=ex.rest_url, auth=KalshiAuth(ec.api_key_id, ec.private_key_pem)) as other:
        assert other.get("/portfolio/balance").status_code == 200  # the same user's other lane
    member.http.close()


def test_malformed_requests_answer_400_never_5xx(make_member: Any) -> None:
    member: Member = make_member()
    for content in (b"{", b"[]", b"null", b"[" * 200 + b"]" * 200, b'{"ticker": "\\ud800"}'):
        response = member.http.post(
            "/margin/orders", content=content, headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, (content[:20], response.text)
    assert member.http.get("/margin/orders", params={"limit": "many"}).status_code == 400
    assert member.http.get("/margin/markets", params={"status": "sideways"}).status_code == 400


def test_subaccounts_hold_their_own_money_positions_and_fills(make_member: Any) -> None:
    alice: Member = make_member()
    bob: Member = make_member()
    assert alice.http.post("/portfolio/margin/subaccounts").json() == {"subaccount_number": 1}
    transfer = {
        "client_transfer_id": str(uuid.uuid4()),
        "from_subaccount": 0,
        "to_subaccount": 1,
        "amount_cents": 40000,
    }
    assert alice.http.post("/portfolio/margin/subaccounts/transfer", json=transfer).status_code == 200
    assert alice.http.post("/portfolio/margin/subaccounts/transfer", json=transfer).status_code == 200  # once
    alice.order("bid", "10", "100.00", subaccount=1)
    bob.order("ask", "10", "100.00")
    balances = alice.json("/margin/balance")["subaccount_balances"]
    assert [(b["subaccount"], b["account_equity"], b["initial_margin"]) for b in balances] == [
        (0, "600.0000", "0.0000"),
        (1, "399.5000", "100.0000"),
    ]
    assert alice.json("/margin/fills")["fills"] == []  # the primary's, by default
    (fill,) = alice.json("/margin/fills", subaccount=1)["fills"]
    assert fill["count"] == "10.00"
    (position,) = alice.json("/margin/positions")["positions"]
    assert (position["subaccount"], position["position"]) == (1, "10.00")
