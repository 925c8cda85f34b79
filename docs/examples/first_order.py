"""Place a resting buy order for YES below the best bid, read it back, cancel it."""

from decimal import Decimal

from kalshi_py import create_client
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import cancel_order_v2, create_order_v2, get_order

with create_client() as client:
    market = get_markets.sync(client=client, status="open", limit=1).markets[0]
    price = max(market.yes_bid_dollars - Decimal("0.05"), Decimal("0.01"))

    created = create_order_v2.sync(
        client=client,
        ticker=market.ticker,
        side="bid",  # buy YES; "ask" sells YES
        count=Decimal("10"),
        price=price,  # dollars, on the YES leg
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )
    print("placed", created.order_id, "resting:", created.remaining_count)

    order = get_order.sync(client=client, order_id=created.order_id).order
    print("status:", order.status, "at", order.yes_price_dollars)

    canceled = cancel_order_v2.sync(client=client, order_id=created.order_id)
    print("canceled, reduced by", canceled.reduced_by)
