# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /fcm/subtraders/blocked_categories (`UpdateFCMSubtraderBlockedCategories`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_id: str
- category: str
- blocked: bool

The body is a `UpdateFCMSubtraderBlockedCategoriesRequest`: pass it as `body=`, or its fields as
  keyword arguments.

Returns `UpdateFCMSubtraderBlockedCategoriesResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import UpdateFCMSubtraderBlockedCategoriesRequest, UpdateFCMSubtraderBlockedCategoriesResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[UpdateFCMSubtraderBlockedCategoriesResponse] = Operation(
    "UpdateFCMSubtraderBlockedCategories",
    "PUT",
    "/fcm/subtraders/blocked_categories",
    body=UpdateFCMSubtraderBlockedCategoriesRequest,
    body_fields=(
        "subtrader_id",
        "category",
        "blocked",
    ),
    body_required=True,
    response=UpdateFCMSubtraderBlockedCategoriesResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> Response[UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /fcm/subtraders/blocked_categories (`UpdateFCMSubtraderBlockedCategories`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str
    - category: str
    - blocked: bool

    The body is a `UpdateFCMSubtraderBlockedCategoriesRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `UpdateFCMSubtraderBlockedCategoriesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> Response[UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /fcm/subtraders/blocked_categories (`UpdateFCMSubtraderBlockedCategories`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str
    - category: str
    - blocked: bool

    The body is a `UpdateFCMSubtraderBlockedCategoriesRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `UpdateFCMSubtraderBlockedCategoriesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
