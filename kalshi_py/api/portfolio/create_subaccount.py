# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/subaccounts: `CreateSubaccount`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateSubaccountRequest, CreateSubaccountResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateSubaccountResponse] = Operation(
    "CreateSubaccount",
    "POST",
    "/portfolio/subaccounts",
    body=CreateSubaccountRequest,
    body_fields=("exchange_index", ),
    response=CreateSubaccountResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Send the request and return the decoded `CreateSubaccountResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Send the request and return the decoded `CreateSubaccountResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
