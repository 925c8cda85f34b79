"""kalshi-py 2.0.6.6's V1 order calls: they warn, and reach the V2 endpoints with the right bytes."""

from __future__ import annotations

import warnings
from decimal import Decimal
from typing import Any

import msgspec
import pytest

import kalshi_py
from kalshi_py.api.portfolio import (
    amend_order,
    batch_cancel_orders,
    batch_create_orders,
    cancel_order,
    create_order,
    decrease_order,
)
from kalshi_py.errors import NotFoundError, RequestValidationError
from kalshi_py.models import (
    AmendOrderRequest,
    BatchCancelOrdersRequest,
    BatchCancelOrdersRequestOrder,
    BatchCreateOrdersRequest,
    CreateOrderRequest,
    DecreaseOrderRequest,
)

from .loopback import Answer, Loopback, Seen

TICKER = "KXHIGHNY-26NOV24-T60"
V2 = "/trade-api/v2/portfolio/events/orders"


def _order(order_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "client_order_id": "c-1",
        "ticker": TICKER,
        "side": "yes",
        "action": "buy",
        "outcome_side": "yes",
        "book_side": "bid",
        "type": "limit",
        "status": "resting",
        "yes_price_dollars": "0.5600",
        "no_price_dollars": "0.4400",
        "fill_count_fp": "0.00",
        "remaining_count_fp": "3.00",
        "initial_count_fp": "3.00",
        **changes,
    }


class Exchange:
    """Answers the V2 order endpoints and GET /portfolio/orders/{id}, and refuses the V1 ones."""

    def __call__(self, seen: Seen) -> Answer:
        method, path = seen.method, seen.path
        if method == "GET" and path.startswith("/trade-api/v2/portfolio/orders/"):
            order_id = path.rsplit("/", 1)[-1]
            return Answer(200, {"order": _order(order_id)})
        if not path.startswith(V2):
            return Answer(
                404, {"error": {"code": "not_found", "message": "Please switch to the V2 endpoints"}}
            )
        if method == "POST" and path == V2:
            return Answer(
                201,
                {
                    "order_id": "ord-1",
                    "client_order_id": "c-1",
                    "fill_count": "0.00",
                    "remaining_count": "3.00",
                    "ts_ms": 1,
                },
            )
        if method == "POST" and path == V2 + "/batched":
            return Answer(
                201,
                {
                    "orders": [
                        {
                            "order_id": "ord-1",
                            "client_order_id": "c-1",
                            "fill_count": "0.00",
                            "remaining_count": "3.00",
                        },
                        {
                            "client_order_id": "c-2",
                            "error": {"code": "invalid_order", "message": "bad price"},
                        },
                    ]
                },
            )
        if method == "DELETE" and path == V2 + "/batched":
            return Answer(
                200,
                {
                    "orders": [
                        {"order_id": "ord-1", "reduced_by": "3.00"},
                        {"order_id": "ord-x", "error": {"code": "not_found", "message": "no such order"}},
                    ]
                },
            )
        if method == "DELETE" and path.endswith("/missing"):
            return Answer(404, {"error": {"code": "not_found", "message": "order not found"}})
        if method == "DELETE":
            return Answer(
                200,
                {
                    "order_id": path.rsplit("/", 1)[-1],
                    "client_order_id": "c-1",
                    "reduced_by": "3.00",
                    "ts_ms": 1,
                },
            )
        if path.endswith("/amend"):
            return Answer(
                200,
                {
                    "order_id": "ord-2",
                    "client_order_id": "c-1",
                    "remaining_count": "5.00",
                    "fill_count": "0.00",
                    "ts_ms": 1,
                },
            )
        if path.endswith("/decrease"):
            return Answer(
                200, {"order_id": "ord-1", "client_order_id": "c-1", "remaining_count": "1.00", "ts_ms": 1}
            )
        return Answer(404, {"error": {"code": "not_found", "message": path}})


@pytest.fixture
def exchange() -> Any:
    with Loopback(Exchange()) as server, kalshi_py.Client(base_url=server.base_url, max_retries=0) as client:
        yield server, client


def _writes(server: Loopback) -> list[Seen]:
    return [s for s in server.seen if s.method != "GET"]


