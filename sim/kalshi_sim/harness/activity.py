"""`Activity`: background order flow from the exchange's house accounts, so books move."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import random
import threading
from collections import deque
from decimal import Decimal

from ..engine import ExchangeError
from ..venue import Venue

__all__ = ["Activity"]

CENT = Decimal("0.01")


class Activity:
    """Background order flow from the exchange's house accounts: `rate` orders per second, placed
    near each active market's last price on the server's loop (on the empty side first when a
    side was swept), with old orders canceled so books stay a bounded size."""

    MAX_RESTING_PER_MARKET = 40

    def __init__(self, venue: Venue, rate: float, seed: int = 0) -> None:
        if rate <= 0:
            raise ValueError(f"activity rate must be positive, got {rate}")
        self.venue = venue
        self.rate = rate
        self.random = random.Random(seed)  # noqa: S311 (repeatable order flow, not secrets)
        self.placed = 0
        self._stopped = threading.Event()
        self._future: concurrent.futures.Future[None] | None = None
        self._placed: dict[tuple[str, str], deque[str]] = {}

    def start(self) -> None:
        loop = self.venue.loop
        if loop is None:
            raise RuntimeError("the exchange is not serving")
        self._future = asyncio.run_coroutine_threadsafe(self._run(), loop)

    def stop(self) -> None:
        self._stopped.set()
        if self._future is not None:
            self._future.cancel()
            with contextlib.suppress(concurrent.futures.CancelledError, concurrent.futures.TimeoutError):
                self._future.result(timeout=5)
            self._future = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        while not self._stopped.is_set():
            due = int((loop.time() - started) * self.rate) - self.placed
            if due > 0:
                with self.venue.engine_lock:
                    for _ in range(min(due, 1000)):
                        self.step()
            await asyncio.sleep(min(1.0 / self.rate, 0.05))

    def _houses(self) -> list[str]:
        exchange = self.venue.exchange
        if not exchange.house_accounts:
            for index in range(2):
                account = exchange.create_account("1000000000", user_id=f"house-activity-{index}")
                exchange.house_accounts.append(account.user_id)
        return list(exchange.house_accounts)

    def step(self) -> None:
        """Place one order (and cancel an old one when the market's book is full)."""
        self.placed += 1
        exchange = self.venue.exchange
        markets = [m for m in exchange.markets.values() if m.status == "active"]
        if not markets:
            return
        rng = self.random
        market = rng.choice(markets)
        house = rng.choice(self._houses())
        centre = (
            market.last_price if Decimal("0.05") <= market.last_price <= Decimal("0.95") else Decimal("0.5")
        )
        price = centre + Decimal(rng.randint(-6, 6)) / 100
        side = rng.choice(("bid", "ask"))
        best_bid, best_ask = market.book.best_bid(), market.book.best_ask()
        if best_ask is None and best_bid is not None:  # a side swept empty is quoted again first
            side, price = "ask", max(price, best_bid + CENT)
        elif best_bid is None and best_ask is not None:
            side, price = "bid", min(price, best_ask - CENT)
        price = min(max(price, CENT), 1 - CENT)
        placed = self._placed.setdefault((house, market.ticker), deque())
        if len(placed) >= self.MAX_RESTING_PER_MARKET:
            with contextlib.suppress(ExchangeError):
                exchange.cancel_order(house, placed.popleft())
        with contextlib.suppress(ExchangeError):
            result = exchange.create_order(
                house,
                ticker=market.ticker,
                side=side,
                count=f"{rng.randint(1, 20)}.00",
                price=f"{price:.2f}",
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
            )
            if result.order.is_resting:
                placed.append(result.order.order_id)
