# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /multivariate_event_collections: `GetMultivariateEventCollections`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
from ...client import Client
from ...models import GetMultivariateEventCollectionsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMultivariateEventCollectionsResponse] = Operation(
    "GetMultivariateEventCollections",
    "GET",
    "/multivariate_event_collections",
    params=(
        Param("status", "query", "status"),
        Param("associated_event_ticker", "query", "associated_event_ticker"),
        Param("series_ticker", "query", "series_ticker"),
        Param("limit", "query", "limit"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetMultivariateEventCollectionsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetMultivariateEventCollectionsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `multivariate_contracts` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
