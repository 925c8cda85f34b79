"""Fetching every item of a paginated list, with a progress bar on stderr."""

from __future__ import annotations

from typing import Any

from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..pagination import paginate
from .errors import UsageProblem
from .session import Session

__all__ = ["collect", "item_limit"]

PUBLIC_LISTS = frozenset({"markets", "trades"})


def item_limit(limit: int | None, every: bool, default: int) -> int | None:
    """How many items to fetch: `--limit`, all of them with `--all`, else `default`."""
    if every and limit is not None:
        raise UsageProblem("give --limit or --all, not both")
    if limit is not None and limit < 1:
        raise UsageProblem(f"--limit must be 1 or more, got {limit}")
    return None if every else (limit or default)


def collect(session: Session, operation: Any, what: str, max_items: int | None, **params: Any) -> list[Any]:
    """Every item of a paginated operation (up to `max_items`), with a progress bar on stderr."""
    items: list[Any] = []
    client = session.client() if what in PUBLIC_LISTS else session.signed_client(what)
    pagination = operation.OPERATION.pagination
    if max_items is not None and pagination.size_param:
        params.setdefault(pagination.size_param, min(max_items, pagination.max_size or max_items))
    pager = paginate(operation, client=client, max_items=max_items, **params)
    with Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} {task.fields[what]}"),
        TimeElapsedColumn(),
        console=session.output.notes,
        transient=True,
        disable=not session.output.notes.is_terminal,
    ) as progress:
        task = progress.add_task("fetching", total=max_items, what=what)
        for item in pager:
            items.append(item)
            progress.advance(task)
    return items
