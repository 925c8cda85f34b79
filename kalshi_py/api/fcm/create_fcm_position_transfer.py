# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /fcm/positions/transfers (`CreateFCMPositionTransfer`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- source_subtrader_id: str
- target_subtrader_id: str
- market_ticker: str
- position_centicount: int
- price_centicents: int, >= 0, <= 10000

The body is a `CreateFCMPositionTransferRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `CreateFCMPositionTransferResponse` (HTTP 201).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import CreateFCMPositionTransferRequest, CreateFCMPositionTransferResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateFCMPositionTransferResponse] = Operation(
    "CreateFCMPositionTransfer",
    "POST",
    "/fcm/positions/transfers",
    body=CreateFCMPositionTransferRequest,
    body_fields=(
        "source_subtrader_id",
        "target_subtrader_id",
        "market_ticker",
        "position_centicount",
        "price_centicents",
    ),
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
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/positions/transfers (`CreateFCMPositionTransfer`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - source_subtrader_id: str
    - target_subtrader_id: str
    - market_ticker: str
    - position_centicount: int
    - price_centicents: int, >= 0, <= 10000

    The body is a `CreateFCMPositionTransferRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateFCMPositionTransferResponse` (HTTP 201).
    """
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
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/positions/transfers (`CreateFCMPositionTransfer`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - source_subtrader_id: str
    - target_subtrader_id: str
    - market_ticker: str
    - position_centicount: int
    - price_centicents: int, >= 0, <= 10000

    The body is a `CreateFCMPositionTransferRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateFCMPositionTransferResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
