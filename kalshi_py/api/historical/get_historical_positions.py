# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/positions (`GetHistoricalPositions`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `market_positions`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- ticker: str
- event_ticker: str
- subaccount: int, >= 0
- limit: int, >= 1, <= 1000
- cursor: str

Returns `GetPositionsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetPositionsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetPositionsResponse] = Operation(
    "GetHistoricalPositions",
    "GET",
    "/historical/positions",
    params=(
        Param("ticker", "query", "ticker"),
        Param("event_ticker", "query", "event_ticker"),
        Param("subaccount", "query", "subaccount", minimum=0),
        Param("limit", "query", "limit", minimum=1, maximum=1000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetPositionsResponse,
    auth=True,
    pagination=Pagination("market_positions", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/positions (`GetHistoricalPositions`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `market_positions`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - ticker: str
    - event_ticker: str
    - subaccount: int, >= 0
    - limit: int, >= 1, <= 1000
    - cursor: str

    Returns `GetPositionsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/positions (`GetHistoricalPositions`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `market_positions`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - ticker: str
    - event_ticker: str
    - subaccount: int, >= 0
    - limit: int, >= 1, <= 1000
    - cursor: str

    Returns `GetPositionsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `market_positions` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
