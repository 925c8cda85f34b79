# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/order_groups/{order_group_id}: `GetOrderGroup`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetOrderGroupResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrderGroupResponse] = Operation(
    "GetOrderGroup",
    "GET",
    "/portfolio/order_groups/{order_group_id}",
    params=(
        Param("order_group_id", "path", "order_group_id"),
        Param("subaccount", "query", "subaccount"),
    ),
    response=GetOrderGroupResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Send the request and return the decoded `GetOrderGroupResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupResponse:
    """Send the request and return the decoded `GetOrderGroupResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
