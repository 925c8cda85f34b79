# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/markets (`GetHistoricalMarkets`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `markets`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, >= 0, <= 1000
- cursor: str
- tickers: str
- event_ticker: str
- series_ticker: str
- mve_filter: str, one of "exclude"

Returns `GetMarketsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetMarketsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketsResponse] = Operation(
    "GetHistoricalMarkets",
    "GET",
    "/historical/markets",
    params=(
        Param("limit", "query", "limit", minimum=0, maximum=1000),
        Param("cursor", "query", "cursor"),
        Param("tickers", "query", "tickers"),
        Param("event_ticker", "query", "event_ticker"),
        Param("series_ticker", "query", "series_ticker"),
        Param("mve_filter", "query", "mve_filter", choices=("exclude",)),
    ),
    response=GetMarketsResponse,
    pagination=Pagination("markets", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: str | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: str | Unset = UNSET,
) -> GetMarketsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/markets (`GetHistoricalMarkets`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `markets`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 0, <= 1000
    - cursor: str
    - tickers: str
    - event_ticker: str
    - series_ticker: str
    - mve_filter: str, one of "exclude"

    Returns `GetMarketsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: str | Unset = UNSET,
) -> Response[GetMarketsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    mve_filter: str | Unset = UNSET,
) -> GetMarketsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/markets (`GetHistoricalMarkets`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `markets`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 0, <= 1000
    - cursor: str
    - tickers: str
    - event_ticker: str
    - series_ticker: str
    - mve_filter: str, one of "exclude"

    Returns `GetMarketsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `markets` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
