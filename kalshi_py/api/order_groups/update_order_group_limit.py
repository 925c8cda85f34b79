# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /portfolio/order_groups/{order_group_id}/limit: `UpdateOrderGroupLimit`."""

from __future__ import annotations

from decimal import Decimal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import EmptyResponse, UpdateOrderGroupLimitRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "UpdateOrderGroupLimit",
    "PUT",
    "/portfolio/order_groups/{order_group_id}/limit",
    params=(
        Param("order_group_id", "path", "order_group_id"),
        Param("subaccount", "query", "subaccount"),
        Param("exchange_index", "query", "exchange_index"),
    ),
    body=UpdateOrderGroupLimitRequest,
    body_fields=("contracts_limit", "contracts_limit_fp", ),
    body_required=True,
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | None | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
