# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /milestones/{milestone_id} (`GetMilestone`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- milestone_id: str

Returns `GetMilestoneResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMilestoneResponse
from ...types import Response

OPERATION: Operation[GetMilestoneResponse] = Operation(
    "GetMilestone",
    "GET",
    "/milestones/{milestone_id}",
    params=(Param("milestone_id", "path", "milestone_id"),),
    response=GetMilestoneResponse,
)


def sync_detailed(
    *,
    client: Client,
    milestone_id: str,
) -> Response[GetMilestoneResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    milestone_id: str,
) -> GetMilestoneResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /milestones/{milestone_id} (`GetMilestone`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_id: str

    Returns `GetMilestoneResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    milestone_id: str,
) -> Response[GetMilestoneResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    milestone_id: str,
) -> GetMilestoneResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /milestones/{milestone_id} (`GetMilestone`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - milestone_id: str

    Returns `GetMilestoneResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
