"""Errors of the WebSocket client, a branch of kalshi-py's one error tree.

    KalshiError                         (kalshi_py.errors)
    └── WebSocketError
        ├── WebSocketConnectionError    the connection could not be made or was lost
        │   └── WebSocketHandshakeError the server refused the upgrade with an HTTP status
        │       └── WebSocketAuthError  401/403: the key was rejected (fatal, never retried)
        ├── WebSocketCommandError       the server answered a command with `type: error`
        ├── CommandTimeout              no acknowledgement within the command timeout
        ├── StreamOverflowError         the consumer fell behind with `overflow="raise"`
        └── WebSocketClosed             the client was closed

`WebSocketCommandError.code` is Kalshi's numeric WebSocket error code; the constants of this
module name them (generated from asyncapi.yaml `x-error-codes` into `_asyncapi.error_codes`).
`TERMINAL_CODES` (10 and 25) end the subscription: it must be made anew.
"""

from __future__ import annotations

from ..errors import KalshiError
from ._asyncapi.error_codes import *  # noqa: F403
from ._asyncapi.error_codes import ERROR_NAMES, TERMINAL_CODES
from ._asyncapi.error_codes import __all__ as _CODES

__all__ = [  # noqa: PLE0604
    *_CODES,
    "CommandTimeout",
    "StreamOverflowError",
    "WebSocketAuthError",
    "WebSocketClosed",
    "WebSocketCommandError",
    "WebSocketConnectionError",
    "WebSocketError",
    "WebSocketHandshakeError",
]


class WebSocketError(KalshiError):
    """Base of every error raised by `kalshi_py.ws` (a `kalshi_py.errors.KalshiError`)."""


class WebSocketConnectionError(WebSocketError):
    """The connection could not be established or was lost."""


class WebSocketHandshakeError(WebSocketConnectionError):
    """The server refused the WebSocket upgrade with an HTTP status."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class WebSocketAuthError(WebSocketHandshakeError):
    """The handshake was rejected with 401/403: the API key or its signature was not accepted.
    Fatal: the client stops instead of reconnecting."""


class WebSocketCommandError(WebSocketError):
    """The server answered a command with an `error` message."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        command: str,
        command_id: int | None = None,
        market_ticker: str | None = None,
    ) -> None:
        name = ERROR_NAMES.get(code, "unknown error code")
        text = f"{command} failed with Kalshi WebSocket error {code} ({name}): {message}"
        if market_ticker:
            text += f" [market {market_ticker}]"
        super().__init__(text)
        self.code = code
        self.message = message
        self.command = command
        self.command_id = command_id
        self.market_ticker = market_ticker

    @property
    def terminal(self) -> bool:
        """Whether the error ends the subscription (codes 10 and 25)."""
        return self.code in TERMINAL_CODES


class CommandTimeout(WebSocketError):
    """A command was not acknowledged within its timeout."""


class StreamOverflowError(WebSocketError):
    """The consumer did not keep up: the bounded message queue filled with `overflow="raise"`."""


class WebSocketClosed(WebSocketError):
    """The client is closed (or stopped after a fatal error, given as `__cause__`)."""
