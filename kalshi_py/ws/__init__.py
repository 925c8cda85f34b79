"""Kalshi's WebSocket API: a reconnecting asyncio client (`KalshiWebSocket`), its blocking face
(`SyncKalshiWebSocket`), typed messages (`decode_message`), status events and errors."""

from __future__ import annotations

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

__all__ = [
    "Command",
    "CommandTimeout",
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
