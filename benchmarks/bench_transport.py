"""HTTP/1.1 engines side by side, in one run against one loopback server (`loopback_api.py`):
what one round trip costs each way of sending it, and what a kalshi-py call costs on its own
connections and through httpx.

    python benchmarks/bench_transport.py [--rounds 15] [--calls 100]
    python benchmarks/bench_transport.py --instructions     # client-side instructions (valgrind)

Round trips (bytes in, bytes out, no decoding):
- `http.client`: the stdlib, one keep-alive connection (the floor);
- `httpx.Client`: httpx's default transport (httpcore over h11);
- `httpx.Client over http.client`: httpx's client over a transport that is http.client, so the
  cost of `httpx.Client.send` itself shows;
- `httpx.Client.send, canned answer`: httpx's client with a transport that answers at once,
  no I/O: what httpx costs before any byte is sent;
- `urllib3` and `pycurl` (libcurl), when installed;
- `kalshi-py own connections`: the transport under kalshi-py's calls (`kalshi_py._transport`).

Calls (a typed answer, `Decimal` money): `get_balance`, `get_markets(limit=1000)` and
`create_order_v2` through kalshi-py, on its own connections and with `KALSHI_PY_TRANSPORT=httpx`.

Timing: every case runs `--calls` calls per round, the cases interleaved, `--rounds` rounds; the
figure is the median of the rounds, so a busy moment on a shared machine moves one round of every
case instead of all the rounds of one. `--instructions` counts the instructions one call costs
this process (valgrind's callgrind, the difference between N and 2N calls): repeatable under load,
blind to waiting and to the server.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
from loopback_api import ORDER, PREFIX, serving

import kalshi_py
from kalshi_py._deadline import Deadline
from kalshi_py._transport import Transport
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.api.portfolio import get_balance

KINDS = {
    "balance": ("GET", PREFIX + "/portfolio/balance", None),
    "page": ("GET", PREFIX + "/markets?limit=1000", None),
    "order": ("POST", PREFIX + "/portfolio/events/orders", json.dumps(ORDER).encode()),
}
JSON = {"Content-Type": "application/json"}

RoundTrip = Callable[[str, str, bytes | None], bytes]


def http_client(base: str) -> RoundTrip:
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname or "", url.port)

    def send(method: str, target: str, body: bytes | None) -> bytes:
        connection.request(method, target, body=body, headers=JSON if body else {})
        return connection.getresponse().read()

    return send


def httpx_client(base: str, transport: httpx.BaseTransport | None = None) -> RoundTrip:
    client = httpx.Client(transport=transport)
    origin = base[: -len(PREFIX)]

    def send(method: str, target: str, body: bytes | None) -> bytes:
        return client.request(method, origin + target, content=body, headers=JSON if body else None).content

    return send


class OverHttpClient(httpx.BaseTransport):
    """httpx's client over http.client: what `httpx.Client.send` adds to a fast engine."""

    def __init__(self, base: str) -> None:
        self.send = http_client(base)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = self.send(request.method, request.url.raw_path.decode(), request.read() or None)
        return httpx.Response(200, content=content)


