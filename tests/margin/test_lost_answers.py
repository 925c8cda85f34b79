"""Margin order writes whose answer is lost, against a hostile margin order desk on loopback.

The desk applies the first attempt of every write and drops the connection instead of answering,
then answers every later attempt with a failure (5xx, 429, another dropped connection), or, as
the exchange does, refuses a second order with the same `client_order_id` with a 409; its lookups
(`GET /margin/orders`, `GET /margin/orders/{id}`) tell the truth. Whatever the later attempts
get, exactly one order is placed and the call ends with what the exchange holds, or with
`OrderStateUnknown` carrying the ids to look up.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs

import contract
import httpx
import msgspec
import pytest
from core.loopback import DROP, Answer, Loopback, Seen
from core.test_lost_answers import BUSY, LIMITED, Mixed

from kalshi_py.errors import OrderStateUnknown, ServerError
from kalshi_py.margin import MarginClient
from kalshi_py.margin.api.orders import (
    amend_margin_order,
    cancel_margin_order,
    create_margin_order,
    decrease_margin_order,
)
from kalshi_py.retry import RetryPolicy

FAST = RetryPolicy(max_retries=3, backoff_base=0.001, backoff_cap=0.002)
ORDERS = "/trade-api/v2/margin/orders"
TICKER = "KXBTCPERP"
ORDER = {
    "ticker": TICKER,
    "side": "bid",
    "count": Decimal("5"),
    "price": Decimal("64250.5"),
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}
DUPLICATE = Answer(409, {"error": {"code": "order_already_exists", "message": "duplicate client_order_id"}})


class MarginDesk:
    """Applies the first attempt of each write and loses its answer; `then` answers the rest.
    Every request must match the margin spec."""

    def __init__(
        self, then: Any = BUSY, *, lookups_work: bool = True, refuse: set[str] | None = None
    ) -> None:
        self.then = then
        self.lookups_work = lookups_work
        self.refuse = refuse or set()
        self.orders: dict[str, dict[str, Any]] = {}
        self.writes_seen: dict[str, int] = {}
        self.bodies: list[dict[str, Any]] = []
        self.problems: list[str] = []
        self.lock = threading.Lock()
        self.ids = itertools.count(1)

    def place(self, order: dict[str, Any]) -> None:
        if order["client_order_id"] in self.refuse:
            return
        order_id = f"mo-{next(self.ids)}"
        self.orders[order_id] = {
            "order_id": order_id,
            "user_id": "u-1",
            "client_order_id": order["client_order_id"],
            "ticker": order["ticker"],
            "side": order["side"],
            "price": order["price"],
            "fill_count": "0.00",
            "remaining_count": order["count"],
            "last_update_reason": "",
            "subaccount": order.get("subaccount", 0),
        }

    def apply(self, seen: Seen, body: dict[str, Any]) -> None:
        path = seen.path
        if seen.method == "POST" and path == ORDERS:
            self.place(body)
        elif seen.method == "DELETE":
            order = self.orders[path.rsplit("/", 1)[-1]]
            order.update(remaining_count="0.00", last_update_reason="MarginCancel")
        elif path.endswith("/amend"):
            order = self.orders[path.split("/")[-2]]
            order.update(price=body["price"], remaining_count=body["count"], last_update_reason="Amend")
        elif path.endswith("/decrease"):
            order = self.orders[path.split("/")[-2]]
            if "reduce_to" in body:
                order.update(remaining_count=body["reduce_to"])
            else:
                left = Decimal(order["remaining_count"]) - Decimal(body["reduce_by"])
                order.update(remaining_count=f"{left:.2f}")

    def __call__(self, seen: Seen) -> Any:
        request = httpx.Request(seen.method, f"http://127.0.0.1{seen.target}", content=seen.body)
        try:
            contract.MARGIN.validate_request(request)
        except contract.ContractError as exc:
            self.problems.append(str(exc))
            return Answer(400, {"error": {"code": "invalid", "message": str(exc)}})
        if seen.method == "GET":
            return self.lookup(seen)
        body = msgspec.json.decode(seen.body) if seen.body else {}
        with self.lock:
            self.bodies.append(body)
            key = f"{seen.method} {seen.path}"
            self.writes_seen[key] = self.writes_seen.get(key, 0) + 1
            if self.writes_seen[key] == 1:
                self.apply(seen, body)
                return DROP
        return self.then(seen) if callable(self.then) else self.then

    def lookup(self, seen: Seen) -> Answer:
        if not self.lookups_work:
            return BUSY
        query = parse_qs(seen.query)
        with self.lock:
            if seen.path == ORDERS:
                found = [
                    {k: v for k, v in o.items() if k != "subaccount"}
                    for o in self.orders.values()
                    if [o["ticker"]] == query.get("ticker")
                    and [str(o["subaccount"])] == query.get("subaccount", [str(o["subaccount"])])
                ]
                return Answer(200, {"orders": found, "cursor": ""})
            order = self.orders.get(seen.path.rsplit("/", 1)[-1])
            if order is None:
                return Answer(404, {"error": {"code": "not_found", "message": "no such order"}})
            return Answer(200, {"order": {k: v for k, v in order.items() if k != "subaccount"}})

    def posts(self, path: str = ORDERS) -> int:
        return self.writes_seen.get(f"POST {path}", 0)


def call(mode: str, server: Loopback, operation: Any, rsa_pem: str, **kwargs: Any) -> Any:
    """`operation.sync(...)` or `operation.asyncio(...)` with a fresh margin client on `server`."""
    client = MarginClient("margin-key", rsa_pem, server.base_url, retry=FAST)
    if mode == "sync":
        with client:
            return operation.sync(client=client, **kwargs)

    async def run() -> Any:
        async with client:
            return await operation.asyncio(client=client, **kwargs)

    return asyncio.run(run())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
LATER = pytest.mark.parametrize(
    "then", [BUSY, LIMITED, DROP, DUPLICATE, Mixed()], ids=["5xx", "429", "dropped", "409", "mixed"]
)


@MODES
@LATER
def test_create_is_placed_once_and_answers_with_the_order(mode: str, then: Any, rsa_pem: str) -> None:
    desk = MarginDesk(then)
    with Loopback(desk) as server:
        created = call(mode, server, create_margin_order, rsa_pem, **ORDER)
    assert desk.problems == []
    (placed,) = desk.orders.values()
    assert (created.order_id, created.client_order_id) == (placed["order_id"], placed["client_order_id"])
    assert created.remaining_count == Decimal("5.00")
    assert created.fill_count == Decimal("0.00")
    sent = {body["client_order_id"] for body in desk.bodies}
    assert sent == {placed["client_order_id"]}, "one client_order_id, chosen before the first attempt"
    assert desk.posts() >= 2
    lookups = [s for s in server.seen if s.method == "GET"]
    assert lookups[0].path == ORDERS
    assert parse_qs(lookups[0].query)["ticker"] == [TICKER]


@MODES
def test_create_in_a_subaccount_is_looked_up_in_that_subaccount(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY)
    with Loopback(desk) as server:
        created = call(mode, server, create_margin_order, rsa_pem, subaccount=3, **ORDER)
    (placed,) = desk.orders.values()
    assert created.order_id == placed["order_id"]
    lookup = next(s for s in server.seen if s.method == "GET")
    assert parse_qs(lookup.query)["subaccount"] == ["3"]


@MODES
def test_create_with_lookups_failing_is_order_state_unknown(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY, lookups_work=False)
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, create_margin_order, rsa_pem, client_order_id="lost-7", **ORDER)
    assert caught.value.client_order_id == "lost-7"
    assert "lost-7" in str(caught.value)
    assert len(desk.orders) == 1, "the order rests on the book: the call must not claim it failed"


@MODES
def test_create_never_applied_then_5xx_is_order_state_unknown(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY, refuse={"never-1"})
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, create_margin_order, rsa_pem, client_order_id="never-1", **ORDER)
    assert caught.value.client_order_ids == ("never-1",)
    assert isinstance(caught.value.cause, ServerError)
    assert desk.orders == {}


def test_an_answered_create_is_not_looked_up(rsa_pem: str) -> None:
    def desk(seen: Seen) -> Answer:
        body = msgspec.json.decode(seen.body)
        return Answer(201, {"order_id": "mo-1", "client_order_id": body["client_order_id"],
                            "fill_count": "0.00", "remaining_count": "5.00"})  # fmt: skip

    with Loopback(desk) as server:
        created = call("sync", server, create_margin_order, rsa_pem, **ORDER)
    assert [s.method for s in server.seen] == ["POST"]
    assert created.client_order_id  # chosen by the client, sent and echoed


def _resting(desk: MarginDesk, order_id: str = "mo-9", count: str = "5.00") -> None:
    desk.orders[order_id] = {
        "order_id": order_id,
        "user_id": "u-1",
        "client_order_id": "c-9",
        "ticker": TICKER,
        "side": "bid",
        "price": "64250.5000",
        "fill_count": "0.00",
        "remaining_count": count,
        "last_update_reason": "",
        "subaccount": 0,
    }


@MODES
@LATER
def test_cancel_applied_then_failing_ends_canceled(mode: str, then: Any, rsa_pem: str) -> None:
    desk = MarginDesk(then)
    _resting(desk)
    with Loopback(desk) as server:
        canceled = call(mode, server, cancel_margin_order, rsa_pem, order_id="mo-9")
    assert (canceled.order_id, canceled.client_order_id) == ("mo-9", "c-9")
    assert desk.orders["mo-9"]["remaining_count"] == "0.00"


@MODES
def test_cancel_of_an_order_that_filled_meanwhile_is_not_claimed(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY)
    _resting(desk)

    def fill_instead(seen: Seen, body: dict[str, Any]) -> None:
        desk.orders["mo-9"].update(remaining_count="0.00", fill_count="5.00", last_update_reason="Trade")

    desk.apply = fill_instead  # type: ignore[method-assign]
    with Loopback(desk) as server, pytest.raises(ServerError):
        call(mode, server, cancel_margin_order, rsa_pem, order_id="mo-9")


@MODES
def test_amend_applied_then_5xx_ends_amended(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY)
    _resting(desk)
    with Loopback(desk) as server:
        amended = call(
            mode,
            server,
            amend_margin_order,
            rsa_pem,
            order_id="mo-9",
            ticker=TICKER,
            side="bid",
            price=Decimal("64300"),
            count=Decimal("7"),
        )
    assert amended.order_id == "mo-9"
    assert amended.remaining_count == Decimal("7.00")


@MODES
def test_decrease_to_applied_then_5xx_ends_decreased(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY)
    _resting(desk)
    with Loopback(desk) as server:
        decreased = call(
            mode, server, decrease_margin_order, rsa_pem, order_id="mo-9", reduce_to=Decimal("2")
        )
    assert decreased.remaining_count == Decimal("2.00")


@MODES
def test_decrease_by_is_never_sent_twice(mode: str, rsa_pem: str) -> None:
    desk = MarginDesk(BUSY)
    _resting(desk)
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, decrease_margin_order, rsa_pem, order_id="mo-9", reduce_by=Decimal("1"))
    assert caught.value.order_id == "mo-9"
    assert desk.posts(ORDERS + "/mo-9/decrease") == 1
    assert desk.orders["mo-9"]["remaining_count"] == "4.00"
