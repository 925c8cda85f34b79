# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /incentive_programs (`GetIncentivePrograms`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- status: str, one of "all", "active", "upcoming", "closed", "paid_out"
- type: str, one of "all", "liquidity", "volume", "margin_maker_volume",
  "margin_taker_volume"
- incentive_description: str
- limit: int, >= 1, <= 10000
- cursor: str

Returns `GetIncentiveProgramsResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetIncentiveProgramsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetIncentiveProgramsResponse] = Operation(
    "GetIncentivePrograms",
    "GET",
    "/incentive_programs",
    params=(
        Param("status", "query", "status", choices=("all", "active", "upcoming", "closed", "paid_out")),
        Param(
            "type",
            "query",
            "type",
            choices=("all", "liquidity", "volume", "margin_maker_volume", "margin_taker_volume"),
        ),
        Param("incentive_description", "query", "incentive_description"),
        Param("limit", "query", "limit", minimum=1, maximum=10000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetIncentiveProgramsResponse,
)


def sync_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /incentive_programs (`GetIncentivePrograms`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - status: str, one of "all", "active", "upcoming", "closed", "paid_out"
    - type: str, one of "all", "liquidity", "volume", "margin_maker_volume",
      "margin_taker_volume"
    - incentive_description: str
    - limit: int, >= 1, <= 10000
    - cursor: str

    Returns `GetIncentiveProgramsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetIncentiveProgramsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    status: str | Unset = UNSET,
    type: str | Unset = UNSET,
    incentive_description: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetIncentiveProgramsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /incentive_programs (`GetIncentivePrograms`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - status: str, one of "all", "active", "upcoming", "closed", "paid_out"
    - type: str, one of "all", "liquidity", "volume", "margin_maker_volume",
      "margin_taker_volume"
    - incentive_description: str
    - limit: int, >= 1, <= 10000
    - cursor: str

    Returns `GetIncentiveProgramsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
