# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events/{event_ticker}/metadata (`GetEventMetadata`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- event_ticker: str

Returns `GetEventMetadataResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetEventMetadataResponse
from ...types import Response

OPERATION: Operation[GetEventMetadataResponse] = Operation(
    "GetEventMetadata",
    "GET",
    "/events/{event_ticker}/metadata",
    params=(Param("event_ticker", "path", "event_ticker"),),
    response=GetEventMetadataResponse,
)


def sync_detailed(
    *,
    client: Client,
    event_ticker: str,
) -> Response[GetEventMetadataResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    event_ticker: str,
) -> GetEventMetadataResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events/{event_ticker}/metadata (`GetEventMetadata`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - event_ticker: str

    Returns `GetEventMetadataResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    event_ticker: str,
) -> Response[GetEventMetadataResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    event_ticker: str,
) -> GetEventMetadataResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /events/{event_ticker}/metadata (`GetEventMetadata`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - event_ticker: str

    Returns `GetEventMetadataResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
