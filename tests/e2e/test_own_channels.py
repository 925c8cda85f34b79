"""`fill` and `user_orders` reach the consumer exactly once: with no faults straight from the
stream, and across forced disconnects through the client's REST backfill."""

from __future__ import annotations

import asyncio
import collections
import contextlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest

from kalshi_py.api.orders import get_orders
from kalshi_py.api.portfolio import get_fills
from kalshi_py.ws import KalshiWebSocket, StatusKind, StreamStatus
from kalshi_py.ws.messages import Fill, UserOrder
from kalshi_sim import LocalExchange

from .conftest import TICKERS, OrderFlow, Trader, eventually

SEED = 424242
State = tuple[str, Decimal, Decimal, Decimal, Decimal]


def state_of(status: str, price: Decimal, filled: Decimal, remaining: Decimal, initial: Decimal) -> State:
    return (status, Decimal(price), Decimal(filled), Decimal(remaining), Decimal(initial))


class Recorder:
    """Every state the engine gave `user_id`'s orders, in order: what `user_orders` should carry."""

    def __init__(self, ex: LocalExchange, user_id: str) -> None:
        self.user_id = user_id
        self.states: dict[str, list[State]] = collections.defaultdict(list)
        self.updates = 0
        with ex.lock:
            self.stop = ex.exchange.subscribe(self._on_event)

    def _on_event(self, event: Any) -> None:
        if type(event).__name__ == "OrderUpdate" and event.user_id == self.user_id:
            o = event.order
            self.states[o.order_id].append(
                state_of(o.status, o.price, o.fill_count, o.remaining_count, o.initial_count)
            )
            self.updates += 1


class Consumer:
    """Reads a client's stream, keeping the fills and order states delivered."""

    def __init__(self, ws: KalshiWebSocket) -> None:
        self.ws = ws
        self.fills: collections.Counter[tuple[str, str]] = collections.Counter()
        self.orders: dict[str, list[State]] = collections.defaultdict(list)
        self.order_messages = 0
        self.statuses: list[StreamStatus] = []
        self.task = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for item in self.ws:
            if isinstance(item, Fill):
                self.fills[(item.msg.trade_id, item.msg.order_id)] += 1
            elif isinstance(item, UserOrder):
                m = item.msg
                self.orders[m.order_id].append(
                    state_of(
                        m.status,
                        m.yes_price_dollars,
                        m.fill_count_fp,
                        m.remaining_count_fp,
                        m.initial_count_fp,
                    )
                )
                self.order_messages += 1
            elif isinstance(item, StreamStatus):
                self.statuses.append(item)

    def count(self, kind: str, channel: str | None = None) -> int:
        return sum(1 for s in self.statuses if s.kind == kind and (channel is None or s.channel == channel))

    def backfilled(self, channel: str) -> int:
        return sum(
            s.backfilled for s in self.statuses if s.kind == StatusKind.BACKFILLED and s.channel == channel
        )

    async def stop(self) -> None:
        await self.ws.close()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task


async def exchange_fills(trader: Trader) -> collections.Counter[tuple[str, str]]:
    """The multiset of `trader`'s fills from GET /portfolio/fills."""
    return collections.Counter(
        [(str(f.trade_id), str(f.order_id)) async for f in get_fills.paginate(client=trader.rest)]
    )


async def exchange_orders(trader: Trader) -> dict[str, State]:
    """Each of `trader`'s orders' state from GET /portfolio/orders."""
    return {
        str(o.order_id): state_of(
            o.status, o.yes_price_dollars, o.fill_count_fp, o.remaining_count_fp, o.initial_count_fp
        )
        async for o in get_orders.paginate(client=trader.rest)
    }


def is_subsequence(part: list[State], whole: list[State]) -> bool:
    """Whether `part` is `whole` with some states left out (none repeated, none reordered)."""
    rest: Iterator[State] = iter(whole)
    return all(any(state == candidate for candidate in rest) for state in part)


