"""The dead-man's switch in the bot's own process, on a local exchange: the bot's orders go in an
order group the switch owns; a trip triggers the group, then cancels whatever else rests in the
bot's subaccount (and nothing of another subaccount); a bot that stops calling alive() trips it,
even with its event loop blocked; reset() and close()."""

from __future__ import annotations

import asyncio
import time

import pytest

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.api.orders import create_order_v2
from kalshi_py.safety import AsyncDeadMan, DeadMan, DeadManTripped, Metrics, Trip
from kalshi_sim import Credentials, LocalExchange

from .conftest import market_ticker, open_subaccounts, resting, resting_bid

WAIT = 30.0


def wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.02)


def test_a_trip_triggers_the_group_then_cancels_the_subaccount_leftovers(
    exchange: LocalExchange, account: Credentials, client: KalshiAuthenticatedClient
) -> None:
    ticker = market_ticker(exchange)
    open_subaccounts(exchange, account.user_id, 4)
    with DeadMan(client, timeout=None, subaccount=3) as dead_man:
        in_group = {dead_man.create_order(**resting_bid(ticker)).order_id for _ in range(2)}
        # placed around the switch, in its subaccount and in another one
        stray = create_order_v2.sync(client=client, subaccount=3, **resting_bid(ticker)).order_id
        other = create_order_v2.sync(client=client, subaccount=4, **resting_bid(ticker)).order_id
        with exchange.lock:
            orders = {o.order_id: o for o in exchange.exchange.orders(account.user_id)}
        assert {orders[i].order_group_id for i in in_group} == {dead_man.order_group_id}
        assert {orders[i].subaccount for i in in_group} == {3}

        trip = dead_man.trip("the strategy lost its edge")

        assert trip.kind == "trip"
        assert trip.reason == "the strategy lost its edge"
        assert sorted(trip.cancellation.order_ids()) == sorted([*in_group, stray])
        assert trip.cancellation.complete
        assert trip.cancellation.errors == []
        assert resting(exchange, account.user_id) == {other}
        with exchange.lock:
            group = exchange.exchange.order_groups[dead_man.order_group_id]  # type: ignore[index]
            reasons = {exchange.exchange.get_order(account.user_id, i).status for i in in_group}
        assert group.is_triggered
        assert reasons == {"canceled"}
        with pytest.raises(DeadManTripped, match="lost its edge"):
            dead_man.create_order(**resting_bid(ticker))

        dead_man.reset()
        again = dead_man.create_order(**resting_bid(ticker)).order_id
        assert resting(exchange, account.user_id) == {other, again}
    # leaving the block cancels and deletes the group; the other subaccount keeps its order
    assert dead_man.state == "closed"
    assert resting(exchange, account.user_id) == {other}
    with exchange.lock:
        assert dead_man.order_group_id not in exchange.exchange.order_groups


def test_a_bot_that_stops_calling_alive_is_tripped(
    exchange: LocalExchange, account: Credentials, client: KalshiAuthenticatedClient
) -> None:
    trips: list[Trip] = []
    metrics = Metrics()
    ticker = market_ticker(exchange)
    with DeadMan(client, timeout=1.0, on_trip=trips.append) as dead_man:
        metrics.watch(dead_man)
        placed = dead_man.create_order(**resting_bid(ticker)).order_id
        dead_man.alive()
        wait_for(lambda: trips, "the switch to trip")
        assert [t.kind for t in trips] == ["timeout"]
        assert "alive() was not called" in trips[0].reason
        assert trips[0].cancellation.order_ids() == [placed]
        assert resting(exchange, account.user_id) == set()
        assert metrics.deadman_trips.value(reason="timeout") == 1
        with pytest.raises(DeadManTripped):
            dead_man.create_order(**resting_bid(ticker))


def test_calling_alive_in_time_keeps_the_orders(
    exchange: LocalExchange, account: Credentials, client: KalshiAuthenticatedClient
) -> None:
    with DeadMan(client, timeout=3.0) as dead_man:
        placed = dead_man.create_order(**resting_bid(market_ticker(exchange))).order_id
        until = time.monotonic() + 4.0
        while time.monotonic() < until:
            dead_man.alive()
            time.sleep(0.05)
        assert dead_man.trips == []
        assert dead_man.state == "armed"
        assert resting(exchange, account.user_id) == {placed}
    assert resting(exchange, account.user_id) == set()


async def test_a_blocked_event_loop_is_noticed_by_the_async_switch(
    exchange: LocalExchange, account: Credentials
) -> None:
    ticker = market_ticker(exchange)
    async with exchange.client(account) as client, AsyncDeadMan(client, timeout=0.5) as dead_man:
        placed = (await dead_man.create_order(**resting_bid(ticker))).order_id
        dead_man.alive()
        deadline = time.monotonic() + WAIT
        while not dead_man.trips and time.monotonic() < deadline:
            time.sleep(0.05)  # the loop is blocked: only the watchdog thread can act
        assert [t.kind for t in dead_man.trips] == ["timeout"]
        assert resting(exchange, account.user_id) == set()
        with pytest.raises(DeadManTripped):
            await dead_man.create_order(**resting_bid(ticker))
        await dead_man.reset()
        dead_man.alive()
        again = (await dead_man.create_order(**resting_bid(ticker))).order_id
        trip = await dead_man.trip()
        assert trip.cancellation.order_ids() == [again]
        assert placed not in resting(exchange, account.user_id)
    await asyncio.sleep(0)
    assert dead_man.state == "closed"


def test_orders_cannot_leave_the_switch(exchange: LocalExchange, client: KalshiAuthenticatedClient) -> None:
    dead_man = DeadMan(client, timeout=None)
    with pytest.raises(RuntimeError, match="start it first"):
        dead_man.create_order(**resting_bid(market_ticker(exchange)))
    with dead_man:
        with pytest.raises(ValueError, match="order_group_id is the dead-man's switch's own"):
            dead_man.create_order(order_group_id="elsewhere", **resting_bid(market_ticker(exchange)))
        with pytest.raises(ValueError, match="subaccount is the dead-man's switch's own"):
            dead_man.create_order(subaccount=2, **resting_bid(market_ticker(exchange)))
    with pytest.raises(ValueError, match="subaccount must be 0"):
        DeadMan(client, subaccount=64)
    with pytest.raises(ValueError, match="timeout must be positive"):
        DeadMan(client, timeout=0)
