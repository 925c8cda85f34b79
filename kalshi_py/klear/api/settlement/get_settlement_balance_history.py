# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/settlement_balance_history (`GetSettlementBalanceHistory`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: by `cursor`; the items are in `entries`; page size `limit`, at most 500.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, <= 500
- cursor: str

Returns `GetSettlementBalanceHistoryResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ...._operation import Operation, Pagination, Param
from ....client import Client
from ....pagination import Paginator
from ....types import UNSET, Response, Unset
from ...models import GetSettlementBalanceHistoryResponse

OPERATION: Operation[GetSettlementBalanceHistoryResponse] = Operation(
    "GetSettlementBalanceHistory",
    "GET",
    "/margin/settlement_balance_history",
    params=(
        Param("limit", "query", "limit", maximum=500),
        Param("cursor", "query", "cursor"),
    ),
    response=GetSettlementBalanceHistoryResponse,
    auth=True,
    pagination=Pagination("entries", "limit", 500),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetSettlementBalanceHistoryResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetSettlementBalanceHistoryResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/settlement_balance_history (`GetSettlementBalanceHistory`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: by `cursor`; the items are in `entries`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, <= 500
    - cursor: str

    Returns `GetSettlementBalanceHistoryResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetSettlementBalanceHistoryResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetSettlementBalanceHistoryResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/settlement_balance_history (`GetSettlementBalanceHistory`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: by `cursor`; the items are in `entries`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, <= 500
    - cursor: str

    Returns `GetSettlementBalanceHistoryResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `entries` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
