# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /multivariate_event_collections/{collection_ticker}
  (`CreateMarketInMultivariateEventCollection`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- collection_ticker: str
- selected_markets: list[TickerPair]

Optional arguments:
- with_market_payload: bool

The body is a `CreateMarketInMultivariateEventCollectionRequest`: pass it as `body=`, or its
  fields as keyword arguments.

Returns `CreateMarketInMultivariateEventCollectionResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import (
    CreateMarketInMultivariateEventCollectionRequest,
    CreateMarketInMultivariateEventCollectionResponse,
    TickerPair,
)
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateMarketInMultivariateEventCollectionResponse] = Operation(
    "CreateMarketInMultivariateEventCollection",
    "POST",
    "/multivariate_event_collections/{collection_ticker}",
    params=(Param("collection_ticker", "path", "collection_ticker"),),
    body=CreateMarketInMultivariateEventCollectionRequest,
    body_fields=(
        "selected_markets",
        "with_market_payload",
    ),
    body_required=True,
    response=CreateMarketInMultivariateEventCollectionResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    collection_ticker: str,
    body: CreateMarketInMultivariateEventCollectionRequest | Unset = UNSET,
    selected_markets: list[TickerPair] | Unset = UNSET,
    with_market_payload: bool | Unset = UNSET,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    collection_ticker: str,
    body: CreateMarketInMultivariateEventCollectionRequest | Unset = UNSET,
    selected_markets: list[TickerPair] | Unset = UNSET,
    with_market_payload: bool | Unset = UNSET,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /multivariate_event_collections/{collection_ticker}
      (`CreateMarketInMultivariateEventCollection`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - collection_ticker: str
    - selected_markets: list[TickerPair]

    Optional arguments:
    - with_market_payload: bool

    The body is a `CreateMarketInMultivariateEventCollectionRequest`: pass it as `body=`, or its
      fields as keyword arguments.

    Returns `CreateMarketInMultivariateEventCollectionResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    collection_ticker: str,
    body: CreateMarketInMultivariateEventCollectionRequest | Unset = UNSET,
    selected_markets: list[TickerPair] | Unset = UNSET,
    with_market_payload: bool | Unset = UNSET,
) -> Response[CreateMarketInMultivariateEventCollectionResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    collection_ticker: str,
    body: CreateMarketInMultivariateEventCollectionRequest | Unset = UNSET,
    selected_markets: list[TickerPair] | Unset = UNSET,
    with_market_payload: bool | Unset = UNSET,
) -> CreateMarketInMultivariateEventCollectionResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /multivariate_event_collections/{collection_ticker}
      (`CreateMarketInMultivariateEventCollection`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - collection_ticker: str
    - selected_markets: list[TickerPair]

    Optional arguments:
    - with_market_payload: bool

    The body is a `CreateMarketInMultivariateEventCollectionRequest`: pass it as `body=`, or its
      fields as keyword arguments.

    Returns `CreateMarketInMultivariateEventCollectionResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
