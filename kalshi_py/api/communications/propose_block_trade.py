# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/block-trade-proposals: `ProposeBlockTrade`."""

from __future__ import annotations

from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import ProposeBlockTradeRequest, ProposeBlockTradeResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[ProposeBlockTradeResponse] = Operation(
    "ProposeBlockTrade",
    "POST",
    "/communications/block-trade-proposals",
    body=ProposeBlockTradeRequest,
    body_fields=("buyer_user_id", "buyer_subtrader_id", "buyer_subaccount", "seller_user_id", "seller_subtrader_id", "seller_subaccount", "market_ticker", "price_centi_cents", "centicount", "maker_side", "expiration_ts", ),
    body_required=True,
    response=ProposeBlockTradeResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: ProposeBlockTradeRequest | Unset = UNSET,
    buyer_user_id: str | Unset = UNSET,
    buyer_subtrader_id: str | Unset = UNSET,
    buyer_subaccount: int | Unset = UNSET,
    seller_user_id: str | Unset = UNSET,
    seller_subtrader_id: str | Unset = UNSET,
    seller_subaccount: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    price_centi_cents: int | Unset = UNSET,
    centicount: int | Unset = UNSET,
    maker_side: Literal['yes', 'no'] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> Response[ProposeBlockTradeResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: ProposeBlockTradeRequest | Unset = UNSET,
    buyer_user_id: str | Unset = UNSET,
    buyer_subtrader_id: str | Unset = UNSET,
    buyer_subaccount: int | Unset = UNSET,
    seller_user_id: str | Unset = UNSET,
    seller_subtrader_id: str | Unset = UNSET,
    seller_subaccount: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    price_centi_cents: int | Unset = UNSET,
    centicount: int | Unset = UNSET,
    maker_side: Literal['yes', 'no'] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> ProposeBlockTradeResponse:
    """Send the request and return the decoded `ProposeBlockTradeResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: ProposeBlockTradeRequest | Unset = UNSET,
    buyer_user_id: str | Unset = UNSET,
    buyer_subtrader_id: str | Unset = UNSET,
    buyer_subaccount: int | Unset = UNSET,
    seller_user_id: str | Unset = UNSET,
    seller_subtrader_id: str | Unset = UNSET,
    seller_subaccount: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    price_centi_cents: int | Unset = UNSET,
    centicount: int | Unset = UNSET,
    maker_side: Literal['yes', 'no'] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> Response[ProposeBlockTradeResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: ProposeBlockTradeRequest | Unset = UNSET,
    buyer_user_id: str | Unset = UNSET,
    buyer_subtrader_id: str | Unset = UNSET,
    buyer_subaccount: int | Unset = UNSET,
    seller_user_id: str | Unset = UNSET,
    seller_subtrader_id: str | Unset = UNSET,
    seller_subaccount: int | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    price_centi_cents: int | Unset = UNSET,
    centicount: int | Unset = UNSET,
    maker_side: Literal['yes', 'no'] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> ProposeBlockTradeResponse:
    """Send the request and return the decoded `ProposeBlockTradeResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
