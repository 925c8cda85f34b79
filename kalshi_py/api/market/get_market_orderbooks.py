# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/orderbooks (`GetMarketOrderbooks`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- tickers: list[str]

Returns `GetMarketOrderbooksResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMarketOrderbooksResponse
from ...types import Response

OPERATION: Operation[GetMarketOrderbooksResponse] = Operation(
    "GetMarketOrderbooks",
    "GET",
    "/markets/orderbooks",
    params=(Param("tickers", "query", "tickers"),),
    response=GetMarketOrderbooksResponse,
)


def sync_detailed(
    *,
    client: Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/orderbooks (`GetMarketOrderbooks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - tickers: list[str]

    Returns `GetMarketOrderbooksResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/orderbooks (`GetMarketOrderbooks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - tickers: list[str]

    Returns `GetMarketOrderbooksResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
