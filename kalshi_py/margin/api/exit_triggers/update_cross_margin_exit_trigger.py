# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""PUT /margin/cross/positions/{ticker}/exit_trigger/{trigger_id} (`UpdateCrossMarginExitTrigger`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str
- trigger_id: str

Optional arguments:
- subaccount: int, >= 0
- stop_loss_price: Decimal | str, >= 0
- take_profit_price: Decimal | str, >= 0

The body is a `UpdateExitTriggerRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `ExitTrigger` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import ExitTrigger, UpdateExitTriggerRequest

OPERATION: Operation[ExitTrigger] = Operation(
    "UpdateCrossMarginExitTrigger",
    "PUT",
    "/margin/cross/positions/{ticker}/exit_trigger/{trigger_id}",
    params=(
        Param("ticker", "path", "ticker"),
        Param("trigger_id", "path", "trigger_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    body=UpdateExitTriggerRequest,
    body_fields=(
        "stop_loss_price",
        "take_profit_price",
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
    trigger_id: str,
    body: UpdateExitTriggerRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
) -> Response[ExitTrigger]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    trigger_id: str,
    body: UpdateExitTriggerRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
) -> ExitTrigger:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/cross/positions/{ticker}/exit_trigger/{trigger_id} (`UpdateCrossMarginExitTrigger`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - trigger_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - stop_loss_price: Decimal | str, >= 0
    - take_profit_price: Decimal | str, >= 0

    The body is a `UpdateExitTriggerRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ExitTrigger` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    trigger_id: str,
    body: UpdateExitTriggerRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
) -> Response[ExitTrigger]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    trigger_id: str,
    body: UpdateExitTriggerRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    stop_loss_price: Decimal | str | Unset = UNSET,
    take_profit_price: Decimal | str | Unset = UNSET,
) -> ExitTrigger:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/cross/positions/{ticker}/exit_trigger/{trigger_id} (`UpdateCrossMarginExitTrigger`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - trigger_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - stop_loss_price: Decimal | str, >= 0
    - take_profit_price: Decimal | str, >= 0

    The body is a `UpdateExitTriggerRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ExitTrigger` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
