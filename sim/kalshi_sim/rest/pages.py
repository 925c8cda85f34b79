"""Kalshi's cursor pages: one page of a list for the call's `limit` (the spec's default when
absent or 0) and `cursor`, and the cursor of the next page ("" after the last)."""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .calls import Call
from .responses import bad_request

__all__ = ["decode_cursor", "encode_cursor", "page", "paged"]

Item = TypeVar("Item")


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, number = text.partition(":")
        if kind != "offset" or not number.isdigit():
            raise ValueError(text)
        return int(number)
    except ValueError:
        raise bad_request("cursor is not a cursor this exchange gave out", f"cursor={cursor!r}") from None


def page(call: Call, items: Sequence[Item], limit_name: str = "limit") -> tuple[Sequence[Item], str]:
    """One page of `items` for the call's `limit` (the spec's default when absent or 0) and `cursor`."""
    limit = call.query.get(limit_name) or 0
    if not limit:
        param = next((p for p in call.op.params if p.name == limit_name), None)
        limit = int(param.schema.get("default", 100)) if param is not None else 100
    offset = decode_cursor(call.query.get("cursor"))
    chunk = items[offset : offset + limit]
    following = offset + limit
    return chunk, encode_cursor(following) if following < len(items) else ""


def paged(
    call: Call, name: str, items: Sequence[Item], shape: Callable[[Item], dict[str, Any]]
) -> dict[str, Any]:
    """One page of `items` as Kalshi lists it: `{name: [shape(item), ...], "cursor": ...}`."""
    chunk, cursor = page(call, items)
    return {name: [shape(item) for item in chunk], "cursor": cursor}
