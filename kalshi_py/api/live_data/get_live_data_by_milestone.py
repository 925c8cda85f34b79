# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/milestone/{milestone_id} (`GetLiveDataByMilestone`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- milestone_id: str

Optional arguments:
- include_player_stats: bool

Returns `GetLiveDataResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetLiveDataResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetLiveDataResponse] = Operation(
    "GetLiveDataByMilestone",
    "GET",
    "/live_data/milestone/{milestone_id}",
    params=(
        Param("milestone_id", "path", "milestone_id"),
        Param("include_player_stats", "query", "include_player_stats"),
    ),
    response=GetLiveDataResponse,
)


def sync_detailed(
    *,
    client: Client,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDataResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDataResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/milestone/{milestone_id} (`GetLiveDataByMilestone`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_id: str

    Optional arguments:
    - include_player_stats: bool

    Returns `GetLiveDataResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDataResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDataResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/milestone/{milestone_id} (`GetLiveDataByMilestone`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_id: str

    Optional arguments:
    - include_player_stats: bool

    Returns `GetLiveDataResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
