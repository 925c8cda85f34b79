"""A Kalshi REST stand-in on loopback for the round-trip benchmarks, in a process of its own.

Raw asyncio HTTP/1.1 (keep-alive, Content-Length bodies, answers prepared in advance), so that a
round trip costs the server as little as possible and every client pays the same for it:

    GET  /trade-api/v2/portfolio/balance        a balance (signatures are not checked)
    GET  /trade-api/v2/markets?limit=N          a page of N generated markets (1000: about 2 MB)
    POST /trade-api/v2/portfolio/events/orders  201 and a CreateOrderV2Response

    with serving() as base_url: ...             # http://127.0.0.1:PORT/trade-api/v2
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

PREFIX = "/trade-api/v2"
BALANCE = {
    "balance": 1000000,
    "balance_dollars": "10000.0000",
    "portfolio_value": 0,
    "updated_ts": 1767225600,
}
ORDER_ANSWER = {
    "order_id": "ord-1",
    "client_order_id": "0b2f6c1e-6a4d-4f8e-9c3b-5d7a1e2f4c60",
    "fill_count": "0.00",
    "remaining_count": "10.00",
    "ts_ms": 1767225600000,
}
ORDER = {
    "ticker": "KXHIGHNY-26DEC02-B45.5",
    "client_order_id": "0b2f6c1e-6a4d-4f8e-9c3b-5d7a1e2f4c60",
    "side": "bid",
    "count": "10.00",
    "price": "0.5600",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


def market(i: int) -> dict[str, object]:
    """A market shaped like Kalshi's, its prices and counts as fixed-point strings."""
    bid = 1 + i % 97
    return {
        "ticker": f"KXHIGHNY-26DEC{i:04d}-B{40 + i % 30}.5",
        "event_ticker": f"KXHIGHNY-26DEC{i:04d}",
        "market_type": "binary",
        "title": f"Will the high in NYC be {40 + i % 30}-{41 + i % 30}° on Dec {1 + i % 28}, 2026?",
        "yes_sub_title": f"{40 + i % 30}° to {41 + i % 30}°",
        "no_sub_title": f"{40 + i % 30}° to {41 + i % 30}°",
        "created_time": "2026-11-24T15:00:00Z",
        "open_time": "2026-11-25T15:00:00Z",
        "close_time": "2026-12-03T04:59:00Z",
        "latest_expiration_time": "2026-12-10T15:00:00Z",
        "settlement_timer_seconds": 1800,
        "status": "active",
        "yes_bid_dollars": f"0.{bid:02d}00",
        "yes_bid_size_fp": f"{100 + i * 7 % 900}.00",
        "yes_ask_dollars": f"0.{min(bid + 2, 99):02d}00",
        "yes_ask_size_fp": f"{50 + i * 11 % 700}.00",
        "no_bid_dollars": f"0.{max(97 - bid, 1):02d}00",
        "no_ask_dollars": f"0.{99 - bid:02d}00",
        "last_price_dollars": f"0.{bid:02d}00",
        "volume_fp": f"{i * 131 % 100000}.00",
        "volume_24h_fp": f"{i * 17 % 5000}.00",
        "result": "",
        "can_close_early": True,
        "open_interest_fp": f"{i * 53 % 40000}.00",
        "notional_value_dollars": "1.0000",
        "previous_yes_bid_dollars": f"0.{bid:02d}00",
        "previous_yes_ask_dollars": f"0.{min(bid + 2, 99):02d}00",
        "previous_price_dollars": f"0.{bid:02d}00",
        "expiration_value": "",
        "strike_type": "between",
        "floor_strike": 40 + i % 30,
        "cap_strike": 41 + i % 30,
        "rules_primary": "If the highest temperature recorded in Central Park is between the bounds, YES.",
        "rules_secondary": "",
        "price_level_structure": "deci_cent",
        "price_ranges": [{"start": "0.0000", "end": "1.0000", "step": "0.0010"}],
    }


def _answer(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 201: "Created", 404: "Not Found"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class _Server(asyncio.Protocol):
    pages: ClassVar[dict[int, bytes]] = {}
    balance = _answer(200, json.dumps(BALANCE).encode())
    order = _answer(201, json.dumps(ORDER_ANSWER).encode())
    missing = _answer(404, b'{"error": {"code": "not_found", "message": "no such route"}}')

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.pending = b""

    def data_received(self, data: bytes) -> None:
        self.pending += data
        while b"\r\n\r\n" in self.pending:
            head, rest = self.pending.split(b"\r\n\r\n", 1)
            lines = head.decode("latin-1").split("\r\n")
            headers = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
            length = int(headers.get("content-length", "0"))
            if len(rest) < length:
                return
            self.pending = rest[length:]
            method, target, _ = lines[0].split(" ", 2)
            self.transport.write(self.route(method, target))

    def route(self, method: str, target: str) -> bytes:
        url = urlsplit(target)
        if method == "GET" and url.path == PREFIX + "/portfolio/balance":
            return self.balance
        if method == "POST" and url.path == PREFIX + "/portfolio/events/orders":
            return self.order
        if method == "GET" and url.path == PREFIX + "/markets":
            limit = min(int(parse_qs(url.query).get("limit", ["100"])[0]), 1000)
            if limit not in self.pages:
                body = json.dumps({"markets": [market(i) for i in range(limit)], "cursor": "next"})
                self.pages[limit] = _answer(200, body.encode())
            return self.pages[limit]
        return self.missing


async def _serve(lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Server, "127.0.0.1", 0)
    print(json.dumps({"port": server.sockets[0].getsockname()[1]}), flush=True)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    # it ends with the benchmark (whose end of the pipe closes) or after `lifetime` seconds
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(reader.read(), lifetime)
    server.close()


@contextmanager
def serving(lifetime: float = 900.0) -> Iterator[str]:
    """The stand-in in a process of its own; yields its base URL."""
    process = subprocess.Popen(  # noqa: S603 - this interpreter, this file
        [sys.executable, __file__, str(lifetime)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert process.stdout is not None
        port = json.loads(process.stdout.readline())["port"]
        yield f"http://127.0.0.1:{port}{PREFIX}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)


if __name__ == "__main__":
    asyncio.run(_serve(float(sys.argv[1]) if len(sys.argv) > 1 else 900.0))
