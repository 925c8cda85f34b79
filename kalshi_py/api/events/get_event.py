# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /events/{event_ticker}: `GetEvent`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetEventResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventResponse] = Operation(
    "GetEvent",
    "GET",
    "/events/{event_ticker}",
    params=(
        Param("event_ticker", "path", "event_ticker"),
        Param("exclude_markets", "query", "exclude_markets"),
        Param("with_nested_markets", "query", "with_nested_markets"),
    ),
    response=GetEventResponse,
)


def sync_detailed(
    *,
    client: Client,
    event_ticker: str,
    exclude_markets: bool | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> Response[GetEventResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    event_ticker: str,
    exclude_markets: bool | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> GetEventResponse:
    """Send the request and return the decoded `GetEventResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    event_ticker: str,
    exclude_markets: bool | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> Response[GetEventResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    event_ticker: str,
    exclude_markets: bool | Unset = UNSET,
    with_nested_markets: bool | Unset = UNSET,
) -> GetEventResponse:
    """Send the request and return the decoded `GetEventResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
