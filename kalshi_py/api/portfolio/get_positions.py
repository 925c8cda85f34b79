# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/positions (`GetPositions`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `market_positions`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- cursor: str
- limit: int, >= 1, <= 1000
- count_filter: str
- settlement_status: str, one of "unsettled", "settled", "all"
- ticker: str
- event_ticker: str
- subaccount: int, >= 0
- exchange_index: int, >= 0

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
    "GetPositions",
    "GET",
    "/portfolio/positions",
    params=(
        Param("cursor", "query", "cursor"),
        Param("limit", "query", "limit", minimum=1, maximum=1000),
        Param("count_filter", "query", "count_filter"),
        Param("settlement_status", "query", "settlement_status", choices=("unsettled", "settled", "all")),
        Param("ticker", "query", "ticker"),
        Param("event_ticker", "query", "event_ticker"),
        Param("subaccount", "query", "subaccount", minimum=0),
        Param("exchange_index", "query", "exchange_index", minimum=0),
    ),
    response=GetPositionsResponse,
    auth=True,
    pagination=Pagination("market_positions", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/positions (`GetPositions`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `market_positions`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - limit: int, >= 1, <= 1000
    - count_filter: str
    - settlement_status: str, one of "unsettled", "settled", "all"
    - ticker: str
    - event_ticker: str
    - subaccount: int, >= 0
    - exchange_index: int, >= 0

    Returns `GetPositionsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetPositionsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    count_filter: str | Unset = UNSET,
    settlement_status: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetPositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/positions (`GetPositions`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `market_positions`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - limit: int, >= 1, <= 1000
    - count_filter: str
    - settlement_status: str, one of "unsettled", "settled", "all"
    - ticker: str
    - event_ticker: str
    - subaccount: int, >= 0
    - exchange_index: int, >= 0

    Returns `GetPositionsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `market_positions` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
