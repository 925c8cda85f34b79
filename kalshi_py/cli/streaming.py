"""Live commands over the WebSocket: `stream` and `orderbook --watch`."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.live import Live

from ..api.market import get_market
from ..orderbook import OrderBook, OrderBookTracker
from ..ws import KalshiWebSocket, StreamStatus
from .command import kalshi_command
from .errors import UsageProblem
from .output import OutputFormat, to_json
from .render import live_book
from .session import Session
from .table import plural

__all__ = ["book_document", "stream_messages", "watch_orderbook"]


def open_websocket(session: Session, purpose: str) -> KalshiWebSocket:
    """A WebSocket client of the session's environment, signed with its API key."""
    client = session.signed_client(purpose)
    return KalshiWebSocket(client, url=session.settings.ws_url, reconnect=True, max_reconnect_attempts=5)


def book_document(book: OrderBook, depth: int) -> dict[str, Any]:
    """One book as a JSON line: bids of each leg, best first."""
    return {
        "market_ticker": book.market_ticker,
        "seq": book.seq,
        "yes_dollars": [[level.price, level.size] for level in book.bids("yes")[:depth]],
        "no_dollars": [[level.price, level.size] for level in book.bids("no")[:depth]],
    }


async def follow_book(
    ws: KalshiWebSocket,
    ticker: str,
    on_book: Callable[[OrderBook, int], None],
    *,
    duration: float | None = None,
    on_status: Callable[[StreamStatus], None] | None = None,
) -> int:
    """Subscribe to `ticker`'s book on a connected client and call `on_book(book, updates)` on every
    change, for `duration` seconds (None: until cancelled). Returns the number of updates."""
    await ws.subscribe(["orderbook_delta"], [ticker])
    tracker = OrderBookTracker(resync=ws.resync)
    loop = asyncio.get_running_loop()
    deadline = None if duration is None else loop.time() + duration
    updates = 0
    while True:
        timeout = None if deadline is None else deadline - loop.time()
        if timeout is not None and timeout <= 0:
            return updates
        try:
            item = await ws.recv(timeout)
        except TimeoutError:
            continue
        if isinstance(item, StreamStatus):
            if on_status is not None:
                on_status(item)
            continue
        book = tracker.apply(item)
        if book is not None and book.market_ticker == ticker:
            updates += 1
            on_book(book, updates)


def watch_orderbook(session: Session, ticker: str, depth: int, duration: float | None = None) -> None:
    """Show `ticker`'s book live, redrawn on every change, until Ctrl-C (or `duration` seconds).
    When stdout is not a terminal, each new book is printed after the last."""
    output = session.output
    if output.format is OutputFormat.CSV:
        raise UsageProblem("--watch prints a live table or JSON lines (--json), not CSV")
    get_market.sync(client=session.signed_client("orderbook --watch"), ticker=ticker)
    ws = open_websocket(session, "orderbook --watch")

    def status_note(status: StreamStatus) -> None:
        if status.kind != "connected":
            output.note(f"~ {status.kind}" + (f": {status.reason}" if status.reason else ""))

    def status_line(book: OrderBook, updates: int) -> str:
        return f"{plural(updates, 'update')}, seq {book.seq}, {datetime.now():%H:%M:%S}  (Ctrl-C to stop)"

    def print_book(book: OrderBook, updates: int) -> None:
        output.console.print(live_book(book, depth, status_line(book, updates)))
        output.console.file.flush()

    async def run() -> None:
        async with ws:
            if output.format is OutputFormat.JSON:
                await follow_book(
                    ws,
                    ticker,
                    lambda book, _: output.json_line(book_document(book, depth)),
                    duration=duration,
                    on_status=status_note,
                )
                return
            if not output.console.is_terminal:  # a pipe or a file: one book after another, as they come
                await follow_book(ws, ticker, print_book, duration=duration, on_status=status_note)
                return
            waiting = f"{ticker}: waiting for the book snapshot..."
            with Live(waiting, console=output.console, refresh_per_second=10, auto_refresh=True) as live:

                def redraw(book: OrderBook, updates: int) -> None:
                    live.update(live_book(book, depth, status_line(book, updates)))

                await follow_book(ws, ticker, redraw, duration=duration, on_status=status_note)

    asyncio.run(run())


def _line(item: Any) -> str:
    msg = getattr(item, "msg", None)
    where = " ".join(
        f"{name}={getattr(item, name)}" for name in ("sid", "seq") if getattr(item, name, None) is not None
    )
    body = to_json(msg) if msg is not None else to_json(item)
    kind = getattr(item, "type", type(item).__name__)
    return f"{datetime.now():%H:%M:%S.%f}"[:-3] + f"  {kind}  {where}  {body}"


async def stream_messages(
    ws: KalshiWebSocket,
    channels: list[str],
    markets: list[str] | None,
    on_message: Callable[[Any], None],
    *,
    count: int | None = None,
    on_status: Callable[[StreamStatus], None] | None = None,
    on_subscribed: Callable[[], None] | None = None,
) -> int:
    """Subscribe a connected client to `channels` and pass every message to `on_message`, until
    `count` messages (None: until cancelled). Returns how many were passed."""
    await ws.subscribe(channels, markets or None)
    if on_subscribed is not None:
        on_subscribed()
    seen = 0
    while count is None or seen < count:
        item = await ws.recv()
        if isinstance(item, StreamStatus):
            if on_status is not None:
                on_status(item)
            continue
        if getattr(item, "type", None) in ("subscribed", "ok", "unsubscribed"):
            continue
        seen += 1
        on_message(item)
    return seen


@kalshi_command("stream")
def stream(
    session: Session,
    channels: Annotated[
        list[str],
        typer.Argument(
            help="channels: orderbook_delta, ticker, trade, fill, user_orders, market_positions, "
            "market_lifecycle_v2, ...",
            show_default=False,
        ),
    ],
    *,
    market: Annotated[
        list[str] | None,
        typer.Option(
            "--market",
            help="a market ticker (repeat for more; default: all markets the channel allows)",
            show_default=False,
        ),
    ] = None,
    count: Annotated[
        int | None, typer.Option(help="stop after this many messages", show_default=False)
    ] = None,
) -> None:
    """Print WebSocket messages as they come (one JSON object per line with --json); Ctrl-C stops."""
    output = session.output
    if output.format is OutputFormat.CSV:
        raise UsageProblem("stream prints lines or JSON lines (--json), not CSV")
    if count is not None and count < 1:
        raise UsageProblem(f"--count must be 1 or more, got {count}")
    ws = open_websocket(session, "stream")
    json_lines = output.format is OutputFormat.JSON
    where = ", ".join(channels) + (f" of {', '.join(market)}" if market else "")

    def show(item: Any) -> None:
        if json_lines:
            output.json_line(item)
        else:
            output.console.print(_line(item), markup=False, soft_wrap=True)

    def status_note(status: StreamStatus) -> None:
        if status.kind == "connected":
            return
        output.note(
            f"~ {status.kind}"
            + (f" sid={status.sid}" if status.sid else "")
            + (f": {status.reason}" if status.reason else "")
        )

    async def run() -> None:
        async with ws:
            await stream_messages(
                ws,
                channels,
                market,
                show,
                count=count,
                on_status=status_note,
                on_subscribed=lambda: output.note(f"~ subscribed to {where}"),
            )

    asyncio.run(run())
