"""Every item of a cursor-paginated operation, page after page."""

from kalshi_py import Client
from kalshi_py.api.market import get_markets
from kalshi_py.pagination import paginate

with Client() as client:
    # Items: the filters are repeated on every page; max_items stops early.
    tickers = [market.ticker for market in paginate(get_markets, client=client, status="open", max_items=12)]
    print("first", len(tickers), "open markets:", tickers[0], "...")

    # Whole pages, here 10 markets each.
    for number, page in enumerate(paginate(get_markets, client=client, status="open", limit=10).pages(), 1):
        print("page", number, len(page.markets), "markets, next cursor:", bool(page.cursor))
        if number == 2:
            break

    # The same, from the operation module.
    total = sum(1 for _ in get_markets.paginate(client=client, status="open"))
    print("all open markets:", total)
