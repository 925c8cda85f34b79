# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /exchange/user_data_timestamp: `GetUserDataTimestamp`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetUserDataTimestampResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetUserDataTimestampResponse] = Operation(
    "GetUserDataTimestamp",
    "GET",
    "/exchange/user_data_timestamp",
    response=GetUserDataTimestampResponse,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetUserDataTimestampResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetUserDataTimestampResponse:
    """Send the request and return the decoded `GetUserDataTimestampResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetUserDataTimestampResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetUserDataTimestampResponse:
    """Send the request and return the decoded `GetUserDataTimestampResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
