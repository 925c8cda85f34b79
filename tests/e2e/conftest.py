"""Fixtures for the end-to-end tests: a local exchange with fresh markets, funded traders with
signed REST clients, and a log of every WebSocket frame the client received."""

from __future__ import annotations

import asyncio
import collections
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from contract import validate_ws_message

from kalshi_py.api.market import get_market_orderbook
from kalshi_py.api.orders import amend_order_v2, cancel_order_v2, create_order_v2, decrease_order_v2
from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_py.orderbook import OrderBook
from kalshi_py.types import Response
from kalshi_sim import Credentials, LocalExchange

SERIES = "KXE2E"
EVENT = "KXE2E-26DEC01"
TICKERS = (f"{EVENT}-T40", f"{EVENT}-T50", f"{EVENT}-T60")
WAIT = 10.0
"""Seconds any wait for the stream to settle may take before the test fails."""


@dataclass
class Trader:
    """An account on the local exchange and its signed REST client."""

    credentials: Credentials
    rest: KalshiAuthenticatedClient

    @property
    def user_id(self) -> str:
        return self.credentials.user_id


@pytest.fixture
def ex() -> Iterator[LocalExchange]:
    """A running local exchange (seeded) with three fresh, empty, active markets."""
    with LocalExchange(seed=7) as exchange:
        with exchange.lock:
            engine = exchange.exchange
            engine.add_series(SERIES, category="Testing")
            engine.add_event(EVENT, SERIES)
            for ticker in TICKERS:
                engine.add_market(ticker, EVENT)
        yield exchange


@pytest.fixture
async def traders(ex: LocalExchange) -> AsyncIterator[list[Trader]]:
    """Three funded accounts."""
    made = [Trader(c, ex.client(c)) for c in (ex.create_account("100000") for _ in range(3))]
    yield made
    for trader in made:
        await trader.rest.aclose()
        trader.rest.close()


@pytest.fixture
def frames() -> Iterator[list[bytes]]:
    """Every frame a test's WebSocket clients received (pass `frames.append` as `on_frame`); each
    is checked against asyncapi.yaml when the test ends."""
    received: list[bytes] = []
    yield received
    for frame in received:
        validate_ws_message(frame)


async def rest_book(rest: KalshiAuthenticatedClient, ticker: str) -> OrderBook:
    """The exchange's book of `ticker` from `GET /markets/{ticker}/orderbook`."""
    answer = await get_market_orderbook.asyncio(client=rest, ticker=ticker)
    return OrderBook.from_rest(ticker, answer.to_dict())


async def eventually(
    check: Callable[[], Awaitable[bool]],
    what: str,
    explain: Callable[[], str] = str,
    timeout: float = WAIT,
) -> None:
    """Poll `check` until it holds; fail naming `what` (and `explain()`) after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not await check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: still not true after {timeout} s; {explain()}")
        await asyncio.sleep(0.02)


class OrderFlow:
    """A seeded random sequence of V2 order actions from several traders on several markets:
    resting orders, crossing orders that trade, cancels, decreases and amends. Each step goes over
    REST (`step`) or straight to the engine (`step_on_engine`, synchronous)."""

    def __init__(self, ex: LocalExchange, traders: list[Trader], tickers: tuple[str, ...], seed: int) -> None:
        self.ex = ex
        self.traders = traders
        self.tickers = tickers
        self.random = random.Random(seed)
        self.done: collections.Counter[str] = collections.Counter()
        """Actions taken, by kind."""

    def _choose(self) -> tuple[str, Trader, dict[str, Any]]:
        rng = self.random
        trader = rng.choice(self.traders)
        with self.ex.lock:
            resting = [
                o
                for o in self.ex.exchange.orders(trader.user_id, status="resting")
                if o.ticker in self.tickers
            ]
        roll = rng.random()
        if resting and roll < 0.15:
            return "cancel", trader, {"order_id": rng.choice(resting).order_id}
        if resting and roll < 0.25:
            order = rng.choice(resting)
            if order.remaining_count > 1:
                return "decrease", trader, {"order_id": order.order_id, "reduce_by": "1"}
        if resting and roll < 0.35:
            order = rng.choice(resting)
            moved = order.price + Decimal(rng.randint(-2, 2)) / 100
            price = min(max(moved, Decimal("0.02")), Decimal("0.98"))
            count = order.fill_count + rng.randint(1, 8)
            return (
                "amend",
                trader,
                {
                    "order_id": order.order_id,
                    "ticker": order.ticker,
                    "side": order.side,
                    "price": f"{price:.2f}",
                    "count": f"{count}",
                },
            )
        crossing = roll > 0.75
        side = rng.choice(("bid", "ask"))
        offset = Decimal(rng.randint(-8, 8)) / 100
        if crossing:
            offset = Decimal(rng.randint(3, 10)) / 100 * (1 if side == "bid" else -1)
        ioc = crossing and rng.random() < 0.5
        return (
            "cross" if crossing else "rest",
            trader,
            {
                "ticker": rng.choice(self.tickers),
                "side": side,
                "count": f"{rng.randint(1, 10)}",
                "price": f"{Decimal('0.50') + offset:.2f}",
                "time_in_force": "immediate_or_cancel" if ioc else "good_till_canceled",
                "self_trade_prevention_type": "taker_at_cross",
            },
        )

    async def step(self) -> None:
        """One action over REST (kalshi_py.api.orders)."""
        kind, trader, args = self._choose()
        calls: dict[str, Callable[..., Awaitable[Response[Any]]]] = {
            "cancel": cancel_order_v2.asyncio_detailed,
            "decrease": decrease_order_v2.asyncio_detailed,
            "amend": amend_order_v2.asyncio_detailed,
            "cross": create_order_v2.asyncio_detailed,
            "rest": create_order_v2.asyncio_detailed,
        }
        answer = await calls[kind](client=trader.rest, **args)
        assert answer.status_code < 300, f"{kind}: HTTP {answer.status_code} {answer.content!r}"
        self.done[kind] += 1

    def step_on_engine(self) -> None:
        """One action on the engine directly, in this thread."""
        kind, trader, args = self._choose()
        with self.ex.lock:
            engine = self.ex.exchange
            if kind == "cancel":
                engine.cancel_order(trader.user_id, args["order_id"])
            elif kind == "decrease":
                engine.decrease_order(trader.user_id, args.pop("order_id"), **args)
            elif kind == "amend":
                engine.amend_order(trader.user_id, args.pop("order_id"), **args)
            else:
                engine.create_order(trader.user_id, **args)
        self.done[kind] += 1
