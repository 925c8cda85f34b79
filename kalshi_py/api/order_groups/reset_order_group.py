# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /portfolio/order_groups/{order_group_id}/reset: `ResetOrderGroup`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import EmptyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "ResetOrderGroup",
    "PUT",
    "/portfolio/order_groups/{order_group_id}/reset",
    params=(
        Param("order_group_id", "path", "order_group_id"),
        Param("subaccount", "query", "subaccount"),
        Param("exchange_index", "query", "exchange_index"),
    ),
    body=EmptyResponse,
    body_fields=(),
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
