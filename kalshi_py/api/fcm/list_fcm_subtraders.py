# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /fcm/subtraders: `ListFCMSubtraders`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import ListFCMSubtradersResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[ListFCMSubtradersResponse] = Operation(
    "ListFCMSubtraders",
    "GET",
    "/fcm/subtraders",
    response=ListFCMSubtradersResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[ListFCMSubtradersResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> ListFCMSubtradersResponse:
    """Send the request and return the decoded `ListFCMSubtradersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[ListFCMSubtradersResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> ListFCMSubtradersResponse:
    """Send the request and return the decoded `ListFCMSubtradersResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
