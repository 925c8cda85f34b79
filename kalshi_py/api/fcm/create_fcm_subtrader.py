# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /fcm/subtraders: `CreateFCMSubtrader`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateFCMSubtraderRequest, CreateFCMSubtraderResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateFCMSubtraderResponse] = Operation(
    "CreateFCMSubtrader",
    "POST",
    "/fcm/subtraders",
    body=CreateFCMSubtraderRequest,
    body_fields=("subtrader_suffix", ),
    body_required=True,
    response=CreateFCMSubtraderResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> Response[CreateFCMSubtraderResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> CreateFCMSubtraderResponse:
    """Send the request and return the decoded `CreateFCMSubtraderResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> Response[CreateFCMSubtraderResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> CreateFCMSubtraderResponse:
    """Send the request and return the decoded `CreateFCMSubtraderResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
