"""Replaying a recording at full speed, on one core:

- load: `Tape.load` of a `--messages`-frame recording (12 markets of `orderbook_delta`, written by
  `MessageWriter`) and the fill model's decoding of it (`Replay`), in seconds.
- replay: `Replay.run()` with every frame re-sent, under its own sid and seq, to one WebSocket
  subscription of the replay's front (encoded and queued for the connection, the fill model's
  books kept), in messages/s. Target: >= 100,000.
- loopback: the same recording served by `ReplayExchange` (speed max, no settle) to one
  `KalshiWebSocket` client on 127.0.0.1, counted as the client receives it, in messages/s.

    python benchmarks/bench_replay.py [--messages 300000] [--loopback-messages 100000] [--repeat 3]

Needs the `data` extra and kalshi-sim. Figures from a loaded machine are not figures: run it on a
quiet one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_data import STEP_NS, T0
from bench_ws import TICKERS, make_frames

from kalshi_py.data import MessageWriter
from kalshi_py.ws import KalshiWebSocket, WebSocketConnectionError
from kalshi_sim.auth import ApiKey
from kalshi_sim.engine import Exchange
from kalshi_sim.faults import Faults
from kalshi_sim.replay import Replay, Tape
from kalshi_sim.replay.front import ReplayWsFront
from kalshi_sim.replay.serving import ReplayExchange
from kalshi_sim.venue import Venue
from kalshi_sim.ws.session import Session, Subscription


def write(folder: Path, count: int) -> None:
    snapshots, frames = make_frames(count)
    subscribed = b'{"type":"subscribed","id":1,"msg":{"channel":"orderbook_delta","sid":1}}'
    with MessageWriter(folder, segment_seconds=3600) as writer:
        now = T0
        for frame in (subscribed, *snapshots, *frames):
            now += STEP_NS
            writer.add_frame(frame, now)


class _Connection:
    """Stands in for a WebSocket: the front only queues frames for it here."""

    def __init__(self) -> None:
        self.scope: dict[str, Any] = {}


def replay_rate(tape: Tape) -> tuple[float, int]:
    """Seconds to play `tape` to one subscription of every market, and frames queued."""
    replay = Replay(tape)
    front = ReplayWsFront(Venue(Exchange()), replay, lambda: None)
    session = Session(_Connection(), ApiKey("bench", "bench", None), Faults(), front.registry.remove)  # type: ignore[arg-type]
    front.registry.sessions.add(session)
    sub = Subscription(sid=1, channel="orderbook_delta", market_tickers=None)
    front.registry.add(session, sub)
    start = time.perf_counter()
    replay.run()
    elapsed = time.perf_counter() - start
    return elapsed, session.queue.qsize()


async def _receive(ex: ReplayExchange) -> int:
    received = 0

    def count(_: bytes) -> None:
        nonlocal received
        received += 1

    with ex.client() as client:
        ws = KalshiWebSocket(client, url=ex.ws_url, reconnect=False, on_frame=count, max_queue=10_000_000)
        async with ws:
            await ws.subscribe(["orderbook_delta"], market_tickers=TICKERS)
            with contextlib.suppress(WebSocketConnectionError):
                async for _ in ws.stream():
                    pass
        await client.aclose()
    return received


def loopback_rate(folder: Path) -> tuple[float, int]:
    with ReplayExchange(folder, speed=None, settle=None) as ex:
        start = time.perf_counter()
        received = asyncio.run(_receive(ex))
        return time.perf_counter() - start, received


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300_000)
    parser.add_argument("--loopback-messages", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kalshi-bench-replay-"))
    try:
        write(work / "recording", args.messages)
        start = time.perf_counter()
        tape = Tape.load(work / "recording")
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        Replay(tape)
        decoded = time.perf_counter() - start
        print(
            f"load: {len(tape):,} frames read in {loaded:.2f} s, "
            f"decoded for the fill model in {decoded:.2f} s"
        )
        runs = [replay_rate(tape) for _ in range(args.repeat)]
        best, queued = min(runs)
        assert queued == len(tape), f"{queued} frames queued of {len(tape)}"
        print(
            f"replay: {len(tape):,} frames to one subscription, "
            f"best of {args.repeat}: {len(tape) / best:,.0f} msg/s"
        )

        write(work / "loopback", args.loopback_messages)
        elapsed, received = loopback_rate(work / "loopback")
        print(
            f"loopback: {received:,} frames received by one KalshiWebSocket client: "
            f"{received / elapsed:,.0f} msg/s"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
