"""Decode + apply of orderbook_delta frames, raw bytes in and book updated, in messages/s on one
core: kalshi_py as `KalshiWebSocket` and `OrderBookTracker` run it (`decode_message`, the typed
`OrderbookDelta` a consumer receives, `OrderBookTracker.apply`) beside the floor (json.loads +
dicts doing the same arithmetic with Decimal); and the same through the client's protocol (seq
checks, heal-and-hold, the bounded queue) as its reader runs it. All must end with the same books.
Then the decoding of `orderbook_snapshot` frames of 2x99 levels, as Kalshi sends them (compact
JSON), beside msgspec decoding the same frames with the levels as strings: with levels seen
before (a book snapshotted again), and with the shared tables emptied before each frame.

    python benchmarks/bench_ws.py [--frames 200000] [--repeat 5] [--snapshots 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from decimal import Decimal

import msgspec

from kalshi_py._levels import shared_decimals, shared_levels
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws._protocol import Protocol
from kalshi_py.ws.messages import OrderbookSnapshot, decode_message

TICKERS = [f"KXMLBGAME-26AUG07{i:02d}TORPHI-PHI" for i in range(12)]


def make_frames(count: int, seed: int = 7) -> tuple[list[bytes], list[bytes]]:
    """Snapshots for 12 markets and `count` delta frames shaped like the recorded production stream,
    whose deltas never take a level below zero."""
    rng = random.Random(seed)  # noqa: S311 - benchmark data, not cryptography
    books = {
        t: {
            "yes": {f"0.{p:02d}00": 1000 for p in range(1, 50)},
            "no": {f"0.{p:02d}00": 1000 for p in range(1, 50)},
        }
        for t in TICKERS
    }
    snapshots = []
    for seq, ticker in enumerate(TICKERS, 1):
        msg = {
            "market_ticker": ticker,
            "market_id": "943fcfe7-68a7-48aa-84b0-9b5ed2d5b922",
            "yes_dollars_fp": [[p, f"{s}.00"] for p, s in books[ticker]["yes"].items()],
            "no_dollars_fp": [[p, f"{s}.00"] for p, s in books[ticker]["no"].items()],
        }
        snapshots.append(
            json.dumps({"type": "orderbook_snapshot", "sid": 1, "seq": seq, "msg": msg}).encode()
        )
    frames = []
    for i in range(count):
        ticker = rng.choice(TICKERS)
        side = rng.choice(("yes", "no"))
        price = f"0.{rng.randrange(1, 50):02d}00"
        size = books[ticker][side][price]
        amount = rng.randrange(-min(size, 100), 101)
        books[ticker][side][price] = size + amount
        msg = {
            "market_ticker": ticker,
            "market_id": "943fcfe7-68a7-48aa-84b0-9b5ed2d5b922",
            "price_dollars": price,
            "delta_fp": f"{amount}.00",
            "side": side,
            "ts": "2026-08-07T06:46:28.97871Z",
            "ts_ms": 1786085188978 + i,
        }
        frames.append(json.dumps({"type": "orderbook_delta", "sid": 1, "seq": 13 + i, "msg": msg}).encode())
    return snapshots, frames


Books = dict[str, dict[str, dict[Decimal, Decimal]]]


def run_kalshi_py(snapshots: list[bytes], frames: list[bytes]) -> tuple[float, Books]:
    tracker = OrderBookTracker()
    for frame in snapshots:
        tracker.apply(decode_message(frame))
    apply = tracker.apply
    start = time.perf_counter()
    for frame in frames:
        apply(decode_message(frame))
    elapsed = time.perf_counter() - start
    assert tracker.inconsistencies == 0
    return elapsed, {t: {"yes": b.yes, "no": b.no} for t, b in tracker.books.items()}


def run_protocol(snapshots: list[bytes], frames: list[bytes]) -> tuple[float, Books]:
    protocol = Protocol(command_timeout=10, max_queue=10_000, overflow="raise", backfill_margin=None)
    protocol.connection_made()
    protocol.requests.subscribe("orderbook_delta", TICKERS, {})
    protocol.take_outgoing()
    protocol.receive(
        decode_message(b'{"type":"subscribed","id":1,"msg":{"channel":"orderbook_delta","sid":1}}')
    )
    tracker = OrderBookTracker()
    receive, take, apply = protocol.receive, protocol.take_item, tracker.apply
    for frame in snapshots:
        receive(decode_message(frame))
    while (item := take()) is not None:
        apply(item)
    start = time.perf_counter()
    for frame in frames:
        receive(decode_message(frame))
        while (item := take()) is not None:
            apply(item)
    elapsed = time.perf_counter() - start
    assert tracker.inconsistencies == 0
    return elapsed, {t: {"yes": b.yes, "no": b.no} for t, b in tracker.books.items()}


def run_json_dicts(snapshots: list[bytes], frames: list[bytes]) -> tuple[float, Books]:
    books: Books = {}
    for frame in snapshots:
        msg = json.loads(frame)["msg"]
        books[msg["market_ticker"]] = {
            "yes": {Decimal(p): Decimal(s) for p, s in msg["yes_dollars_fp"]},
            "no": {Decimal(p): Decimal(s) for p, s in msg["no_dollars_fp"]},
        }
    zero = Decimal(0)
    start = time.perf_counter()
    for frame in frames:
        message = json.loads(frame)
        if message["type"] != "orderbook_delta":
            continue
        msg = message["msg"]
        levels = books[msg["market_ticker"]][msg["side"]]
        price = Decimal(msg["price_dollars"])
        size = levels.get(price, zero) + Decimal(msg["delta_fp"])
        if size > 0:
            levels[price] = size
        elif size == 0:
            levels.pop(price, None)
        else:
            raise ValueError("negative size")
    return time.perf_counter() - start, books


def best(
    run: Callable[[list[bytes], list[bytes]], tuple[float, Books]],
    snapshots: list[bytes],
    frames: list[bytes],
    repeat: int,
) -> tuple[float, Books]:
    runs = [run(snapshots, frames) for _ in range(repeat)]
    return min(elapsed for elapsed, _ in runs), runs[-1][1]


def snapshot_layout(level: type) -> type[msgspec.Struct]:
    """An `orderbook_snapshot` frame as msgspec Structs, each price and count decoded as `level`."""
    levels = list[tuple[level, level]]  # type: ignore[valid-type]
    msg = msgspec.defstruct(
        "SnapshotMsg",
        [("market_ticker", str), ("market_id", str), ("yes_dollars_fp", levels), ("no_dollars_fp", levels)],
    )
    return msgspec.defstruct("Snapshot", [("type", str), ("sid", int), ("seq", int), ("msg", msg)])


def make_snapshots(seed: int = 11) -> list[bytes]:
    """One compact 2x99 snapshot per market: prices on the half-cent grid, counts of every size."""
    rng = random.Random(seed)  # noqa: S311 - benchmark data, not cryptography
    frames = []
    for seq, ticker in enumerate(TICKERS, 1):
        sides = {
            side: [
                [f"0.{p:02d}{rng.choice(('00', '50'))}", f"{rng.randrange(1, 30000)}.00"]
                for p in range(1, 100)
            ]
            for side in ("yes_dollars_fp", "no_dollars_fp")
        }
        msg = {"market_ticker": ticker, "market_id": "943fcfe7-68a7-48aa-84b0-9b5ed2d5b922", **sides}
        frame = {"type": "orderbook_snapshot", "sid": 1, "seq": seq, "msg": msg}
        frames.append(json.dumps(frame, separators=(",", ":")).encode())
    return frames


def time_snapshots(frames: list[bytes], count: int, repeat: int) -> tuple[float, float, float, float]:
    """Microseconds per snapshot (best of `repeat`): msgspec with string levels, msgspec with
    Decimal levels, kalshi_py with levels seen before, kalshi_py with the shared tables emptied
    before each frame."""
    floor = msgspec.json.Decoder(snapshot_layout(str))
    rounds = [frames[i % len(frames)] for i in range(count)]
    for frame in frames:  # both give the same levels, in the same order
        plain, ours = floor.decode(frame), decode_message(frame)
        assert isinstance(ours, OrderbookSnapshot)
        assert ours.msg.yes_dollars_fp == [(Decimal(p), Decimal(c)) for p, c in plain.msg.yes_dollars_fp]
        assert ours.msg.no_dollars_fp == [(Decimal(p), Decimal(c)) for p, c in plain.msg.no_dollars_fp]

    def timed(decode: Callable[[bytes], object], cold: bool = False) -> float:
        elapsed = float("inf")
        for _ in range(repeat):
            total = 0.0
            for frame in rounds:
                if cold:
                    shared_levels.clear()
                    shared_decimals.clear()
                start = time.perf_counter()
                decode(frame)
                total += time.perf_counter() - start
            elapsed = min(elapsed, total)
        return elapsed / count * 1e6

    decimals = msgspec.json.Decoder(snapshot_layout(Decimal))
    return (
        timed(floor.decode),
        timed(decimals.decode),
        timed(decode_message),
        timed(decode_message, cold=True),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--snapshots", type=int, default=2000)
    args = parser.parse_args()
    snapshots, frames = make_frames(args.frames)
    floor, floor_books = best(run_json_dicts, snapshots, frames, args.repeat)
    ours, our_books = best(run_kalshi_py, snapshots, frames, args.repeat)
    core, core_books = best(run_protocol, snapshots, frames, args.repeat)
    assert our_books == floor_books == core_books, "kalshi_py and the floor ended with different books"
    n = len(frames)
    print(f"frames: {n} orderbook_delta ({sum(map(len, frames)) / n:.0f} bytes each), best of {args.repeat}")
    print(f"json.loads + dicts (floor):        {n / floor:>12,.0f} msg/s")
    print(f"kalshi_py decode_message + apply:  {n / ours:>12,.0f} msg/s   ({floor / ours:.2f}x the floor)")
    print(f"  + the client's protocol:         {n / core:>12,.0f} msg/s   ({floor / core:.2f}x the floor)")
    strings, decimals, seen, cold = time_snapshots(make_snapshots(), args.snapshots, args.repeat)
    shape = "orderbook_snapshot of 2x99 levels, compact JSON"
    print(f"snapshots: {args.snapshots} {shape}, best of {args.repeat}")
    print(f"msgspec, levels as strings (floor): {strings:>8.1f} us")
    print(f"msgspec, levels as Decimal:         {decimals:>8.1f} us   ({decimals / strings:.2f}x the floor)")
    print(f"kalshi_py, levels seen before:      {seen:>8.1f} us   ({seen / strings:.2f}x the floor)")
    print(f"kalshi_py, levels never seen:       {cold:>8.1f} us   ({cold / strings:.2f}x the floor)")


if __name__ == "__main__":
    main()
