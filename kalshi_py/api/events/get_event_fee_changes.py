# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events/fee_changes (`GetEventFeeChanges`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `event_fee_changes`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- event_ticker: str
- limit: int, >= 1, <= 1000
- cursor: str

Returns `GetEventFeeChangesResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetEventFeeChangesResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventFeeChangesResponse] = Operation(
    "GetEventFeeChanges",
    "GET",
    "/events/fee_changes",
    params=(
        Param("event_ticker", "query", "event_ticker"),
        Param("limit", "query", "limit", minimum=1, maximum=1000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetEventFeeChangesResponse,
    pagination=Pagination("event_fee_changes", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetEventFeeChangesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetEventFeeChangesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events/fee_changes (`GetEventFeeChanges`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `event_fee_changes`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - event_ticker: str
    - limit: int, >= 1, <= 1000
    - cursor: str

    Returns `GetEventFeeChangesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetEventFeeChangesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetEventFeeChangesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events/fee_changes (`GetEventFeeChanges`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `event_fee_changes`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - event_ticker: str
    - limit: int, >= 1, <= 1000
    - cursor: str

    Returns `GetEventFeeChangesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `event_fee_changes` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
