# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/order_groups/create: `CreateOrderGroup`."""

from __future__ import annotations

from decimal import Decimal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateOrderGroupRequest, CreateOrderGroupResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateOrderGroupResponse] = Operation(
    "CreateOrderGroup",
    "POST",
    "/portfolio/order_groups/create",
    body=CreateOrderGroupRequest,
    body_fields=("subaccount", "contracts_limit", "contracts_limit_fp", "exchange_index", ),
    body_required=True,
    response=CreateOrderGroupResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateOrderGroupResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateOrderGroupResponse:
    """Send the request and return the decoded `CreateOrderGroupResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateOrderGroupResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateOrderGroupResponse:
    """Send the request and return the decoded `CreateOrderGroupResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
