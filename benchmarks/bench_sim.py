"""Throughput of the local exchange (`kalshi sim`) over loopback: REST requests/s and WebSocket
messages/s delivered to subscribers. The exchange runs in its own process (started through
`kalshi_sim.harness.command.main`), the clients in this one.

    python benchmarks/bench_sim.py [--seconds 5] [--threads 4] [--activity 4000] [--subscribers 1,4]

REST: `--processes` client processes of `--threads` threads, each thread with its own
keep-alive `httpx.Client`, call
`GET /markets/{ticker}/orderbook` (public) and then the signed `GET /portfolio/balance` (the
client signs every request with the exchange's RSA key; that signing runs in this process).
WebSocket: the exchange is restarted with `--activity` house orders per second; each subscriber
subscribes to orderbook_delta, trade and ticker on every market and counts what arrives.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import websockets
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_py.auth import KalshiAuth, load_private_key_file

RUN_MAIN = "import sys; from kalshi_sim.harness.command import main; sys.exit(main(sys.argv[1:]))"


@contextmanager
def exchange_process(*args: str) -> Iterator[dict[str, Any]]:
    """A `kalshi sim` process; yields its ready file's contents."""
    with tempfile.TemporaryDirectory() as folder:
        ready = Path(folder) / "ready.json"
        process = subprocess.Popen(  # noqa: S603 (runs this interpreter on our own module)
            [sys.executable, "-c", RUN_MAIN, "--ready-file", str(ready), "--credentials-dir", folder, *args],
            stdout=subprocess.DEVNULL,
        )
        try:
            for _ in range(600):
                if ready.exists() or process.poll() is not None:
                    break
                time.sleep(0.05)
            if not ready.exists():
                raise SystemExit("the local exchange did not start")
            info = json.loads(ready.read_text())
            info["pid"] = process.pid
            yield info
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)


