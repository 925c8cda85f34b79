"""Kalshi's margin (Perps) API: perpetual futures, on the same client machinery as event contracts.

    from kalshi_py.margin import create_client
    from kalshi_py.margin.api.market import get_margin_markets

    client = create_client()            # KALSHI_MARGIN_API_KEY_ID + a private key from the env
    markets = get_margin_markets.sync(client=client).markets

- `kalshi_py.margin.api.<tag>.<operation>`: every operation of Kalshi's margin REST spec, with
  `sync`, `sync_detailed`, `asyncio` and `asyncio_detailed`; `kalshi_py.margin.models` its models,
  with `Decimal` prices, amounts and counts.
- `MarginClient` / `create_client`: a client signed with a margin API key, from variables of its
  own (`KALSHI_MARGIN_*`, see `kalshi_py.margin.client`).
- `kalshi_py.margin.ws`: the margin WebSocket, `kalshi_py.margin.orderbook`: exact local books.

Errors are those of `kalshi_py.errors`.
"""

from __future__ import annotations

from ..environments import MARGIN_DEMO, MARGIN_PRODUCTION
from .client import MarginClient, create_client

__all__ = ["MARGIN_DEMO", "MARGIN_PRODUCTION", "MarginClient", "create_client"]
