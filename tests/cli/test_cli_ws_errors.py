"""WebSocket errors are KalshiErrors, and the CLI still reports them as WebSocket errors: a
rejected key is a usage problem, anything else an API error saying it came from the WebSocket."""

from __future__ import annotations

from kalshi_py.cli.errors import EXIT_API_ERROR, EXIT_USAGE, describe
from kalshi_py.errors import KalshiError
from kalshi_py.ws import CommandTimeout, WebSocketAuthError


def test_websocket_errors_keep_their_exit_status_and_their_prefix() -> None:
    rejected = WebSocketAuthError("the WebSocket handshake was rejected with HTTP 401", status=401)
    timeout = CommandTimeout("subscribe: no acknowledgement within 10 s")
    assert isinstance(rejected, KalshiError)
    assert isinstance(timeout, KalshiError)
    assert describe(rejected) == ("the WebSocket handshake was rejected with HTTP 401", EXIT_USAGE)
    assert describe(timeout) == ("WebSocket: subscribe: no acknowledgement within 10 s", EXIT_API_ERROR)
