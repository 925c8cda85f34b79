"""Margin (Perps) beside the event-contract figures: parsing, the stream, round trips.

- parse: a page of 1000 margin orders decoded into `GetMarginOrdersResponse` (Decimal prices and
  counts), beside the floor (msgspec decoding the same bytes into Structs of strings);
- stream: margin `orderbook_delta` frames decoded and applied to a `MarginOrderBookTracker`, in
  messages/s on one core, checked against the books the frames describe;
- round trips: a signed `get_margin_balance` and a signed `create_margin_order` (its
  `client_order_id` chosen by the client) against a loopback server, median milliseconds.

    python benchmarks/bench_margin.py [--frames 200000] [--calls 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import msgspec
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_py._model import decode_json
from kalshi_py.margin import MarginClient
from kalshi_py.margin.api.orders import create_margin_order
from kalshi_py.margin.api.portfolio import get_margin_balance
from kalshi_py.margin.models import GetMarginOrdersResponse
from kalshi_py.margin.orderbook import MarginOrderBookTracker
from kalshi_py.margin.ws import decode_message

TICKERS = ["KXBTCPERP", "KXETHPERP", "KXSOLPERP"]


class FloorOrder(msgspec.Struct):
    order_id: str
    client_order_id: str
    ticker: str
    side: str
    price: str
    fill_count: str
    remaining_count: str


class FloorPage(msgspec.Struct):
    orders: list[FloorOrder]
    cursor: str


def orders_page(count: int = 1000) -> bytes:
    orders = [
        {
            "order_id": f"00000000-0000-4000-8000-{n:012d}",
            "user_id": "u-1",
            "client_order_id": f"c-{n}",
            "ticker": TICKERS[n % 3],
            "side": "bid" if n % 2 else "ask",
            "price": f"{64000 + n}.2500",
            "fill_count": "0.00",
            "remaining_count": f"{n % 7 + 1}.50",
            "last_update_reason": "",
            "created_time": "2026-08-07T06:46:28Z",
        }
        for n in range(count)
    ]
    return json.dumps({"orders": orders, "cursor": "next"}).encode()


def delta_frames(count: int, seed: int = 7) -> tuple[list[bytes], list[bytes], dict[str, Any]]:
    """Snapshots and `count` deltas that never take a level below zero, and the books they make."""
    rng = random.Random(seed)  # noqa: S311 - benchmark data, not cryptography
    books = {
        t: {side: {f"{64000 + p}.5000": 100 for p in range(50)} for side in ("bid", "ask")} for t in TICKERS
    }
    snapshots = [
        json.dumps(
            {
                "type": "orderbook_snapshot",
                "sid": 1,
                "seq": seq,
                "msg": {
                    "market_ticker": t,
                    **{s: [[p, f"{n}.00"] for p, n in books[t][s].items()] for s in books[t]},
                },
            }
        ).encode()
        for seq, t in enumerate(TICKERS, 1)
    ]
    frames = []
    for i in range(count):
        ticker, side = rng.choice(TICKERS), rng.choice(("bid", "ask"))
        price = f"{64000 + rng.randrange(50)}.5000"
        amount = rng.randrange(-min(books[ticker][side][price], 10), 11)
        books[ticker][side][price] += amount
        msg = {"market_ticker": ticker, "price": price, "delta": f"{amount}.00", "side": side, "ts_ms": i}
        frames.append(json.dumps({"type": "orderbook_delta", "sid": 1, "seq": 4 + i, "msg": msg}).encode())
    return snapshots, frames, books


def best(repeat: int, run: Callable[[], float]) -> float:
    return min(run() for _ in range(repeat))


def bench_parse(repeat: int) -> None:
    page = orders_page()
    parsed = decode_json(GetMarginOrdersResponse, page)
    assert parsed.orders[7].price == Decimal("64007.25")

    def timed(decode: Callable[[], Any]) -> Callable[[], float]:
        def run() -> float:
            start = time.perf_counter()
            decode()
            return time.perf_counter() - start

        return run

    floor = msgspec.json.Decoder(FloorPage)
    ours = best(repeat, timed(lambda: decode_json(GetMarginOrdersResponse, page)))
    base = best(repeat, timed(lambda: floor.decode(page)))
    ratio = ours / base
    print(
        f"parse 1000 margin orders: {ours * 1000:.2f} ms (floor, strings: {base * 1000:.2f} ms, {ratio:.2f}x)"
    )


def bench_stream(count: int, repeat: int) -> None:
    snapshots, frames, books = delta_frames(count)

    def run() -> float:
        tracker = MarginOrderBookTracker()
        for frame in snapshots:
            tracker.apply(decode_message(frame))
        apply = tracker.apply
        start = time.perf_counter()
        for frame in frames:
            apply(decode_message(frame))
        elapsed = time.perf_counter() - start
        for ticker in TICKERS:
            want = {Decimal(p): Decimal(n) for p, n in books[ticker]["bid"].items() if n}
            assert tracker[ticker].bids == want, "the books differ from the frames'"
        return elapsed

    print(f"margin orderbook_delta decoded and applied: {count / best(repeat, run):,.0f} msg/s")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length)) if length else {}
        if self.command == "POST":
            status, payload = 201, {"order_id": "mo-1", "client_order_id": body["client_order_id"],
                                    "fill_count": "0.00", "remaining_count": body["count"]}  # fmt: skip
        else:
            status, payload = 200, {"balances": [{"subaccount": 0, "balance": "1000.0000"}], "updated_ts": 0}
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer


def bench_round_trips(calls: int) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/trade-api/v2"
    order = {"ticker": "KXBTCPERP", "side": "bid", "count": Decimal(1), "price": Decimal("64000.5"),
             "time_in_force": "good_till_canceled", "self_trade_prevention_type": "maker"}  # fmt: skip
    try:
        with MarginClient("bench-key", ed25519.Ed25519PrivateKey.generate(), base_url) as client:
            for name, call in (
                ("signed GET /margin/balance", lambda: get_margin_balance.sync(client=client)),
                ("signed margin order", lambda: create_margin_order.sync(client=client, **order)),
            ):
                seconds = []
                for _ in range(calls):
                    start = time.perf_counter()
                    call()
                    seconds.append(time.perf_counter() - start)
                print(f"{name}: {statistics.median(seconds) * 1000:.2f} ms median over {calls}")
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=200_000)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bench_parse(args.repeat)
    bench_stream(args.frames, args.repeat)
    bench_round_trips(args.calls)


if __name__ == "__main__":
    main()
