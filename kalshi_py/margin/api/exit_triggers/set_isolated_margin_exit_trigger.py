# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""PUT /margin/isolated/positions/{ticker}/exit_trigger (`SetIsolatedMarginExitTrigger`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Optional arguments:
- kind: one of "bracket", "trailing"
- stop_loss_price: Decimal | str, >= 0
- take_profit_price: Decimal | str, >= 0
- trail_amount: Decimal | str, >= 0
- trail_bps: int, >= 1, <= 9999

The body is a `SetIsolatedExitTriggerRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `ExitTrigger` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import ExitTrigger, SetIsolatedExitTriggerRequest

OPERATION: Operation[ExitTrigger] = Operation(
    "SetIsolatedMarginExitTrigger",
    "PUT",
    "/margin/isolated/positions/{ticker}/exit_trigger",
    params=(Param("ticker", "path", "ticker"),),
    body=SetIsolatedExitTriggerRequest,
    body_fields=(
        "kind",
        "stop_loss_price",
        "take_profit_price",
        "trail_amount",
        "trail_bps",
    ),
    body_required=True,
    response=ExitTrigger,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    body: SetIsolatedExitTriggerRequest | Unset = UNSET,
    kind: Literal["bracket", "trailing"] | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
    trail_amount: Decimal | str | Unset = UNSET,
    trail_bps: int | Unset = UNSET,
) -> Response[ExitTrigger]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    body: SetIsolatedExitTriggerRequest | Unset = UNSET,
    kind: Literal["bracket", "trailing"] | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
    trail_amount: Decimal | str | Unset = UNSET,
    trail_bps: int | Unset = UNSET,
) -> ExitTrigger:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/isolated/positions/{ticker}/exit_trigger (`SetIsolatedMarginExitTrigger`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - kind: one of "bracket", "trailing"
    - stop_loss_price: Decimal | str, >= 0
    - take_profit_price: Decimal | str, >= 0
    - trail_amount: Decimal | str, >= 0
    - trail_bps: int, >= 1, <= 9999

    The body is a `SetIsolatedExitTriggerRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ExitTrigger` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    body: SetIsolatedExitTriggerRequest | Unset = UNSET,
    kind: Literal["bracket", "trailing"] | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
    trail_amount: Decimal | str | Unset = UNSET,
    trail_bps: int | Unset = UNSET,
) -> Response[ExitTrigger]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    body: SetIsolatedExitTriggerRequest | Unset = UNSET,
    kind: Literal["bracket", "trailing"] | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
    trail_amount: Decimal | str | Unset = UNSET,
    trail_bps: int | Unset = UNSET,
) -> ExitTrigger:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/isolated/positions/{ticker}/exit_trigger (`SetIsolatedMarginExitTrigger`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - kind: one of "bracket", "trailing"
    - stop_loss_price: Decimal | str, >= 0
    - take_profit_price: Decimal | str, >= 0
    - trail_amount: Decimal | str, >= 0
    - trail_bps: int, >= 1, <= 9999

    The body is a `SetIsolatedExitTriggerRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ExitTrigger` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
