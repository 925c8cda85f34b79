"""`Operation`: the facts of one API operation as the generator writes them, and its four calls.

Each generated module under `kalshi_py.api` creates one `Operation` and hands its keyword
arguments to it. The facts say everything the pipeline needs to know about the operation; the
pipeline itself knows no endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import msgspec

from ._drivers import run_async, run_sync
from .types import Response

if TYPE_CHECKING:
    from ._pipeline import WriteRecovery
    from .client import Client

__all__ = ["Operation", "Pagination", "Param"]

T = TypeVar("T")


class Param(NamedTuple):
    """One path or query parameter: its Python keyword, where it goes, its name on the wire, and
    the values the spec allows (enum values, numeric bounds), checked before a request is sent."""

    name: str
    location: str
    wire: str
    choices: tuple[str | int, ...] | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None


class Pagination(NamedTuple):
    """How a cursor-paginated operation pages: the response field of the page's items, and the
    page-size parameter with its maximum in the spec. The next cursor is in the `cursor` field."""

    items: str
    size_param: str | None
    max_size: int | None


class Operation(Generic[T]):
    """The facts of one API operation, and its four calls.

    Besides the route, parameters, body and answer: the rate-limit `bucket` ("read" or "write"),
    the `unit_cost` in tokens when it is not the default (a cancel costs 2), what it costs with
    a keyword argument at a value (`costlier_when`: (name, value, tokens)), the body field a
    batch is billed by (`items_field`), and for order writes the `write` recovery that makes them
    safe to retry (`kalshi_py._orders`).
    """

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: tuple[Param, ...] = (),
        body: type[msgspec.Struct] | None = None,
        body_fields: tuple[str, ...] | None = None,
        body_required: bool = False,
        response: type[T] | None = None,
        auth: bool = False,
        pagination: Pagination | None = None,
        bucket: str = "read",
        unit_cost: int | None = None,
        costlier_when: tuple[str, Any, int] | None = None,
        items_field: str | None = None,
        write: WriteRecovery | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.params = params
        self.body = body
        self.body_required = body_required
        # the body's fields the call takes as keyword arguments
        if body_fields is None:
            body_fields = body.__struct_fields__ if body is not None else ()
        self.body_fields: tuple[str, ...] = body_fields
        self.response = response
        self.auth = auth
        self.pagination = pagination
        self.bucket = bucket
        self.unit_cost = unit_cost
        self.costlier_when = costlier_when
        self.items_field = items_field
        self.write = write

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"

    def sync_detailed(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        """The full response; raises only when no HTTP answer could be had."""
        return run_sync(client, self, args).response

    def sync(self, client: Client, args: Mapping[str, Any]) -> T:
        """The decoded model; raises a `kalshi_py.errors` error for any failure."""
        return run_sync(client, self, args).value()

    async def asyncio_detailed(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        """The full response; raises only when no HTTP answer could be had."""
        return (await run_async(client, self, args)).response

    async def asyncio(self, client: Client, args: Mapping[str, Any]) -> T:
        """The decoded model; raises a `kalshi_py.errors` error for any failure."""
        return (await run_async(client, self, args)).value()