@pytest.mark.parametrize(
    ("side", "action", "price", "book_side", "v2_price"),
    [
        ("yes", "buy", {"yes_price": 56}, "bid", "0.56"),
        ("yes", "sell", {"yes_price": 56}, "ask", "0.56"),
        ("no", "buy", {"no_price": 44}, "ask", "0.56"),
        ("no", "sell", {"no_price": 44}, "bid", "0.56"),
        ("yes", "buy", {"yes_price": 1}, "bid", "0.01"),
        ("no", "buy", {"no_price": 1}, "ask", "0.99"),
        ("yes", "buy", {"yes_price_dollars": Decimal("0.5625")}, "bid", "0.5625"),
        ("no", "sell", {"no_price_dollars": Decimal("0.4375")}, "bid", "0.5625"),
    ],
)
def test_create_order_translates_direction_and_price_onto_the_yes_leg(
    exchange: Any, side: str, action: str, price: dict[str, Any], book_side: str, v2_price: str
) -> None:
    server, client = exchange
    body = CreateOrderRequest(
        ticker=TICKER, side=side, action=action, count=3, client_order_id="c-1", **price
    )
    with pytest.warns(DeprecationWarning, match="create_order_v2") as record:
        created = create_order.sync(client=client, body=body)
    assert record[0].filename == __file__, "the warning must point at the caller"
    (write,) = _writes(server)
    assert (write.method, write.target) == ("POST", V2)
    assert write.body == (
        b'{"ticker":"'
        + TICKER.encode()
        + b'","client_order_id":"c-1","side":"'
        + book_side.encode()
        + b'","count":"3.00","price":"'
        + v2_price.encode()
        + b'","time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}'
    )
    assert created.order.order_id == "ord-1"
    assert created.order.yes_price_dollars == Decimal("0.5600")
    assert server.seen[-1].target == "/trade-api/v2/portfolio/orders/ord-1"


def test_create_order_passes_the_other_fields(exchange: Any) -> None:
    server, client = exchange
    body = CreateOrderRequest(
        ticker=TICKER,
        side="yes",
        action="buy",
        count_fp=Decimal("2.50"),
        yes_price_dollars=Decimal("0.42"),
        client_order_id="c-9",
        time_in_force="immediate_or_cancel",
        expiration_ts=1_900_000_000,
        post_only=False,
        reduce_only=True,
        self_trade_prevention_type="maker",
        order_group_id="og-1",
        cancel_order_on_pause=True,
        subaccount=2,
    )
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        create_order.sync_detailed(client=client, body=body)
    sent = msgspec.json.decode(_writes(server)[0].body)
    assert sent == {
        "ticker": TICKER,
        "client_order_id": "c-9",
        "side": "bid",
        "count": "2.50",
        "price": "0.42",
        "expiration_time": 1_900_000_000,
        "time_in_force": "immediate_or_cancel",
        "post_only": False,
        "self_trade_prevention_type": "maker",
        "cancel_order_on_pause": True,
        "reduce_only": True,
        "subaccount": 2,
        "order_group_id": "og-1",
    }


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"buy_max_cost": 500}, "buy_max_cost"),
        ({"sell_position_floor": 3}, "sell_position_floor"),
        ({"yes_price": None}, "yes_price"),
        ({"count": None}, "count"),
    ],
)
def test_create_order_refuses_what_v2_cannot_express(
    exchange: Any, changes: dict[str, Any], message: str
) -> None:
    server, client = exchange
    fields: dict[str, Any] = {"ticker": TICKER, "side": "yes", "action": "buy", "count": 3, "yes_price": 56}
    fields.update(changes)
    fields = {k: v for k, v in fields.items() if v is not None}
    with (
        pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"),
        pytest.raises(RequestValidationError, match=message),
    ):
        create_order.sync(client=client, body=CreateOrderRequest(**fields))
    assert server.seen == []


def test_cancel_order(exchange: Any) -> None:
    server, client = exchange
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed") as record:
        canceled = cancel_order.sync(client=client, order_id="ord-1")
    assert record[0].filename == __file__
    (write,) = _writes(server)
    assert (write.method, write.target, write.body) == ("DELETE", V2 + "/ord-1", b"")
    assert canceled.reduced_by_fp == Decimal("3.00")
    assert canceled.reduced_by == 3
    assert canceled.order.order_id == "ord-1"


def test_amend_order(exchange: Any) -> None:
    server, client = exchange
    body = AmendOrderRequest(
        ticker=TICKER,
        side="no",
        action="buy",
        no_price=40,
        count=5,
        client_order_id="c-1",
        updated_client_order_id="c-1b",
    )
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        amended = amend_order.sync(client=client, order_id="ord-1", body=body)
    (write,) = _writes(server)
    assert (write.method, write.target) == ("POST", V2 + "/ord-1/amend")
    assert write.body == (
        b'{"ticker":"' + TICKER.encode() + b'","side":"ask","price":"0.60","count":"5.00",'
        b'"client_order_id":"c-1","updated_client_order_id":"c-1b"}'
    )
    assert amended.old_order.order_id == "ord-1"
    assert amended.order.order_id == "ord-2"


