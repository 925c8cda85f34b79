# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/funding_payments (`GetMemberFundingPayments`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: by `cursor`; the items are in `payments`; page size `limit`, at most 10000.
  `paginate(client=...)` walks every page.

Required arguments:
- funding_time: str

Optional arguments:
- market_ticker: str
- limit: int, <= 10000
- cursor: str

Returns `GetMemberFundingPaymentsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ...._operation import Operation, Pagination, Param
from ....client import Client
from ....pagination import Paginator
from ....types import UNSET, Response, Unset
from ...models import GetMemberFundingPaymentsResponse

OPERATION: Operation[GetMemberFundingPaymentsResponse] = Operation(
    "GetMemberFundingPayments",
    "GET",
    "/margin/funding_payments",
    params=(
        Param("funding_time", "query", "funding_time"),
        Param("market_ticker", "query", "market_ticker"),
        Param("limit", "query", "limit", maximum=10000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetMemberFundingPaymentsResponse,
    auth=True,
    pagination=Pagination("payments", "limit", 10000),
)


def sync_detailed(
    *,
    client: Client,
    funding_time: str,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMemberFundingPaymentsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    funding_time: str,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMemberFundingPaymentsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_payments (`GetMemberFundingPayments`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: by `cursor`; the items are in `payments`; page size `limit`, at most 10000.
      `paginate(client=...)` walks every page.

    Required arguments:
    - funding_time: str

    Optional arguments:
    - market_ticker: str
    - limit: int, <= 10000
    - cursor: str

    Returns `GetMemberFundingPaymentsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    funding_time: str,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMemberFundingPaymentsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    funding_time: str,
    market_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMemberFundingPaymentsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_payments (`GetMemberFundingPayments`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: by `cursor`; the items are in `payments`; page size `limit`, at most 10000.
      `paginate(client=...)` walks every page.

    Required arguments:
    - funding_time: str

    Optional arguments:
    - market_ticker: str
    - limit: int, <= 10000
    - cursor: str

    Returns `GetMemberFundingPaymentsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `payments` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
