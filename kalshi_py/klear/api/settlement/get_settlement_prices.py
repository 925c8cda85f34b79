# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/settlement_prices (`GetSettlementPrices`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- asset_class: str, one of "Crypto"
- settlement_time: str

Returns `GetSettlementPricesResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import Response
from ...models import GetSettlementPricesResponse

OPERATION: Operation[GetSettlementPricesResponse] = Operation(
    "GetSettlementPrices",
    "GET",
    "/margin/settlement_prices",
    params=(
        Param("asset_class", "query", "asset_class", choices=("Crypto",)),
        Param("settlement_time", "query", "settlement_time"),
    ),
    response=GetSettlementPricesResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    asset_class: str,
    settlement_time: str,
) -> Response[GetSettlementPricesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    asset_class: str,
    settlement_time: str,
) -> GetSettlementPricesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/settlement_prices (`GetSettlementPrices`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - asset_class: str, one of "Crypto"
    - settlement_time: str

    Returns `GetSettlementPricesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    asset_class: str,
    settlement_time: str,
) -> Response[GetSettlementPricesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    asset_class: str,
    settlement_time: str,
) -> GetSettlementPricesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/settlement_prices (`GetSettlementPrices`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - asset_class: str, one of "Crypto"
    - settlement_time: str

    Returns `GetSettlementPricesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
