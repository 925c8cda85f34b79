"""Reconnecting against hostile servers: one that accepts the upgrade and closes at once must see
reconnects spaced exponentially, never a reconnect-and-resubscribe loop at a fixed pace."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections.abc import AsyncIterator

import pytest
from websockets.asyncio.server import Server, ServerConnection, serve

from kalshi_py.auth import KalshiAuth
from kalshi_py.ws import KalshiWebSocket, StatusKind, StreamStatus, WebSocketConnectionError

from .ws_loopback import WS_PATH


class AcceptAndClose:
    """Accepts every upgrade and closes with `code` at once; the first connection first answers
    one subscribe, so that later connections are asked to replay it."""

    def __init__(self, code: int) -> None:
        self.code = code
        self.accepted_at: list[float] = []
        self.commands: list[dict[str, object]] = []
        self.server: Server | None = None

    async def handler(self, ws: ServerConnection) -> None:
        self.accepted_at.append(asyncio.get_running_loop().time())
        if len(self.accepted_at) == 1:
            command = json.loads(await ws.recv())
            self.commands.append(command)
            channel = command["params"]["channels"][0]
            reply = {"id": command["id"], "type": "subscribed", "msg": {"channel": channel, "sid": 1}}
            await ws.send(json.dumps(reply))
        await ws.close(self.code, "go away")

    @property
    def url(self) -> str:
        assert self.server is not None
        port = next(iter(self.server.sockets)).getsockname()[1]
        return f"ws://127.0.0.1:{port}{WS_PATH}"


async def read_to_the_end(ws: KalshiWebSocket) -> None:
    while True:
        await ws.recv(timeout=10)


@pytest.fixture(params=[1008, 1009], ids=["policy-violation", "frame-too-large"])
async def hostile(request: pytest.FixtureRequest) -> AsyncIterator[AcceptAndClose]:
    server = AcceptAndClose(request.param)
    server.server = await serve(
        server.handler, "127.0.0.1", 0, compression=None, logger=logging.getLogger("loopback.server")
    )
    yield server
    server.server.close()
    await server.server.wait_closed()


async def test_a_server_that_accepts_and_closes_sees_exponentially_spaced_reconnects(
    hostile: AcceptAndClose, auth: KalshiAuth
) -> None:
    ws = KalshiWebSocket(auth, url=hostile.url, backoff_initial=0.1, backoff_max=60.0, command_timeout=5)
    statuses: list[StreamStatus] = []
    async with ws:
        await ws.subscribe("ticker")
        while len(hostile.accepted_at) < 7:
            item = await ws.recv(timeout=10)
            if isinstance(item, StreamStatus):
                statuses.append(item)

    times = hostile.accepted_at
    gaps = [b - a for a, b in itertools.pairwise(times[1:])]  # between reconnects, after the first drop
    # The backoff is drawn from the upper half of 0.1 s x 2^n: each wait is at least the previous
    # one's ceiling, so it never shrinks by much and grows ~2x per attempt on average. A backoff
    # that resets on every handshake gives gaps of equal size instead.
    assert all(later >= 0.6 * earlier for earlier, later in itertools.pairwise(gaps)), gaps
    assert gaps[-1] >= 3.0 * gaps[0], gaps
    assert sum(gaps) >= 1.5, gaps
    disconnects = [s for s in statuses if s.kind == StatusKind.DISCONNECTED]
    assert len(disconnects) >= 5
    assert all(s.reason and str(hostile.code) in s.reason for s in disconnects)


async def test_max_reconnect_attempts_counts_connections_that_never_became_healthy(
    auth: KalshiAuth,
) -> None:
    server = AcceptAndClose(1008)
    server.server = await serve(
        server.handler, "127.0.0.1", 0, compression=None, logger=logging.getLogger("loopback.server")
    )
    try:
        ws = KalshiWebSocket(
            auth, url=server.url, backoff_initial=0.01, backoff_max=0.02, max_reconnect_attempts=3
        )
        await ws.connect()
        await ws.subscribe("ticker")
        with pytest.raises(WebSocketConnectionError, match=r"gave up reconnecting .* after 3 attempts"):
            await read_to_the_end(ws)
        await ws.close()
        assert len(server.accepted_at) == 4  # the first connection and three reconnects
    finally:
        server.server.close()
        await server.server.wait_closed()
