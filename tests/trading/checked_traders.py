"""Traders on a local exchange with one fresh market, whose every answer kalshi-py receives is
checked against openapi.yaml on its way in (`validated` lists the operations checked)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import contract
import httpx

from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_sim import LocalExchange

__all__ = ["checked_trader", "one_market_exchange", "validated"]

validated: list[str] = []
"""The operation of every answer checked so far."""


def _validate(response: httpx.Response) -> None:
    """An httpx response hook: the answer must match the spec of the operation that was called."""
    response.read()
    operation_id = contract.validate_request(response.request)
    contract.validate_response(operation_id, response.status_code, response.content)
    validated.append(operation_id)


@contextmanager
def one_market_exchange(seed: int, ticker: str) -> Iterator[LocalExchange]:
    """A running local exchange with the market `ticker` (SERIES-EVENT-STRIKE) listed and open."""
    series, date, _ = ticker.split("-")
    with LocalExchange(seed=seed) as ex:
        with ex.lock:
            ex.exchange.add_series(series, category="Testing")
            ex.exchange.add_event(f"{series}-{date}", series)
            ex.exchange.add_market(ticker, f"{series}-{date}")
        yield ex


def checked_trader(ex: LocalExchange) -> tuple[str, KalshiAuthenticatedClient]:
    """A new account with $1000 and its client, whose answers are checked against the spec."""
    credentials = ex.create_account(balance="1000")
    client = ex.client(credentials, max_retries=0, httpx_args={"event_hooks": {"response": [_validate]}})
    return credentials.user_id, client
