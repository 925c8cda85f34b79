"""No logger carries the handshake's credentials: with every logger at DEBUG, a signed connect to
the loopback server logs neither the signature nor the key id, in any record's text or args."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from kalshi_py.auth import KalshiAuth
from kalshi_py.ws import KalshiWebSocket

from .ws_loopback import KEY_ID, LoopbackKalshi, client


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def every_logger_at_debug() -> Iterator[_Keep]:
    """The root logger and every logger that exists, at DEBUG, enabled, feeding one handler."""
    keep = _Keep()
    loggers = [logging.getLogger(), logging.getLogger("websockets.client")]
    loggers += [lg for lg in logging.Logger.manager.loggerDict.values() if isinstance(lg, logging.Logger)]
    saved = [(lg, lg.level, lg.disabled) for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.DEBUG)
        lg.disabled = False
        lg.addHandler(keep)
    try:
        yield keep
    finally:
        for lg, level, disabled in saved:
            lg.setLevel(level)
            lg.disabled = disabled
            lg.removeHandler(keep)


def assert_no_credential_logged(server: LoopbackKalshi, records: list[logging.LogRecord]) -> None:
    signatures = {headers["KALSHI-ACCESS-SIGNATURE"] for headers in server.handshake_headers}
    assert len(signatures) >= 2
    secrets = [*signatures, KEY_ID]
    ours = [r for r in records if not r.name.startswith("loopback.")]
    handshake_lines = [r for r in ours if "KALSHI-ACCESS-SIGNATURE" in r.getMessage()]
    assert handshake_lines, "the handshake was not logged at DEBUG: this test would prove nothing"
    leaks = [
        f"{r.name}: {r.getMessage()}"
        for r in ours
        if any(secret in text for secret in secrets for text in (r.getMessage(), str(r.msg), repr(r.args)))
    ]
    assert leaks == []


async def test_a_signed_connect_logs_no_signature_and_no_key_id(
    server: LoopbackKalshi, auth: KalshiAuth, every_logger_at_debug: _Keep
) -> None:
    async with client(server, auth) as ws:
        await ws.subscribe("orderbook_delta", ["A"])
        await server.drop_all()  # a reconnect signs a second handshake
        await ws.recv(timeout=5)
        while server.accepted < 2:
            await ws.recv(timeout=5)

    assert_no_credential_logged(server, every_logger_at_debug.records)


def test_the_blocking_client_logs_no_signature_and_no_key_id(
    threaded_server: LoopbackKalshi, auth: KalshiAuth, every_logger_at_debug: _Keep
) -> None:
    with KalshiWebSocket.sync(auth, url=threaded_server.url, backoff_initial=0.01) as ws:
        ws.subscribe("orderbook_delta", ["A"])
        threaded_server.call_soon(threaded_server.drop_all())  # a reconnect signs a second handshake
        while threaded_server.accepted < 2 or len(ws.subscriptions) != 1 or ws.connections < 2:
            ws.recv(timeout=5)
    assert_no_credential_logged(threaded_server, every_logger_at_debug.records)
