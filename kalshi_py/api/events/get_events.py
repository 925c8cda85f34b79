# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events (`GetEvents`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `events`; page size `limit`, at most 200.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, >= 1, <= 200
- cursor: str
- with_nested_markets: bool
- with_milestones: bool
- status: str, one of "unopened", "open", "closed", "settled"
- series_ticker: str
- tickers: str
- min_close_ts: int
- min_updated_ts: int

Returns `GetEventsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetEventsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventsResponse] = Operation(
    "GetEvents",
    "GET",
    "/events",
    params=(
        Param("limit", "query", "limit", minimum=1, maximum=200),
        Param("cursor", "query", "cursor"),
        Param("with_nested_markets", "query", "with_nested_markets"),
        Param("with_milestones", "query", "with_milestones"),
        Param("status", "query", "status", choices=("unopened", "open", "closed", "settled")),
        Param("series_ticker", "query", "series_ticker"),
        Param("tickers", "query", "tickers"),
        Param("min_close_ts", "query", "min_close_ts"),
        Param("min_updated_ts", "query", "min_updated_ts"),
    ),
    response=GetEventsResponse,
    pagination=Pagination("events", "limit", 200),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
    with_milestones: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
    with_milestones: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events (`GetEvents`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `events`; page size `limit`, at most 200.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 200
    - cursor: str
    - with_nested_markets: bool
    - with_milestones: bool
    - status: str, one of "unopened", "open", "closed", "settled"
    - series_ticker: str
    - tickers: str
    - min_close_ts: int
    - min_updated_ts: int

    Returns `GetEventsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
    with_milestones: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetEventsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
    with_milestones: bool | Unset = UNSET,
    status: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    tickers: str | Unset = UNSET,
    min_close_ts: int | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetEventsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events (`GetEvents`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `events`; page size `limit`, at most 200.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 200
    - cursor: str
    - with_nested_markets: bool
    - with_milestones: bool
    - status: str, one of "unopened", "open", "closed", "settled"
    - series_ticker: str
    - tickers: str
    - min_close_ts: int
    - min_updated_ts: int

    Returns `GetEventsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `events` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
