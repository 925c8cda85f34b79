# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/trades (`GetTrades`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `trades`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, >= 0, <= 1000
- cursor: str
- ticker: str
- min_ts: int
- max_ts: int
- is_block_trade: bool

Returns `GetTradesResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetTradesResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetTradesResponse] = Operation(
    "GetTrades",
    "GET",
    "/markets/trades",
    params=(
        Param("limit", "query", "limit", minimum=0, maximum=1000),
        Param("cursor", "query", "cursor"),
        Param("ticker", "query", "ticker"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("is_block_trade", "query", "is_block_trade"),
    ),
    response=GetTradesResponse,
    pagination=Pagination("trades", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[GetTradesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/trades (`GetTrades`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `trades`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 0, <= 1000
    - cursor: str
    - ticker: str
    - min_ts: int
    - max_ts: int
    - is_block_trade: bool

    Returns `GetTradesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> Response[GetTradesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    is_block_trade: bool | Unset = UNSET,
) -> GetTradesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/trades (`GetTrades`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `trades`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 0, <= 1000
    - cursor: str
    - ticker: str
    - min_ts: int
    - max_ts: int
    - is_block_trade: bool

    Returns `GetTradesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `trades` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
