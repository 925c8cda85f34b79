# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/rfqs/{rfq_id}: `GetRFQ`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetRFQResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetRFQResponse] = Operation(
    "GetRFQ",
    "GET",
    "/communications/rfqs/{rfq_id}",
    params=(
        Param("rfq_id", "path", "rfq_id"),
    ),
    response=GetRFQResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    rfq_id: str,
) -> Response[GetRFQResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    rfq_id: str,
) -> GetRFQResponse:
    """Send the request and return the decoded `GetRFQResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    rfq_id: str,
) -> Response[GetRFQResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    rfq_id: str,
) -> GetRFQResponse:
    """Send the request and return the decoded `GetRFQResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
