# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /api_keys/generate: `GenerateApiKey`."""

from __future__ import annotations

from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GenerateApiKeyRequest, GenerateApiKeyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GenerateApiKeyResponse] = Operation(
    "GenerateApiKey",
    "POST",
    "/api_keys/generate",
    body=GenerateApiKeyRequest,
    body_fields=("name", "key_type", "scopes", "subaccount", "fcm_subtrader_id", ),
    body_required=True,
    response=GenerateApiKeyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal['rsa', 'ed25519'] | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GenerateApiKeyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal['rsa', 'ed25519'] | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GenerateApiKeyResponse:
    """Send the request and return the decoded `GenerateApiKeyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal['rsa', 'ed25519'] | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GenerateApiKeyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal['rsa', 'ed25519'] | Unset = UNSET,
    scopes: list[Literal['read', 'write', 'read::block_trade_accept', 'read::portfolio_balance', 'write::trade', 'write::transfer', 'write::fcm_risk', 'write::block_trade_accept']] | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GenerateApiKeyResponse:
    """Send the request and return the decoded `GenerateApiKeyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
