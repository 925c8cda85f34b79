# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /milestones/{milestone_id}: `GetMilestone`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetMilestoneResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMilestoneResponse] = Operation(
    "GetMilestone",
    "GET",
    "/milestones/{milestone_id}",
    params=(
        Param("milestone_id", "path", "milestone_id"),
    ),
    response=GetMilestoneResponse,
)


def sync_detailed(
    *,
    client: Client,
    milestone_id: str,
) -> Response[GetMilestoneResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    milestone_id: str,
) -> GetMilestoneResponse:
    """Send the request and return the decoded `GetMilestoneResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    milestone_id: str,
) -> Response[GetMilestoneResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    milestone_id: str,
) -> GetMilestoneResponse:
    """Send the request and return the decoded `GetMilestoneResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
