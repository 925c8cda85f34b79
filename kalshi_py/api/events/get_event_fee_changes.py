# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events/fee_changes: `GetEventFeeChanges`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
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
        Param("limit", "query", "limit"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetEventFeeChangesResponse:
    """Send the request and return the decoded `GetEventFeeChangesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetEventFeeChangesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    event_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetEventFeeChangesResponse:
    """Send the request and return the decoded `GetEventFeeChangesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `event_fee_changes` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
