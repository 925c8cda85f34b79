"""What the fronts share about the ASGI server they run in: the two paths, and the connection
behind a request (its transport, to drop it with no answer; its protocol, to batch writes)."""

from __future__ import annotations

from starlette.types import Scope

__all__ = ["API_PREFIX", "PROTOCOL_KEY", "TRANSPORT_KEY", "WS_PATH", "abort_connection"]

API_PREFIX = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"
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
