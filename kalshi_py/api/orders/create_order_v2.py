# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders: `CreateOrderV2`."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateOrderV2Request, CreateOrderV2Response
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateOrderV2Response] = Operation(
    "CreateOrderV2",
    "POST",
    "/portfolio/events/orders",
    body=CreateOrderV2Request,
    body_fields=("ticker", "client_order_id", "side", "count", "price", "expiration_time", "time_in_force", "post_only", "self_trade_prevention_type", "cancel_order_on_pause", "reduce_only", "subaccount", "order_group_id", "exchange_index", ),
    body_required=True,
    response=CreateOrderV2Response,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateOrderV2Request | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal['fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal['taker_at_cross', 'maker'] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateOrderV2Request | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal['fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal['taker_at_cross', 'maker'] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateOrderV2Response:
    """Send the request and return the decoded `CreateOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateOrderV2Request | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal['fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal['taker_at_cross', 'maker'] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateOrderV2Request | Unset = UNSET,
    ticker: str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    time_in_force: Literal['fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'] | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    self_trade_prevention_type: Literal['taker_at_cross', 'maker'] | Unset = UNSET,
    cancel_order_on_pause: bool | Unset = UNSET,
    reduce_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    order_group_id: str | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateOrderV2Response:
    """Send the request and return the decoded `CreateOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
