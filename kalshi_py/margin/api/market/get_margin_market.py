# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/markets/{ticker} (`GetMarginMarket`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Returns `MarginMarketResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import Response
from ...models import MarginMarketResponse

OPERATION: Operation[MarginMarketResponse] = Operation(
    "GetMarginMarket",
    "GET",
    "/margin/markets/{ticker}",
    params=(Param("ticker", "path", "ticker"),),
    response=MarginMarketResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[MarginMarketResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
) -> MarginMarketResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets/{ticker} (`GetMarginMarket`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Returns `MarginMarketResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[MarginMarketResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
) -> MarginMarketResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets/{ticker} (`GetMarginMarket`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Returns `MarginMarketResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
