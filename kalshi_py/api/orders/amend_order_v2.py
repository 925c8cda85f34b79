# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders/{order_id}/amend (`AmendOrderV2`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.
Order safety: retried after a lost answer; settled by reading the order back.

Required arguments:
- order_id: str
- ticker: str
- side: one of "bid", "ask"
- price: Decimal | str, >= 0, <= 1
- count: Decimal | str, >= 0

Optional arguments:
- subaccount: int, >= 0
- client_order_id: str
- updated_client_order_id: str
- expiration_time: int, >= 0
- exchange_index: int

The body is a `AmendOrderV2Request`: pass it as `body=`, or its fields as keyword arguments.

Returns `AmendOrderV2Response` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ..._operation import Operation, Param
from ..._orders import OrderAmend
from ...client import Client
from ...models import AmendOrderV2Request, AmendOrderV2Response
from ...types import UNSET, Response, Unset
from ..orders import get_order

OPERATION: Operation[AmendOrderV2Response] = Operation(
    "AmendOrderV2",
    "POST",
    "/portfolio/events/orders/{order_id}/amend",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    body=AmendOrderV2Request,
    body_fields=(
        "ticker",
        "side",
        "price",
        "count",
        "client_order_id",
        "updated_client_order_id",
        "expiration_time",
        "exchange_index",
    ),
    body_required=True,
    response=AmendOrderV2Response,
    auth=True,
    bucket="write",
    write=OrderAmend(lookup=get_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/events/orders/{order_id}/amend (`AmendOrderV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str
    - ticker: str
    - side: one of "bid", "ask"
    - price: Decimal | str, >= 0, <= 1
    - count: Decimal | str, >= 0

    Optional arguments:
    - subaccount: int, >= 0
    - client_order_id: str
    - updated_client_order_id: str
    - expiration_time: int, >= 0
    - exchange_index: int

    The body is a `AmendOrderV2Request`: pass it as `body=`, or its fields as keyword arguments.

    Returns `AmendOrderV2Response` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal["bid", "ask"] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/events/orders/{order_id}/amend (`AmendOrderV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str
    - ticker: str
    - side: one of "bid", "ask"
    - price: Decimal | str, >= 0, <= 1
    - count: Decimal | str, >= 0

    Optional arguments:
    - subaccount: int, >= 0
    - client_order_id: str
    - updated_client_order_id: str
    - expiration_time: int, >= 0
    - exchange_index: int

    The body is a `AmendOrderV2Request`: pass it as `body=`, or its fields as keyword arguments.

    Returns `AmendOrderV2Response` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