@pytest.fixture
async def watched(ex: LocalExchange, traders: list[Trader], frames: list[bytes]) -> Any:
    """The first trader's `fill` and `user_orders` subscription (with REST backfill), a record of
    the engine's updates to that trader's orders, and the order flow of all three traders."""
    trader = traders[0]
    recorder = Recorder(ex, trader.user_id)
    ws = KalshiWebSocket(
        trader.rest,
        url=ex.ws_url,
        rest_client=trader.rest,
        backoff_initial=0.05,
        backoff_max=0.1,
        command_timeout=5,
        on_frame=frames.append,
    )
    await ws.connect()
    consumer = Consumer(ws)
    await ws.subscribe(["fill", "user_orders"])
    yield trader, consumer, recorder, OrderFlow(ex, traders, TICKERS, SEED)
    await consumer.stop()
    with ex.lock:
        recorder.stop()


async def test_fills_and_user_orders_exactly_once_without_faults(watched: Any) -> None:
    trader, consumer, recorder, flow = watched
    for _ in range(150):
        await flow.step()

    async def caught_up() -> bool:
        return consumer.fills == await exchange_fills(trader) and consumer.order_messages == recorder.updates

    await eventually(
        caught_up,
        "every fill and order update delivered",
        lambda: (
            f"{sum(consumer.fills.values())} fills, "
            f"{consumer.order_messages} of {recorder.updates} order updates"
        ),
    )
    assert len(consumer.fills) > 10, "the flow filled the watched trader's orders"
    assert max(consumer.fills.values()) == 1
    assert dict(consumer.orders) == dict(recorder.states)
    assert consumer.count(StatusKind.DISCONNECTED) == 0
    assert consumer.count(StatusKind.BACKFILLED) == 0


async def test_fills_and_user_orders_survive_disconnects_through_rest_backfill(
    ex: LocalExchange, watched: Any, frames: list[bytes]
) -> None:
    trader, consumer, recorder, flow = watched

    async def backfilled(statuses: int) -> bool:
        return consumer.count(StatusKind.BACKFILLED) >= statuses

    for outage in range(4):
        for _ in range(25):
            await flow.step()
        # Drop the connection, then trade while it is down: the server's messages for these
        # actions go nowhere. The client's loop cannot run (and reconnect) until this block ends.
        ex.faults.ws_disconnect()
        for _ in range(15):
            flow.step_on_engine()
        await eventually(
            lambda n=outage: backfilled(2 * (n + 1)),
            f"backfill after outage {outage}",
            lambda: repr(consumer.statuses[-4:]),
        )
    for _ in range(25):
        await flow.step()

    async def reconciled() -> bool:
        orders = await exchange_orders(trader)
        return consumer.fills == await exchange_fills(trader) and all(
            consumer.orders.get(order_id, [None])[-1] == state for order_id, state in orders.items()
        )

    await eventually(
        reconciled,
        "the consumer's fills and order states equal the exchange's",
        lambda: f"{sum(consumer.fills.values())} fills delivered",
    )

    assert ex.faults.stats.ws_disconnects == 4
    assert consumer.count(StatusKind.RECONNECTED) == 4
    assert consumer.count(StatusKind.BACKFILL_FAILED) == 0
    assert max(consumer.fills.values()) == 1, "no fill delivered twice"
    on_the_wire = {
        (m["msg"]["trade_id"], m["msg"]["order_id"])
        for m in map(msgspec.json.decode, frames)
        if m.get("type") == "fill"
    }
    missed = set(consumer.fills) - on_the_wire
    assert missed, "some fills were never received on the WebSocket (the outages lost them)"
    assert consumer.backfilled("fill") == len(missed)
    assert consumer.backfilled("user_orders") > 0
    for order_id, delivered in consumer.orders.items():
        assert is_subsequence(delivered, recorder.states[order_id]), (
            f"order {order_id}: delivered states {delivered} are not the engine's "
            f"{recorder.states[order_id]} with some left out"
        )
