"""What a dropped connection and a skipped seq look like, on a local exchange."""

import asyncio

from kalshi_py.api.market import get_market_orderbook, get_markets
from kalshi_py.orderbook import OrderBook, OrderBookTracker
from kalshi_py.ws import KalshiWebSocket, StatusKind, StreamStatus
from kalshi_sim import LocalExchange


async def main() -> None:
    async with LocalExchange(seed=3, activity=40) as ex:
        client = ex.client()
        tickers = [m.ticker for m in get_markets.sync(client=client, status="open", limit=3).markets]

        async with KalshiWebSocket(client, backoff_initial=0.1) as ws:
            books = OrderBookTracker(resync=ws.resync)
            await ws.subscribe(["orderbook_delta"], market_tickers=tickers)
            ex.faults.ws_skip_seq_rate = 0.2  # some seq numbers go missing
            seen: list[str] = []
            for _ in range(2000):
                item = await ws.recv(timeout=30)
                books.apply(item)
                if not isinstance(item, StreamStatus):
                    continue
                seen.append(item.kind)
                print("status:", item.kind, *item.market_tickers)
                if item.kind == StatusKind.GAP:
                    ex.faults.ws_skip_seq_rate = 0.0
                    ex.faults.ws_disconnect()  # and now the connection drops
                if item.kind == StatusKind.RECONNECTED:
                    break
            while books.stale_markets:  # the fresh snapshots heal every book
                books.apply(await ws.recv(timeout=30))

            ex.stop_activity()  # let the market go quiet, and read what is left in flight
            try:
                while True:
                    books.apply(await ws.recv(timeout=0.5))
            except TimeoutError:
                pass

        for ticker in tickers:  # the healed books hold exactly the exchange's books
            rest = get_market_orderbook.sync_detailed(client=client, ticker=ticker)
            print(
                ticker,
                "matches the exchange:",
                books[ticker].same_levels(OrderBook.from_rest(ticker, rest.content)),
            )
        client.close()
    print("saw:", ", ".join(dict.fromkeys(seen)))


asyncio.run(main())
