# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events/{event_ticker}/metadata: `GetEventMetadata`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetEventMetadataResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventMetadataResponse] = Operation(
    "GetEventMetadata",
    "GET",
    "/events/{event_ticker}/metadata",
    params=(
        Param("event_ticker", "path", "event_ticker"),
    ),
    response=GetEventMetadataResponse,
)


def sync_detailed(
    *,
    client: Client,
    event_ticker: str,
) -> Response[GetEventMetadataResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    event_ticker: str,
) -> GetEventMetadataResponse:
    """Send the request and return the decoded `GetEventMetadataResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    event_ticker: str,
) -> Response[GetEventMetadataResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    event_ticker: str,
) -> GetEventMetadataResponse:
    """Send the request and return the decoded `GetEventMetadataResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
