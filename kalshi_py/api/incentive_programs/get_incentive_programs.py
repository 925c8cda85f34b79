# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /incentive_programs: `GetIncentivePrograms`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetIncentiveProgramsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetIncentiveProgramsResponse] = Operation(
    "GetIncentivePrograms",
    "GET",
    "/incentive_programs",
    params=(
        Param("status", "query", "status"),
        Param("type", "query", "type"),
        Param("incentive_description", "query", "incentive_description"),
        Param("limit", "query", "limit"),
        Param("cursor", "query", "cursor"),
    ),
    response=GetIncentiveProgramsResponse,
)


def sync_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Send the request and return the decoded `GetIncentiveProgramsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Send the request and return the decoded `GetIncentiveProgramsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
