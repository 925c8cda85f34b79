# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/markets/{ticker}/orderbook (`GetMarginMarketOrderbook`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Optional arguments:
- depth: int, >= 0
- aggregation_tick_size: str

Returns `MarginOrderbookResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import MarginOrderbookResponse

OPERATION: Operation[MarginOrderbookResponse] = Operation(
    "GetMarginMarketOrderbook",
    "GET",
    "/margin/markets/{ticker}/orderbook",
    params=(
        Param("ticker", "path", "ticker"),
        Param("depth", "query", "depth", minimum=0),
        Param("aggregation_tick_size", "query", "aggregation_tick_size"),
    ),
    response=MarginOrderbookResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
    aggregation_tick_size: str | Unset = UNSET,
) -> Response[MarginOrderbookResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
    aggregation_tick_size: str | Unset = UNSET,
) -> MarginOrderbookResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets/{ticker}/orderbook (`GetMarginMarketOrderbook`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - depth: int, >= 0
    - aggregation_tick_size: str

    Returns `MarginOrderbookResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
    aggregation_tick_size: str | Unset = UNSET,
) -> Response[MarginOrderbookResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
    aggregation_tick_size: str | Unset = UNSET,
) -> MarginOrderbookResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets/{ticker}/orderbook (`GetMarginMarketOrderbook`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - depth: int, >= 0
    - aggregation_tick_size: str

    Returns `MarginOrderbookResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
