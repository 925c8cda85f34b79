# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/markets (`GetMarginMarkets`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- status: str, one of "inactive", "active", "closed"

Returns `GetMarginMarketsResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetMarginMarketsResponse

OPERATION: Operation[GetMarginMarketsResponse] = Operation(
    "GetMarginMarkets",
    "GET",
    "/margin/markets",
    params=(Param("status", "query", "status", choices=("inactive", "active", "closed")),),
    response=GetMarginMarketsResponse,
)


def sync_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
) -> Response[GetMarginMarketsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    status: str | Unset = UNSET,
) -> GetMarginMarketsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets (`GetMarginMarkets`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - status: str, one of "inactive", "active", "closed"

    Returns `GetMarginMarketsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
) -> Response[GetMarginMarketsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    status: str | Unset = UNSET,
) -> GetMarginMarketsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets (`GetMarginMarkets`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - status: str, one of "inactive", "active", "closed"

    Returns `GetMarginMarketsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
