# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders/{order_id}/decrease: `DecreaseOrderV2`."""

from __future__ import annotations

from decimal import Decimal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import DecreaseOrderV2Request, DecreaseOrderV2Response
from ...types import UNSET, Response, Unset

OPERATION: Operation[DecreaseOrderV2Response] = Operation(
    "DecreaseOrderV2",
    "POST",
    "/portfolio/events/orders/{order_id}/decrease",
    params=(
        Param("order_id", "path", "order_id"),
        Param("subaccount", "query", "subaccount"),
    ),
    body=DecreaseOrderV2Request,
    body_fields=("reduce_by", "reduce_to", "exchange_index", "market_ticker", ),
    body_required=True,
    response=DecreaseOrderV2Response,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | None | Unset = UNSET,
    reduce_to: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[DecreaseOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | None | Unset = UNSET,
    reduce_to: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Send the request and return the decoded `DecreaseOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | None | Unset = UNSET,
    reduce_to: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> Response[DecreaseOrderV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderV2Request | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    reduce_by: Decimal | str | None | Unset = UNSET,
    reduce_to: Decimal | str | None | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
) -> DecreaseOrderV2Response:
    """Send the request and return the decoded `DecreaseOrderV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
