# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/block-trade-proposals (`ProposeBlockTrade`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- buyer_user_id: str
- seller_user_id: str
- market_ticker: str
- price_centi_cents: int, >= 1
- centicount: int, >= 1
- maker_side: one of "yes", "no"
- expiration_ts: datetime

Optional arguments:
- buyer_subtrader_id: str
- buyer_subaccount: int, >= 0, <= 63
- seller_subtrader_id: str
- seller_subaccount: int, >= 0, <= 63

The body is a `ProposeBlockTradeRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `ProposeBlockTradeResponse` (HTTP 201).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from ..._operation import Operation
from ...client import Client
from ...models import ProposeBlockTradeRequest, ProposeBlockTradeResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[ProposeBlockTradeResponse] = Operation(
    "ProposeBlockTrade",
    "POST",
    "/communications/block-trade-proposals",
    body=ProposeBlockTradeRequest,
    body_fields=(
        "buyer_user_id",
        "buyer_subtrader_id",
        "buyer_subaccount",
        "seller_user_id",
        "seller_subtrader_id",
        "seller_subaccount",
        "market_ticker",
        "price_centi_cents",
        "centicount",
        "maker_side",
        "expiration_ts",
    ),
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
    maker_side: Literal["yes", "no"] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> Response[ProposeBlockTradeResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
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
    maker_side: Literal["yes", "no"] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> ProposeBlockTradeResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/block-trade-proposals (`ProposeBlockTrade`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - buyer_user_id: str
    - seller_user_id: str
    - market_ticker: str
    - price_centi_cents: int, >= 1
    - centicount: int, >= 1
    - maker_side: one of "yes", "no"
    - expiration_ts: datetime

    Optional arguments:
    - buyer_subtrader_id: str
    - buyer_subaccount: int, >= 0, <= 63
    - seller_subtrader_id: str
    - seller_subaccount: int, >= 0, <= 63

    The body is a `ProposeBlockTradeRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ProposeBlockTradeResponse` (HTTP 201).
    """
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
    maker_side: Literal["yes", "no"] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> Response[ProposeBlockTradeResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
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
    maker_side: Literal["yes", "no"] | Unset = UNSET,
    expiration_ts: datetime | Unset = UNSET,
) -> ProposeBlockTradeResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/block-trade-proposals (`ProposeBlockTrade`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - buyer_user_id: str
    - seller_user_id: str
    - market_ticker: str
    - price_centi_cents: int, >= 1
    - centicount: int, >= 1
    - maker_side: one of "yes", "no"
    - expiration_ts: datetime

    Optional arguments:
    - buyer_subtrader_id: str
    - buyer_subaccount: int, >= 0, <= 63
    - seller_subtrader_id: str
    - seller_subaccount: int, >= 0, <= 63

    The body is a `ProposeBlockTradeRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ProposeBlockTradeResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
