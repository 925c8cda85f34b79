# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/isolated/positions/{ticker}/exit_trigger (`GetIsolatedMarginExitTriggers`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Optional arguments:
- kind: str, one of "bracket", "trailing"

Returns `GetExitTriggersResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetExitTriggersResponse

OPERATION: Operation[GetExitTriggersResponse] = Operation(
    "GetIsolatedMarginExitTriggers",
    "GET",
    "/margin/isolated/positions/{ticker}/exit_trigger",
    params=(
        Param("ticker", "path", "ticker"),
        Param("kind", "query", "kind", choices=("bracket", "trailing")),
    ),
    response=GetExitTriggersResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> Response[GetExitTriggersResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> GetExitTriggersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/isolated/positions/{ticker}/exit_trigger (`GetIsolatedMarginExitTriggers`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - kind: str, one of "bracket", "trailing"

    Returns `GetExitTriggersResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> Response[GetExitTriggersResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> GetExitTriggersResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/isolated/positions/{ticker}/exit_trigger (`GetIsolatedMarginExitTriggers`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - kind: str, one of "bracket", "trailing"

    Returns `GetExitTriggersResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
