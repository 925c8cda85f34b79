# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/weather/{city}/calibrations (`GetWeatherIndexCalibrations`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- city: str

Returns `GetWeatherIndexCalibrationsResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetWeatherIndexCalibrationsResponse
from ...types import Response

OPERATION: Operation[GetWeatherIndexCalibrationsResponse] = Operation(
    "GetWeatherIndexCalibrations",
    "GET",
    "/live_data/weather/{city}/calibrations",
    params=(Param("city", "path", "city"),),
    response=GetWeatherIndexCalibrationsResponse,
)


def sync_detailed(
    *,
    client: Client,
    city: str,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    city: str,
) -> GetWeatherIndexCalibrationsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/weather/{city}/calibrations (`GetWeatherIndexCalibrations`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - city: str

    Returns `GetWeatherIndexCalibrationsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    city: str,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    city: str,
) -> GetWeatherIndexCalibrationsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/weather/{city}/calibrations (`GetWeatherIndexCalibrations`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - city: str

    Returns `GetWeatherIndexCalibrationsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
