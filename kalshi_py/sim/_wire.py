"""What REST and WebSocket share on the wire: the two paths, the JSON encoder, Kalshi's error
bodies (`ApiError`, `error_response`, the 429 body), dropping a client's connection, and how a
market's id and price levels are spelled."""

from __future__ import annotations

import functools
import time
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import msgspec
from starlette.responses import Response
from starlette.types import Scope

from ._core import ExchangeError
from ._objects import count_fp, dollars

API_PREFIX = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"
TRANSPORT_KEY = "kalshi_sim.transport"
PROTOCOL_KEY = "kalshi_sim.protocol"

encode = msgspec.json.Encoder(decimal_format="string").encode

MAX_NESTING = 32
"""How deep a request body may nest; Kalshi's deepest request body nests 3 levels."""


def nesting_depth(value: Any) -> int:
    """How many arrays and objects deep `value` nests (without recursing)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            items: Any = item.values()
        elif isinstance(item, list):
            items = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in items)
    return deepest


class ApiError(ExchangeError):
    """An answer other than success, in Kalshi's error shape."""


class DropConnection(Exception):
    """Close the client's connection with no answer."""


def json_response(body: Any, status: int = 200) -> Response:
    return Response(encode(body), status_code=status, media_type="application/json")


def error_response(status: int, code: str, message: str, details: str = "") -> Response:
    return json_response({"error": {"code": code, "message": message, "details": details}}, status)


def api_error_response(exc: ApiError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.details)


def too_many_requests() -> Response:
    return json_response({"error": "too many requests"}, 429)


def bad_request(message: str, details: str = "") -> ApiError:
    return ApiError(400, "bad_request", message, details)


def abort_connection(scope: Scope) -> None:
    """Drop the TCP connection of this request or WebSocket, answering nothing."""
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        raise DropConnection("no transport to drop")
    transport.abort()


@functools.lru_cache(maxsize=65536)
def market_id(ticker: str) -> str:
    """A stable UUID for a market (the engine names markets by ticker only)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-sim-market:" + ticker))


def orderbook_levels(levels: Iterable[tuple[Decimal, Decimal]]) -> list[list[str]]:
    return [[dollars(price), count_fp(size)] for price, size in levels]


def now_ms() -> int:
    """The wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000
