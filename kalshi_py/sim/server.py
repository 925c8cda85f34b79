"""The local exchange's network face: Kalshi's REST API under `/trade-api/v2` and its WebSocket
at `/trade-api/ws/v2`, one Starlette app on one port, backed by an in-memory `Exchange`.

REST: every operation of Kalshi's spec (`kalshi_py/models/openapi.json`) answers. The trading
core (exchange, series, events, markets, order books, trades, portfolio, V2 orders, order groups,
queue positions, account limits, API keys) is served by the engine; every other operation answers
a minimal instance of its response schema (`_schema.example_for`). Private operations (those with
`security` in the spec) check the `KALSHI-ACCESS-*` signature; request parameters and bodies are
checked strictly and a problem is a 400 naming it. Errors use Kalshi's body
`{"error": {"code", "message", "details"}}`; a 429 is `{"error": "too many requests"}`.

WebSocket: the handshake is signed like a REST call (`ts + "GET" + "/trade-api/ws/v2"`); commands
subscribe, unsubscribe, update_subscription and list_subscriptions; channels orderbook_delta,
ticker, trade, fill, market_positions, user_orders, order_group_updates, market_lifecycle_v2.
`seq` counts 1, 2, 3, ... per subscription on the messages the spec sequences. The server pings
every `heartbeat_interval` seconds with payload `heartbeat`.

Engine calls happen on the server's event loop thread under `engine_lock`; the engine's events are
fanned out to WebSocket connections through per-connection asyncio queues.

This module holds `SimServer`, the app that routes to the rest:

    _spec.py             the operation table read from the spec, and finding a path's operations
    _wire.py             paths, JSON encoder, Kalshi's error bodies, market ids, price levels
    _rest.py             one REST call: checks, rate limit, faults, handler; pagination
    _rest_markets.py     handlers: exchange, series, events, markets, order books, trades
    _rest_portfolio.py   handlers: balance, positions, fills, orders, order groups, API keys
    _streams.py          WebSocket connections, commands, subscriptions, seq
    _stream_messages.py  the WebSocket messages built from engine events
    _heartbeat.py        uvicorn's WebSocket protocol with Kalshi's heartbeat ping
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send

# The handler modules fill HANDLERS with their `@handles` as they are imported.
from . import _rest, _rest_markets, _rest_portfolio  # noqa: F401
from ._heartbeat import HeartbeatWebSocketProtocol
from ._rest import HANDLERS
from ._spec import Operation, OperationIndex, SpecTable, spec_table
from ._streams import StreamHub
from ._wire import API_PREFIX, PROTOCOL_KEY, TRANSPORT_KEY, WS_PATH, ApiError, error_response
from .auth import ApiKey, AuthenticationError, KeyRing
from .faults import TIERS, Faults

__all__ = [
    "API_PREFIX",
    "DEFAULT_HEARTBEAT_INTERVAL",
    "HANDLERS",
    "WS_PATH",
    "HeartbeatWebSocketProtocol",
    "Operation",
    "SimServer",
    "SpecTable",
    "spec_table",
]

DEFAULT_HEARTBEAT_INTERVAL = 10.0


class SimServer:
    """The REST and WebSocket app of one local exchange. `app` is the ASGI application."""

    def __init__(
        self,
        exchange: Any,
        *,
        keys: KeyRing | None = None,
        faults: Faults | None = None,
        tier: str = "basic",
        heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL,
    ) -> None:
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; known tiers: {', '.join(TIERS)}")
        self.exchange = exchange
        self.keys = keys if keys is not None else KeyRing()
        self.faults = faults if faults is not None else Faults()
        self.tier = tier
        self.heartbeat_interval = heartbeat_interval
        self.engine_lock = threading.RLock()
        self.spec = spec_table()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread_id: int | None = None
        self.streams = StreamHub(self)
        self.faults.on_ws_disconnect(self.streams.drop_all_threadsafe)
        self.index = OperationIndex(self.spec.operations)
        self._app = Starlette(routes=self._routes())
        self._unsubscribe = exchange.subscribe(self.streams.on_event)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            owner = getattr(send, "__self__", None)
            transport = getattr(owner, "transport", None)
            if transport is not None:
                scope[TRANSPORT_KEY] = transport
                scope[PROTOCOL_KEY] = owner
        elif scope["type"] == "lifespan":
            self.bind_loop(asyncio.get_running_loop())
        await self._app(scope, receive, send)

    def bind_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Tell the server which loop (and thread) it serves on."""
        self.loop = loop
        self.loop_thread_id = threading.get_ident()

    def close(self) -> None:
        """Stop listening to the engine."""
        unsubscribe = self._unsubscribe
        if callable(unsubscribe):
            unsubscribe()

    # routing ---------------------------------------------------------------------------------

    def _routes(self) -> list[BaseRoute]:
        methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]
        return [
            WebSocketRoute(WS_PATH, self.streams.endpoint),
            Route(API_PREFIX + "/{operation_path:path}", self._dispatch, methods=methods),
            Route("/{unknown:path}", self._not_found, methods=methods),
        ]

    async def _not_found(self, request: Request) -> Response:
        return error_response(
            404, "not_found", "not found", f"no operation answers {request.method} {request.url.path}"
        )

    async def _dispatch(self, request: Request) -> Response:
        found = self.index.find("/" + request.path_params["operation_path"])
        if found is None:
            return await self._not_found(request)
        ops, path_params = found
        op = ops.get(request.method)
        if op is None:
            return error_response(
                405,
                "method_not_allowed",
                "method not allowed",
                f"{request.method} is not an operation of {request.url.path}",
            )
        return await _rest.serve(self, op, request, path_params)

    def signed_path(self, scope: Scope) -> str:
        """The path the caller signed: the raw request path, without its query."""
        raw = scope.get("raw_path")
        if isinstance(raw, bytes) and raw:
            return raw.split(b"?", 1)[0].decode("ascii", errors="replace")
        return str(scope.get("root_path", "")) + str(scope["path"])

    def authenticate(self, headers: Mapping[str, str], method: str, path: str) -> ApiKey:
        """The API key that signed this request, or a 401 `ApiError`."""
        try:
            return self.keys.verify(headers, method, path)
        except AuthenticationError as exc:
            raise ApiError(401, "authentication_error", "authentication_error", exc.details) from None
