# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/target_balance_allocation: `SetTargetBalanceAllocation`."""

from __future__ import annotations

from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import EmptyResponse, SetTargetBalanceAllocationRequest, TargetBalanceAllocationInput
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "SetTargetBalanceAllocation",
    "POST",
    "/portfolio/target_balance_allocation",
    body=SetTargetBalanceAllocationRequest,
    body_fields=("allocations", "resting_margin_reservation", ),
    body_required=True,
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal['none', 'max', 'sum'] | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal['none', 'max', 'sum'] | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal['none', 'max', 'sum'] | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal['none', 'max', 'sum'] | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
