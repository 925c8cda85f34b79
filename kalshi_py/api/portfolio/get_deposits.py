# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/deposits (`GetDeposits`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `deposits`; page size `limit`, at most 500.
  `paginate(client=...)` walks every page.

Optional arguments:
- limit: int, >= 1, <= 500
- cursor: str

Returns `GetDepositsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetDepositsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetDepositsResponse] = Operation(
    "GetDeposits",
    "GET",
    "/portfolio/deposits",
    params=(
        Param("limit", "query", "limit", minimum=1, maximum=500),
        Param("cursor", "query", "cursor"),
    ),
    response=GetDepositsResponse,
    auth=True,
    pagination=Pagination("deposits", "limit", 500),
)


def sync_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetDepositsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetDepositsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/deposits (`GetDeposits`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `deposits`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 500
    - cursor: str

    Returns `GetDepositsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetDepositsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetDepositsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/deposits (`GetDeposits`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `deposits`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - limit: int, >= 1, <= 500
    - cursor: str

    Returns `GetDepositsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `deposits` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
