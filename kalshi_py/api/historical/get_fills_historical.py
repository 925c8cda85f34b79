# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/fills (`GetFillsHistorical`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `fills`; page size `limit`, at most 1000.
  `paginate(client=...)` walks every page.

Optional arguments:
- ticker: str
- min_ts: int
- max_ts: int
- limit: int, >= 1, <= 1000
- cursor: str
- subaccount: int, >= 0

Returns `GetFillsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetFillsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetFillsResponse] = Operation(
    "GetFillsHistorical",
    "GET",
    "/historical/fills",
    params=(
        Param("ticker", "query", "ticker"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("limit", "query", "limit", minimum=1, maximum=1000),
        Param("cursor", "query", "cursor"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    response=GetFillsResponse,
    auth=True,
    pagination=Pagination("fills", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetFillsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetFillsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/fills (`GetFillsHistorical`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `fills`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - ticker: str
    - min_ts: int
    - max_ts: int
    - limit: int, >= 1, <= 1000
    - cursor: str
    - subaccount: int, >= 0

    Returns `GetFillsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetFillsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetFillsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/fills (`GetFillsHistorical`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `fills`; page size `limit`, at most 1000.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - ticker: str
    - min_ts: int
    - max_ts: int
    - limit: int, >= 1, <= 1000
    - cursor: str
    - subaccount: int, >= 0

    Returns `GetFillsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `fills` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
