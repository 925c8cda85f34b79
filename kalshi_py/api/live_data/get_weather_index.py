# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/weather/{city}: `GetWeatherIndex`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetWeatherIndexResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetWeatherIndexResponse] = Operation(
    "GetWeatherIndex",
    "GET",
    "/live_data/weather/{city}",
    params=(
        Param("city", "path", "city"),
        Param("from_", "query", "from"),
        Param("to", "query", "to"),
        Param("last_sec", "query", "last_sec"),
        Param("detailed", "query", "detailed"),
    ),
    response=GetWeatherIndexResponse,
)


def sync_detailed(
    *,
    client: Client,
    city: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    city: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Send the request and return the decoded `GetWeatherIndexResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    city: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> Response[GetWeatherIndexResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    city: str,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    last_sec: int | Unset = UNSET,
    detailed: bool | Unset = UNSET,
) -> GetWeatherIndexResponse:
    """Send the request and return the decoded `GetWeatherIndexResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
