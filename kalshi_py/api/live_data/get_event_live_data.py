# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/events/{event_ticker} (`GetEventLiveData`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- event_ticker: str

Optional arguments:
- range: str

Returns `GetEventLiveDataResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetEventLiveDataResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventLiveDataResponse] = Operation(
    "GetEventLiveData",
    "GET",
    "/live_data/events/{event_ticker}",
    params=(
        Param("event_ticker", "path", "event_ticker"),
        Param("range", "query", "range"),
    ),
    response=GetEventLiveDataResponse,
)


def sync_detailed(
    *,
    client: Client,
    event_ticker: str,
    range: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    event_ticker: str,
    range: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/events/{event_ticker} (`GetEventLiveData`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - event_ticker: str

    Optional arguments:
    - range: str

    Returns `GetEventLiveDataResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    event_ticker: str,
    range: str | Unset = UNSET,
) -> Response[GetEventLiveDataResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    event_ticker: str,
    range: str | Unset = UNSET,
) -> GetEventLiveDataResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/events/{event_ticker} (`GetEventLiveData`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - event_ticker: str

    Optional arguments:
    - range: str

    Returns `GetEventLiveDataResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
