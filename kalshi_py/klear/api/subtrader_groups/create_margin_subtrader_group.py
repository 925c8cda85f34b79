# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /fcm/margin/subtrader_groups (`CreateMarginSubtraderGroup`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- subtrader_ids: list[str], length >= 1

The body is a `CreateMarginSubtraderGroupRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `CreateMarginSubtraderGroupResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import CreateMarginSubtraderGroupRequest, CreateMarginSubtraderGroupResponse

OPERATION: Operation[CreateMarginSubtraderGroupResponse] = Operation(
    "CreateMarginSubtraderGroup",
    "POST",
    "/fcm/margin/subtrader_groups",
    body=CreateMarginSubtraderGroupRequest,
    body_fields=("subtrader_ids",),
    body_required=True,
    response=CreateMarginSubtraderGroupResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateMarginSubtraderGroupRequest | Unset = UNSET,
    subtrader_ids: list[str] | Unset = UNSET,
) -> Response[CreateMarginSubtraderGroupResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateMarginSubtraderGroupRequest | Unset = UNSET,
    subtrader_ids: list[str] | Unset = UNSET,
) -> CreateMarginSubtraderGroupResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/margin/subtrader_groups (`CreateMarginSubtraderGroup`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - subtrader_ids: list[str], length >= 1

    The body is a `CreateMarginSubtraderGroupRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginSubtraderGroupResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateMarginSubtraderGroupRequest | Unset = UNSET,
    subtrader_ids: list[str] | Unset = UNSET,
) -> Response[CreateMarginSubtraderGroupResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateMarginSubtraderGroupRequest | Unset = UNSET,
    subtrader_ids: list[str] | Unset = UNSET,
) -> CreateMarginSubtraderGroupResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/margin/subtrader_groups (`CreateMarginSubtraderGroup`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - subtrader_ids: list[str], length >= 1

    The body is a `CreateMarginSubtraderGroupRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginSubtraderGroupResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
