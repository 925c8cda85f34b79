# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /multivariate_event_collections/{collection_ticker} (`GetMultivariateEventCollection`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- collection_ticker: str

Returns `GetMultivariateEventCollectionResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMultivariateEventCollectionResponse
from ...types import Response

OPERATION: Operation[GetMultivariateEventCollectionResponse] = Operation(
    "GetMultivariateEventCollection",
    "GET",
    "/multivariate_event_collections/{collection_ticker}",
    params=(Param("collection_ticker", "path", "collection_ticker"),),
    response=GetMultivariateEventCollectionResponse,
)


def sync_detailed(
    *,
    client: Client,
    collection_ticker: str,
) -> Response[GetMultivariateEventCollectionResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    collection_ticker: str,
) -> GetMultivariateEventCollectionResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /multivariate_event_collections/{collection_ticker} (`GetMultivariateEventCollection`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - collection_ticker: str

    Returns `GetMultivariateEventCollectionResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    collection_ticker: str,
) -> Response[GetMultivariateEventCollectionResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    collection_ticker: str,
) -> GetMultivariateEventCollectionResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /multivariate_event_collections/{collection_ticker} (`GetMultivariateEventCollection`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - collection_ticker: str

    Returns `GetMultivariateEventCollectionResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
