# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /fcm/orders: `GetFCMOrders`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
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
        Param("status", "query", "status"),
        Param("limit", "query", "limit"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetOrdersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetOrdersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `orders` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
