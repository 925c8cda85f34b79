# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/target_balance_allocation (`SetTargetBalanceAllocation`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- allocations: list[TargetBalanceAllocationInput]

Optional arguments:
- resting_margin_reservation: one of "none", "max", "sum"

The body is a `SetTargetBalanceAllocationRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Literal

from ..._operation import Operation
from ...client import Client
from ...models import EmptyResponse, SetTargetBalanceAllocationRequest, TargetBalanceAllocationInput
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "SetTargetBalanceAllocation",
    "POST",
    "/portfolio/target_balance_allocation",
    body=SetTargetBalanceAllocationRequest,
    body_fields=(
        "allocations",
        "resting_margin_reservation",
    ),
    body_required=True,
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal["none", "max", "sum"] | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal["none", "max", "sum"] | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/target_balance_allocation (`SetTargetBalanceAllocation`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - allocations: list[TargetBalanceAllocationInput]

    Optional arguments:
    - resting_margin_reservation: one of "none", "max", "sum"

    The body is a `SetTargetBalanceAllocationRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal["none", "max", "sum"] | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: SetTargetBalanceAllocationRequest | Unset = UNSET,
    allocations: list[TargetBalanceAllocationInput] | Unset = UNSET,
    resting_margin_reservation: Literal["none", "max", "sum"] | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/target_balance_allocation (`SetTargetBalanceAllocation`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - allocations: list[TargetBalanceAllocationInput]

    Optional arguments:
    - resting_margin_reservation: one of "none", "max", "sum"

    The body is a `SetTargetBalanceAllocationRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
