# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/milestone/{milestone_id}/game_stats (`GetGameStats`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- milestone_id: str

Returns `GetGameStatsResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetGameStatsResponse
from ...types import Response

OPERATION: Operation[GetGameStatsResponse] = Operation(
    "GetGameStats",
    "GET",
    "/live_data/milestone/{milestone_id}/game_stats",
    params=(Param("milestone_id", "path", "milestone_id"),),
    response=GetGameStatsResponse,
)


def sync_detailed(
    *,
    client: Client,
    milestone_id: str,
) -> Response[GetGameStatsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    milestone_id: str,
) -> GetGameStatsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/milestone/{milestone_id}/game_stats (`GetGameStats`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_id: str

    Returns `GetGameStatsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    milestone_id: str,
) -> Response[GetGameStatsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    milestone_id: str,
) -> GetGameStatsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/milestone/{milestone_id}/game_stats (`GetGameStats`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_id: str

    Returns `GetGameStatsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
