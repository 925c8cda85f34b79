# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /api_keys: `GetApiKeys`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetApiKeysResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetApiKeysResponse] = Operation(
    "GetApiKeys",
    "GET",
    "/api_keys",
    params=(
        Param("fcm_subtrader_id", "query", "fcm_subtrader_id"),
    ),
    response=GetApiKeysResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Send the request and return the decoded `GetApiKeysResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Send the request and return the decoded `GetApiKeysResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
