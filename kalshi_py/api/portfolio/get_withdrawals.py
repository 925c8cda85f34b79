# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/withdrawals: `GetWithdrawals`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
from ...client import Client
from ...models import GetWithdrawalsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetWithdrawalsResponse] = Operation(
    "GetWithdrawals",
    "GET",
    "/portfolio/withdrawals",
    params=(
        Param("limit", "query", "limit"),
        Param("cursor", "query", "cursor"),
    ),
    response=GetWithdrawalsResponse,
    auth=True,
    pagination=Pagination("withdrawals", "limit", 500),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetWithdrawalsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetWithdrawalsResponse:
    """Send the request and return the decoded `GetWithdrawalsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetWithdrawalsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetWithdrawalsResponse:
    """Send the request and return the decoded `GetWithdrawalsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `withdrawals` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
