"""Kalshi's WebSocket API: a reconnecting asyncio client (`KalshiWebSocket`), its blocking face
(`SyncKalshiWebSocket`), typed messages (`decode_message`), status events and errors, and a
monitor of feed health and order books checked against REST (`FeedMonitor`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors, messages
from .client import KalshiWebSocket, Overflow, StreamItem, Subscription
from .errors import (
    CommandTimeout,
    StreamOverflowError,
    WebSocketAuthError,
    WebSocketClosed,
    WebSocketCommandError,
    WebSocketConnectionError,
    WebSocketError,
    WebSocketHandshakeError,
)
from .messages import (
    Command,
    GenericMessage,
    Message,
    ServerMessage,
    decode_command,
    decode_message,
    encode_command,
)
from .status import StatusKind, StreamStatus
from .sync import SyncKalshiWebSocket

if TYPE_CHECKING:
    from .monitor import FeedMonitor, FeedProblem, FeedStats

_MONITOR = ("FeedMonitor", "FeedProblem", "FeedStats")

__all__ = [
    "Command",
    "CommandTimeout",
    "FeedMonitor",
    "FeedProblem",
    "FeedStats",
    "GenericMessage",
    "KalshiWebSocket",
    "Message",
    "Overflow",
    "ServerMessage",
    "StatusKind",
    "StreamItem",
    "StreamOverflowError",
    "StreamStatus",
    "Subscription",
    "SyncKalshiWebSocket",
    "WebSocketAuthError",
    "WebSocketClosed",
    "WebSocketCommandError",
    "WebSocketConnectionError",
    "WebSocketError",
    "WebSocketHandshakeError",
    "decode_command",
    "decode_message",
    "encode_command",
    "errors",
    "messages",
]


def __getattr__(name: str) -> Any:
    # The monitor stands on kalshi_py.orderbook, which stands on this package's messages: it is
    # imported when first asked for.
    if name in _MONITOR:
        from . import monitor

        return getattr(monitor, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
