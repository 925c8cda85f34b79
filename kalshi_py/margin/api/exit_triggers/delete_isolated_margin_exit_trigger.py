# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /margin/isolated/positions/{ticker}/exit_trigger (`DeleteIsolatedMarginExitTrigger`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Optional arguments:
- kind: str, one of "bracket", "trailing"

Returns nothing (HTTP 204).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "DeleteIsolatedMarginExitTrigger",
    "DELETE",
    "/margin/isolated/positions/{ticker}/exit_trigger",
    params=(
        Param("ticker", "path", "ticker"),
        Param("kind", "query", "kind", choices=("bracket", "trailing")),
    ),
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/isolated/positions/{ticker}/exit_trigger (`DeleteIsolatedMarginExitTrigger`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - kind: str, one of "bracket", "trailing"

    Returns nothing (HTTP 204).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    kind: str | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/isolated/positions/{ticker}/exit_trigger (`DeleteIsolatedMarginExitTrigger`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Optional arguments:
    - kind: str, one of "bracket", "trailing"

    Returns nothing (HTTP 204).
    """
    return await OPERATION.asyncio(client, locals())
