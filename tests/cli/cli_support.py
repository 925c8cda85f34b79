"""Helpers of the `kalshi` command's tests: a runner that invokes the command against a local
exchange with a clean environment, and what the exchange holds."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner, Result

from kalshi_py.cli import app
from kalshi_sim import Credentials, LocalExchange

__all__ = [
    "KALSHI_COMMAND",
    "Kalshi",
    "LocalExchange",
    "active_tickers",
    "make_kalshi",
    "quoted_market",
    "without_modules",
]

ENV_NAMES = (
    "KALSHI_API_KEY_ID",
    "KALSHI_PRIVATE_KEY_PATH",
    "KALSHI_PY_PRIVATE_KEY_PEM",
    "KALSHI_ENV",
    "KALSHI_BASE_URL",
    "KALSHI_PROFILE",
    "KALSHI_FIX_ADDRESS",
    "KALSHI_FIX_CAFILE",
)


@dataclass
class Kalshi:
    """Runs `kalshi ...` against one local exchange, as one account."""

    exchange: LocalExchange
    credentials: Credentials
    config_home: Path

    def env(self, **changes: str | None) -> dict[str, str | None]:
        env: dict[str, str | None] = {name: None for name in ENV_NAMES}
        env.update(
            KALSHI_BASE_URL=self.exchange.rest_url,
            KALSHI_API_KEY_ID=self.credentials.api_key_id,
            KALSHI_PRIVATE_KEY_PATH=str(self.credentials.private_key_path),
            XDG_CONFIG_HOME=str(self.config_home),
            COLUMNS="200",
        )
        env.update(changes)
        return env

    def __call__(self, *args: str, input: str | None = None, **env: str | None) -> Result:
        return CliRunner().invoke(app, list(args), env=self.env(**env), input=input, catch_exceptions=False)

    def process_env(self, **changes: str | None) -> dict[str, str]:
        """The environment of a `python -m kalshi_py.cli` child process."""
        merged = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
        for name, value in self.env(**changes).items():
            if value is None:
                merged.pop(name, None)
            else:
                merged[name] = value
        return merged

    @property
    def user_id(self) -> str:
        return self.credentials.user_id


KALSHI_COMMAND = [sys.executable, "-m", "kalshi_py.cli"]


def without_modules(modules: Sequence[str], program: str) -> list[str]:
    """The command line of a Python process running `program` as if `modules` were not installed:
    importing any of them (or anything inside them) raises ModuleNotFoundError."""
    refuse = f"import sys\nfor name in {list(modules)!r}:\n    sys.modules[name] = None\n"
    return [sys.executable, "-c", refuse + program]


def make_kalshi(exchange: LocalExchange, tmp: Path) -> Kalshi:
    home = tmp / "config"
    home.mkdir()
    return Kalshi(exchange, exchange.create_account("1000"), home)


def active_tickers(exchange: LocalExchange) -> list[str]:
    with exchange.lock:
        return sorted(m.ticker for m in exchange.exchange.markets.values() if m.status == "active")


def quoted_market(exchange: LocalExchange) -> tuple[str, Decimal, Decimal]:
    """An active market with a YES bid and a YES ask: its ticker, best bid and best ask."""
    with exchange.lock:
        for ticker in sorted(exchange.exchange.markets):
            if exchange.exchange.markets[ticker].status != "active":
                continue
            yes, no = exchange.exchange.orderbook(ticker)
            if yes and no:
                return ticker, yes[-1][0], 1 - no[-1][0]
    raise AssertionError("no quoted active market")
