# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /fcm/margin/api_keys (`ListMarginFcmApiKeys`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Optional arguments:
- fcm_subtrader_id: str

Returns `ListMarginFcmApiKeysResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import ListMarginFcmApiKeysResponse

OPERATION: Operation[ListMarginFcmApiKeysResponse] = Operation(
    "ListMarginFcmApiKeys",
    "GET",
    "/fcm/margin/api_keys",
    params=(Param("fcm_subtrader_id", "query", "fcm_subtrader_id"),),
    response=ListMarginFcmApiKeysResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[ListMarginFcmApiKeysResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> ListMarginFcmApiKeysResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/margin/api_keys (`ListMarginFcmApiKeys`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Optional arguments:
    - fcm_subtrader_id: str

    Returns `ListMarginFcmApiKeysResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[ListMarginFcmApiKeysResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> ListMarginFcmApiKeysResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/margin/api_keys (`ListMarginFcmApiKeys`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Optional arguments:
    - fcm_subtrader_id: str

    Returns `ListMarginFcmApiKeysResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
