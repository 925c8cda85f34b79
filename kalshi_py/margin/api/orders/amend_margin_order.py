# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/orders/{order_id}/amend (`AmendMarginOrder`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.
Order safety: retried after a lost answer; settled by reading the order back.

Required arguments:
- order_id: str
- ticker: str
- side: one of "bid", "ask"
- price: Decimal | str, >= 0
- count: Decimal | str, >= 0

Optional arguments:
- subaccount: int, >= 0
- client_order_id: str
- updated_client_order_id: str

The body is a `AmendMarginOrderRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `AmendMarginOrderResponse` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ..._orders import MarginOrderAmend
from ...models import AmendMarginOrderRequest, AmendMarginOrderResponse
from ..orders import get_margin_order

OPERATION: Operation[AmendMarginOrderResponse] = Operation(
    "AmendMarginOrder",
    "POST",
    "/margin/orders/{order_id}/amend",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    body=AmendMarginOrderRequest,
    body_fields=(
        "ticker",
        "side",
        "price",
        "count",
        "client_order_id",
        "updated_client_order_id",
    ),
    body_required=True,
    response=AmendMarginOrderResponse,
    auth=True,
    bucket="write",
    write=MarginOrderAmend(lookup=get_margin_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
) -> Response[AmendMarginOrderResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: AmendMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
) -> AmendMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/orders/{order_id}/amend (`AmendMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str
    - ticker: str
    - side: one of "bid", "ask"
    - price: Decimal | str, >= 0
    - count: Decimal | str, >= 0

    Optional arguments:
    - subaccount: int, >= 0
    - client_order_id: str
    - updated_client_order_id: str

    The body is a `AmendMarginOrderRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `AmendMarginOrderResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
) -> Response[AmendMarginOrderResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: AmendMarginOrderRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
) -> AmendMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/orders/{order_id}/amend (`AmendMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str
    - ticker: str
    - side: one of "bid", "ask"
    - price: Decimal | str, >= 0
    - count: Decimal | str, >= 0

    Optional arguments:
    - subaccount: int, >= 0
    - client_order_id: str
    - updated_client_order_id: str

    The body is a `AmendMarginOrderRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `AmendMarginOrderResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
