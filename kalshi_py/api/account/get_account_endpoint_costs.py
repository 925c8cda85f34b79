# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /account/endpoint_costs: `GetAccountEndpointCosts`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetAccountEndpointCostsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetAccountEndpointCostsResponse] = Operation(
    "GetAccountEndpointCosts",
    "GET",
    "/account/endpoint_costs",
    response=GetAccountEndpointCostsResponse,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetAccountEndpointCostsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetAccountEndpointCostsResponse:
    """Send the request and return the decoded `GetAccountEndpointCostsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetAccountEndpointCostsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetAccountEndpointCostsResponse:
    """Send the request and return the decoded `GetAccountEndpointCostsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
