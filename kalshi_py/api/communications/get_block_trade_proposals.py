# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/block-trade-proposals (`GetBlockTradeProposals`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `block_trade_proposals`; page size `limit`, at most
  100. `paginate(client=...)` walks every page.

Optional arguments:
- cursor: str
- market_ticker: str
- limit: int, >= 1, <= 100
- status: str

Returns `GetBlockTradeProposalsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
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
        Param("limit", "query", "limit", minimum=1, maximum=100),
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
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/block-trade-proposals (`GetBlockTradeProposals`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `block_trade_proposals`; page size `limit`, at most
      100. `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - market_ticker: str
    - limit: int, >= 1, <= 100
    - status: str

    Returns `GetBlockTradeProposalsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[GetBlockTradeProposalsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
) -> GetBlockTradeProposalsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/block-trade-proposals (`GetBlockTradeProposals`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `block_trade_proposals`; page size `limit`, at most
      100. `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - market_ticker: str
    - limit: int, >= 1, <= 100
    - status: str

    Returns `GetBlockTradeProposalsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `block_trade_proposals` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
