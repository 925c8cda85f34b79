# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/batch (`GetLiveDatas`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- milestone_ids: list[str]

Optional arguments:
- include_player_stats: bool

Returns `GetLiveDatasResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
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
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDatasResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/batch (`GetLiveDatas`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_ids: list[str]

    Optional arguments:
    - include_player_stats: bool

    Returns `GetLiveDatasResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> Response[GetLiveDatasResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    milestone_ids: list[str],
    include_player_stats: bool | Unset = UNSET,
) -> GetLiveDatasResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/batch (`GetLiveDatas`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_ids: list[str]

    Optional arguments:
    - include_player_stats: bool

    Returns `GetLiveDatasResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
