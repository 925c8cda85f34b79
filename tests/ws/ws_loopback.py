"""A small Kalshi-shaped WebSocket server on 127.0.0.1 for the client tests: it verifies the signed
handshake, answers commands, keeps real order books and sends snapshots and numbered deltas,
and can drop connections, skip a seq or refuse keys on demand."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import threading
from collections.abc import Coroutine, Iterator
from decimal import Decimal
from typing import Any

from contract import validate_ws_message
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.http11 import Request, Response

from kalshi_py.auth import KalshiAuth
from kalshi_py.ws import KalshiWebSocket

WS_PATH = "/trade-api/ws/v2"
KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c"
_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


class _Conn:
    def __init__(self, ws: ServerConnection) -> None:
        self.ws = ws
        self.next_sid = 1
        self.subs: dict[int, dict[str, Any]] = {}  # sid -> {"channel", "markets", "seq"}


class LoopbackKalshi:
    def __init__(self, public_key: rsa.RSAPublicKey | None) -> None:
        self.public_key = public_key
        self.books: dict[str, dict[str, dict[Decimal, Decimal]]] = {}
        self.conns: list[_Conn] = []
        self.commands: list[dict[str, Any]] = []
        self.contract_problems: list[str] = []
        self.handshake_paths: list[str] = []
        self.handshake_headers: list[dict[str, str]] = []
        self.close_codes: list[int | None] = []
        """The close code each ended connection got from the client (1006: no close frame)."""
        self.accepted = 0
        self.refuse_status: int | None = None
        self.skip_seq = 0
        self.silent_commands: set[str] = set()
        self.server: Server | None = None
        self.clock = 100
        self.loop: asyncio.AbstractEventLoop | None = None
        """The loop the server runs on, when it runs in a thread of its own."""

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        self.server = await serve(
            self._handler,
            "127.0.0.1",
            0,
            process_request=self._check,
            compression=None,
            logger=logging.getLogger("loopback.server"),  # the test server's logs are not the client's
        )

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    @property
    def url(self) -> str:
        assert self.server is not None
        port = next(iter(self.server.sockets)).getsockname()[1]
        return f"ws://127.0.0.1:{port}{WS_PATH}"

    def add_market(self, ticker: str, yes: dict[str, str], no: dict[str, str]) -> None:
        self.books[ticker] = {
            "yes": {Decimal(p): Decimal(s) for p, s in yes.items()},
            "no": {Decimal(p): Decimal(s) for p, s in no.items()},
        }

    # --- handshake ---------------------------------------------------------------------------

    def _check(self, connection: ServerConnection, request: Request) -> Response | None:
        self.handshake_paths.append(request.path)
        self.handshake_headers.append(dict(request.headers.raw_items()))
        if self.refuse_status is not None:
            return connection.respond(self.refuse_status, "refused\n")
        if self.public_key is None:
            return None
        headers = request.headers
        key, ts, sig = (headers.get(f"KALSHI-ACCESS-{h}") for h in ("KEY", "TIMESTAMP", "SIGNATURE"))
        if not (key and ts and sig):
            return connection.respond(401, "missing KALSHI-ACCESS headers\n")
        try:
            self.public_key.verify(
                base64.b64decode(sig),
                (ts + "GET" + request.path.split("?")[0]).encode(),
                _PSS,
                hashes.SHA256(),
            )
        except InvalidSignature:
            return connection.respond(401, "INCORRECT_API_KEY_SIGNATURE\n")
        return None

    # --- connection --------------------------------------------------------------------------

    async def _handler(self, ws: ServerConnection) -> None:
        conn = _Conn(ws)
        conn.next_sid = 1 + 100 * self.accepted  # sids differ from one connection to the next
        self.conns.append(conn)
        self.accepted += 1
        try:
            async for raw in ws:
                command = json.loads(raw)
                self.check(command)
                self.commands.append(command)
                if command.get("cmd") in self.silent_commands:
                    continue
                await self._answer(conn, command)
        except Exception:
            pass
        finally:
            self.close_codes.append(ws.close_code)
            if conn in self.conns:
                self.conns.remove(conn)

    def check(self, frame: dict[str, Any]) -> None:
        """Check a frame against the spec (asyncapi.yaml here), keeping what does not fit."""
        try:
            validate_ws_message(frame)
        except AssertionError as exc:
            self.contract_problems.append(f"{frame}: {exc}")

    async def _send(self, conn: _Conn, frame: dict[str, Any], sid: int | None = None) -> None:
        if sid is not None:
            sub = conn.subs[sid]
            sub["seq"] += 1 + self.skip_seq
            self.skip_seq = 0
            frame = {**frame, "sid": sid, "seq": sub["seq"]}
        await conn.ws.send(json.dumps(frame))

    async def _snapshot(self, conn: _Conn, sid: int, ticker: str) -> None:
        book = self.books[ticker]
        msg = {
            "market_ticker": ticker,
            "market_id": "00000000-0000-0000-0000-000000000000",
            "clock": self.clock,
            "yes_dollars_fp": [[f"{p:.4f}", f"{s:.2f}"] for p, s in sorted(book["yes"].items())],
            "no_dollars_fp": [[f"{p:.4f}", f"{s:.2f}"] for p, s in sorted(book["no"].items())],
        }
        await self._send(conn, {"type": "orderbook_snapshot", "msg": msg}, sid)

    async def _answer(self, conn: _Conn, command: dict[str, Any]) -> None:
        cid, cmd, params = command.get("id"), command.get("cmd"), command.get("params", {})
        if cmd == "subscribe":
            for channel in params["channels"]:
                if channel not in ("orderbook_delta", "ticker", "fill", "user_orders"):
                    await conn.ws.send(
                        json.dumps(
                            {"id": cid, "type": "error", "msg": {"code": 8, "msg": "Unknown channel name"}}
                        )
                    )
                    return
                sid = conn.next_sid
                conn.next_sid += 1
                markets = list(params.get("market_tickers") or [])
                conn.subs[sid] = {"channel": channel, "markets": markets, "seq": 0}
                await conn.ws.send(
                    json.dumps({"id": cid, "type": "subscribed", "msg": {"channel": channel, "sid": sid}})
                )
                if channel == "orderbook_delta":
                    for ticker in markets:
                        await self._snapshot(conn, sid, ticker)
        elif cmd == "update_subscription":
            sid = params.get("sid") or params["sids"][0]
            if sid not in conn.subs:
                await conn.ws.send(
                    json.dumps(
                        {"id": cid, "type": "error", "msg": {"code": 7, "msg": "Unknown subscription ID"}}
                    )
                )
                return
            tickers = params.get("market_tickers", [])
            if params["action"] == "add_markets":
                conn.subs[sid]["markets"] += tickers
            elif params["action"] == "delete_markets":
                conn.subs[sid]["markets"] = [t for t in conn.subs[sid]["markets"] if t not in tickers]
            if params["action"] in ("add_markets", "get_snapshot"):
                for ticker in tickers:
                    await self._snapshot(conn, sid, ticker)
            await self._send(
                conn, {"id": cid, "type": "ok", "msg": {"market_tickers": conn.subs[sid]["markets"]}}, sid
            )
        elif cmd == "unsubscribe":
            for sid in params["sids"]:
                sub = conn.subs.pop(sid, None)
                seq = (sub or {"seq": 0})["seq"] + 1
                await conn.ws.send(json.dumps({"id": cid, "sid": sid, "seq": seq, "type": "unsubscribed"}))
        elif cmd == "list_subscriptions":
            listing = [{"channel": s["channel"], "sid": sid} for sid, s in conn.subs.items()]
            await conn.ws.send(json.dumps({"id": cid, "type": "ok", "msg": listing}))
        else:
            await conn.ws.send(
                json.dumps({"id": cid, "type": "error", "msg": {"code": 5, "msg": "Unknown command"}})
            )

    # --- market activity ---------------------------------------------------------------------

    def delta_msg(self, ticker: str, price: str, amount: str, side: str) -> dict[str, Any]:
        """The `msg` of an `orderbook_delta`."""
        self.clock += 1
        return {
            "market_ticker": ticker,
            "market_id": "00000000-0000-0000-0000-000000000000",
            "clock": self.clock,
            "price_dollars": price,
            "delta_fp": amount,
            "side": side,
            "ts_ms": 1786085188978,
        }

    async def push_delta(self, ticker: str, price: str, amount: str, side: str | None = None) -> None:
        """Change the server's book and send the delta to every subscription of the market (on
        the book's first side unless `side` says otherwise)."""
        side = side or next(iter(self.books[ticker]))
        levels = self.books[ticker][side]
        p, d = Decimal(price), Decimal(amount)
        size = levels.get(p, Decimal(0)) + d
        assert size >= 0, "the test pushed an impossible delta"
        if size:
            levels[p] = size
        else:
            levels.pop(p, None)
        msg = self.delta_msg(ticker, price, amount, side)
        for conn in list(self.conns):
            for sid, sub in list(conn.subs.items()):
                if sub["channel"] == "orderbook_delta" and ticker in sub["markets"]:
                    await self._send(conn, {"type": "orderbook_delta", "msg": msg}, sid)

    async def push_fill(self, n: int) -> None:
        msg = {
            "trade_id": f"t{n}",
            "order_id": f"o{n}",
            "market_ticker": "A",
            "yes_price_dollars": "0.5000",
            "count_fp": "1.00",
            "fee_cost": "0.0100",
            "ts_ms": n,
        }
        for conn in list(self.conns):
            for sid, sub in list(conn.subs.items()):
                if sub["channel"] == "fill":
                    await conn.ws.send(json.dumps({"type": "fill", "sid": sid, "msg": msg}))

    def call_soon(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run `coro` on the server's own loop (from another thread) and wait for it."""
        assert self.loop is not None
        asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    async def drop_all(self) -> None:
        """Drop every connection at once, as a network failure would."""
        dropped, self.conns = self.conns, []
        for conn in dropped:
            conn.ws.transport.abort()
        await asyncio.sleep(0)


@contextlib.contextmanager
def serving_in_a_thread(server: LoopbackKalshi) -> Iterator[LoopbackKalshi]:
    """`server` on its own event loop in a thread, for the blocking clients."""
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    server.loop = loop

    def serve() -> None:
        loop.run_until_complete(server.start())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(server.stop())
        loop.close()

    thread = threading.Thread(target=serve, name="loopback-server", daemon=True)
    thread.start()
    assert ready.wait(10)
    try:
        yield server
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


def client(server: LoopbackKalshi, auth: KalshiAuth, **kwargs: Any) -> KalshiWebSocket:
    """A client of `server` with short timeouts and backoff."""
    kwargs.setdefault("command_timeout", 3.0)
    kwargs.setdefault("backoff_initial", 0.01)
    kwargs.setdefault("backoff_max", 0.05)
    return KalshiWebSocket(auth, url=server.url, **kwargs)
