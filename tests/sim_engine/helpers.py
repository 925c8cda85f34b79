"""A hand-set clock and a one-market exchange for the engine tests."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from kalshi_sim import Exchange
from kalshi_sim.engine import OrderResult
from kalshi_sim.harness.catalogue import populate

START = 1796212800.0  # 2026-12-02T12:00:00Z
TICKER = "KXTEST-26DEC01-T1"


class Clock:
    """Wall time that moves only when a test says so."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def seeded(seed: int, clock: Callable[[], float], markets: int | None = None) -> Exchange:
    """An exchange with the seeded catalogue a `LocalExchange` starts with."""
    return populate(Exchange(seed=seed, clock=clock), seed, markets=markets)


def one_market(
    *,
    grid: str = "linear_cent",
    fee_type: str = "quadratic",
    fee_multiplier: str = "1",
    clock: Clock | None = None,
) -> Exchange:
    exchange = Exchange(seed=0, clock=clock or Clock())
    exchange.add_series(
        "KXTEST", category="Testing", fee_type=fee_type, fee_multiplier=Decimal(fee_multiplier)
    )
    exchange.add_event("KXTEST-26DEC01", "KXTEST")
    exchange.add_market(TICKER, "KXTEST-26DEC01", price_level_structure=grid)
    return exchange


def order(exchange: Exchange, user_id: str, side: str, count: str, price: str, **extra: Any) -> OrderResult:
    """A GTC order with maker-cancel STP unless told otherwise."""
    kwargs: dict[str, Any] = {
        "ticker": TICKER,
        "side": side,
        "count": Decimal(count),
        "price": Decimal(price),
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    kwargs.update(extra)
    return exchange.create_order(user_id, **kwargs)


def D(text: str) -> Decimal:
    return Decimal(text)
