# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/quotes (`GetQuotes`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `quotes`; page size `limit`, at most 500.
  `paginate(client=...)` walks every page.

Optional arguments:
- cursor: str
- min_ts: int
- max_ts: int
- limit: int, >= 1, <= 500
- status: str
- quote_creator_user_id: str
- user_filter: str, one of "self"
- rfq_user_filter: str, one of "self"
- rfq_creator_user_id: str
- rfq_creator_subtrader_id: str
- rfq_id: str

Returns `GetQuotesResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetQuotesResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetQuotesResponse] = Operation(
    "GetQuotes",
    "GET",
    "/communications/quotes",
    params=(
        Param("cursor", "query", "cursor"),
        Param("min_ts", "query", "min_ts"),
        Param("max_ts", "query", "max_ts"),
        Param("limit", "query", "limit", minimum=1, maximum=500),
        Param("status", "query", "status"),
        Param("quote_creator_user_id", "query", "quote_creator_user_id"),
        Param("user_filter", "query", "user_filter", choices=("self",)),
        Param("rfq_user_filter", "query", "rfq_user_filter", choices=("self",)),
        Param("rfq_creator_user_id", "query", "rfq_creator_user_id"),
        Param("rfq_creator_subtrader_id", "query", "rfq_creator_subtrader_id"),
        Param("rfq_id", "query", "rfq_id"),
    ),
    response=GetQuotesResponse,
    auth=True,
    pagination=Pagination("quotes", "limit", 500),
)


def sync_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    rfq_user_filter: str | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    rfq_user_filter: str | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/quotes (`GetQuotes`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `quotes`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - min_ts: int
    - max_ts: int
    - limit: int, >= 1, <= 500
    - status: str
    - quote_creator_user_id: str
    - user_filter: str, one of "self"
    - rfq_user_filter: str, one of "self"
    - rfq_creator_user_id: str
    - rfq_creator_subtrader_id: str
    - rfq_id: str

    Returns `GetQuotesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    rfq_user_filter: str | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> Response[GetQuotesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    cursor: str | Unset = UNSET,
    min_ts: int | Unset = UNSET,
    max_ts: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: str | Unset = UNSET,
    quote_creator_user_id: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    rfq_user_filter: str | Unset = UNSET,
    rfq_creator_user_id: str | Unset = UNSET,
    rfq_creator_subtrader_id: str | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
) -> GetQuotesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/quotes (`GetQuotes`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `quotes`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Optional arguments:
    - cursor: str
    - min_ts: int
    - max_ts: int
    - limit: int, >= 1, <= 500
    - status: str
    - quote_creator_user_id: str
    - user_filter: str, one of "self"
    - rfq_user_filter: str, one of "self"
    - rfq_creator_user_id: str
    - rfq_creator_subtrader_id: str
    - rfq_id: str

    Returns `GetQuotesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `quotes` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
