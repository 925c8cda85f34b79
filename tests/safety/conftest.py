"""Fixtures of the safety tests: a quiet local exchange (its books move only when a test acts),
a fresh funded account on it, and what the exchange holds for that account."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kalshi_py import KalshiAuthenticatedClient
from kalshi_sim import Credentials, LocalExchange

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def exchange() -> Iterator[LocalExchange]:
    with LocalExchange(seed=5) as ex:
        yield ex


@pytest.fixture
def account(exchange: LocalExchange) -> Credentials:
    return exchange.create_account("1000")


@pytest.fixture
def client(exchange: LocalExchange, account: Credentials) -> Iterator[KalshiAuthenticatedClient]:
    with exchange.client(account) as signed:
        yield signed


def resting(exchange: LocalExchange, user_id: str, subaccount: int | None = None) -> set[str]:
    """The ids of the account's resting orders, as the exchange holds them."""
    with exchange.lock:
        orders = exchange.exchange.orders(user_id, status="resting", subaccount=subaccount)
        return {o.order_id for o in orders}


def open_subaccounts(exchange: LocalExchange, user_id: str, last: int, cents: int = 100) -> None:
    """Open the account's subaccounts up to number `last`, each funded with `cents` from the primary."""
    with exchange.lock:
        engine = exchange.exchange
        while max(engine.account(user_id).subaccounts) < last:
            number = engine.create_subaccount(user_id)
            engine.apply_subaccount_transfer(user_id, f"fund-{number}", 0, number, cents)


def market_ticker(exchange: LocalExchange, index: int = 0) -> str:
    """An active market where a YES bid at 0.01 rests rather than trades."""
    with exchange.lock:
        tickers = sorted(
            m.ticker
            for m in exchange.exchange.markets.values()
            if m.status == "active" and (m.book.best_ask() is None or m.book.best_ask() > Decimal("0.02"))
        )
    return tickers[index]


def resting_bid(ticker: str, count: str = "2") -> dict[str, object]:
    """The arguments of a YES bid at 0.01, which rests."""
    return {
        "ticker": ticker,
        "side": "bid",
        "count": Decimal(count),
        "price": Decimal("0.01"),
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }


def child_env(exchange: LocalExchange, account: Credentials) -> dict[str, str]:
    """The environment of a bot or `kalshi` process acting as `account` on `exchange`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI")}
    env.update(
        KALSHI_BASE_URL=exchange.rest_url,
        KALSHI_API_KEY_ID=account.api_key_id,
        KALSHI_PRIVATE_KEY_PATH=str(account.private_key_path),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        PYTHONUNBUFFERED="1",
    )
    env.pop("PYTHONWARNINGS", None)
    return env


PYTHON = sys.executable
