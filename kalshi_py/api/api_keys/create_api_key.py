# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /api_keys (`CreateApiKey`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- name: str
- public_key: str

Optional arguments:
- scopes: list[one of "read", "write", "read::block_trade_accept",
  "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk",
  "write::block_trade_accept"]
- subaccount: int, >= 0, <= 63
- fcm_subtrader_id: str

The body is a `CreateApiKeyRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `CreateApiKeyResponse` (HTTP 201).
"""

from __future__ import annotations

from typing import Literal

from ..._operation import Operation
from ...client import Client
from ...models import CreateApiKeyRequest, CreateApiKeyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateApiKeyResponse] = Operation(
    "CreateApiKey",
    "POST",
    "/api_keys",
    body=CreateApiKeyRequest,
    body_fields=(
        "name",
        "public_key",
        "scopes",
        "subaccount",
        "fcm_subtrader_id",
    ),
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
) -> Response[CreateApiKeyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
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
) -> CreateApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /api_keys (`CreateApiKey`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - name: str
    - public_key: str

    Optional arguments:
    - scopes: list[one of "read", "write", "read::block_trade_accept",
      "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk",
      "write::block_trade_accept"]
    - subaccount: int, >= 0, <= 63
    - fcm_subtrader_id: str

    The body is a `CreateApiKeyRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateApiKeyResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
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
) -> Response[CreateApiKeyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
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
) -> CreateApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /api_keys (`CreateApiKey`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - name: str
    - public_key: str

    Optional arguments:
    - scopes: list[one of "read", "write", "read::block_trade_accept",
      "read::portfolio_balance", "write::trade", "write::transfer", "write::fcm_risk",
      "write::block_trade_accept"]
    - subaccount: int, >= 0, <= 63
    - fcm_subtrader_id: str

    The body is a `CreateApiKeyRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateApiKeyResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
