# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/fcm/orders (`GetMarginFCMOrders`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `orders`; page size `limit`, at most 10000.
  `paginate(client=...)` walks every page.

Required arguments:
- subtrader_id: str

Optional arguments:
- ticker: str
- min_ts: int
- max_ts: int
- status: str
- limit: int, >= 1, <= 10000
- cursor: str

Returns `GetMarginOrdersResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ...._operation import Operation, Pagination, Param
from ....client import Client
from ....pagination import Paginator
from ....types import UNSET, Response, Unset
from ...models import GetMarginOrdersResponse

OPERATION: Operation[GetMarginOrdersResponse] = Operation(
    "GetMarginFCMOrders",
    "GET",
    "/margin/fcm/orders",
    params=(
        Param("subtrader_id", "query", "subtrader_id"),
        Param("ticker", "query", "ticker"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("status", "query", "status"),
        Param("limit", "query", "limit", minimum=1, maximum=10000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetMarginOrdersResponse,
    auth=True,
    pagination=Pagination("orders", "limit", 10000),
)


def sync_detailed(
    *,
    client: Client,
    subtrader_id: str,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMarginOrdersResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subtrader_id: str,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMarginOrdersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/fcm/orders (`GetMarginFCMOrders`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `orders`; page size `limit`, at most 10000.
      `paginate(client=...)` walks every page.

    Required arguments:
    - subtrader_id: str

    Optional arguments:
    - ticker: str
    - min_ts: int
    - max_ts: int
    - status: str
    - limit: int, >= 1, <= 10000
    - cursor: str

    Returns `GetMarginOrdersResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subtrader_id: str,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMarginOrdersResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subtrader_id: str,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMarginOrdersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/fcm/orders (`GetMarginFCMOrders`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `orders`; page size `limit`, at most 10000.
      `paginate(client=...)` walks every page.

    Required arguments:
    - subtrader_id: str

    Optional arguments:
    - ticker: str
    - min_ts: int
    - max_ts: int
    - status: str
    - limit: int, >= 1, <= 10000
    - cursor: str

    Returns `GetMarginOrdersResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `orders` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
