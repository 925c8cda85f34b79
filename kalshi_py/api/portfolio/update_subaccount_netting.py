# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /portfolio/subaccounts/netting: `UpdateSubaccountNetting`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import UpdateSubaccountNettingRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "UpdateSubaccountNetting",
    "PUT",
    "/portfolio/subaccounts/netting",
    body=UpdateSubaccountNettingRequest,
    body_fields=("subaccount_number", "enabled", ),
    body_required=True,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
