# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/{type}/milestone/{milestone_id}: `GetLiveData`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetLiveDataResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetLiveDataResponse] = Operation(
    "GetLiveData",
    "GET",
    "/live_data/{type}/milestone/{milestone_id}",
    params=(
        Param("type", "path", "type"),
        Param("milestone_id", "path", "milestone_id"),
        Param("include_player_stats", "query", "include_player_stats"),
    ),
    response=GetLiveDataResponse,
)


def sync_detailed(
    *,
    client: Client,
    type: str,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDataResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    type: str,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDataResponse:
    """Send the request and return the decoded `GetLiveDataResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    type: str,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDataResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    type: str,
    milestone_id: str,
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDataResponse:
    """Send the request and return the decoded `GetLiveDataResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
