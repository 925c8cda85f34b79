# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/positions: `GetPositions`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
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
        Param("limit", "query", "limit"),
        Param("count_filter", "query", "count_filter"),
        Param("settlement_status", "query", "settlement_status"),
        Param("ticker", "query", "ticker"),
        Param("event_ticker", "query", "event_ticker"),
        Param("subaccount", "query", "subaccount"),
        Param("exchange_index", "query", "exchange_index"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetPositionsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetPositionsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `market_positions` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
