# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/subaccounts/transfers (`GetSubaccountTransfers`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `transfers`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, >= 1, <= 1000
- cursor: str

Returns `GetSubaccountTransfersResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetSubaccountTransfersResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetSubaccountTransfersResponse] = Operation(
    "GetSubaccountTransfers",
    "GET",
    "/portfolio/subaccounts/transfers",
    params=(
        Param("limit", "query", "limit", minimum=1, maximum=1000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetSubaccountTransfersResponse,
    auth=True,
    pagination=Pagination("transfers", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetSubaccountTransfersResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetSubaccountTransfersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/subaccounts/transfers (`GetSubaccountTransfers`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `transfers`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 1000
    - cursor: str

    Returns `GetSubaccountTransfersResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetSubaccountTransfersResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetSubaccountTransfersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/subaccounts/transfers (`GetSubaccountTransfers`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `transfers`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 1000
    - cursor: str

    Returns `GetSubaccountTransfersResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `transfers` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
