# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/trades (`GetMarginTrades`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `trades`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Required arguments:
- ticker: str

Optional arguments:
- limit: int, >= 1, <= 1000
- cursor: str
- min_ts: int
- max_ts: int

Returns `GetMarginTradesResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ...._operation import Operation, Pagination, Param
from ....client import Client
from ....pagination import Paginator
from ....types import UNSET, Response, Unset
from ...models import GetMarginTradesResponse

OPERATION: Operation[GetMarginTradesResponse] = Operation(
    "GetMarginTrades",
    "GET",
    "/margin/trades",
    params=(
        Param("ticker", "query", "ticker"),
        Param("limit", "query", "limit", minimum=1, maximum=1000),
        Param("cursor", "query", "cursor"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
    ),
    response=GetMarginTradesResponse,
    pagination=Pagination("trades", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[GetMarginTradesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> GetMarginTradesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/trades (`GetMarginTrades`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `trades`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Required arguments:
    - ticker: str

    Optional arguments:
    - limit: int, >= 1, <= 1000
    - cursor: str
    - min_ts: int
    - max_ts: int

    Returns `GetMarginTradesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> Response[GetMarginTradesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
) -> GetMarginTradesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/trades (`GetMarginTrades`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `trades`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Required arguments:
    - ticker: str

    Optional arguments:
    - limit: int, >= 1, <= 1000
    - cursor: str
    - min_ts: int
    - max_ts: int

    Returns `GetMarginTradesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `trades` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
