"""Errors are raised, typed by status, and carry Kalshi's error code."""

from decimal import Decimal

from kalshi_py import create_client
from kalshi_py.api.market import get_market, get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.errors import KalshiError, NotFoundError, RequestValidationError, UnexpectedStatus

with create_client() as client:
    try:
        get_market.sync(client=client, ticker="NO-SUCH-MARKET")
    except NotFoundError as exc:
        print("status:", exc.status_code, "code:", exc.code, "message:", exc.message)

    # Every status error is an UnexpectedStatus, as in kalshi-py 2.0.6.6.
    try:
        get_market.sync(client=client, ticker="NO-SUCH-MARKET")
    except UnexpectedStatus as exc:
        print("caught as UnexpectedStatus:", type(exc).__name__)

    # *_detailed() never raises for a status: look at the Response yourself.
    response = get_market.sync_detailed(client=client, ticker="NO-SUCH-MARKET")
    print("detailed:", int(response.status_code), response.parsed)

    # Bad input is refused before anything is sent: a float price is not exact money.
    market = get_markets.sync(client=client, status="open", limit=1).markets[0]
    try:
        create_order_v2.sync(
            client=client,
            ticker=market.ticker,
            side="bid",
            count=Decimal("1"),
            price=0.05,
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        )
    except RequestValidationError as exc:
        print("refused before sending:", exc)

    # KalshiError is the base of everything kalshi-py raises.
    print(
        "all KalshiError:",
        issubclass(NotFoundError, KalshiError),
        issubclass(RequestValidationError, KalshiError),
    )
