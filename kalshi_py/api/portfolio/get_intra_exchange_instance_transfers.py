# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/intra_exchange_instance_transfers: `GetIntraExchangeInstanceTransfers`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
from ...client import Client
from ...models import GetIntraExchangeInstanceTransfersResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetIntraExchangeInstanceTransfersResponse] = Operation(
    "GetIntraExchangeInstanceTransfers",
    "GET",
    "/portfolio/intra_exchange_instance_transfers",
    params=(
        Param("limit", "query", "limit"),
        Param("cursor", "query", "cursor"),
    ),
    response=GetIntraExchangeInstanceTransfersResponse,
    auth=True,
    pagination=Pagination("transfers", "limit", 500),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIntraExchangeInstanceTransfersResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIntraExchangeInstanceTransfersResponse:
    """Send the request and return the decoded `GetIntraExchangeInstanceTransfersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIntraExchangeInstanceTransfersResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIntraExchangeInstanceTransfersResponse:
    """Send the request and return the decoded `GetIntraExchangeInstanceTransfersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `transfers` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
