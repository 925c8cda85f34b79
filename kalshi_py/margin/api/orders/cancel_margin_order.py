# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /margin/orders/{order_id} (`CancelMarginOrder`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.
Order safety: retried after a lost answer; settled by reading the order back.

Required arguments:
- order_id: str

Optional arguments:
- subaccount: int, >= 0

Returns `CancelMarginOrderResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ..._orders import MarginOrderCancel
from ...models import CancelMarginOrderResponse
from ..orders import get_margin_order

OPERATION: Operation[CancelMarginOrderResponse] = Operation(
    "CancelMarginOrder",
    "DELETE",
    "/margin/orders/{order_id}",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    response=CancelMarginOrderResponse,
    auth=True,
    bucket="write",
    write=MarginOrderCancel(lookup=get_margin_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
) -> Response[CancelMarginOrderResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
) -> CancelMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/orders/{order_id} (`CancelMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str

    Optional arguments:
    - subaccount: int, >= 0

    Returns `CancelMarginOrderResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
) -> Response[CancelMarginOrderResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
) -> CancelMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/orders/{order_id} (`CancelMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str

    Optional arguments:
    - subaccount: int, >= 0

    Returns `CancelMarginOrderResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
