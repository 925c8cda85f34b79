"""The async face: every operation module has asyncio() and asyncio_detailed()."""

import asyncio

from kalshi_py import create_client
from kalshi_py.api.market import get_market_orderbook, get_markets
from kalshi_py.api.portfolio import get_balance
from kalshi_py.pagination import paginate


async def main() -> None:
    async with create_client() as client:  # one shared httpx.AsyncClient, closed on exit
        page = await get_markets.asyncio(client=client, status="open", limit=3)
        tickers = [market.ticker for market in page.markets]

        # Independent requests run concurrently over the same connection pool.
        balance, *books = await asyncio.gather(
            get_balance.asyncio(client=client),
            *(get_market_orderbook.asyncio(client=client, ticker=t, depth=1) for t in tickers),
        )
        print("balance:", balance.balance_dollars)
        for ticker, book in zip(tickers, books, strict=True):
            print(ticker, "best YES bid:", book.orderbook_fp.yes_dollars[-1][0])

        count = 0
        async for _market in paginate(get_markets, client=client, status="open", max_items=25):
            count += 1
        print("iterated", count, "open markets")


asyncio.run(main())
