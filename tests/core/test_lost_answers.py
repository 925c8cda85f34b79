"""Order writes whose answer is lost, against a hostile order desk on loopback.

The desk applies the first attempt of every write and drops the connection instead of answering,
then answers every later attempt with a failure (5xx, 429, another dropped connection), while its
lookups (`GET /portfolio/orders`, `GET /portfolio/orders/{id}`) tell the truth. Whatever the later
attempts get, the call must end with what the exchange holds, or with `OrderStateUnknown` carrying
the ids to look up; never with the 5xx of the last attempt while the order rests on the book.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from decimal import Decimal
from typing import Any

import msgspec
import pytest

import kalshi_py
from kalshi_py.api.orders import (
    amend_order_v2,
    batch_create_orders_v2,
    cancel_order_v2,
    create_order_v2,
    decrease_order_v2,
)
from kalshi_py.errors import OrderStateUnknown, ServerError
from kalshi_py.models import CreateOrderV2Request
from kalshi_py.retry import RetryPolicy

from .loopback import DROP, Answer, Loopback, Seen
from .test_retry import ORDER

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

FAST = RetryPolicy(max_retries=3, backoff_base=0.001, backoff_cap=0.002)
TICKER = ORDER["ticker"]
ORDERS = "/trade-api/v2/portfolio/events/orders"
BUSY = Answer(503, {"error": {"code": "service_unavailable", "message": "busy"}})
LIMITED = Answer(429, {"error": "too many requests"})


class OrderDesk:
    """Applies the first attempt of each write and loses its answer; `then` answers the rest."""

    def __init__(
        self, then: Any = BUSY, *, lookups_work: bool = True, refuse: set[str] | None = None
    ) -> None:
        self.then = then
        self.lookups_work = lookups_work
        self.refuse = refuse or set()  # client_order_ids the desk refuses to place
        self.orders: dict[str, dict[str, Any]] = {}
        self.writes_seen: dict[str, int] = {}
        self.lock = threading.Lock()
        self.ids = itertools.count(1)

    def place(self, order: dict[str, Any]) -> None:
        if order["client_order_id"] in self.refuse:
            return
        order_id = f"ord-{next(self.ids)}"
        self.orders[order_id] = {
            "order_id": order_id,
            "client_order_id": order["client_order_id"],
            "ticker": order["ticker"],
            "book_side": order["side"],
            "status": "resting",
            "yes_price_dollars": order["price"],
            "fill_count_fp": "0.00",
            "remaining_count_fp": order["count"],
            "initial_count_fp": order["count"],
        }

    def apply(self, seen: Seen) -> None:
        body = msgspec.json.decode(seen.body) if seen.body else {}
        path = seen.path
        if seen.method == "POST" and path == ORDERS:
            self.place(body)
        elif seen.method == "POST" and path == ORDERS + "/batched":
            for order in body["orders"]:
                self.place(order)
        elif seen.method == "DELETE":
            order = self.orders[path.rsplit("/", 1)[-1]]
            order.update(status="canceled", remaining_count_fp="0.00")
        elif path.endswith("/amend"):
            order = self.orders[path.split("/")[-2]]
            order.update(yes_price_dollars=body["price"], remaining_count_fp=body["count"])
        elif path.endswith("/decrease"):
            order = self.orders[path.split("/")[-2]]
            order.update(remaining_count_fp=body.get("reduce_to") or order["remaining_count_fp"])

    def __call__(self, seen: Seen) -> Any:
        if seen.method == "GET":
            return self.lookup(seen)
        with self.lock:
            key = f"{seen.method} {seen.path}"
            self.writes_seen[key] = self.writes_seen.get(key, 0) + 1
            if self.writes_seen[key] == 1:
                self.apply(seen)
                return DROP
        return self.then(seen) if callable(self.then) else self.then

    def lookup(self, seen: Seen) -> Answer:
        if not self.lookups_work:
            return BUSY
        with self.lock:
            if seen.path == "/trade-api/v2/portfolio/orders":
                found = [o for o in self.orders.values() if f"ticker={o['ticker']}" in seen.query]
                return Answer(200, {"orders": found, "cursor": ""})
            order = self.orders.get(seen.path.rsplit("/", 1)[-1])
            if order is None:
                return Answer(404, {"error": {"code": "not_found", "message": "no such order"}})
            return Answer(200, {"order": order})

    def posts(self, path: str = ORDERS) -> int:
        return self.writes_seen.get(f"POST {path}", 0)


def call(mode: str, server: Loopback, operation: Any, **kwargs: Any) -> Any:
    """`operation.sync(...)` or `operation.asyncio(...)` with a fresh client on `server`."""
    if mode == "sync":
        with kalshi_py.Client(base_url=server.base_url, retry=FAST) as client:
            return operation.sync(client=client, **kwargs)

    async def run() -> Any:
        async with kalshi_py.Client(base_url=server.base_url, retry=FAST) as client:
            return await operation.asyncio(client=client, **kwargs)

    return asyncio.run(run())


class Mixed:
    """503, a dropped connection, 429, in turn."""

    def __init__(self) -> None:
        self.answers = itertools.cycle([BUSY, DROP, LIMITED])

    def __call__(self, seen: Seen) -> Any:
        return next(self.answers)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
LATER = pytest.mark.parametrize(
    "then", [BUSY, LIMITED, DROP, Mixed()], ids=["5xx", "429", "dropped", "mixed"]
)


@MODES
@LATER
def test_create_applied_then_failing_retries_ends_with_the_order(mode: str, then: Any) -> None:
    desk = OrderDesk(then)
    with Loopback(desk) as server:
        created = call(mode, server, create_order_v2, **ORDER)
    (placed,) = desk.orders.values()
    assert (created.order_id, created.client_order_id) == (placed["order_id"], placed["client_order_id"])
    assert created.remaining_count == Decimal("5.00")
    assert desk.posts() == 1 + FAST.max_retries
    lookups = [s for s in server.seen if s.method == "GET"]
    assert lookups
    assert lookups[0].path == "/trade-api/v2/portfolio/orders"


@MODES
def test_create_applied_then_5xx_and_lookups_failing_is_order_state_unknown(mode: str) -> None:
    desk = OrderDesk(BUSY, lookups_work=False)
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, create_order_v2, client_order_id="lost-7", **ORDER)
    assert caught.value.client_order_id == "lost-7"
    assert "lost-7" in str(caught.value)
    assert len(desk.orders) == 1, "the order rests on the book: the call must not claim it failed"


@MODES
def test_create_never_applied_then_5xx_is_order_state_unknown_not_server_error(mode: str) -> None:
    desk = OrderDesk(BUSY, refuse={"never-1"})
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, create_order_v2, client_order_id="never-1", **ORDER)
    assert caught.value.client_order_ids == ("never-1",)
    assert isinstance(caught.value.cause, ServerError)
    assert desk.orders == {}


@MODES
def test_batch_create_applied_then_5xx_ends_with_every_order(mode: str) -> None:
    desk = OrderDesk(BUSY)
    orders = [CreateOrderV2Request(**ORDER, client_order_id=f"b-{n}") for n in range(3)]
    with Loopback(desk) as server:
        answer = call(mode, server, batch_create_orders_v2, orders=orders)
    by_client_id = {o["client_order_id"]: o["order_id"] for o in desk.orders.values()}
    assert [(i.client_order_id, i.order_id) for i in answer.orders] == [
        (f"b-{n}", by_client_id[f"b-{n}"]) for n in range(3)
    ]
    assert desk.posts(ORDERS + "/batched") == 1 + FAST.max_retries


@MODES
def test_batch_create_with_an_order_not_found_is_order_state_unknown_naming_it(mode: str) -> None:
    desk = OrderDesk(BUSY, refuse={"b-1"})
    orders = [CreateOrderV2Request(**ORDER, client_order_id=f"b-{n}") for n in range(3)]
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, batch_create_orders_v2, orders=orders)
    assert caught.value.client_order_ids == ("b-1",)
    assert caught.value.client_order_id == "b-1"
    for placed in desk.orders.values():
        assert placed["order_id"] in str(caught.value)


def _desk_with_order(then: Any) -> OrderDesk:
    desk = OrderDesk(then)
    desk.place({**ORDER, "client_order_id": "c-1", "count": "5.00", "price": "0.5600"})
    return desk


@MODES
@LATER
def test_cancel_applied_then_failing_retries_ends_with_the_canceled_order(mode: str, then: Any) -> None:
    desk = _desk_with_order(then)
    with Loopback(desk) as server:
        canceled = call(mode, server, cancel_order_v2, order_id="ord-1")
    assert (canceled.order_id, canceled.client_order_id) == ("ord-1", "c-1")
    assert canceled.reduced_by == Decimal("5.00")
    assert desk.orders["ord-1"]["status"] == "canceled"


@MODES
def test_cancel_applied_then_404_ends_with_the_canceled_order(mode: str) -> None:
    desk = _desk_with_order(Answer(404, {"error": {"code": "not_found", "message": "no such order"}}))
    with Loopback(desk) as server:
        canceled = call(mode, server, cancel_order_v2, order_id="ord-1")
    assert canceled.order_id == "ord-1"


@MODES
def test_amend_applied_then_5xx_ends_with_the_amended_order(mode: str) -> None:
    desk = _desk_with_order(BUSY)
    with Loopback(desk) as server:
        amended = call(
            mode, server, amend_order_v2, order_id="ord-1", ticker=TICKER, side="bid", price="0.57", count="8"
        )
    assert (amended.order_id, amended.remaining_count) == ("ord-1", Decimal("8"))
    assert desk.orders["ord-1"]["yes_price_dollars"] == "0.57"


@MODES
def test_decrease_to_applied_then_5xx_ends_with_the_decreased_order(mode: str) -> None:
    desk = _desk_with_order(BUSY)
    with Loopback(desk) as server:
        decreased = call(mode, server, decrease_order_v2, order_id="ord-1", reduce_to="2")
    assert (decreased.order_id, decreased.remaining_count) == ("ord-1", Decimal("2"))


@MODES
def test_decrease_by_is_not_retried_and_a_lost_answer_is_order_state_unknown(mode: str) -> None:
    desk = _desk_with_order(BUSY)
    with Loopback(desk) as server, pytest.raises(OrderStateUnknown) as caught:
        call(mode, server, decrease_order_v2, order_id="ord-1", reduce_by="2")
    assert caught.value.order_id == "ord-1"
    assert desk.posts("/trade-api/v2/portfolio/events/orders/ord-1/decrease") == 1


def test_a_write_not_shown_done_raises_the_last_error() -> None:
    """The order reads back untouched: the cancel was not applied, and the 503 stands."""

    class Untouched(OrderDesk):
        def apply(self, seen: Seen) -> None:
            pass

    desk = Untouched(BUSY)
    desk.place({**ORDER, "client_order_id": "c-1"})
    with Loopback(desk) as server, pytest.raises(ServerError):
        call("sync", server, cancel_order_v2, order_id="ord-1")
