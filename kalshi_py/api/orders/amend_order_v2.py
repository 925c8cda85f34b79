# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders/{order_id}/amend: `AmendOrderV2`."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import AmendOrderV2Request, AmendOrderV2Response
from ...types import UNSET, Response, Unset

OPERATION: Operation[AmendOrderV2Response] = Operation(
    "AmendOrderV2",
    "POST",
    "/portfolio/events/orders/{order_id}/amend",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount"),
    ),
    body=AmendOrderV2Request,
    body_fields=("ticker", "side", "price", "count", "client_order_id", "updated_client_order_id", "expiration_time", "exchange_index", ),
    body_required=True,
    response=AmendOrderV2Response,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Send the request and return the decoded `AmendOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[AmendOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    ticker: str | Unset = UNSET,
    side: Literal['bid', 'ask'] | Unset = UNSET,
    price: Decimal | str | Unset = UNSET,
    count: Decimal | str | Unset = UNSET,
    client_order_id: str | Unset = UNSET,
    updated_client_order_id: str | Unset = UNSET,
    expiration_time: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> AmendOrderV2Response:
    """Send the request and return the decoded `AmendOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
