# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/markets/{ticker} (`GetHistoricalMarket`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Returns `GetMarketResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMarketResponse
from ...types import Response

OPERATION: Operation[GetMarketResponse] = Operation(
    "GetHistoricalMarket",
    "GET",
    "/historical/markets/{ticker}",
    params=(Param("ticker", "path", "ticker"),),
    response=GetMarketResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[GetMarketResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
) -> GetMarketResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/markets/{ticker} (`GetHistoricalMarket`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Returns `GetMarketResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[GetMarketResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
) -> GetMarketResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/markets/{ticker} (`GetHistoricalMarket`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Returns `GetMarketResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
