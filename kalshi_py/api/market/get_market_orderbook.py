# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/{ticker}/orderbook (`GetMarketOrderbook`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Optional arguments:
- depth: int, >= 0, <= 100

Returns `GetMarketOrderbookResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMarketOrderbookResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketOrderbookResponse] = Operation(
    "GetMarketOrderbook",
    "GET",
    "/markets/{ticker}/orderbook",
    params=(
        Param("ticker", "path", "ticker"),
        Param("depth", "query", "depth", minimum=0, maximum=100),
    ),
    response=GetMarketOrderbookResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> Response[GetMarketOrderbookResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> GetMarketOrderbookResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/{ticker}/orderbook (`GetMarketOrderbook`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - depth: int, >= 0, <= 100

    Returns `GetMarketOrderbookResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> Response[GetMarketOrderbookResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> GetMarketOrderbookResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/{ticker}/orderbook (`GetMarketOrderbook`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - depth: int, >= 0, <= 100

    Returns `GetMarketOrderbookResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
