# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/orders/queue_positions (`GetOrderQueuePositions`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- market_tickers: str
- event_ticker: str
- subaccount: int, >= 0

Returns `GetOrderQueuePositionsResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetOrderQueuePositionsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrderQueuePositionsResponse] = Operation(
    "GetOrderQueuePositions",
    "GET",
    "/portfolio/orders/queue_positions",
    params=(
        Param("market_tickers", "query", "market_tickers"),
        Param("event_ticker", "query", "event_ticker"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    response=GetOrderQueuePositionsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderQueuePositionsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/orders/queue_positions (`GetOrderQueuePositions`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - market_tickers: str
    - event_ticker: str
    - subaccount: int, >= 0

    Returns `GetOrderQueuePositionsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderQueuePositionsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/orders/queue_positions (`GetOrderQueuePositions`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - market_tickers: str
    - event_ticker: str
    - subaccount: int, >= 0

    Returns `GetOrderQueuePositionsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
