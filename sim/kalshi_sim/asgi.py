"""What the fronts share about the ASGI server they run in: the paths, and the connection behind
a request (its transport, to drop it with no answer; its protocol, to batch writes).

Kalshi serves its margin exchange from hosts of its own whose paths are those of the event
contracts (`/trade-api/v2`, most margin operations under `/margin`) but for the margin WebSocket
(`/trade-api/ws/v2/margin`); the local exchange serves both on one port, so only the WebSocket
path and the API key tell them apart. Klear lives under `/klear-api/v1`."""

from __future__ import annotations

from starlette.types import Scope

__all__ = [
    "API_PREFIX",
    "KLEAR_PREFIX",
    "MARGIN_WS_PATH",
    "PROTOCOL_KEY",
    "TRANSPORT_KEY",
    "WS_PATH",
    "abort_connection",
]

API_PREFIX = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"
MARGIN_WS_PATH = "/trade-api/ws/v2/margin"
KLEAR_PREFIX = "/klear-api/v1"
TRANSPORT_KEY = "kalshi_sim.transport"
PROTOCOL_KEY = "kalshi_sim.protocol"


def abort_connection(scope: Scope) -> bool:
    """Drop the TCP connection of this request or WebSocket, answering nothing. False when the
    server gave no transport to drop."""
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        return False
    transport.abort()
    return True
