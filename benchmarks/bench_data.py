"""Recording and reading a dataset, on one core:

- record: real `orderbook_delta` frame bytes (shaped like Kalshi's production stream) through
  `MessageWriter` as `kalshi record` drives it (read the fields, collect, flush to the journal every
  `--flush-every` frames, close the segment as Parquet), in messages/s. Target: >= 50,000.
- book_at: `Dataset.book_at` on a recording of `--book-messages` frames (default 1,000,000), at
  its last instant, for a few markets, in seconds each (checked against `OrderBookTracker`).
  Target: < 1 s.

    python benchmarks/bench_data.py [--messages 500000] [--book-messages 1000000] [--repeat 3]

Needs the `data` extra. Figures from a loaded machine are not figures: run it on a quiet one.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from bench_ws import TICKERS, make_frames

from kalshi_py.data import Dataset, MessageWriter
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws.messages import decode_message

T0 = 1_790_000_000_000_000_000
STEP_NS = 20_000
"""Receive times 20 µs apart: 50,000 messages a second of stream."""


def record(folder: Path, snapshots: list[bytes], frames: list[bytes], flush_every: int) -> float:
    """Seconds to write every frame and close the recording."""
    subscribed = b'{"type":"subscribed","id":1,"msg":{"channel":"orderbook_delta","sid":1}}'
    start = time.perf_counter()
    writer = MessageWriter(folder, segment_seconds=3600)
    add = writer.add_frame
    now = T0
    for frame in (subscribed, *snapshots):
        add(frame, now)
    for index, frame in enumerate(frames, 1):
        now += STEP_NS
        add(frame, now)
        if index % flush_every == 0:
            writer.flush()
    writer.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500_000)
    parser.add_argument("--book-messages", type=int, default=1_000_000)
    parser.add_argument(
        "--flush-every", type=int, default=100_000, help="frames between flushes (2 s at 50k/s)"
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kalshi-bench-data-"))
    try:
        snapshots, frames = make_frames(args.messages)
        runs = []
        for attempt in range(args.repeat):
            runs.append(record(work / f"record-{attempt}", snapshots, frames, args.flush_every))
        size = sum(p.stat().st_size for p in (work / "record-0").rglob("*.parquet"))
        n = len(frames)
        print(
            f"record: {n:,} orderbook_delta frames ({sum(map(len, frames)) / n:.0f} bytes each), "
            f"best of {args.repeat}: {n / min(runs):,.0f} msg/s; Parquet {size / n:.1f} bytes a message"
        )

        snapshots, frames = make_frames(args.book_messages, seed=11)
        folder = work / "book"
        record(folder, snapshots, frames, args.flush_every)
        tracker = OrderBookTracker()
        for frame in (*snapshots, *frames):
            tracker.apply(decode_message(frame))
        ds = Dataset(folder)
        at = T0 + len(frames) * STEP_NS
        times = []
        for ticker in TICKERS[: args.repeat]:
            start = time.perf_counter()
            book = ds.book_at(ticker, at)
            times.append(time.perf_counter() - start)
            assert book == tracker[ticker], f"book_at differs from the tracker for {ticker}"
        print(
            f"book_at: {len(frames):,}-message recording, {len(TICKERS)} markets, "
            f"best {min(times):.3f} s, worst {max(times):.3f} s (checked against OrderBookTracker)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
