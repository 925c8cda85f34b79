"""`Activity`: background order flow from the exchange's house accounts, so books move; `Timer`,
what runs it (and the margin exchange's flow and upkeep, `perps.py`) on the server's loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import random
import threading
import time
from collections import deque
from decimal import Decimal

from ..engine import ExchangeError, Market
from ..venue import Venue

__all__ = ["Activity", "Paced", "Timer"]

CENT = Decimal("0.01")


class Timer:
    """Work run on the venue's loop under the engine lock every `interval` seconds, until stopped:
    `tick()` is the work."""

    def __init__(self, venue: Venue, interval: float) -> None:
        self.venue = venue
        self.interval = interval
        self._stopped = threading.Event()
        self._future: concurrent.futures.Future[None] | None = None

    def tick(self) -> None:
        raise NotImplementedError

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
        while not self._stopped.is_set():
            with self.venue.engine_lock:
                self.tick()
            await asyncio.sleep(self.interval)


class Paced(Timer):
    """A `step()` taken `rate` times a second on average since the start: each tick takes the
    steps due (at most 1000 at once)."""

    def __init__(self, venue: Venue, rate: float) -> None:
        if rate <= 0:
            raise ValueError(f"activity rate must be positive, got {rate}")
        super().__init__(venue, min(1.0 / rate, 0.05))
        self.rate = rate
        self.placed = 0
        """Steps taken."""
        self._started: float | None = None

    def step(self) -> None:
        raise NotImplementedError

    def tick(self) -> None:
        now = time.monotonic()
        if self._started is None:
            self._started = now
        due = int((now - self._started) * self.rate) - self.placed
        for _ in range(min(due, 1000)):
            self.placed += 1
            self.step()


class Activity(Paced):
    """Background order flow from the exchange's house accounts: `rate` orders per second, placed
    near each active market's last price on the server's loop (on the empty side first when a
    side was swept), with old orders canceled so books stay a bounded size."""

    MAX_RESTING_PER_MARKET = 40

    def __init__(self, venue: Venue, rate: float, seed: int = 0) -> None:
        super().__init__(venue, rate)
        self.random = random.Random(seed)  # noqa: S311 (repeatable order flow, not secrets)
        self._placed: dict[tuple[str, str], deque[str]] = {}
        self._active: list[Market] = []  # the markets trading, listed once a tick

    def tick(self) -> None:
        exchange = self.venue.exchange
        self._active = [m for m in exchange.markets.values() if m.status == "active"]
        super().tick()

    def _houses(self) -> list[str]:
        exchange = self.venue.exchange
        if not exchange.house_accounts:
            for index in range(2):
                account = exchange.create_account("1000000000", user_id=f"house-activity-{index}")
                exchange.house_accounts.append(account.user_id)
        return list(exchange.house_accounts)

    def step(self) -> None:
        """Place one order (and cancel an old one when the market's book is full)."""
        exchange = self.venue.exchange
        if not self._active:
            return
        rng = self.random
        market = rng.choice(self._active)
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
