"""`kalshi demo`: a guided tour of kalshi-py on an embedded local exchange, offline.

It starts a `LocalExchange` with background trading, opens a funded account, and walks through
the library step by step: list markets, follow a book live over the WebSocket, place a limit
order that crosses the book, see it fill over the WebSocket, read positions and balance.
"""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from decimal import Decimal
from typing import Annotated, Any

import typer
from rich.live import Live
from rich.syntax import Syntax

from ..api.market import get_markets
from ..api.orders import create_order_v2
from ..api.portfolio import get_balance, get_positions
from ..auth import KalshiAuthenticatedClient
from ..orderbook import OrderBook, OrderBookTracker
from ..ws import KalshiWebSocket
from ..ws.messages import Fill, UserOrder
from .command import KalshiCommand, app
from .errors import CliError, failures_reported
from .local import local_exchange
from .market import MARKET_COLUMNS
from .output import Output, present
from .portfolio import POSITION_COLUMNS
from .render import book_table, live_book
from .table import contracts, dollars, plural

__all__ = ["run_demo"]

FILL_TIMEOUT = 5.0


class Tour:
    """Prints the numbered steps of the demo."""

    def __init__(self, output: Output) -> None:
        self.output = output
        self.step = 0

    def begin(self, title: str, code: str | None = None) -> None:
        self.step += 1
        console = self.output.console
        console.print()
        console.rule(f"[bold]{self.step}. {title}", align="left")
        if code:
            console.print(Syntax(code.strip("\n"), "python", theme="ansi_dark", background_color="default"))

    def say(self, text: str) -> None:
        self.output.console.print(text, markup=False, highlight=False, soft_wrap=True)


def _pick_market(client: KalshiAuthenticatedClient) -> tuple[list[Any], Any]:
    """Five open markets to show, and a quoted one to trade."""
    listed = present(get_markets.sync(client=client, status="open", limit=100).markets, "markets")
    quoted = [
        m
        for m in listed
        if m.yes_bid_dollars and m.yes_ask_dollars and Decimal("0.05") <= m.yes_ask_dollars <= Decimal("0.95")
    ]
    if not quoted:
        raise CliError("the local exchange has no quoted open market to trade")
    return listed[:5], quoted[0]


class Quoter:
    """A second trader resting orders near the middle of one market's book, so the book moves."""

    def __init__(self, client: KalshiAuthenticatedClient, ticker: str, mid: Decimal) -> None:
        self.client = client
        self.ticker = ticker
        self.mid = mid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kalshi-demo-quoter", daemon=True)

    def __enter__(self) -> Quoter:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        offsets = [Decimal(o) / 100 for o in (-3, 3, -2, 2, -4, 4, -1, 1)]
        index = 0
        while not self._stop.wait(0.35):
            offset = offsets[index % len(offsets)]
            index += 1
            price = min(max(self.mid + offset, Decimal("0.01")), Decimal("0.99"))
            try:
                create_order_v2.sync(
                    client=self.client,
                    ticker=self.ticker,
                    side="bid" if offset < 0 else "ask",
                    count=Decimal(2 + index % 5),
                    price=price,
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="maker",
                    post_only=True,
                )
            except Exception:  # noqa: S112 - a quote the book refuses (post-only would cross) is skipped
                continue


async def _watch(
    ws: KalshiWebSocket, tracker: OrderBookTracker, ticker: str, output: Output, seconds: float
) -> int:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    updates = 0
    book = tracker.get(ticker)
    first = book_table(book) if book is not None else f"{ticker}: waiting for the snapshot..."
    with Live(first, console=output.console, refresh_per_second=8) as live:
        while (left := deadline - loop.time()) > 0:
            try:
                item = await ws.recv(left)
            except TimeoutError:
                break
            changed = tracker.apply(item)
            if changed is not None and changed.market_ticker == ticker:
                updates += 1
                live.update(live_book(changed, 8, f"{updates} updates over the WebSocket"))
    return updates


async def _await_fill(ws: KalshiWebSocket, tracker: OrderBookTracker, order_id: str, tour: Tour) -> bool:
    """Print the `fill` and `user_order` messages of `order_id` until it has no contracts left
    (or `FILL_TIMEOUT`); whether a fill arrived."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + FILL_TIMEOUT
    filled = done = False
    while not (filled and done) and (left := deadline - loop.time()) > 0:
        try:
            item = await ws.recv(left)
        except TimeoutError:
            break
        tracker.apply(item)
        if isinstance(item, Fill) and item.msg.order_id == order_id:
            fill = item.msg
            tour.say(
                f"  fill        {contracts(fill.count_fp)} contracts of {fill.market_ticker} at YES "
                f"${dollars(fill.yes_price_dollars)} ({'taker' if fill.is_taker else 'maker'}), "
                f"fee ${dollars(fill.fee_cost)}"
            )
            filled = True
        elif isinstance(item, UserOrder) and item.msg.order_id == order_id:
            update = item.msg
            tour.say(
                f"  user_order  status {update.status}, filled {contracts(update.fill_count_fp)}, "
                f"remaining {contracts(update.remaining_count_fp)}"
            )
            done = update.remaining_count_fp == 0
    return filled


def run_demo(output: Output, seed: int = 1, watch_seconds: float = 4.0) -> None:
    """Run the tour; raises `CliError` if a step does not do what it shows."""
    exchange_class = local_exchange("kalshi demo")
    tour = Tour(output)
    started = time.monotonic()
    with exchange_class(seed=seed, activity=30) as exchange:
        credentials = exchange.create_account("1000")
        tour.begin(
            "A local exchange is running, with an account holding $1000",
            """