class Canned(httpx.BaseTransport):
    """An answer at once, no I/O."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b'{"balance": 1000000}')


def urllib3_pool(base: str) -> RoundTrip | None:
    try:
        import urllib3
    except ImportError:
        return None
    url = urlsplit(base)
    pool = urllib3.HTTPConnectionPool(url.hostname, url.port, maxsize=1)

    def send(method: str, target: str, body: bytes | None) -> bytes:
        return pool.request(method, target, body=body, headers=JSON if body else None, retries=False).data

    return send


def curl(base: str) -> RoundTrip | None:
    try:
        import pycurl  # type: ignore[import-not-found]
    except ImportError:
        return None
    handle = pycurl.Curl()
    origin = base[: -len(PREFIX)]

    def send(method: str, target: str, body: bytes | None) -> bytes:
        out = io.BytesIO()
        handle.setopt(pycurl.URL, origin + target)
        handle.setopt(pycurl.WRITEDATA, out)
        if body is None:
            handle.setopt(pycurl.HTTPGET, 1)
            handle.setopt(pycurl.HTTPHEADER, [])
        else:
            handle.setopt(pycurl.POSTFIELDS, body)
            handle.setopt(pycurl.HTTPHEADER, ["Content-Type: application/json"])
        handle.perform()
        return out.getvalue()

    return send


def own(base: str) -> RoundTrip:
    transport = Transport(False)
    origin = base[: -len(PREFIX)]
    timeout = {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}

    urls: dict[str, httpx.URL] = {}  # as kalshi-py's calls do, each URL is parsed once

    def send(method: str, target: str, body: bytes | None) -> bytes:
        url = urls.get(target) or urls.setdefault(target, httpx.URL(origin + target))
        headers = [(b"Host", url.netloc)] + ([(b"Content-Type", b"application/json")] if body else [])
        request = httpx.Request(method, url, headers=headers, content=body, extensions={"timeout": timeout})
        return transport.send(request, Deadline(30.0), None).content

    return send


ENGINES: dict[str, Callable[[str], RoundTrip | None]] = {
    "http.client (floor)": http_client,
    "httpx.Client": httpx_client,
    "httpx.Client over http.client": lambda base: httpx_client(base, OverHttpClient(base)),
    "httpx.Client.send, canned answer (no I/O)": lambda base: httpx_client(base, Canned()),
    "urllib3": urllib3_pool,
    "pycurl (libcurl)": curl,
    "kalshi-py own connections": own,
}


def engines(base: str, only: set[str] | None = None) -> dict[str, RoundTrip]:
    found = {name: make(base) for name, make in ENGINES.items() if only is None or name in only}
    return {name: send for name, send in found.items() if send is not None}


def calls(base: str) -> dict[str, dict[str, Callable[[], Any]]]:
    """kalshi-py's calls per kind, on its own connections and through httpx."""
    found: dict[str, dict[str, Callable[[], Any]]] = {}
    for path, value in (("own connections", None), ("through httpx", "httpx")):
        if value is None:
            os.environ.pop("KALSHI_PY_TRANSPORT", None)
        else:
            os.environ["KALSHI_PY_TRANSPORT"] = value
        client = kalshi_py.Client(base_url=base)
        client.get_httpx_client()  # the path is chosen here, from the environment
        found[f"kalshi-py call, {path}"] = {
            "balance": lambda client=client: get_balance.sync(client=client),
            "page": lambda client=client: get_markets.sync(client=client, limit=1000),
            "order": lambda client=client: create_order_v2.sync(client=client, **ORDER),
        }
    os.environ.pop("KALSHI_PY_TRANSPORT", None)
    return found


def cases(base: str, only: set[str] | None = None) -> dict[str, dict[str, Callable[[], Any]]]:
    table: dict[str, dict[str, Callable[[], Any]]] = {}
    for name, send in engines(base, only).items():
        table[name] = {kind: (lambda send=send, spec=spec: send(*spec)) for kind, spec in KINDS.items()}
    if only is None or any(name.startswith("kalshi-py call") for name in only):
        table.update(calls(base))
    return table


def timed(table: dict[str, dict[str, Callable[[], Any]]], rounds: int, calls_per_round: int) -> None:
    for kind in KINDS:
        samples: dict[str, list[float]] = {name: [] for name in table}
        count = max(1, calls_per_round // 10) if kind == "page" else calls_per_round
        for _ in range(rounds):
            for name, by_kind in table.items():
                call = by_kind[kind]
                call()
                started = time.perf_counter_ns()
                for _ in range(count):
                    call()
                samples[name].append((time.perf_counter_ns() - started) / count / 1000)
        floor = statistics.median(samples["http.client (floor)"])
        print(f"\n{kind}: {KINDS[kind][0]} {KINDS[kind][1]}\n")
        print("| case | median µs | ratio to http.client |")
        print("|---|---|---|")
        for name, values in samples.items():
            median = statistics.median(values)
            print(f"| {name} | {median:.0f} | {median / floor:.2f}x |")


def instructions(base: str, calls_per_run: int, only: set[str] | None) -> None:
    """Instructions one call costs this process, counted by callgrind."""
    print("| case | " + " | ".join(KINDS) + " |", flush=True)
    print("|---|" + "---|" * len(KINDS), flush=True)
    names = [*ENGINES, "kalshi-py call, own connections", "kalshi-py call, through httpx"]
    for name in names if only is None else [n for n in names if n in only]:
        counts = []
        for kind in KINDS:
            runs = [_collected(base, name, kind, n) for n in (calls_per_run, 2 * calls_per_run)]
            counts.append(f"{(runs[1] - runs[0]) / calls_per_run / 1000:,.0f}k")
        print(f"| {name} | " + " | ".join(counts) + " |", flush=True)


def _collected(base: str, name: str, kind: str, count: int) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__]
    command += ["--one", json.dumps([base, name, kind, count])]
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    match = re.search(r"Collected : (\d+)", done.stderr)
    if match is None:
        raise SystemExit(done.stderr[-2000:])
    return int(match.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind")
    parser.add_argument("--cases", help="case names to run, separated by ';' (default: all)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # one case, under valgrind
    args = parser.parse_args()
    if args.one:
        base, name, kind, count = json.loads(args.one)
        call = cases(base, {name})[name][kind]
        for _ in range(5 + count):
            call()
        return
    with serving() as base:
        only = {name.strip() for name in args.cases.split(";")} if args.cases else None
        if args.instructions:
            instructions(base, 10, only)
        else:
            timed(
                cases(base, None if only is None else {*only, "http.client (floor)"}), args.rounds, args.calls
            )


if __name__ == "__main__":
    main()
