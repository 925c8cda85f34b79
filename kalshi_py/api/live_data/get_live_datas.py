# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/batch: `GetLiveDatas`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetLiveDatasResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetLiveDatasResponse] = Operation(
    "GetLiveDatas",
    "GET",
    "/live_data/batch",
    params=(
        Param("milestone_ids", "query", "milestone_ids"),
        Param("include_player_stats", "query", "include_player_stats"),
    ),
    response=GetLiveDatasResponse,
)


def sync_detailed(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDatasResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDatasResponse:
    """Send the request and return the decoded `GetLiveDatasResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDatasResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDatasResponse:
    """Send the request and return the decoded `GetLiveDatasResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
