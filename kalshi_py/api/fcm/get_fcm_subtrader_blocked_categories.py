# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /fcm/subtraders/blocked_categories: `GetFCMSubtraderBlockedCategories`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetFCMSubtraderBlockedCategoriesResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetFCMSubtraderBlockedCategoriesResponse] = Operation(
    "GetFCMSubtraderBlockedCategories",
    "GET",
    "/fcm/subtraders/blocked_categories",
    params=(
        Param("subtrader_id", "query", "subtrader_id"),
    ),
    response=GetFCMSubtraderBlockedCategoriesResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subtrader_id: str,
) -> Response[GetFCMSubtraderBlockedCategoriesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subtrader_id: str,
) -> GetFCMSubtraderBlockedCategoriesResponse:
    """Send the request and return the decoded `GetFCMSubtraderBlockedCategoriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subtrader_id: str,
) -> Response[GetFCMSubtraderBlockedCategoriesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subtrader_id: str,
) -> GetFCMSubtraderBlockedCategoriesResponse:
    """Send the request and return the decoded `GetFCMSubtraderBlockedCategoriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