from kalshi_py import create_client
client = create_client(base_url=REST_URL, access_key_id=KEY_ID,
                       private_key_path=KEY_FILE)
""",
        )
        tour.say(f"  REST       {exchange.rest_url}\n  WebSocket  {exchange.ws_url}")
        client = KalshiAuthenticatedClient(
            credentials.api_key_id, credentials.private_key_pem, base_url=exchange.rest_url
        )
        other = exchange.client()
        try:
            asyncio.run(
                _tour(tour, exchange.ws_url, client, other=other, output=output, watch_seconds=watch_seconds)
            )
        finally:
            client.close()
            other.close()
    tour.begin("Done")
    tour.say(
        f"  The tour took {time.monotonic() - started:.1f} s. Next:\n"
        "  kalshi sim                 run this exchange yourself (prints its URL and key)\n"
        "  kalshi --env local --base-url URL --key-id ID --key-file FILE markets\n"
        "  kalshi --env demo balance  the same commands on Kalshi's demo exchange"
    )


async def _tour(
    tour: Tour,
    ws_url: str,
    client: KalshiAuthenticatedClient,
    *,
    other: KalshiAuthenticatedClient,
    output: Output,
    watch_seconds: float,
) -> None:
    shown, market = _pick_market(client)
    tour.begin(
        "List open markets",
        """
from kalshi_py.api.market import get_markets
page = get_markets.sync(client=client, status="open", limit=5)
""",
    )
    output.table(MARKET_COLUMNS, shown)
    ticker = market.ticker

    tour.begin(
        f"Follow the book of {ticker} live over the WebSocket for {watch_seconds:g} s",
        """
from kalshi_py.ws import KalshiWebSocket
from kalshi_py.orderbook import OrderBookTracker
async with KalshiWebSocket(client) as ws:
    await ws.subscribe(["orderbook_delta"], [TICKER])
    books = OrderBookTracker()
    async for item in ws:
        book = books.apply(item)    # the book after each change
""",
    )
    async with KalshiWebSocket(client, url=ws_url) as ws:
        await ws.subscribe(["orderbook_delta"], [ticker])
        await ws.subscribe(["fill", "user_orders"])
        tracker = OrderBookTracker(resync=ws.resync)
        mid = (market.yes_bid_dollars + market.yes_ask_dollars) / 2
        with Quoter(other, ticker, mid.quantize(Decimal("0.01"))):
            updates = await _watch(ws, tracker, ticker, output, watch_seconds)
        tour.say(f"\n  {plural(updates, 'book update')} arrived.")
        book: OrderBook | None = tracker.get(ticker)
        ask = book.best_ask("yes") if book is not None else None
        if ask is None:
            raise CliError(f"the book of {ticker} has no YES ask to buy from")

        count = min(Decimal(3), ask.size).quantize(Decimal("0.01"))
        limit = min(ask.price + Decimal("0.02"), Decimal("0.99"))
        tour.begin(
            f"Buy {count} YES, limit ${dollars(limit)}: above the best ask ${dollars(ask.price)}, "
            "so it fills",
            f"""
from kalshi_py.api.orders import create_order_v2
order = create_order_v2.sync(
    client=client, ticker="{ticker}",
    side="bid",                          # bid = buy YES, ask = sell YES
    count=Decimal("{count}"), price=Decimal("{limit}"),
    time_in_force="good_till_canceled",
    self_trade_prevention_type="taker_at_cross",
)
""",
        )
        order = await create_order_v2.asyncio(
            client=client,
            ticker=ticker,
            client_order_id=str(uuid.uuid4()),
            side="bid",
            count=count,
            price=limit,
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        )
        tour.say(
            f"  order {order.order_id}: filled {contracts(order.fill_count)}, "
            f"remaining {contracts(order.remaining_count)}"
        )

        tour.begin(
            "See it fill over the WebSocket (channels fill and user_orders)",
            """
await ws.subscribe(["fill", "user_orders"])
""",
        )
        order_id = present(order.order_id, "order_id")
        if not await _await_fill(ws, tracker, order_id, tour):
            raise CliError(f"no fill of order {order.order_id} arrived within {FILL_TIMEOUT:g} s")
        tour.say("  The order filled.")
    await client.aclose()

    tour.begin(
        "Positions and balance",
        """
from kalshi_py.api.portfolio import get_balance, get_positions
get_positions.sync(client=client).market_positions
get_balance.sync(client=client).balance_dollars
""",
    )
    positions = get_positions.sync(client=client).market_positions or []
    output.table(POSITION_COLUMNS, positions)
    balance = get_balance.sync(client=client)
    tour.say(f"  balance ${dollars(balance.balance_dollars)}")


@app.command("demo", cls=KalshiCommand)
def demo(
    seed: Annotated[int, typer.Option(help="seed of the local exchange's markets and trading")] = 1,
    seconds: Annotated[float, typer.Option(help="how long to follow the live book")] = 4.0,
) -> None:
    """A guided tour of kalshi-py on a local exchange: markets, a live book, an order that fills."""
    with failures_reported():
        if not 0 < seconds <= 60:
            raise CliError("--seconds must be between 0 and 60", exit_code=2)
        run_demo(Output(), seed=seed, watch_seconds=seconds)