def _write_key_pair(folder: Path, name: str) -> tuple[str, str]:
    """A key pair for the signed cases: (private key path, public key path). RSA signing costs the
    client about 0.4 ms a request, Ed25519 a tenth of that, so the Ed25519 case shows the exchange."""
    key = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if name == "rsa"
        else ed25519.Ed25519PrivateKey.generate()
    )
    private, public = folder / f"{name}.pem", folder / f"{name}.pub.pem"
    private.touch(mode=0o600)  # readable by its owner only, as kalshi-py asks of a private key
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return str(private), str(public)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time used so far by process `pid` (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _client(base_url: str, key: tuple[str, str] | None) -> httpx.Client:
    if key is None:
        return httpx.Client(base_url=base_url)
    return httpx.Client(base_url=base_url, auth=KalshiAuth(key[0], load_private_key_file(key[1])))


def rest_rate(threads: int, seconds: float, base_url: str, path: str, key: tuple[str, str] | None) -> float:
    """Requests per second answered 200 to `threads` keep-alive clients calling `path` (signed
    with `key` = (api key id, private key path) when given)."""
    counts = [0] * threads
    failures = [0] * threads
    start = threading.Barrier(threads + 1)
    deadline = [0.0]

    def worker(index: int) -> None:
        with _client(base_url, key) as client:
            client.get(path)
            start.wait()
            while time.perf_counter() < deadline[0]:
                if client.get(path).status_code == 200:
                    counts[index] += 1
                else:
                    failures[index] += 1

    pool = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    for thread in pool:
        thread.start()
    deadline[0] = time.perf_counter() + seconds + 0.1
    start.wait()
    began = time.perf_counter()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - began
    if sum(failures):
        print(f"  ({sum(failures)} answers were not 200)")
    return sum(counts) / elapsed


def rest_rate_processes(
    processes: int, threads: int, *, seconds: float, base_url: str, path: str, key: tuple[str, str] | None
) -> float:
    """`rest_rate` run in `processes` client processes at once, summed."""
    with concurrent.futures.ProcessPoolExecutor(processes) as pool:
        futures = [pool.submit(rest_rate, threads, seconds, base_url, path, key) for _ in range(processes)]
        return sum(f.result() for f in futures)


async def ws_rate(ready: dict[str, Any], subscribers: int, seconds: float) -> tuple[float, float]:
    """(messages/s to one subscriber on average, messages/s to all subscribers together)."""
    auth = KalshiAuth(ready["api_key_id"], load_private_key_file(ready["private_key_path"]))
    async with httpx.AsyncClient(base_url=ready["rest_url"]) as http:
        markets = (await http.get("/markets", params={"status": "open", "limit": 1000})).json()["markets"]
    tickers = [m["ticker"] for m in markets]
    counts = [0] * subscribers
    measuring = asyncio.Event()
    stop = asyncio.Event()

    async def subscriber(index: int) -> None:
        headers = auth.headers_for("GET", "/trade-api/ws/v2")
        async with websockets.connect(ready["ws_url"], additional_headers=headers, max_queue=None) as ws:
            await ws.send(
                json.dumps(
                    {
                        "id": 1,
                        "cmd": "subscribe",
                        "params": {
                            "channels": ["orderbook_delta", "trade", "ticker"],
                            "market_tickers": tickers,
                        },
                    }
                )
            )
            while not stop.is_set():
                try:
                    await asyncio.wait_for(ws.recv(), 0.5)
                except asyncio.TimeoutError:
                    continue
                if measuring.is_set():
                    counts[index] += 1

    tasks = [asyncio.ensure_future(subscriber(i)) for i in range(subscribers)]
    await asyncio.sleep(1.0)
    measuring.set()
    began = time.perf_counter()
    await asyncio.sleep(seconds)
    elapsed = time.perf_counter() - began
    measuring.clear()
    total = sum(counts)
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    return total / subscribers / elapsed, total / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--threads", type=int, default=4, help="client threads per client process")
    parser.add_argument("--processes", type=int, default=2, help="client processes for the REST phase")
    parser.add_argument("--activity", type=float, default=4000.0, help="house orders/s during the WS phase")
    parser.add_argument("--subscribers", default="1,4", help="comma-separated subscriber counts")
    args = parser.parse_args()

    keys_dir = tempfile.TemporaryDirectory()
    folder = Path(keys_dir.name)
    pairs = {name: _write_key_pair(folder, name) for name in ("rsa", "ed25519")}
    key_args = [
        arg
        for name, (_, public) in pairs.items()
        for arg in ("--api-key-id", f"bench-{name}", "--public-key", public)
    ]
    with keys_dir, exchange_process("--seed", "1", *key_args) as ready:
        with httpx.Client(base_url=ready["rest_url"]) as http:
            ticker = http.get("/markets", params={"status": "open", "limit": 1}).json()["markets"][0][
                "ticker"
            ]
        pid = ready["pid"]
        rsa_key, ed25519_key = (("bench-" + name, pairs[name][0]) for name in ("rsa", "ed25519"))
        cases = [
            ("GET /markets/{ticker}/orderbook", f"/markets/{ticker}/orderbook", None),
            ("GET /portfolio/balance (signed, RSA)", "/portfolio/balance", rsa_key),
            ("GET /portfolio/balance (signed, Ed25519)", "/portfolio/balance", ed25519_key),
        ]
        for label, path, signing in cases:
            cpu_before, wall_before = cpu_seconds(pid), time.perf_counter()
            rate = rest_rate_processes(
                args.processes,
                args.threads,
                seconds=args.seconds,
                base_url=ready["rest_url"],
                path=path,
                key=signing,
            )
            busy = (cpu_seconds(pid) - cpu_before) / (time.perf_counter() - wall_before)
            per_core = rate / busy if busy else float("nan")
            print(
                f"REST {label:40} {rate:8.0f} req/s ({args.processes}x{args.threads} client threads); "
                f"exchange process {busy:4.0%} of a core, i.e. {per_core:6.0f} req/s per exchange core"
            )

    with exchange_process("--seed", "1", "--activity", str(args.activity)) as ready:
        for subscribers in (int(n) for n in args.subscribers.split(",")):
            cpu_before, wall_before = cpu_seconds(ready["pid"]), time.perf_counter()
            each, total = asyncio.run(ws_rate(ready, subscribers, args.seconds))
            busy = (cpu_seconds(ready["pid"]) - cpu_before) / (time.perf_counter() - wall_before)
            print(
                f"WS   {subscribers} subscriber(s): {each:8.0f} msgs/s each, {total:8.0f} msgs/s in all "
                f"(activity {args.activity:.0f} orders/s asked; exchange process {busy:4.0%} of a core)"
            )


if __name__ == "__main__":
    main()
