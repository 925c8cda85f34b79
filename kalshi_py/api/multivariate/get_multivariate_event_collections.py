# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /multivariate_event_collections (`GetMultivariateEventCollections`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `multivariate_contracts`; page size `limit`, at most
  200. `paginate(client=...)` walks every page.

Optional arguments:
- status: str, one of "unopened", "open", "closed"
- associated_event_ticker: str
- series_ticker: str
- limit: int, >= 1, <= 200
- cursor: str

Returns `GetMultivariateEventCollectionsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetMultivariateEventCollectionsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMultivariateEventCollectionsResponse] = Operation(
    "GetMultivariateEventCollections",
    "GET",
    "/multivariate_event_collections",
    params=(
        Param("status", "query", "status", choices=("unopened", "open", "closed")),
        Param("associated_event_ticker", "query", "associated_event_ticker"),
        Param("series_ticker", "query", "series_ticker"),
        Param("limit", "query", "limit", minimum=1, maximum=200),
        Param("cursor", "query", "cursor"),
    ),
    response=GetMultivariateEventCollectionsResponse,
    pagination=Pagination("multivariate_contracts", "limit", 200),
)


def sync_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMultivariateEventCollectionsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    status: str | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /multivariate_event_collections (`GetMultivariateEventCollections`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `multivariate_contracts`; page size `limit`, at most
      200. `paginate(client=...)` walks every page.

    Optional arguments:
    - status: str, one of "unopened", "open", "closed"
    - associated_event_ticker: str
    - series_ticker: str
    - limit: int, >= 1, <= 200
    - cursor: str

    Returns `GetMultivariateEventCollectionsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetMultivariateEventCollectionsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    status: str | Unset = UNSET,
    associated_event_ticker: str | Unset = UNSET,
    series_ticker: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetMultivariateEventCollectionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /multivariate_event_collections (`GetMultivariateEventCollections`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `multivariate_contracts`; page size `limit`, at most
      200. `paginate(client=...)` walks every page.

    Optional arguments:
    - status: str, one of "unopened", "open", "closed"
    - associated_event_ticker: str
    - series_ticker: str
    - limit: int, >= 1, <= 200
    - cursor: str

    Returns `GetMultivariateEventCollectionsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `multivariate_contracts` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
