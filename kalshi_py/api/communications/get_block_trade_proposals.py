# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/block-trade-proposals: `GetBlockTradeProposals`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
from ...client import Client
from ...models import GetBlockTradeProposalsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetBlockTradeProposalsResponse] = Operation(
    "GetBlockTradeProposals",
    "GET",
    "/communications/block-trade-proposals",
    params=(
        Param("cursor", "query", "cursor"),
        Param("market_ticker", "query", "market_ticker"),
        Param("limit", "query", "limit"),
        Param("status", "query", "status"),
    ),
    response=GetBlockTradeProposalsResponse,
    auth=True,
    pagination=Pagination("block_trade_proposals", "limit", 100),
)


def sync_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Send the request and return the decoded `GetBlockTradeProposalsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Send the request and return the decoded `GetBlockTradeProposalsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `block_trade_proposals` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
