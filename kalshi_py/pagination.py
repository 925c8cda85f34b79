"""Cursor pagination across every paginated operation.

    from kalshi_py.api.market import get_markets
    from kalshi_py.pagination import paginate

    for market in paginate(get_markets, client=client, status="open"):
        ...
    async for market in paginate(get_markets, client=client, status="open"):
        ...
    for page in paginate(get_markets, client=client).pages():     # whole response models
        ...

Kalshi's cursor does not remember filters, so every request repeats the filters given. The page
size defaults to the largest the spec allows for the operation (1000 for markets), which makes the
fewest requests; pass `limit=` (or `page_size=`) to choose. `max_items` stops after that many
items (the last page is cut). An empty or missing cursor ends the iteration; a cursor the server
repeats raises `PaginationError` instead of looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._operation import Operation
from .errors import KalshiError
from .types import UNSET

if TYPE_CHECKING:
    from .client import Client

__all__ = ["PaginationError", "Paginator", "paginate"]


class PaginationError(KalshiError):
    """The server's cursors do not lead to an end (a cursor came back twice)."""


def _operation(operation: Operation[Any] | ModuleType) -> Operation[Any]:
    op = getattr(operation, "OPERATION", operation)
    if not isinstance(op, Operation):
        raise TypeError(f"paginate() takes an operation module such as get_markets, got {operation!r}")
    if op.pagination is None:
        raise TypeError(f"{op.operation_id} is not a cursor-paginated operation")
    return op


class Paginator:
    """The items (or pages) of one paginated call; iterate it with `for` or `async for`."""

    def __init__(
        self,
        operation: Operation[Any] | ModuleType,
        client: Client,
        max_items: int | None,
        params: dict[str, Any],
    ) -> None:
        self.operation = _operation(operation)
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be 0 or more, got {max_items}")
        self.client = client
        self.max_items = max_items
        self.params = {name: value for name, value in params.items() if value is not UNSET}
        pagination = self.operation.pagination
        assert pagination is not None
        self._items_field = pagination.items
        size = pagination.size_param
        if size is not None and pagination.max_size and self.params.get(size) in (None, UNSET):
            self.params[size] = pagination.max_size

    def __repr__(self) -> str:
        return f"<Paginator {self.operation.operation_id} {self.params}>"

    def _args(self, cursor: str | None) -> dict[str, Any]:
        return {**self.params, "cursor": cursor} if cursor else dict(self.params)

    def _next_cursor(self, page: Any, seen: set[str]) -> str | None:
        cursor = getattr(page, "cursor", None)
        if not cursor or cursor is UNSET:
            return None
        if cursor in seen:
            raise PaginationError(f"{self.operation.operation_id}: the server sent cursor {cursor!r} twice")
        seen.add(cursor)
        return str(cursor)

    def _items(self, page: Any) -> list[Any]:
        items = getattr(page, self._items_field, None)
        return [] if items is None or items is UNSET else list(items)

    def pages(self) -> Iterator[Any]:
        """Each page's response model, in order."""
        cursor: str | None = None
        seen: set[str] = set()
        count = 0
        while self.max_items is None or count < self.max_items:
            page = self.operation.sync(self.client, self._args(cursor))
            count += len(self._items(page))
            yield page
            cursor = self._next_cursor(page, seen)
            if cursor is None:
                return

    async def apages(self) -> AsyncIterator[Any]:
        """Each page's response model, in order, with the async client."""
        cursor: str | None = None
        seen: set[str] = set()
        count = 0
        while self.max_items is None or count < self.max_items:
            page = await self.operation.asyncio(self.client, self._args(cursor))
            count += len(self._items(page))
            yield page
            cursor = self._next_cursor(page, seen)
            if cursor is None:
                return

    def __iter__(self) -> Iterator[Any]:
        left = self.max_items
        for page in self.pages():
            for item in self._items(page):
                if left is not None:
                    if left <= 0:
                        return
                    left -= 1
                yield item

    async def __aiter__(self) -> AsyncIterator[Any]:
        left = self.max_items
        async for page in self.apages():
            for item in self._items(page):
                if left is not None:
                    if left <= 0:
                        return
                    left -= 1
                yield item


def paginate(
    operation: Operation[Any] | ModuleType, *, client: Client, max_items: int | None = None, **params: Any
) -> Paginator:
    """Iterate the items of a cursor-paginated operation across all its pages.

    `operation` is the operation module (`get_markets`) or its `OPERATION`; `params` are the
    operation's filters, repeated on every request.
    """
    return Paginator(operation, client, max_items, params)
