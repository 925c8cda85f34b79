# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/weather/{city}/calibrations: `GetWeatherIndexCalibrations`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetWeatherIndexCalibrationsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetWeatherIndexCalibrationsResponse] = Operation(
    "GetWeatherIndexCalibrations",
    "GET",
    "/live_data/weather/{city}/calibrations",
    params=(
        Param("city", "path", "city"),
    ),
    response=GetWeatherIndexCalibrationsResponse,
)


def sync_detailed(
    *,
    client: Client,
    city: str,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    city: str,
) -> GetWeatherIndexCalibrationsResponse:
    """Send the request and return the decoded `GetWeatherIndexCalibrationsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    city: str,
) -> Response[GetWeatherIndexCalibrationsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    city: str,
) -> GetWeatherIndexCalibrationsResponse:
    """Send the request and return the decoded `GetWeatherIndexCalibrationsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
