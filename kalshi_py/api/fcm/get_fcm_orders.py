# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /fcm/orders (`GetFCMOrders`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `orders`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- subtrader_id: str
- client_order_ids: str
- cursor: str
- event_ticker: str
- ticker: str
- min_ts: int
- max_ts: int
- status: str, one of "resting", "canceled", "executed"
- limit: int, >= 1, <= 1000

Returns `GetOrdersResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetOrdersResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrdersResponse] = Operation(
    "GetFCMOrders",
    "GET",
    "/fcm/orders",
    params=(
        Param("subtrader_id", "query", "subtrader_id"),
        Param("client_order_ids", "query", "client_order_ids"),
        Param("cursor", "query", "cursor"),
        Param("event_ticker", "query", "event_ticker"),
        Param("ticker", "query", "ticker"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("status", "query", "status", choices=("resting", "canceled", "executed")),
        Param("limit", "query", "limit", minimum=1, maximum=1000),
    ),
    response=GetOrdersResponse,
    auth=True,
    pagination=Pagination("orders", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/orders (`GetFCMOrders`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `orders`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - subtrader_id: str
    - client_order_ids: str
    - cursor: str
    - event_ticker: str
    - ticker: str
    - min_ts: int
    - max_ts: int
    - status: str, one of "resting", "canceled", "executed"
    - limit: int, >= 1, <= 1000

    Returns `GetOrdersResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
    client_order_ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/orders (`GetFCMOrders`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `orders`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - subtrader_id: str
    - client_order_ids: str
    - cursor: str
    - event_ticker: str
    - ticker: str
    - min_ts: int
    - max_ts: int
    - status: str, one of "resting", "canceled", "executed"
    - limit: int, >= 1, <= 1000

    Returns `GetOrdersResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `orders` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
