"""Errors of the WebSocket client.

    WebSocketError
    ├── WebSocketConnectionError        the connection could not be made or was lost
    │   └── WebSocketHandshakeError     the server refused the upgrade with an HTTP status
    │       └── WebSocketAuthError      401/403: the key was rejected (fatal, never retried)
    ├── WebSocketCommandError           the server answered a command with `type: error`
    ├── CommandTimeout                  no acknowledgement within the command timeout
    ├── StreamOverflowError             the consumer fell behind with `overflow="raise"`
    └── WebSocketClosed                 the client was closed

`WebSocketCommandError.code` is Kalshi's numeric WebSocket error code; the module constants
below name them (asyncapi.yaml `x-error-codes`). Codes 10 and 25 are terminal for the
subscription: it must be re-created.
"""

from __future__ import annotations

__all__ = [
    "ACTION_REQUIRED",
    "AUTHENTICATION_REQUIRED",
    "CHANNELS_REQUIRED",
    "CHANNEL_ERROR",
    "COMMAND_TIMEOUT",
    "ERROR_NAMES",
    "EXACTLY_ONE_SID_REQUIRED",
    "INDEX_IDS_REQUIRED",
    "INVALID_PARAMETER",
    "MARKET_TICKER_REQUIRED",
    "MATCH_IDS_REQUIRED",
    "PARAMS_REQUIRED",
    "SHARD_FACTOR_INVALID",
    "SHARD_FACTOR_REQUIRED",
    "SHARD_FACTOR_TOO_LARGE",
    "SHARD_KEY_INVALID",
    "SIDS_REQUIRED",
    "SUBSCRIPTION_BUFFER_OVERFLOW",
    "SUBSCRIPTION_MARKET_LIMIT",
    "TERMINAL_CODES",
    "TOO_MANY_REQUESTS",
    "UNABLE_TO_PROCESS",
    "UNDERLYING_TICKERS_REQUIRED",
    "UNKNOWN_CHANNEL",
    "UNKNOWN_COMMAND",
    "UNKNOWN_SID",
    "UNSUPPORTED_ACTION",
    "CommandTimeout",
    "StreamOverflowError",
    "WebSocketAuthError",
    "WebSocketClosed",
    "WebSocketCommandError",
    "WebSocketConnectionError",
    "WebSocketError",
    "WebSocketHandshakeError",
]

UNABLE_TO_PROCESS = 1
PARAMS_REQUIRED = 2
CHANNELS_REQUIRED = 3
SIDS_REQUIRED = 4
UNKNOWN_COMMAND = 5
UNKNOWN_SID = 7
UNKNOWN_CHANNEL = 8
AUTHENTICATION_REQUIRED = 9
CHANNEL_ERROR = 10
INVALID_PARAMETER = 11
EXACTLY_ONE_SID_REQUIRED = 12
UNSUPPORTED_ACTION = 13
MARKET_TICKER_REQUIRED = 14
ACTION_REQUIRED = 15
COMMAND_TIMEOUT = 18
SHARD_FACTOR_INVALID = 19
SHARD_FACTOR_REQUIRED = 20
SHARD_KEY_INVALID = 21
SHARD_FACTOR_TOO_LARGE = 22
MATCH_IDS_REQUIRED = 23
INDEX_IDS_REQUIRED = 24
SUBSCRIPTION_BUFFER_OVERFLOW = 25
SUBSCRIPTION_MARKET_LIMIT = 26
TOO_MANY_REQUESTS = 27
UNDERLYING_TICKERS_REQUIRED = 28

ERROR_NAMES: dict[int, str] = {
    UNABLE_TO_PROCESS: "Unable to process message",
    PARAMS_REQUIRED: "Params required",
    CHANNELS_REQUIRED: "Channels required",
    SIDS_REQUIRED: "Subscription IDs required",
    UNKNOWN_COMMAND: "Unknown command",
    UNKNOWN_SID: "Unknown subscription ID",
    UNKNOWN_CHANNEL: "Unknown channel name",
    AUTHENTICATION_REQUIRED: "Authentication required",
    CHANNEL_ERROR: "Channel error",
    INVALID_PARAMETER: "Invalid parameter",
    EXACTLY_ONE_SID_REQUIRED: "Exactly one subscription ID is required",
    UNSUPPORTED_ACTION: "Unsupported action",
    MARKET_TICKER_REQUIRED: "Market Ticker required",
    ACTION_REQUIRED: "Action required",
    COMMAND_TIMEOUT: "Command timeout",
    SHARD_FACTOR_INVALID: "shard_factor must be > 0",
    SHARD_FACTOR_REQUIRED: "shard_factor is required when shard_key is set",
    SHARD_KEY_INVALID: "shard_key must be >= 0 and < shard_factor",
    SHARD_FACTOR_TOO_LARGE: "shard_factor must be <= 100",
    MATCH_IDS_REQUIRED: "Match IDs required",
    INDEX_IDS_REQUIRED: "Index IDs required",
    SUBSCRIPTION_BUFFER_OVERFLOW: "Subscription buffer overflow",
    SUBSCRIPTION_MARKET_LIMIT: "Subscription market limit exceeded",
    TOO_MANY_REQUESTS: "Too many requests",
    UNDERLYING_TICKERS_REQUIRED: "Underlying tickers required",
}

TERMINAL_CODES = frozenset({CHANNEL_ERROR, SUBSCRIPTION_BUFFER_OVERFLOW})


class WebSocketError(Exception):
    """Base of every error raised by `kalshi_py.ws`."""


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
