"""`MarginWebSocket`: Kalshi's margin WebSocket (`/trade-api/ws/v2/margin`) through the machinery
of `kalshi_py.ws`, and its blocking face `SyncMarginWebSocket`.

Everything `KalshiWebSocket` does, it does: the handshake signed with the (margin) API key, a
reconnect loop with backoff and jitter that replays every subscription, `seq` checked per
subscription, order books held back and healed with fresh snapshots after a gap, a reconnect or
an overflow, a bounded queue, `StreamStatus` events. The margin API has no `get_snapshot` action,
so a book is healed by subscribing its subscription again, which snapshots every market of it
afresh. Fills and orders missed during an outage are not fetched over REST (`rest_client` is
refused): reconcile with `GET /margin/fills` and `GET /margin/orders` on `reconnected`.

    from kalshi_py.margin import create_client
    from kalshi_py.margin.orderbook import MarginOrderBookTracker
    from kalshi_py.margin.ws import MarginWebSocket

    async with MarginWebSocket(create_client()) as ws:
        books = MarginOrderBookTracker(resync=ws.resync)
        await ws.subscribe(["orderbook_delta"], market_tickers=["KXBTCPERP"])
        async for item in ws:
            book = books.apply(item)
"""

from __future__ import annotations

from typing import Any

from ...environments import MARGIN_PRODUCTION, margin_ws_url_for, resolve_margin_environment
from ...ws import KalshiWebSocket, SyncKalshiWebSocket
from ...ws._dialect import Dialect
from . import messages

__all__ = ["MARGIN", "MarginWebSocket", "SyncMarginWebSocket"]

MARGIN = Dialect.of(
    messages,
    name="margin",
    type_channel={
        "orderbook_snapshot": "orderbook_delta",
        "orderbook_delta": "orderbook_delta",
        "ticker": "ticker",
        "trade": "trade",
        "fill": "fill",
        "user_order": "user_orders",
        "order_group_updates": "order_group_updates",
    },
    snapshot_action=None,
    market_actions=("add_markets", "delete_markets"),
    production=MARGIN_PRODUCTION,
    resolve_environment=resolve_margin_environment,
    ws_url_for=margin_ws_url_for,
    backfill=False,
)
"""The margin WebSocket API (perps_asyncapi.yaml)."""


class MarginWebSocket(KalshiWebSocket):
    """An asyncio client of Kalshi's margin WebSocket; the arguments of `KalshiWebSocket`.

    `auth` is a `KalshiAuth` or a signed client (`kalshi_py.margin.create_client()`), whose REST
    host selects the margin WebSocket host unless `environment` or `url` is given. Its stream
    carries the Structs of `kalshi_py.margin.ws.messages`.
    """

    dialect = MARGIN

    @classmethod
    def sync(cls, *args: Any, **kwargs: Any) -> SyncMarginWebSocket:
        """A blocking client (same arguments), driven by threads."""
        return SyncMarginWebSocket(*args, **kwargs)


class SyncMarginWebSocket(SyncKalshiWebSocket):
    """`MarginWebSocket` with blocking methods (same arguments); use as a context manager."""

    dialect = MARGIN
