"""Tick-to-trade on loopback against the local exchange: from an `orderbook_delta` frame arriving
to the bytes of the order it triggers leaving the socket, p50 and p99.

    python benchmarks/bench_tick_to_trade.py [--ticks 300] [--interval 0.03] [--key ed25519|rsa]

kalshi-py: `KalshiWebSocket` -> a callback registered with `on("orderbook_delta", ...)` -> a
signed V2 order (`create_order_v2.asyncio`). The floor, in the same run: the `websockets` library,
`json.loads`, the same signature with `cryptography`, and the order written by hand to a kept-alive
socket, the least a client can do.

How both ends are timed: each client talks to the exchange through a TCP relay in a process of its
own, which stamps (with the monotonic clock) every chunk it hands to the client's WebSocket and
the first chunk of every request the client sends over REST. Tick-to-trade is the time between the
chunk carrying the triggering frame and the order's first bytes, both as seen by the relay: it
includes one loopback hop each way (the same for every client, and its floor is given), and no
clock of the measured process. A third process, the maker, moves the book: every `--interval`
seconds it places or cancels a bid at the trigger price over its own connection, and each such
delta triggers one order (a bid one cent below, so nothing trades). The local exchange is started
as `bench_sim.py` starts it (its command line, in a process of its own), the one place naming it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import websockets
from bench_sim import exchange_process
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import cancel_order_v2, create_order_v2
from kalshi_py.auth import KalshiAuth, KalshiAuthenticatedClient
from kalshi_py.ws import KalshiWebSocket

TRIGGER = Decimal("0.02")  # the maker's price
ORDER_PRICE = Decimal("0.01")  # the orders the deltas trigger: resting, never crossing
ORDER = {"side": "bid", "count": Decimal("1"), "time_in_force": "good_till_canceled"}
STP = "taker_at_cross"
TAKER, MAKER = "t2t-taker", "t2t-maker"  # the two accounts' key ids


# -- the local exchange and the keys ----------------------------------------------------------------


def write_key(folder: Path, name: str, kind: str) -> tuple[str, str]:
    """A new key pair: (private key PEM, public key path)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if kind == "rsa" else None
    private = key or ed25519.Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = folder / f"{name}.pub.pem"
    public.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    (folder / f"{name}.pem").write_bytes(pem)
    return pem.decode(), str(public)


def local_exchange(keys: dict[str, str]) -> contextlib.AbstractContextManager[dict[str, Any]]:
    """The local exchange with an account per key (`{key_id: public_key_path}`); its ready file."""
    arguments = [
        arg for key_id, public in keys.items() for arg in ("--api-key-id", key_id, "--public-key", public)
    ]
    return exchange_process("--balance", "100000", *arguments)


# -- the relay: stamps what crosses it -------------------------------------------------------------


async def relay(target_host: str, target_port: int) -> None:
    """Two listening ports forwarding to the exchange: one for the WebSocket, one for REST.
    On stdin's end it prints what it stamped: WebSocket data frames handed to the client, and
    requests (POST) received from it."""
    stamps: list[tuple[str, int]] = []
    clock = time.monotonic_ns

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, mark: str | None) -> None:
        try:
            while data := await reader.read(262144):
                if mark == "frame" and data[0] & 0x0F in (1, 2):  # a text or binary frame first
                    stamps.append(("frame", clock()))
                elif mark == "order" and data.startswith(b"POST "):
                    stamps.append(("order", clock()))
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    def forwarding(to_client: str | None, to_server: str | None) -> Any:
        async def serve(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
            server_reader, server_writer = await asyncio.open_connection(target_host, target_port)
            for sock in (client_writer, server_writer):
                raw = sock.get_extra_info("socket")
                raw.setsockopt(6, 1, 1)  # TCP_NODELAY
            await asyncio.gather(
                pipe(server_reader, client_writer, to_client), pipe(client_reader, server_writer, to_server)
            )

        return serve

    ws = await asyncio.start_server(forwarding("frame", None), "127.0.0.1", 0)
    rest = await asyncio.start_server(forwarding(None, "order"), "127.0.0.1", 0)
    ports = {"ws": ws.sockets[0].getsockname()[1], "rest": rest.sockets[0].getsockname()[1]}
    print(json.dumps(ports), flush=True)
    stdin = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(stdin), sys.stdin)
    await stdin.read()
    print(json.dumps(stamps), flush=True)