def test_amend_and_decrease_keep_the_subaccount(exchange: Any) -> None:
    server, client = exchange
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        amend_order.sync(
            client=client,
            order_id="ord-1",
            body=AmendOrderRequest(
                ticker=TICKER, side="yes", action="buy", yes_price=60, count=5, subaccount=4
            ),
        )
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        decrease_order.sync(
            client=client, order_id="ord-1", body=DecreaseOrderRequest(reduce_to=1, subaccount=4)
        )
    targets = [w.target for w in _writes(server)]
    assert targets == [V2 + "/ord-1/amend?subaccount=4", V2 + "/ord-1/decrease?subaccount=4"]


@pytest.mark.parametrize(
    ("body", "wire"),
    [
        (DecreaseOrderRequest(reduce_by=2), b'{"reduce_by":"2.00"}'),
        (DecreaseOrderRequest(reduce_to_fp=Decimal("1.50")), b'{"reduce_to":"1.50"}'),
    ],
)
def test_decrease_order(exchange: Any, body: DecreaseOrderRequest, wire: bytes) -> None:
    server, client = exchange
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        decreased = decrease_order.sync(client=client, order_id="ord-1", body=body)
    (write,) = _writes(server)
    assert (write.method, write.target, write.body) == ("POST", V2 + "/ord-1/decrease", wire)
    assert decreased.order.order_id == "ord-1"


def test_decrease_order_needs_exactly_one_target(exchange: Any) -> None:
    server, client = exchange
    for body in (DecreaseOrderRequest(), DecreaseOrderRequest(reduce_by=1, reduce_to=1)):
        with (
            pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"),
            pytest.raises(RequestValidationError, match="exactly one"),
        ):
            decrease_order.sync(client=client, order_id="ord-1", body=body)
    assert server.seen == []


def test_batch_create_orders(exchange: Any) -> None:
    server, client = exchange
    body = BatchCreateOrdersRequest(
        orders=[
            CreateOrderRequest(
                ticker=TICKER, side="yes", action="buy", count=3, yes_price=56, client_order_id="c-1"
            ),
            CreateOrderRequest(
                ticker=TICKER, side="no", action="buy", count=1, no_price=30, client_order_id="c-2"
            ),
        ]
    )
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        created = batch_create_orders.sync(client=client, body=body)
    (write,) = _writes(server)
    assert (write.method, write.target) == ("POST", V2 + "/batched")
    common = b'"time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"'
    assert write.body == (
        b'{"orders":[{"ticker":"'
        + TICKER.encode()
        + b'","client_order_id":"c-1","side":"bid","count":"3.00",'
        b'"price":"0.56",'
        + common
        + b'},{"ticker":"'
        + TICKER.encode()
        + b'","client_order_id":"c-2","side":"ask","count":"1.00","price":"0.70",'
        + common
        + b"}]}"
    )
    first, second = created.orders
    assert first.order.order_id == "ord-1"
    assert first.client_order_id == "c-1"
    assert second.order is None
    assert second.error.code == "invalid_order"


def test_batch_cancel_orders(exchange: Any) -> None:
    server, client = exchange
    body = BatchCancelOrdersRequest(
        ids=["ord-1"], orders=[BatchCancelOrdersRequestOrder(order_id="ord-x", subaccount=1)]
    )
    with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed"):
        canceled = batch_cancel_orders.sync(client=client, body=body)
    (write,) = _writes(server)
    assert (write.method, write.target) == ("DELETE", V2 + "/batched")
    assert write.body == b'{"orders":[{"order_id":"ord-1"},{"order_id":"ord-x","subaccount":1}]}'
    first, second = canceled.orders
    assert first.reduced_by_fp == Decimal("3.00")
    assert first.order.order_id == "ord-1"
    assert second.order is None
    assert second.error.code == "not_found"


async def test_async_legacy_call_warns_at_the_caller_and_translates(exchange: Any) -> None:
    server, client = exchange
    body = CreateOrderRequest(
        ticker=TICKER, side="no", action="sell", count=3, no_price=44, client_order_id="c-1"
    )
    try:
        with pytest.warns(DeprecationWarning, match="endpoint Kalshi removed") as record:
            created = await create_order.asyncio(client=client, body=body)
    finally:
        await client.aclose()
    assert record[0].filename == __file__
    assert created.order.order_id == "ord-1"
    assert msgspec.json.decode(_writes(server)[0].body)["side"] == "bid"


def test_v2_error_is_raised_from_the_legacy_call(exchange: Any) -> None:
    server, client = exchange
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(NotFoundError, match="order not found"):
            cancel_order.sync(client=client, order_id="missing")
        detailed = cancel_order.sync_detailed(client=client, order_id="missing")
    assert int(detailed.status_code) == 404
    assert detailed.parsed is None
    assert [s.method for s in server.seen] == ["DELETE", "DELETE"]
