# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /api_keys: `CreateApiKey`."""

from __future__ import annotations

from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateApiKeyRequest, CreateApiKeyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateApiKeyResponse] = Operation(
    "CreateApiKey",
    "POST",
    "/api_keys",
    body=CreateApiKeyRequest,
    body_fields=("name", "public_key", "scopes", "subaccount", "fcm_subtrader_id", ),
    body_required=True,
    response=CreateApiKeyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[CreateApiKeyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> CreateApiKeyResponse:
    """Send the request and return the decoded `CreateApiKeyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[CreateApiKeyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> CreateApiKeyResponse:
    """Send the request and return the decoded `CreateApiKeyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
