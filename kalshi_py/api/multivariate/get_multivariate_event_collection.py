# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /multivariate_event_collections/{collection_ticker}: `GetMultivariateEventCollection`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetMultivariateEventCollectionResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMultivariateEventCollectionResponse] = Operation(
    "GetMultivariateEventCollection",
    "GET",
    "/multivariate_event_collections/{collection_ticker}",
    params=(
        Param("collection_ticker", "path", "collection_ticker"),
    ),
    response=GetMultivariateEventCollectionResponse,
)


def sync_detailed(
    *,
    client: Client,
    collection_ticker: str,
) -> Response[GetMultivariateEventCollectionResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    collection_ticker: str,
) -> GetMultivariateEventCollectionResponse:
    """Send the request and return the decoded `GetMultivariateEventCollectionResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    collection_ticker: str,
) -> Response[GetMultivariateEventCollectionResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    collection_ticker: str,
) -> GetMultivariateEventCollectionResponse:
    """Send the request and return the decoded `GetMultivariateEventCollectionResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
