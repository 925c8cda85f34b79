"""`ExchangeApp`: the ASGI application of one venue, its two HTTP fronts on one port: Kalshi's
REST API under `/trade-api/v2` (`rest/`) and its WebSocket at `/trade-api/ws/v2` (`ws/`). Errors
use Kalshi's body `{"error": {"code", "message", "details"}}`."""

from __future__ import annotations

import asyncio

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send

from .asgi import API_PREFIX, PROTOCOL_KEY, TRANSPORT_KEY, WS_PATH
from .rest import RestFront
from .venue import Venue
from .ws import WsFront

__all__ = ["ExchangeApp"]

METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]


class ExchangeApp:
    """The REST and WebSocket fronts of one venue as an ASGI application."""

    def __init__(self, venue: Venue) -> None:
        self.venue = venue
        self.rest = RestFront(venue)
        self.ws = self._ws_front(venue)
        venue.faults.on_ws_disconnect(self.ws.drop_all_threadsafe)
        self._app = Starlette(routes=self._routes())
        self._unsubscribe = venue.exchange.subscribe(self.ws.on_event)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            owner = getattr(send, "__self__", None)
            transport = getattr(owner, "transport", None)
            if transport is not None:
                scope[TRANSPORT_KEY] = transport
                scope[PROTOCOL_KEY] = owner
        elif scope["type"] == "lifespan":
            self.venue.bind_loop(asyncio.get_running_loop())
        await self._app(scope, receive, send)

    def _ws_front(self, venue: Venue) -> WsFront:
        """The WebSocket front (a replay plays its recording through its own)."""
        return WsFront(venue)

    def close(self) -> None:
        """Stop listening to the engine."""
        self._unsubscribe()

    def _routes(self) -> list[BaseRoute]:
        return [
            WebSocketRoute(WS_PATH, self.ws.endpoint),
            Route(API_PREFIX + "/{operation_path:path}", self._rest, methods=METHODS),
            Route("/{unknown:path}", self.rest.not_found, methods=METHODS),
        ]

    async def _rest(self, request: Request) -> Response:
        return await self.rest.dispatch(request, "/" + request.path_params["operation_path"])
