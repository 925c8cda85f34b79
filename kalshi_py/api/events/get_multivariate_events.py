# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events/multivariate (`GetMultivariateEvents`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `events`; page size `limit`, at most 200.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, >= 1, <= 200
- cursor: str
- series_ticker: str
- collection_ticker: str
- tickers: str
- with_nested_markets: bool

Returns `GetMultivariateEventsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetMultivariateEventsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMultivariateEventsResponse] = Operation(
    "GetMultivariateEvents",
    "GET",
    "/events/multivariate",
    params=(
        Param("limit", "query", "limit", minimum=1, maximum=200),
        Param("cursor", "query", "cursor"),
        Param("series_ticker", "query", "series_ticker"),
        Param("collection_ticker", "query", "collection_ticker"),
        Param("tickers", "query", "tickers"),
        Param("with_nested_markets", "query", "with_nested_markets"),
    ),
    response=GetMultivariateEventsResponse,
    pagination=Pagination("events", "limit", 200),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> Response[GetMultivariateEventsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> GetMultivariateEventsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events/multivariate (`GetMultivariateEvents`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `events`; page size `limit`, at most 200.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 200
    - cursor: str
    - series_ticker: str
    - collection_ticker: str
    - tickers: str
    - with_nested_markets: bool

    Returns `GetMultivariateEventsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> Response[GetMultivariateEventsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    collection_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> GetMultivariateEventsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events/multivariate (`GetMultivariateEvents`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `events`; page size `limit`, at most 200.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 200
    - cursor: str
    - series_ticker: str
    - collection_ticker: str
    - tickers: str
    - with_nested_markets: bool

    Returns `GetMultivariateEventsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `events` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
