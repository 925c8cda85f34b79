# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /api_keys/generate (`GenerateApiKey`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- name: str

Optional arguments:
- key_type: one of "rsa", "ed25519"
- scopes: list[one of "read", "write", "read::block_trade_accept",
  "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk",
  "write::block_trade_accept"]
- subaccount: int, >= 0, <= 63
- fcm_subtrader_id: str

The body is a `GenerateApiKeyRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `GenerateApiKeyResponse` (HTTP 201).
"""

from __future__ import annotations

from typing import Literal

from ..._operation import Operation
from ...client import Client
from ...models import GenerateApiKeyRequest, GenerateApiKeyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GenerateApiKeyResponse] = Operation(
    "GenerateApiKey",
    "POST",
    "/api_keys/generate",
    body=GenerateApiKeyRequest,
    body_fields=(
        "name",
        "key_type",
        "scopes",
        "subaccount",
        "fcm_subtrader_id",
    ),
    body_required=True,
    response=GenerateApiKeyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal["rsa", "ed25519"] | Unset = UNSET,
    scopes: list[
        Literal[
            "read",
            "write",
            "read::block_trade_accept",
            "read::portfolio_balance",
            "write::trade",
            "write::transfer",
            "write::fcm_risk",
            "write::block_trade_accept",
        ]
    ]
    | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GenerateApiKeyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal["rsa", "ed25519"] | Unset = UNSET,
    scopes: list[
        Literal[
            "read",
            "write",
            "read::block_trade_accept",
            "read::portfolio_balance",
            "write::trade",
            "write::transfer",
            "write::fcm_risk",
            "write::block_trade_accept",
        ]
    ]
    | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GenerateApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /api_keys/generate (`GenerateApiKey`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - name: str

    Optional arguments:
    - key_type: one of "rsa", "ed25519"
    - scopes: list[one of "read", "write", "read::block_trade_accept",
      "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk",
      "write::block_trade_accept"]
    - subaccount: int, >= 0, <= 63
    - fcm_subtrader_id: str

    The body is a `GenerateApiKeyRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `GenerateApiKeyResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal["rsa", "ed25519"] | Unset = UNSET,
    scopes: list[
        Literal[
            "read",
            "write",
            "read::block_trade_accept",
            "read::portfolio_balance",
            "write::trade",
            "write::transfer",
            "write::fcm_risk",
            "write::block_trade_accept",
        ]
    ]
    | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GenerateApiKeyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: GenerateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    key_type: Literal["rsa", "ed25519"] | Unset = UNSET,
    scopes: list[
        Literal[
            "read",
            "write",
            "read::block_trade_accept",
            "read::portfolio_balance",
            "write::trade",
            "write::transfer",
            "write::fcm_risk",
            "write::block_trade_accept",
        ]
    ]
    | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GenerateApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /api_keys/generate (`GenerateApiKey`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - name: str

    Optional arguments:
    - key_type: one of "rsa", "ed25519"
    - scopes: list[one of "read", "write", "read::block_trade_accept",
      "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk",
      "write::block_trade_accept"]
    - subaccount: int, >= 0, <= 63
    - fcm_subtrader_id: str

    The body is a `GenerateApiKeyRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `GenerateApiKeyResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
