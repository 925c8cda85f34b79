# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /fcm/subtraders/blocked_categories: `UpdateFCMSubtraderBlockedCategories`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import UpdateFCMSubtraderBlockedCategoriesRequest, UpdateFCMSubtraderBlockedCategoriesResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[UpdateFCMSubtraderBlockedCategoriesResponse] = Operation(
    "UpdateFCMSubtraderBlockedCategories",
    "PUT",
    "/fcm/subtraders/blocked_categories",
    body=UpdateFCMSubtraderBlockedCategoriesRequest,
    body_fields=("subtrader_id", "category", "blocked", ),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Send the request and return the decoded `UpdateFCMSubtraderBlockedCategoriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> Response[UpdateFCMSubtraderBlockedCategoriesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMSubtraderBlockedCategoriesRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    category: str | Unset = UNSET,
    blocked: bool | Unset = UNSET,
) -> UpdateFCMSubtraderBlockedCategoriesResponse:
    """Send the request and return the decoded `UpdateFCMSubtraderBlockedCategoriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
