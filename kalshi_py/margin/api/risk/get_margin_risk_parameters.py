# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/risk_parameters (`GetMarginRiskParameters`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `GetMarginRiskParametersResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import Response
from ...models import GetMarginRiskParametersResponse

OPERATION: Operation[GetMarginRiskParametersResponse] = Operation(
    "GetMarginRiskParameters",
    "GET",
    "/margin/risk_parameters",
    response=GetMarginRiskParametersResponse,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetMarginRiskParametersResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetMarginRiskParametersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/risk_parameters (`GetMarginRiskParameters`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetMarginRiskParametersResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetMarginRiskParametersResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetMarginRiskParametersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/risk_parameters (`GetMarginRiskParameters`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetMarginRiskParametersResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
