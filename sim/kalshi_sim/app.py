"""`ExchangeApp`: the ASGI application of one venue, its HTTP fronts on one port: Kalshi's REST
API under `/trade-api/v2` (`rest/`) and its WebSocket at `/trade-api/ws/v2` (`ws/`), the margin
REST API beside the first (`rest/margin/`) and the margin WebSocket at `/trade-api/ws/v2/margin`
(`ws/margin/`), and Klear under `/klear-api/v1` (`rest/klear/`).
Errors use Kalshi's body `{"error": {"code", "message", "details"}}`.

A REST path of the margin API only goes to it; a path both APIs have goes to the margin API when
the request is signed with a margin key (`asgi.py`)."""

from __future__ import annotations

import asyncio

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send

from .asgi import API_PREFIX, KLEAR_PREFIX, MARGIN_WS_PATH, PROTOCOL_KEY, TRANSPORT_KEY, WS_PATH
from .rest import RestFront
from .rest.klear import KLEAR
from .rest.margin import MARGIN
from .venue import Venue
from .ws import WsFront
from .ws.margin import MarginWsFront

__all__ = ["ExchangeApp"]

METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]


class ExchangeApp:
    """The REST and WebSocket fronts of one venue as an ASGI application."""

    def __init__(self, venue: Venue) -> None:
        self.venue = venue
        self.rest = RestFront(venue)
        self.margin_rest = RestFront(venue, MARGIN)
        self.klear = RestFront(venue, KLEAR)
        self.ws = self._ws_front(venue)
        self.margin_ws = MarginWsFront(venue)
        venue.faults.on_ws_disconnect(self.ws.drop_all_threadsafe)
        venue.faults.on_ws_disconnect(self.margin_ws.drop_all_threadsafe)
        self._app = Starlette(routes=self._routes(), exception_handlers={404: self._unrouted})
        self._unsubscribe = venue.exchange.subscribe(self.ws.on_event)
        self._unsubscribe_margin = venue.margin.subscribe(self.margin_ws.on_event)

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
        """Stop listening to the engines."""
        self._unsubscribe()
        self._unsubscribe_margin()

    def _routes(self) -> list[BaseRoute]:
        return [
            WebSocketRoute(WS_PATH, self.ws.endpoint),
            WebSocketRoute(MARGIN_WS_PATH, self.margin_ws.endpoint),
            Route(API_PREFIX + "/{operation_path:path}", self._rest, methods=METHODS),
            Route(KLEAR_PREFIX + "/{operation_path:path}", self._klear, methods=METHODS),
            Route("/{unknown:path}", self.rest.not_found, methods=METHODS),
        ]

    async def _unrouted(self, request: Request, exc: Exception) -> Response:
        """A path no route matches, even the catch-all (one with a line break): Kalshi's 404."""
        return await self.rest.not_found(request)

    async def _rest(self, request: Request) -> Response:
        path = "/" + request.path_params["operation_path"]
        front = self.rest
        if self.margin_rest.index.find(path) is not None and (
            self.rest.index.find(path) is None or self.venue.names_margin_key(request.headers)
        ):
            front = self.margin_rest
        return await front.dispatch(request, path)

    async def _klear(self, request: Request) -> Response:
        return await self.klear.dispatch(request, "/" + request.path_params["operation_path"])
