"""Public market data: no API key needed."""

from kalshi_py import Client
from kalshi_py.api.market import get_market_orderbook, get_markets

with Client() as client:  # Kalshi production, or KALSHI_BASE_URL / KALSHI_ENV
    page = get_markets.sync(client=client, status="open", limit=5)
    for market in page.markets:
        # Prices are Decimal dollars, sizes Decimal contracts.
        print(market.ticker, market.yes_bid_dollars, market.yes_ask_dollars, market.volume_fp)

    ticker = page.markets[0].ticker
    book = get_market_orderbook.sync(client=client, ticker=ticker, depth=3).orderbook_fp
    price, size = book.yes_dollars[-1]  # bids only, ascending: the best bid is last
    print(f"best YES bid: {size} at {price}")
    price, size = book.no_dollars[-1]
    print(f"best NO bid: {size} at {price}; so the YES ask is {1 - price}")