@contextlib.contextmanager
def relaying(ready: dict[str, Any]) -> Iterator[tuple[str, str, list[Any]]]:
    """A relay to the exchange: (REST URL, WebSocket URL) through it, and, once the block ends,
    its stamps in the list."""
    url = urlsplit(ready["rest_url"])
    process = subprocess.Popen(  # noqa: S603 - this interpreter, this file
        [sys.executable, __file__, "--relay", f"{url.hostname}:{url.port}"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    ports = json.loads(process.stdout.readline())
    stamps: list[Any] = []
    rest_url = f"http://127.0.0.1:{ports['rest']}{url.path}"
    ws_url = f"ws://127.0.0.1:{ports['ws']}{urlsplit(ready['ws_url']).path}"
    try:
        yield rest_url, ws_url, stamps
    finally:
        process.stdin.close()
        stamps.extend(json.loads(process.stdout.readline()))
        process.wait(timeout=10)


def tick_to_trade(stamps: list[tuple[str, int]]) -> list[float]:
    """Microseconds from the last data frame before each order to the order."""
    out, last_frame = [], None
    for kind, at in stamps:
        if kind == "frame":
            last_frame = at
        elif last_frame is not None:
            out.append((at - last_frame) / 1000)
            last_frame = None
    return out


# -- the maker: moves the book at the trigger price ------------------------------------------------


@dataclass
class Market:
    """What one measurement needs: the exchange, the market, the keys, the maker's pace."""

    rest_url: str
    ticker: str
    keys: dict[str, str]  # key id -> private key PEM
    ticks: int
    interval: float


def maker(job: dict[str, Any]) -> None:
    with KalshiAuthenticatedClient(MAKER, job["pem"], job["rest_url"]) as client:
        resting = None
        ticker = job["ticker"]
        for _ in range(job["ticks"]):
            time.sleep(job["interval"])
            if resting is None:
                resting = create_order_v2.sync(
                    client=client, ticker=ticker, price=TRIGGER, self_trade_prevention_type=STP, **ORDER
                ).order_id
            else:
                cancel_order_v2.sync(client=client, order_id=resting)
                resting = None


def run_maker(market: Market) -> None:
    """The maker's moves, in a process of its own, over its own connection to the exchange."""
    job = {**vars(market), "pem": market.keys[MAKER]}
    del job["keys"]
    subprocess.run([sys.executable, __file__, "--maker", json.dumps(job)], check=True)  # noqa: S603


# -- the clients -------------------------------------------------------------------------------------


def is_trigger(price: Decimal, ticker: str, wanted: str, client_order_id: str | None) -> bool:
    return price == TRIGGER and ticker == wanted and not client_order_id


async def kalshi_py_client(rest_url: str, ws_url: str, market: Market) -> None:
    """KalshiWebSocket -> callback -> create_order_v2, until the maker is done."""
    ticker = market.ticker
    client = KalshiAuthenticatedClient(TAKER, market.keys[TAKER], rest_url)

    ids = itertools.count(1)

    async def on_delta(delta: Any) -> None:
        if delta.type != "orderbook_delta":  # the channel's snapshot comes first
            return
        msg = delta.msg
        if is_trigger(msg.price_dollars, msg.market_ticker, ticker, msg.client_order_id):
            await create_order_v2.asyncio(
                client=client,
                ticker=ticker,
                price=ORDER_PRICE,
                self_trade_prevention_type=STP,
                client_order_id=f"kalshi-py-{next(ids)}-{time.monotonic_ns()}",  # chosen as the floor does
                **ORDER,
            )

    async with client, KalshiWebSocket(client, url=ws_url) as ws:
        ws.on("orderbook_delta", on_delta)
        await ws.subscribe(["orderbook_delta"], market_tickers=[ticker])
        running = asyncio.create_task(ws.run())
        await asyncio.to_thread(run_maker, market)
        await asyncio.sleep(0.2)
        await ws.close()
        with contextlib.suppress(asyncio.CancelledError):
            await running


async def floor_client(rest_url: str, ws_url: str, market: Market) -> None:
    """websockets + json.loads + cryptography + an order written to a kept-alive socket."""
    ticker = market.ticker
    auth = KalshiAuth(TAKER, market.keys[TAKER])
    rest = urlsplit(rest_url)
    path = rest.path + "/portfolio/events/orders"
    reader, writer = await asyncio.open_connection(rest.hostname, rest.port)
    body = {
        "ticker": ticker,
        "side": "bid",
        "count": "1.00",
        "price": "0.0100",
        "time_in_force": "good_till_canceled",
    }
    body["self_trade_prevention_type"] = STP
    counter = 0

    async def order() -> None:
        nonlocal counter
        counter += 1
        content = json.dumps({**body, "client_order_id": f"floor-{counter}-{time.monotonic_ns()}"}).encode()
        signed = auth.headers_for("POST", path)
        head = f"POST {path} HTTP/1.1\r\nHost: {rest.netloc}\r\nContent-Type: application/json\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in signed.items())
        writer.write(f"{head}Content-Length: {len(content)}\r\n\r\n".encode() + content)
        answer = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in answer.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        await reader.readexactly(length)

    ws_path = urlsplit(ws_url).path
    async with websockets.connect(ws_url, additional_headers=auth.headers_for("GET", ws_path)) as ws:
        await ws.send(
            json.dumps(
                {
                    "id": 1,
                    "cmd": "subscribe",
                    "params": {"channels": ["orderbook_delta"], "market_tickers": [ticker]},
                }
            )
        )

        async def consume() -> None:
            async for frame in ws:
                message = json.loads(frame)
                if message.get("type") != "orderbook_delta":
                    continue
                msg = message["msg"]
                if is_trigger(
                    Decimal(msg["price_dollars"]), msg["market_ticker"], ticker, msg.get("client_order_id")
                ):
                    await order()

        consuming = asyncio.create_task(consume())
        await asyncio.to_thread(run_maker, market)
        await asyncio.sleep(0.2)
        consuming.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await consuming
    writer.close()


# -- the run -----------------------------------------------------------------------------------------


def measure(name: str, client: Any, ready: dict[str, Any], market: Market) -> list[float]:
    with relaying(ready) as (rest_url, ws_url, stamps):
        asyncio.run(client(rest_url, ws_url, market))
    found = tick_to_trade(stamps)
    if len(found) < market.ticks * 0.9:
        raise SystemExit(f"{name}: only {len(found)} of {market.ticks} ticks led to an order")
    return found


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ticks", type=int, default=300)
    parser.add_argument("--interval", type=float, default=0.03, help="seconds between the maker's moves")
    parser.add_argument("--key", choices=("ed25519", "rsa"), default="ed25519", help="the taker's key")
    parser.add_argument("--relay", help=argparse.SUPPRESS)
    parser.add_argument("--maker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.relay:
        host, port = args.relay.rsplit(":", 1)
        asyncio.run(relay(host, int(port)))
        return
    if args.maker:
        maker(json.loads(args.maker))
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        pairs = {TAKER: write_key(folder, "taker", args.key), MAKER: write_key(folder, "maker", "ed25519")}
        keys = {key_id: pem for key_id, (pem, _) in pairs.items()}
        with local_exchange({key_id: public for key_id, (_, public) in pairs.items()}) as ready:
            with KalshiAuthenticatedClient(MAKER, keys[MAKER], ready["rest_url"]) as lookup:
                ticker = get_markets.sync(client=lookup, status="open", limit=1).markets[0].ticker
            market = Market(ready["rest_url"], ticker, keys, args.ticks, args.interval)
            results = {
                "floor: websockets + json + raw socket": measure("floor", floor_client, ready, market),
                "kalshi-py: KalshiWebSocket -> callback -> create_order_v2": measure(
                    "kalshi-py", kalshi_py_client, ready, market
                ),
            }
    print(f"tick-to-trade, {args.ticks} ticks, {args.key} key, market {ticker}\n")
    print("| client | p50 µs | p99 µs | mean µs |\n|---|---|---|---|")
    for label, values in results.items():
        p50, p99, mean = quantile(values, 0.5), quantile(values, 0.99), statistics.mean(values)
        print(f"| {label} | {p50:.0f} | {p99:.0f} | {mean:.0f} |")


if __name__ == "__main__":
    main()
