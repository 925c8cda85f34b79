# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /fcm/margin/api_keys/generate (`GenerateMarginFcmApiKey`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- name: str
- fcm_subtrader_id: str

The body is a `GenerateMarginFcmApiKeyRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `GenerateMarginFcmApiKeyResponse` (HTTP 201).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GenerateMarginFcmApiKeyRequest, GenerateMarginFcmApiKeyResponse

OPERATION: Operation[GenerateMarginFcmApiKeyResponse] = Operation(
    "GenerateMarginFcmApiKey",
    "POST",
    "/fcm/margin/api_keys/generate",
    body=GenerateMarginFcmApiKeyRequest,
    body_fields=(
        "name",
        "fcm_subtrader_id",
    ),
    body_required=True,
    response=GenerateMarginFcmApiKeyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: GenerateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GenerateMarginFcmApiKeyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: GenerateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GenerateMarginFcmApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/margin/api_keys/generate (`GenerateMarginFcmApiKey`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - name: str
    - fcm_subtrader_id: str

    The body is a `GenerateMarginFcmApiKeyRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `GenerateMarginFcmApiKeyResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: GenerateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GenerateMarginFcmApiKeyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: GenerateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GenerateMarginFcmApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/margin/api_keys/generate (`GenerateMarginFcmApiKey`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - name: str
    - fcm_subtrader_id: str

    The body is a `GenerateMarginFcmApiKeyRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `GenerateMarginFcmApiKeyResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
