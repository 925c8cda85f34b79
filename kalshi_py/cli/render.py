"""Rich renderings shared by the commands and the demo: an order book as a ladder."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..orderbook import OrderBook
from .table import contracts, dollars

__all__ = ["book_table", "live_book"]


def book_table(book: OrderBook, depth: int = 10) -> Table:
    """The YES leg of `book` as a ladder: bids on the left, asks (1 - NO bids) on the right,
    best first, `depth` levels."""
    bids = book.bids("yes")[:depth]
    asks = book.asks("yes")[:depth]
    spread = book.spread("yes")
    caption = f"spread {dollars(spread)}" if spread is not None else "one side is empty"
    table = Table(
        title=f"{book.market_ticker}  YES", caption=caption, title_justify="left", caption_justify="left"
    )
    table.add_column("bid size", justify="right")
    table.add_column("yes bid", justify="right", style="green")
    table.add_column("yes ask", justify="right", style="red")
    table.add_column("ask size", justify="right")
    for index in range(max(len(bids), len(asks), 1)):
        bid = bids[index] if index < len(bids) else None
        ask = asks[index] if index < len(asks) else None
        table.add_row(
            contracts(bid.size) if bid else "",
            dollars(bid.price) if bid else "",
            dollars(ask.price) if ask else "",
            contracts(ask.size) if ask else "",
        )
    return table


def live_book(book: OrderBook, depth: int, status: str) -> RenderableType:
    """`book_table` with a status line under it, for live views."""
    return Group(book_table(book, depth), Text(status, style="dim"))
