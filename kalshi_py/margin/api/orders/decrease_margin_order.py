# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/orders/{order_id}/decrease (`DecreaseMarginOrder`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.
Order safety: with `reduce_to`, retried after a lost answer and settled by reading the order
  back; with `reduce_by`, never retried after a lost answer.

Required arguments:
- order_id: str

Optional arguments:
- subaccount: int, >= 0
- reduce_by: Decimal | str | None, >= 0
- reduce_to: Decimal | str | None, >= 0

The body is a `DecreaseMarginOrderRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `DecreaseMarginOrderResponse` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ..._orders import MarginOrderDecrease
from ...models import DecreaseMarginOrderRequest, DecreaseMarginOrderResponse
from ..orders import get_margin_order

OPERATION: Operation[DecreaseMarginOrderResponse] = Operation(
    "DecreaseMarginOrder",
    "POST",
    "/margin/orders/{order_id}/decrease",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    body=DecreaseMarginOrderRequest,
    body_fields=(
        "reduce_by",
        "reduce_to",
    ),
    body_required=True,
    response=DecreaseMarginOrderResponse,
    auth=True,
    bucket="write",
    write=MarginOrderDecrease(lookup=get_margin_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
) -> Response[DecreaseMarginOrderResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: DecreaseMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
) -> DecreaseMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/orders/{order_id}/decrease (`DecreaseMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: with `reduce_to`, retried after a lost answer and settled by reading the order
      back; with `reduce_by`, never retried after a lost answer.

    Required arguments:
    - order_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - reduce_by: Decimal | str | None, >= 0
    - reduce_to: Decimal | str | None, >= 0

    The body is a `DecreaseMarginOrderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `DecreaseMarginOrderResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
) -> Response[DecreaseMarginOrderResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: DecreaseMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
) -> DecreaseMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/orders/{order_id}/decrease (`DecreaseMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: with `reduce_to`, retried after a lost answer and settled by reading the order
      back; with `reduce_by`, never retried after a lost answer.

    Required arguments:
    - order_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - reduce_by: Decimal | str | None, >= 0
    - reduce_to: Decimal | str | None, >= 0

    The body is a `DecreaseMarginOrderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `DecreaseMarginOrderResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
