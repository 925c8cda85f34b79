# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /fcm/positions/transfers: `CreateFCMPositionTransfer`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateFCMPositionTransferRequest, CreateFCMPositionTransferResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateFCMPositionTransferResponse] = Operation(
    "CreateFCMPositionTransfer",
    "POST",
    "/fcm/positions/transfers",
    body=CreateFCMPositionTransferRequest,
    body_fields=("source_subtrader_id", "target_subtrader_id", "market_ticker", "position_centicount", "price_centicents", ),
    body_required=True,
    response=CreateFCMPositionTransferResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateFCMPositionTransferRequest | Unset = UNSET,
    source_subtrader_id: str | Unset = UNSET,
    target_subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    position_centicount: int | Unset = UNSET,
    price_centicents: int | Unset = UNSET,
) -> Response[CreateFCMPositionTransferResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateFCMPositionTransferRequest | Unset = UNSET,
    source_subtrader_id: str | Unset = UNSET,
    target_subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    position_centicount: int | Unset = UNSET,
    price_centicents: int | Unset = UNSET,
) -> CreateFCMPositionTransferResponse:
    """Send the request and return the decoded `CreateFCMPositionTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateFCMPositionTransferRequest | Unset = UNSET,
    source_subtrader_id: str | Unset = UNSET,
    target_subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    position_centicount: int | Unset = UNSET,
    price_centicents: int | Unset = UNSET,
) -> Response[CreateFCMPositionTransferResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateFCMPositionTransferRequest | Unset = UNSET,
    source_subtrader_id: str | Unset = UNSET,
    target_subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    position_centicount: int | Unset = UNSET,
    price_centicents: int | Unset = UNSET,
) -> CreateFCMPositionTransferResponse:
    """Send the request and return the decoded `CreateFCMPositionTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
