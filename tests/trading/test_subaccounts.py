"""Subaccounts on the local exchange, driven through kalshi-py's generated operations over
loopback: each subaccount has its own balance, reservations, positions, fills and settlements;
transfers move exact cents once per client transfer id; a subaccount that was never created is
refused. Every answer is checked against openapi.yaml on its way in.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest

from kalshi_py import UNSET
from kalshi_py.api.order_groups import create_order_group, get_order_groups
from kalshi_py.api.orders import batch_cancel_orders_v2, cancel_order_v2, create_order_v2, get_orders
from kalshi_py.api.portfolio import (
    apply_subaccount_transfer,
    create_subaccount,
    get_balance,
    get_fills,
    get_positions,
    get_settlements,
    get_subaccount_balances,
    get_subaccount_netting,
    get_subaccount_transfers,
    update_subaccount_netting,
)
from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_py.errors import BadRequestError, ConflictError
from kalshi_py.models import BatchCancelOrdersV2RequestOrdersItem, ErrorResponse
from kalshi_sim import LocalExchange

from .checked_traders import checked_trader, one_market_exchange, validated

TICKER = "KXSUBS-26DEC01-T50"


@pytest.fixture
def exchange() -> Iterator[LocalExchange]:
    with one_market_exchange(13, TICKER) as ex:
        yield ex


def _trader(ex: LocalExchange) -> KalshiAuthenticatedClient:
    return checked_trader(ex)[1]


def _transfer(
    client: KalshiAuthenticatedClient, source: int, destination: int, cents: int, transfer_id: str = ""
) -> None:
    apply_subaccount_transfer.sync(
        client=client,
        client_transfer_id=transfer_id or str(uuid.uuid4()),
        from_subaccount=source,
        to_subaccount=destination,
        amount_cents=cents,
    )


def _bid(client: KalshiAuthenticatedClient, count: str, price: str, subaccount: int = 0):
    return create_order_v2.sync(
        client=client,
        ticker=TICKER,
        side="bid",
        count=Decimal(count),
        price=Decimal(price),
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
        subaccount=subaccount,
    )


def _balances(client: KalshiAuthenticatedClient) -> dict[int, Decimal]:
    answer = get_subaccount_balances.sync(client=client)
    return {b.subaccount_number: b.balance for b in answer.subaccount_balances}


def test_a_subaccount_trades_on_its_own_money_and_positions(exchange: LocalExchange) -> None:
    validated.clear()
    alice, bob = _trader(exchange), _trader(exchange)
    with alice, bob:
        assert create_subaccount.sync(client=alice).subaccount_number == 1
        assert create_subaccount.sync(client=alice).subaccount_number == 2
        transfer_id = str(uuid.uuid4())
        for _ in range(2):  # the same transfer sent twice moves the money once
            _transfer(alice, 0, 1, 2501, transfer_id)
        assert _balances(alice) == {0: Decimal("974.99"), 1: Decimal("25.01"), 2: Decimal("0")}

        # an order in subaccount 1 is paid from subaccount 1: 10 x $0.40 and the most fee it could
        # be charged (ceil(0.07 x 10 x 0.40 x 0.60) = $0.17) are held back there only
        resting = _bid(alice, "10", "0.40", subaccount=1)
        assert get_balance.sync(client=alice, subaccount=1).balance_dollars == Decimal("20.84")
        assert get_balance.sync(client=alice).balance_dollars == Decimal("974.99")  # the primary
        assert [o.order_id for o in get_orders.sync(client=alice, subaccount=1).orders] == [resting.order_id]
        assert get_orders.sync(client=alice, subaccount=0).orders == []
        # what it holds back cannot be transferred away
        with pytest.raises(BadRequestError) as refused:
            _transfer(alice, 1, 2, 2200)
        assert refused.value.code == "insufficient_balance"
        assert "subaccount 1" in refused.value.message
        # more than subaccount 1 has is refused even though the primary could pay
        with pytest.raises(BadRequestError, match="insufficient_balance"):
            _bid(alice, "100", "0.40", subaccount=1)

        create_order_v2.sync(
            client=bob,
            ticker=TICKER,
            side="ask",
            count=Decimal("10"),
            price=Decimal("0.40"),
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="taker_at_cross",
        )
        (fill,) = get_fills.sync(client=alice).fills  # every subaccount when omitted
        assert fill.subaccount_number == 1
        assert [f.trade_id for f in get_fills.sync(client=alice, subaccount=1).fills] == [fill.trade_id]
        assert get_fills.sync(client=alice, subaccount=0).fills == []
        (held,) = get_positions.sync(client=alice, subaccount=1).market_positions
        assert held.position_fp == Decimal("10.00")
        assert get_positions.sync(client=alice).market_positions == []  # the primary holds nothing

        with exchange.lock:
            exchange.exchange.determine_market(TICKER, "yes")
            exchange.exchange.settle_market(TICKER)
        (settled,) = get_settlements.sync(client=alice).settlements
        assert settled.revenue == 1000
        assert len(get_settlements.sync(client=alice, subaccount=1).settlements) == 1
        assert get_settlements.sync(client=alice, subaccount=0).settlements == []
        # $25.01 - $4.00 paid + $10.00 paid out; the primary and subaccount 2 untouched
        assert _balances(alice) == {0: Decimal("974.99"), 1: Decimal("31.01"), 2: Decimal("0")}
    assert {"CreateSubaccount", "ApplySubaccountTransfer", "GetSubaccountBalances"} <= set(validated)


def test_a_subaccount_never_created_is_refused_by_name(exchange: LocalExchange) -> None:
    alice = _trader(exchange)
    with alice:
        with pytest.raises(BadRequestError) as refused:
            _bid(alice, "1", "0.10", subaccount=3)
        assert refused.value.status_code == 400
        assert "subaccount 3" in refused.value.message
        resting = _bid(alice, "1", "0.10")
        for call in (
            lambda: cancel_order_v2.sync(client=alice, order_id=resting.order_id, subaccount=3),
            lambda: get_balance.sync(client=alice, subaccount=3),
            lambda: get_positions.sync(client=alice, subaccount=3),
            lambda: get_fills.sync(client=alice, subaccount=3),
            lambda: get_orders.sync(client=alice, subaccount=3),
            lambda: _transfer(alice, 0, 3, 1),
            lambda: update_subaccount_netting.sync(client=alice, subaccount_number=3, enabled=False),
            lambda: create_order_group.sync(client=alice, subaccount=3, contracts_limit=5),
        ):
            with pytest.raises(BadRequestError) as refused:
                call()
            assert refused.value.details == "subaccount=3"
        (entry,) = batch_cancel_orders_v2.sync(
            client=alice,
            orders=[BatchCancelOrdersV2RequestOrdersItem(order_id=resting.order_id, subaccount=3)],
        ).orders
        assert isinstance(entry.error, ErrorResponse)
        assert "subaccount 3" in str(entry.error.message)
        assert get_orders.sync(client=alice).orders[0].status == "resting"  # no cancel changed anything


def test_transfers_are_listed_newest_first_a_page_at_a_time(exchange: LocalExchange) -> None:
    alice = _trader(exchange)
    with alice:
        create_subaccount.sync(client=alice)
        ids = [str(uuid.uuid4()) for _ in range(3)]
        for number, transfer_id in enumerate(ids, start=1):
            _transfer(alice, 0, 1, number * 100, transfer_id)
        first = get_subaccount_transfers.sync(client=alice, limit=2)
        assert [t.amount_cents for t in first.transfers] == [300, 200]
        rest = get_subaccount_transfers.sync(client=alice, limit=2, cursor=first.cursor)
        assert [(t.amount_cents, t.from_subaccount, t.to_subaccount) for t in rest.transfers] == [(100, 0, 1)]
        assert not rest.cursor
        with pytest.raises(ConflictError):  # the same id for a different transfer
            _transfer(alice, 0, 1, 999, ids[0])
        with pytest.raises(BadRequestError):
            _transfer(alice, 1, 1, 1)
        assert _balances(alice) == {0: Decimal("994.00"), 1: Decimal("6.00")}


def test_subaccounts_are_numbered_up_to_63_and_keep_their_netting_setting(exchange: LocalExchange) -> None:
    alice = _trader(exchange)
    with alice:
        numbers = [create_subaccount.sync(client=alice).subaccount_number for _ in range(63)]
        assert numbers == list(range(1, 64))
        with pytest.raises(BadRequestError, match="63"):
            create_subaccount.sync(client=alice)
        update_subaccount_netting.sync(client=alice, subaccount_number=7, enabled=False)
        configs = {
            c.subaccount_number: c.enabled for c in get_subaccount_netting.sync(client=alice).netting_configs
        }
        assert configs == {n: n != 7 for n in range(64)}


def test_order_groups_belong_to_a_subaccount(exchange: LocalExchange) -> None:
    alice = _trader(exchange)
    with alice:
        create_subaccount.sync(client=alice)
        primary = create_order_group.sync(client=alice, contracts_limit=5)
        second = create_order_group.sync(client=alice, subaccount=1, contracts_limit=5)
        assert (primary.subaccount, second.subaccount) == (0, 1)
        listed = {g.id for g in get_order_groups.sync(client=alice).order_groups}
        assert listed == {primary.order_group_id, second.order_group_id}  # every subaccount
        (only,) = get_order_groups.sync(client=alice, subaccount=1).order_groups
        assert only.id == second.order_group_id


def test_a_batch_cancel_entry_cancels_only_in_the_subaccount_it_names(exchange: LocalExchange) -> None:
    alice = _trader(exchange)
    with alice:
        create_subaccount.sync(client=alice)
        _transfer(alice, 0, 1, 100)
        in_primary, in_first = (
            _bid(alice, "1", "0.10").order_id,
            _bid(alice, "1", "0.10", subaccount=1).order_id,
        )
        wrong, right = batch_cancel_orders_v2.sync(
            client=alice,
            orders=[
                BatchCancelOrdersV2RequestOrdersItem(order_id=in_primary, subaccount=1),
                BatchCancelOrdersV2RequestOrdersItem(order_id=in_first, subaccount=1),
            ],
        ).orders
        assert isinstance(wrong.error, ErrorResponse)
        assert wrong.error.code == "not_found"
        assert right.error in (None, UNSET)
        assert right.reduced_by == Decimal("1")
        statuses = {o.order_id: o.status for o in get_orders.sync(client=alice).orders}
        assert statuses == {in_primary: "resting", in_first: "canceled"}
