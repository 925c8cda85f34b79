"""Async round trips, kalshi-py beside the aiohttp + msgspec floor, in one run against one loopback
server (`loopback_api.py`).

    python benchmarks/bench_async.py [--rounds 15] [--calls 50]

Each case makes the same signed requests (Ed25519: RSA signing would hide the transports behind
its cost) and decodes the same typed answers:
- floor: `aiohttp` + the signature (`cryptography`) + msgspec decoding into kalshi-py's models;
- `httpx.AsyncClient` + the same;
- kalshi-py `asyncio()` calls on its own connections, and through httpx (`KALSHI_PY_TRANSPORT=httpx`).

Metrics: a signed `GET /portfolio/balance`, a signed V2 order, `get_markets(limit=1000)`, and ten
balance calls at once (`asyncio.gather`, over as many connections). Medians of interleaved rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import httpx
import msgspec
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from loopback_api import ORDER, PREFIX, serving

from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import KalshiAuth, KalshiAuthenticatedClient
from kalshi_py.models import CreateOrderV2Response, GetBalanceResponse, GetMarketsResponse

KEY_ID = "0b6d1c3e-7a51-4c4e-9f0e-2d9a1b7c5e11"
Call = Callable[[], Awaitable[Any]]
balance_decoder = msgspec.json.Decoder(GetBalanceResponse)
markets_decoder = msgspec.json.Decoder(GetMarketsResponse)
order_decoder = msgspec.json.Decoder(CreateOrderV2Response)
ORDER_BODY = json.dumps(ORDER).encode()


def bare(origin: str, auth: KalshiAuth, request: Callable[..., Awaitable[bytes]]) -> dict[str, Call]:
    """The floor's calls over `request(method, url, headers, body)`."""

    def signed(method: str, path: str) -> dict[str, str]:
        return auth.headers_for(method, path)

    async def balance() -> Any:
        path = PREFIX + "/portfolio/balance"
        return balance_decoder.decode(await request("GET", origin + path, signed("GET", path), None))

    async def order() -> Any:
        path = PREFIX + "/portfolio/events/orders"
        headers = {**signed("POST", path), "Content-Type": "application/json"}
        return order_decoder.decode(await request("POST", origin + path, headers, ORDER_BODY))

    async def page() -> Any:
        return markets_decoder.decode(await request("GET", origin + PREFIX + "/markets?limit=1000", {}, None))

    return {"balance": balance, "order": order, "page": page}


def with_aiohttp(session: aiohttp.ClientSession) -> Callable[..., Awaitable[bytes]]:
    async def request(method: str, url: str, headers: dict[str, str], body: bytes | None) -> bytes:
        async with session.request(method, url, headers=headers, data=body) as response:
            return await response.read()

    return request


def with_httpx(client: httpx.AsyncClient) -> Callable[..., Awaitable[bytes]]:
    async def request(method: str, url: str, headers: dict[str, str], body: bytes | None) -> bytes:
        return (await client.request(method, url, headers=headers, content=body)).content

    return request


def kalshi(client: KalshiAuthenticatedClient) -> dict[str, Call]:
    async def balance() -> Any:
        return await get_balance.asyncio(client=client)

    async def order() -> Any:
        return await create_order_v2.asyncio(client=client, **ORDER)

    async def page() -> Any:
        return await get_markets.asyncio(client=client, limit=1000)

    return {"balance": balance, "order": order, "page": page}


def ten_at_once(call: Call) -> Call:
    async def gathered() -> Any:
        return await asyncio.gather(*(call() for _ in range(10)))

    return gathered


async def run(base: str, pem: str, rounds: int, calls: int) -> None:
    origin = base[: -len(PREFIX)]
    auth = KalshiAuth(KEY_ID, pem)
    session = aiohttp.ClientSession()
    http = httpx.AsyncClient()
    clients = {}
    for path, value in (("own connections", None), ("through httpx", "httpx")):
        if value is None:
            os.environ.pop("KALSHI_PY_TRANSPORT", None)
        else:
            os.environ["KALSHI_PY_TRANSPORT"] = value
        clients[path] = KalshiAuthenticatedClient(KEY_ID, pem, base)
        clients[path].get_async_httpx_client()  # the path is chosen here, from the environment
    os.environ.pop("KALSHI_PY_TRANSPORT", None)
    cases = {
        "floor: aiohttp + msgspec": bare(origin, auth, with_aiohttp(session)),
        "httpx.AsyncClient + msgspec": bare(origin, auth, with_httpx(http)),
        "kalshi-py, own connections": kalshi(clients["own connections"]),
        "kalshi-py, through httpx": kalshi(clients["through httpx"]),
    }
    for by_kind in cases.values():
        by_kind["10 balances at once"] = ten_at_once(by_kind["balance"])
    for kind in ("balance", "order", "page", "10 balances at once"):
        samples: dict[str, list[float]] = {name: [] for name in cases}
        count = max(1, calls // 10) if kind == "page" else calls
        for _ in range(rounds):
            for name, by_kind in cases.items():
                call = by_kind[kind]
                await call()
                started = time.perf_counter_ns()
                for _ in range(count):
                    await call()
                samples[name].append((time.perf_counter_ns() - started) / count / 1000)
        floor = statistics.median(samples["floor: aiohttp + msgspec"])
        print(f"\n{kind}\n\n| case | median µs | ratio to the floor |\n|---|---|---|")
        for name, values in samples.items():
            median = statistics.median(values)
            print(f"| {name} | {median:.0f} | {median / floor:.2f}x |")
    await session.close()
    await http.aclose()
    for client in clients.values():
        await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=50)
    args = parser.parse_args()
    key = ed25519.Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    with serving() as base:
        asyncio.run(run(base, pem, args.rounds, args.calls))


if __name__ == "__main__":
    main()
