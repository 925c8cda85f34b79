"""V2 orders: book side on the YES leg, Decimal prices and counts, client_order_id."""

import uuid
from decimal import Decimal

from kalshi_py import create_client
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import (
    amend_order_v2,
    cancel_order_v2,
    create_order_v2,
    decrease_order_v2,
    get_orders,
)
from kalshi_py.errors import ConflictError

with create_client() as client:
    market = get_markets.sync(client=client, status="open", limit=1).markets[0]
    bid_price = max(market.yes_bid_dollars - Decimal("0.05"), Decimal("0.01"))

    # Your own id makes the order safe to send again: the exchange keeps one order per id.
    client_order_id = str(uuid.uuid4())
    order = dict(
        ticker=market.ticker,
        client_order_id=client_order_id,
        side="bid",  # bid: buy YES (= sell NO). ask: sell YES (= buy NO).
        count=Decimal("10"),  # contracts; fractional counts such as Decimal("2.5") are allowed
        price=bid_price,  # YES price in dollars, also for an ask
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )
    first = create_order_v2.sync(client=client, **order)
    again = create_order_v2.sync(client=client, **order)  # same id, same order: no second order
    print("same order:", first.order_id == again.order_id, "resting:", first.remaining_count)

    try:  # the same id on a different order is refused
        create_order_v2.sync(client=client, **{**order, "price": bid_price + Decimal("0.01")})
    except ConflictError as exc:
        print("refused:", exc.status_code, exc.code)

    # Amend: the new price, and the new total count (filled + resting).
    amended = amend_order_v2.sync(
        client=client,
        order_id=first.order_id,
        ticker=market.ticker,
        side="bid",
        price=bid_price + Decimal("0.01"),
        count=Decimal("12"),
    )
    print("amended, resting:", amended.remaining_count)

    decreased = decrease_order_v2.sync(client=client, order_id=first.order_id, reduce_by=Decimal("2"))
    print("decreased, resting:", decreased.remaining_count)

    resting = get_orders.sync(client=client, ticker=market.ticker, status="resting").orders
    print("resting orders:", [(o.book_side, o.yes_price_dollars, o.remaining_count_fp) for o in resting])

    canceled = cancel_order_v2.sync(client=client, order_id=first.order_id)
    print("canceled, reduced by", canceled.reduced_by)
