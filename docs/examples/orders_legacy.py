"""kalshi-py 2.0.6.6 order code keeps working: the V1 call is translated onto the V2 endpoint."""

import warnings

from kalshi_py import create_client
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import cancel_order_v2
from kalshi_py.api.portfolio import create_order
from kalshi_py.models import CreateOrderRequest

with create_client() as client:
    market = get_markets.sync(client=client, status="open", limit=1).markets[0]
    yes_cents = min(int(market.yes_ask_dollars * 100) + 5, 99)  # V1 prices were cents

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        # Buy NO at 100 - yes_cents cents: on V2, an ask on the YES leg at yes_cents,
        # above the best ask, so it rests.
        response = create_order.sync(
            client=client,
            body=CreateOrderRequest(
                ticker=market.ticker,
                side="no",
                action="buy",
                count=3,
                no_price=100 - yes_cents,
                time_in_force="good_till_canceled",
            ),
        )
    print("warned:", caught[0].category.__name__)

    order = response.order  # the 2.0.6.6 answer shape: {"order": Order}
    print("book side:", order.book_side, "YES price:", order.yes_price_dollars, "status:", order.status)
    canceled = cancel_order_v2.sync(client=client, order_id=order.order_id)  # V2 calls on the same order
    print("canceled, reduced by", canceled.reduced_by)
