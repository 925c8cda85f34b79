# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/order_groups: `GetOrderGroups`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetOrderGroupsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrderGroupsResponse] = Operation(
    "GetOrderGroups",
    "GET",
    "/portfolio/order_groups",
    params=(
        Param("subaccount", "query", "subaccount"),
    ),
    response=GetOrderGroupsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupsResponse:
    """Send the request and return the decoded `GetOrderGroupsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupsResponse:
    """Send the request and return the decoded `GetOrderGroupsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
