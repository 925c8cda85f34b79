# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /fcm/fills (`GetFCMFills`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `fills`. `paginate(client=...)` walks every page.

Optional arguments:
- min_ts: int
- max_ts: int
- cursor: str

Returns `GetFcmFillsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetFcmFillsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetFcmFillsResponse] = Operation(
    "GetFCMFills",
    "GET",
    "/fcm/fills",
    params=(
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("cursor", "query", "cursor"),
    ),
    response=GetFcmFillsResponse,
    auth=True,
    pagination=Pagination("fills", None, None),
)


def sync_detailed(
    *,
    client: Client,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetFcmFillsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/fills (`GetFCMFills`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `fills`. `paginate(client=...)` walks every page.

    Optional arguments:
    - min_ts: int
    - max_ts: int
    - cursor: str

    Returns `GetFcmFillsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetFcmFillsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetFcmFillsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/fills (`GetFCMFills`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `fills`. `paginate(client=...)` walks every page.

    Optional arguments:
    - min_ts: int
    - max_ts: int
    - cursor: str

    Returns `GetFcmFillsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `fills` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
