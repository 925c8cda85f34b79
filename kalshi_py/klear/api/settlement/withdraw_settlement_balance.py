# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/withdraw_settlement_balance (`WithdrawSettlementBalance`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- amount: str

The body is a `WithdrawSettlementBalanceRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `WithdrawSettlementBalanceResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import WithdrawSettlementBalanceRequest, WithdrawSettlementBalanceResponse

OPERATION: Operation[WithdrawSettlementBalanceResponse] = Operation(
    "WithdrawSettlementBalance",
    "POST",
    "/margin/withdraw_settlement_balance",
    body=WithdrawSettlementBalanceRequest,
    body_fields=("amount",),
    body_required=True,
    response=WithdrawSettlementBalanceResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: WithdrawSettlementBalanceRequest | Unset = UNSET,
    amount: str | Unset = UNSET,
) -> Response[WithdrawSettlementBalanceResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: WithdrawSettlementBalanceRequest | Unset = UNSET,
    amount: str | Unset = UNSET,
) -> WithdrawSettlementBalanceResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/withdraw_settlement_balance (`WithdrawSettlementBalance`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - amount: str

    The body is a `WithdrawSettlementBalanceRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `WithdrawSettlementBalanceResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: WithdrawSettlementBalanceRequest | Unset = UNSET,
    amount: str | Unset = UNSET,
) -> Response[WithdrawSettlementBalanceResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: WithdrawSettlementBalanceRequest | Unset = UNSET,
    amount: str | Unset = UNSET,
) -> WithdrawSettlementBalanceResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/withdraw_settlement_balance (`WithdrawSettlementBalance`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - amount: str

    The body is a `WithdrawSettlementBalanceRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `WithdrawSettlementBalanceResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
