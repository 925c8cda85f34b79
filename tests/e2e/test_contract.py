"""Every WebSocket frame the client receives from the local exchange matches asyncapi.yaml: a
short run over every channel the exchange serves data on, with a seq gap, a reconnect and an
error reply. (The other tests here check their own frames too, through the `frames` fixture.)"""

from __future__ import annotations

import collections
import contextlib

import msgspec
import pytest
from contract import validate_ws_message

from kalshi_py.ws import KalshiWebSocket, StatusKind, StreamStatus, WebSocketCommandError
from kalshi_sim import LocalExchange

from .conftest import TICKERS, OrderFlow, Trader, eventually


async def test_every_received_frame_matches_asyncapi(
    ex: LocalExchange, traders: list[Trader], frames: list[bytes]
) -> None:
    trader = traders[0]
    statuses: collections.Counter[str] = collections.Counter()
    async with KalshiWebSocket(
        trader.rest,
        url=ex.ws_url,
        rest_client=trader.rest,
        backoff_initial=0.01,
        backoff_max=0.05,
        on_frame=frames.append,
    ) as ws:
        await ws.subscribe(["orderbook_delta", "ticker", "trade"], list(TICKERS))
        await ws.subscribe(["fill", "user_orders", "market_positions"])
        flow = OrderFlow(ex, traders, TICKERS, seed=99)
        ex.faults.ws_skip_seq_rate = 0.2
        for step in range(40):
            await flow.step()
            if step == 20:
                ex.faults.ws_disconnect()
        ex.faults.ws_skip_seq_rate = 0.0
        await ws.list_subscriptions()
        book_sub = next(s for s in ws.subscriptions if s.channel == "orderbook_delta")
        with pytest.raises(WebSocketCommandError):
            await ws.update_subscription(book_sub, "get_snapshot", "KXE2E-NO-SUCH-MARKET")

        async def healed() -> bool:
            with contextlib.suppress(TimeoutError):
                while True:
                    item = await ws.recv(timeout=0.01)
                    if isinstance(item, StreamStatus):
                        statuses[item.kind] += 1
            return statuses[StatusKind.BACKFILLED] >= 2 and statuses[StatusKind.GAP] > 0

        await eventually(healed, "a reconnect with backfill and a seq gap", lambda: repr(statuses))

    kinds = collections.Counter(msgspec.json.decode(frame)["type"] for frame in frames)
    assert set(kinds) >= {
        "subscribed",
        "ok",
        "error",
        "orderbook_snapshot",
        "orderbook_delta",
        "ticker",
        "trade",
        "fill",
        "user_order",
        "market_position",
    }, kinds
    for frame in frames:
        validate_ws_message(frame)
