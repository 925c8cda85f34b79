"""Kalshi's margin WebSocket: `MarginWebSocket` (asyncio), `SyncMarginWebSocket` (blocking), and
the typed margin messages (`messages`, `decode_message`). Status events and errors are those of
`kalshi_py.ws`."""

from __future__ import annotations

from . import messages
from .client import MARGIN, MarginWebSocket, SyncMarginWebSocket
from .messages import Command, GenericMessage, Message, ServerMessage, decode_message, encode_command

__all__ = [
    "MARGIN",
    "Command",
    "GenericMessage",
    "MarginWebSocket",
    "Message",
    "ServerMessage",
    "SyncMarginWebSocket",
    "decode_message",
    "encode_command",
    "messages",
]
