# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/orders: `GetHistoricalOrders`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
from ...client import Client
from ...models import GetOrdersResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrdersResponse] = Operation(
    "GetHistoricalOrders",
    "GET",
    "/historical/orders",
    params=(
        Param("ticker", "query", "ticker"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("limit", "query", "limit"),
        Param("cursor", "query", "cursor"),
        Param("subaccount", "query", "subaccount"),
    ),
    response=GetOrdersResponse,
    auth=True,
    pagination=Pagination("orders", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Send the request and return the decoded `GetOrdersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrdersResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrdersResponse:
    """Send the request and return the decoded `GetOrdersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `orders` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
