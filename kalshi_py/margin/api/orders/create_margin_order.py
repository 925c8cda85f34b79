# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/orders (`CreateMarginOrder`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.
Order safety: a `client_order_id` is chosen once, before the first attempt, when none is given;
  retried after a lost answer; a lost answer is settled by looking the order up by that id.

Required arguments:
- ticker: str
- side: one of "bid", "ask"
- count: Decimal | str, >= 0
- price: Decimal | str, >= 0
- time_in_force: one of "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
- self_trade_prevention_type: one of "taker_at_cross", "maker"

Optional arguments:
- client_order_id: str
- expiration_time: int
- post_only: bool
- cancel_order_on_pause: bool
- reduce_only: bool
- subaccount: int, >= 0
- order_group_id: str

The body is a `CreateMarginOrderRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `CreateMarginOrderResponse` (HTTP 201).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ..._orders import MarginOrderCreate
from ...models import CreateMarginOrderRequest, CreateMarginOrderResponse
from ..orders import get_margin_orders

OPERATION: Operation[CreateMarginOrderResponse] = Operation(
    "CreateMarginOrder",
    "POST",
    "/margin/orders",
    body=CreateMarginOrderRequest,
    body_fields=(
        "ticker",
        "client_order_id",
        "side",
        "count",
        "price",
        "expiration_time",
        "time_in_force",
        "post_only",
        "self_trade_prevention_type",
        "cancel_order_on_pause",
        "reduce_only",
        "subaccount",
        "order_group_id",
    ),
    body_required=True,
    response=CreateMarginOrderResponse,
    auth=True,
    bucket="write",
    write=MarginOrderCreate(lookup=get_margin_orders.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    body: CreateMarginOrderRequest | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal["taker_at_cross", "maker"] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
) -> Response[CreateMarginOrderResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateMarginOrderRequest | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal["taker_at_cross", "maker"] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
) -> CreateMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/orders (`CreateMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: a `client_order_id` is chosen once, before the first attempt, when none is given;
      retried after a lost answer; a lost answer is settled by looking the order up by that id.

    Required arguments:
    - ticker: str
    - side: one of "bid", "ask"
    - count: Decimal | str, >= 0
    - price: Decimal | str, >= 0
    - time_in_force: one of "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
    - self_trade_prevention_type: one of "taker_at_cross", "maker"

    Optional arguments:
    - client_order_id: str
    - expiration_time: int
    - post_only: bool
    - cancel_order_on_pause: bool
    - reduce_only: bool
    - subaccount: int, >= 0
    - order_group_id: str

    The body is a `CreateMarginOrderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginOrderResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateMarginOrderRequest | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal["taker_at_cross", "maker"] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
) -> Response[CreateMarginOrderResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateMarginOrderRequest | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal["taker_at_cross", "maker"] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
) -> CreateMarginOrderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/orders (`CreateMarginOrder`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: a `client_order_id` is chosen once, before the first attempt, when none is given;
      retried after a lost answer; a lost answer is settled by looking the order up by that id.

    Required arguments:
    - ticker: str
    - side: one of "bid", "ask"
    - count: Decimal | str, >= 0
    - price: Decimal | str, >= 0
    - time_in_force: one of "fill_or_kill", "good_till_canceled", "immediate_or_cancel"
    - self_trade_prevention_type: one of "taker_at_cross", "maker"

    Optional arguments:
    - client_order_id: str
    - expiration_time: int
    - post_only: bool
    - cancel_order_on_pause: bool
    - reduce_only: bool
    - subaccount: int, >= 0
    - order_group_id: str

    The body is a `CreateMarginOrderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginOrderResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
