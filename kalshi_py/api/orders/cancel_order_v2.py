# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /portfolio/events/orders/{order_id} (`CancelOrderV2`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 2 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.
Order safety: retried after a lost answer; settled by reading the order back.

Required arguments:
- order_id: str

Optional arguments:
- subaccount: int, >= 0
- exchange_index: int
- market_ticker: str

Returns `CancelOrderV2Response` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ..._orders import OrderCancel
from ...client import Client
from ...models import CancelOrderV2Response
from ...types import UNSET, Response, Unset
from ..orders import get_order

OPERATION: Operation[CancelOrderV2Response] = Operation(
    "CancelOrderV2",
    "DELETE",
    "/portfolio/events/orders/{order_id}",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
        Param("exchange_index", "query", "exchange_index"),
        Param("market_ticker", "query", "market_ticker"),
    ),
    response=CancelOrderV2Response,
    auth=True,
    bucket="write",
    unit_cost=2,
    write=OrderCancel(lookup=get_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /portfolio/events/orders/{order_id} (`CancelOrderV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 2 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - exchange_index: int
    - market_ticker: str

    Returns `CancelOrderV2Response` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /portfolio/events/orders/{order_id} (`CancelOrderV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 2 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading the order back.

    Required arguments:
    - order_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - exchange_index: int
    - market_ticker: str

    Returns `CancelOrderV2Response` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
