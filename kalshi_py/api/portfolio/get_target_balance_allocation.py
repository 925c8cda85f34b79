# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/target_balance_allocation: `GetTargetBalanceAllocation`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetTargetBalanceAllocationResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetTargetBalanceAllocationResponse] = Operation(
    "GetTargetBalanceAllocation",
    "GET",
    "/portfolio/target_balance_allocation",
    response=GetTargetBalanceAllocationResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetTargetBalanceAllocationResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetTargetBalanceAllocationResponse:
    """Send the request and return the decoded `GetTargetBalanceAllocationResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetTargetBalanceAllocationResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetTargetBalanceAllocationResponse:
    """Send the request and return the decoded `GetTargetBalanceAllocationResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
