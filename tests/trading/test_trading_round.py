"""A full trading round on the local exchange, driven through kalshi-py over loopback.

Two accounts cross, then the market settles; every balance, position, fill, fee and payout is
checked to the cent as a Decimal, and every answer the client receives is checked against
openapi.yaml on its way in.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from kalshi_py.api.orders import create_order_v2, get_order
from kalshi_py.api.portfolio import get_balance, get_fills, get_positions, get_settlements
from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_sim import LocalExchange

from .checked_traders import checked_trader, one_market_exchange, validated

TICKER = "KXROUND-26DEC01-T50"
API = "/trade-api/v2"


@pytest.fixture
def exchange() -> Iterator[LocalExchange]:
    with one_market_exchange(11, TICKER) as ex:
        yield ex


def _order(client: KalshiAuthenticatedClient, side: str, count: str, price: str):
    return create_order_v2.sync(
        client=client,
        ticker=TICKER,
        side=side,
        count=Decimal(count),
        price=Decimal(price),
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )


def test_two_accounts_cross_and_settle_to_the_cent(exchange: LocalExchange) -> None:
    validated.clear()
    _, alice = checked_trader(exchange)
    _, bob = checked_trader(exchange)
    with alice, bob:
        maker = _order(alice, "bid", "10", "0.40")  # Alice rests: buy 10 YES at $0.40
        assert maker.remaining_count == Decimal("10.00")
        taker = _order(bob, "ask", "10", "0.40")  # Bob sells 10 YES (buys NO at $0.60): it crosses
        assert taker.fill_count == Decimal("10.00")
        assert taker.remaining_count == Decimal("0.00")
        assert get_order.sync(client=alice, order_id=maker.order_id).order.status == "executed"

        # taker fee: ceil to the cent of 0.07 x 10 x 0.40 x 0.60 = 0.168 -> $0.17; the maker pays none
        (alice_fill,) = get_fills.sync(client=alice, ticker=TICKER).fills
        (bob_fill,) = get_fills.sync(client=bob, ticker=TICKER).fills
        assert (alice_fill.count_fp, alice_fill.yes_price_dollars, alice_fill.is_taker) == (
            Decimal("10.00"),
            Decimal("0.40"),
            False,
        )
        assert alice_fill.fee_cost == Decimal("0")
        assert (bob_fill.count_fp, bob_fill.no_price_dollars, bob_fill.is_taker) == (
            Decimal("10.00"),
            Decimal("0.60"),
            True,
        )
        assert bob_fill.fee_cost == Decimal("0.17")
        assert alice_fill.trade_id == bob_fill.trade_id

        assert get_balance.sync(client=alice).balance_dollars == Decimal("996.00")
        assert get_balance.sync(client=bob).balance_dollars == Decimal("993.83")
        (alice_position,) = get_positions.sync(client=alice, ticker=TICKER).market_positions
        (bob_position,) = get_positions.sync(client=bob, ticker=TICKER).market_positions
        assert alice_position.position_fp == Decimal("10.00")  # long YES
        assert bob_position.position_fp == Decimal("-10.00")  # long NO
        assert alice_position.market_exposure_dollars == Decimal("4.00")
        assert bob_position.fees_paid_dollars == Decimal("0.17")

        with exchange.lock:
            exchange.exchange.determine_market(TICKER, "yes")
            exchange.exchange.settle_market(TICKER)

        # YES pays $1 a contract: Alice gets $10, Bob's NO expires worthless
        assert get_balance.sync(client=alice).balance_dollars == Decimal("1006.00")
        assert get_balance.sync(client=bob).balance_dollars == Decimal("993.83")
        (alice_settlement,) = get_settlements.sync(client=alice, ticker=TICKER).settlements
        (bob_settlement,) = get_settlements.sync(client=bob, ticker=TICKER).settlements
        assert alice_settlement.market_result == bob_settlement.market_result == "yes"
        assert alice_settlement.yes_count_fp == Decimal("10.00")
        assert alice_settlement.yes_total_cost_dollars == Decimal("4.00")
        assert alice_settlement.revenue == 1000  # cents
        assert bob_settlement.no_count_fp == Decimal("10.00")
        assert bob_settlement.revenue == 0
        # nothing created or lost: $2000 in, $0.17 of fees to the exchange
        total = get_balance.sync(client=alice).balance_dollars + get_balance.sync(client=bob).balance_dollars
        assert total + bob_fill.fee_cost == Decimal("2000")
    assert {"CreateOrderV2", "GetFills", "GetBalance", "GetPositions", "GetSettlements"} <= set(validated)
