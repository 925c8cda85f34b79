"""A local exchange in a script: a funded account, real orders, and faults on demand."""

from decimal import Decimal

from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2, get_orders
from kalshi_py.api.portfolio import get_balance
from kalshi_sim import LocalExchange

with LocalExchange(seed=7) as ex:  # 127.0.0.1, a free port, the same catalogue for the same seed
    print("REST", ex.rest_url)
    print("WS  ", ex.ws_url)

    with ex.client() as client:  # a new account with $1000 and its own API key
        print("balance:", get_balance.sync(client=client).balance_dollars)
        market = get_markets.sync(client=client, status="open", limit=1).markets[0]

        # Half of all order writes now reach the book but lose their answer.
        ex.faults.drop_after_apply_rate = 0.5
        for _ in range(4):
            create_order_v2.sync(
                client=client,
                ticker=market.ticker,
                side="bid",
                count=Decimal("1"),
                price=Decimal("0.01"),
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
        ex.faults.drop_after_apply_rate = 0.0

        resting = get_orders.sync(client=client, ticker=market.ticker, status="resting").orders
        print("answers lost:", ex.faults.stats.drops_after_apply)
        print("orders resting:", len(resting))  # 4: every retry found its order, none doubled
