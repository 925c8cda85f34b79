# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /fcm/margin/api_keys (`CreateMarginFcmApiKey`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- name: str
- public_key: str
- fcm_subtrader_id: str

The body is a `CreateMarginFcmApiKeyRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `CreateMarginFcmApiKeyResponse` (HTTP 201).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import CreateMarginFcmApiKeyRequest, CreateMarginFcmApiKeyResponse

OPERATION: Operation[CreateMarginFcmApiKeyResponse] = Operation(
    "CreateMarginFcmApiKey",
    "POST",
    "/fcm/margin/api_keys",
    body=CreateMarginFcmApiKeyRequest,
    body_fields=(
        "name",
        "public_key",
        "fcm_subtrader_id",
    ),
    body_required=True,
    response=CreateMarginFcmApiKeyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[CreateMarginFcmApiKeyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> CreateMarginFcmApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/margin/api_keys (`CreateMarginFcmApiKey`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - name: str
    - public_key: str
    - fcm_subtrader_id: str

    The body is a `CreateMarginFcmApiKeyRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginFcmApiKeyResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[CreateMarginFcmApiKeyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateMarginFcmApiKeyRequest | Unset = UNSET,
    name: str | Unset = UNSET,
    public_key: str | Unset = UNSET,
    fcm_subtrader_id: str | Unset = UNSET,
) -> CreateMarginFcmApiKeyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/margin/api_keys (`CreateMarginFcmApiKey`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - name: str
    - public_key: str
    - fcm_subtrader_id: str

    The body is a `CreateMarginFcmApiKeyRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginFcmApiKeyResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
