"""A margin-shaped WebSocket server on 127.0.0.1: the loopback server of the event-contract tests
(tests/ws/ws_loopback.py) speaking the margin dialect. It serves `/trade-api/ws/v2/margin`, keeps
bid/ask books in dollars, sends margin snapshots and deltas, has no `get_snapshot` action (as the
margin API has none: it answers error 13), and checks every frame it receives or sends against
the margin asyncapi document."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import contract
from websockets.asyncio.server import ServerConnection
from ws.ws_loopback import LoopbackKalshi, _Conn

from kalshi_py.auth import KalshiAuth
from kalshi_py.margin.ws import MarginWebSocket

MARGIN_WS_PATH = "/trade-api/ws/v2/margin"
UNSUPPORTED_ACTION = 13


class _Checked:
    """A server connection whose every sent frame is checked against the margin spec."""

    def __init__(self, ws: ServerConnection, server: MarginLoopback) -> None:
        self._ws = ws
        self._server = server

    async def send(self, frame: str) -> None:
        self._server.check(json.loads(frame))
        self._server.sent.append(json.loads(frame))
        await self._ws.send(frame)

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._ws.__aiter__()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ws, name)


class MarginLoopback(LoopbackKalshi):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[dict[str, Any]] = []

    @property
    def url(self) -> str:
        return super().url.replace("/trade-api/ws/v2", MARGIN_WS_PATH)

    def check(self, frame: dict[str, Any]) -> None:
        try:
            contract.validate_ws_message(frame, contract.MARGIN)
        except AssertionError as exc:
            self.contract_problems.append(f"{frame}: {exc}")

    async def _handler(self, ws: ServerConnection) -> None:
        await super()._handler(_Checked(ws, self))  # type: ignore[arg-type]

    def add_market(self, ticker: str, yes: dict[str, str], no: dict[str, str]) -> None:
        """A market with bids (`yes`) and asks (`no`) at dollar prices."""
        self.books[ticker] = {
            "bid": {Decimal(p): Decimal(s) for p, s in yes.items()},
            "ask": {Decimal(p): Decimal(s) for p, s in no.items()},
        }

    async def _snapshot(self, conn: _Conn, sid: int, ticker: str) -> None:
        book = self.books[ticker]
        msg = {
            "market_ticker": ticker,
            "bid": [[f"{p:.4f}", f"{s:.2f}"] for p, s in sorted(book["bid"].items())],
            "ask": [[f"{p:.4f}", f"{s:.2f}"] for p, s in sorted(book["ask"].items())],
        }
        await self._send(conn, {"type": "orderbook_snapshot", "msg": msg}, sid)

    async def _answer(self, conn: _Conn, command: dict[str, Any]) -> None:
        params = command.get("params", {})
        if command.get("cmd") == "update_subscription" and params.get("action") not in (
            "add_markets",
            "delete_markets",
        ):
            error = {"code": UNSUPPORTED_ACTION, "msg": "Unsupported action"}
            await conn.ws.send(json.dumps({"id": command.get("id"), "type": "error", "msg": error}))
            return
        await super()._answer(conn, command)

    def delta_msg(self, ticker: str, price: str, amount: str, side: str) -> dict[str, Any]:
        return {
            "market_ticker": ticker,
            "price": price,
            "delta": amount,
            "side": side,
            "ts_ms": 1786085188978,
        }


def margin_client(server: MarginLoopback, auth: KalshiAuth, **kwargs: Any) -> MarginWebSocket:
    """A margin client of `server` with short timeouts and backoff."""
    kwargs.setdefault("command_timeout", 3.0)
    kwargs.setdefault("backoff_initial", 0.01)
    kwargs.setdefault("backoff_max", 0.05)
    return MarginWebSocket(auth, url=server.url, **kwargs)
