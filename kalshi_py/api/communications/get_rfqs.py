# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/rfqs (`GetRFQs`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `rfqs`; page size `limit`, at most 100.
  `paginate(client=...)` walks every page.

Optional arguments:
- cursor: str
- event_ticker: str
- market_ticker: str
- subaccount: int, >= 0
- limit: int, >= 1, <= 100
- status: str
- creator_user_id: str
- user_filter: str, one of "self"

Returns `GetRFQsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetRFQsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetRFQsResponse] = Operation(
    "GetRFQs",
    "GET",
    "/communications/rfqs",
    params=(
        Param("cursor", "query", "cursor"),
        Param("event_ticker", "query", "event_ticker"),
        Param("market_ticker", "query", "market_ticker"),
        Param("subaccount", "query", "subaccount", minimum=0),
        Param("limit", "query", "limit", minimum=1, maximum=100),
        Param("status", "query", "status"),
        Param("creator_user_id", "query", "creator_user_id"),
        Param("user_filter", "query", "user_filter", choices=("self",)),
    ),
    response=GetRFQsResponse,
    auth=True,
    pagination=Pagination("rfqs", "limit", 100),
)


def sync_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
) -> GetRFQsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/rfqs (`GetRFQs`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `rfqs`; page size `limit`, at most 100.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - event_ticker: str
    - market_ticker: str
    - subaccount: int, >= 0
    - limit: int, >= 1, <= 100
    - status: str
    - creator_user_id: str
    - user_filter: str, one of "self"

    Returns `GetRFQsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
) -> Response[GetRFQsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
) -> GetRFQsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/rfqs (`GetRFQs`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `rfqs`; page size `limit`, at most 100.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - event_ticker: str
    - market_ticker: str
    - subaccount: int, >= 0
    - limit: int, >= 1, <= 100
    - status: str
    - creator_user_id: str
    - user_filter: str, one of "self"

    Returns `GetRFQsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `rfqs` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
