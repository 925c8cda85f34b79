# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/balance: `GetBalance`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetBalanceResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetBalanceResponse] = Operation(
    "GetBalance",
    "GET",
    "/portfolio/balance",
    params=(
        Param("subaccount", "query", "subaccount"),
        Param("exchange_index", "query", "exchange_index"),
    ),
    response=GetBalanceResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetBalanceResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetBalanceResponse:
    """Send the request and return the decoded `GetBalanceResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[GetBalanceResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> GetBalanceResponse:
    """Send the request and return the decoded `GetBalanceResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
