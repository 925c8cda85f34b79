# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /portfolio/events/orders/{order_id}: `CancelOrderV2`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CancelOrderV2Response
from ...types import UNSET, Response, Unset

OPERATION: Operation[CancelOrderV2Response] = Operation(
    "CancelOrderV2",
    "DELETE",
    "/portfolio/events/orders/{order_id}",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount"),
        Param("exchange_index", "query", "exchange_index"),
        Param("market_ticker", "query", "market_ticker"),
    ),
    response=CancelOrderV2Response,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Send the request and return the decoded `CancelOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[CancelOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> CancelOrderV2Response:
    """Send the request and return the decoded `CancelOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
