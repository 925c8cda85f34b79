"""Live order books: a WebSocket subscription feeding an OrderBookTracker."""

import asyncio

from kalshi_py import create_client
from kalshi_py.api.market import get_markets
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws import KalshiWebSocket, StreamStatus

UPDATES = 12  # stop after this many book changes


async def main() -> None:
    with create_client() as client:
        markets = get_markets.sync(client=client, status="open", limit=5).markets
    tickers = [market.ticker for market in markets]

    # The WebSocket host follows the client's REST host (production, demo or your own).
    async with KalshiWebSocket(client, overflow="resync") as ws:
        books = OrderBookTracker(resync=ws.resync)
        await ws.subscribe(["orderbook_delta"], market_tickers=tickers)
        updates = 0
        while updates < UPDATES:
            item = await ws.recv(timeout=30)
            if isinstance(item, StreamStatus):  # connected, gap, reconnected, resynced, ...
                print("status:", item.kind, *item.market_tickers)
                continue
            book = books.apply(item)
            if book is None:
                continue
            updates += 1
            bid, ask = book.best_bid("yes"), book.best_ask("yes")
            print(
                f"{type(item).__name__:17} {book.market_ticker}: "
                f"YES {bid.size if bid else 0} @ {bid.price if bid else '-'} / "
                f"{ask.size if ask else 0} @ {ask.price if ask else '-'}"
            )
    print("books held:", len(books), "stale:", books.stale_markets)


asyncio.run(main())
