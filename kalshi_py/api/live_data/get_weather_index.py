# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /live_data/weather/{city} (`GetWeatherIndex`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- city: str

Optional arguments:
- from_: int
- to: int
- last_sec: int
- detailed: bool

Returns `GetWeatherIndexResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
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
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/weather/{city} (`GetWeatherIndex`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - city: str

    Optional arguments:
    - from_: int
    - to: int
    - last_sec: int
    - detailed: bool

    Returns `GetWeatherIndexResponse` (HTTP 200).
    """
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
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /live_data/weather/{city} (`GetWeatherIndex`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - city: str

    Optional arguments:
    - from_: int
    - to: int
    - last_sec: int
    - detailed: bool

    Returns `GetWeatherIndexResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
