# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders/{order_id}/decrease (`DecreaseOrderV2`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
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
- exchange_index: int
- market_ticker: str

The body is a `DecreaseOrderV2Request`: pass it as `body=`, or its fields as keyword arguments.

Returns `DecreaseOrderV2Response` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal

from ..._operation import Operation, Param
from ..._orders import OrderDecrease
from ...client import Client
from ...models import DecreaseOrderV2Request, DecreaseOrderV2Response
from ...types import UNSET, Response, Unset
from ..orders import get_order

OPERATION: Operation[DecreaseOrderV2Response] = Operation(
    "DecreaseOrderV2",
    "POST",
    "/portfolio/events/orders/{order_id}/decrease",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    body=DecreaseOrderV2Request,
    body_fields=(
        "reduce_by",
        "reduce_to",
        "exchange_index",
        "market_ticker",
    ),
    body_required=True,
    response=DecreaseOrderV2Response,
    auth=True,
    bucket="write",
    write=OrderDecrease(lookup=get_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[DecreaseOrderV2Response]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/events/orders/{order_id}/decrease (`DecreaseOrderV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
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
    - exchange_index: int
    - market_ticker: str

    The body is a `DecreaseOrderV2Request`: pass it as `body=`, or its fields as keyword arguments.

    Returns `DecreaseOrderV2Response` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[DecreaseOrderV2Response]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | Unset | None = UNSET,
    reduce_to: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/events/orders/{order_id}/decrease (`DecreaseOrderV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
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
    - exchange_index: int
    - market_ticker: str

    The body is a `DecreaseOrderV2Request`: pass it as `body=`, or its fields as keyword arguments.

    Returns `DecreaseOrderV2Response` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
