"""The REST handlers of a signed-in account's portfolio: balance, positions, fills, settlements
and orders. Balance and positions are of one subaccount (the primary unless `subaccount` says);
fills, settlements and orders are of every subaccount unless `subaccount` says (the spec's
defaults)."""

from __future__ import annotations

from typing import Any

from ..venue import Venue
from .calls import Call
from .pages import page, paged
from .shapes import (
    balance_shape,
    event_position_shape,
    fill_shape,
    market_position_shape,
    order_shape,
    settlement_shape,
)

__all__ = ["get_balance", "get_fills", "get_order", "get_orders", "get_positions", "get_settlements"]


def get_balance(venue: Venue, call: Call) -> Any:
    exchange = venue.exchange
    subaccount = call.query.get("subaccount", 0)
    holder = exchange.subaccount(call.user_id, subaccount)
    return balance_shape(holder, exchange.portfolio_value(call.user_id, subaccount))


def get_positions(venue: Venue, call: Call) -> Any:
    q = call.query
    include_closed = q.get("count_filter") is None and q.get("settlement_status") == "all"
    subaccount = q.get("subaccount", 0)
    markets = venue.exchange.positions(
        call.user_id,
        **call.filters("ticker", "event_ticker"),
        include_closed=include_closed,
        subaccount=subaccount,
    )
    events = venue.exchange.event_positions(
        call.user_id, event_ticker=q.get("event_ticker"), include_closed=include_closed, subaccount=subaccount
    )
    chunk, cursor = page(call, markets)
    return {
        "market_positions": [market_position_shape(p) for p in chunk],
        "event_positions": [event_position_shape(e) for e in events],
        "cursor": cursor,
    }


def get_fills(venue: Venue, call: Call) -> Any:
    found = venue.exchange.fills(
        call.user_id, **call.filters("ticker", "order_id", "min_ts", "max_ts", "subaccount")
    )
    return paged(call, "fills", found, fill_shape)


def get_settlements(venue: Venue, call: Call) -> Any:
    found = venue.exchange.settlements(call.user_id, **call.filters("ticker", "subaccount"))
    event_ticker = call.query.get("event_ticker")
    if event_ticker:
        found = [s for s in found if s.event_ticker == event_ticker]
    return paged(call, "settlements", found, settlement_shape)


def get_orders(venue: Venue, call: Call) -> Any:
    subaccount = call.query.get("subaccount")
    if subaccount is not None:
        venue.exchange.subaccount(call.user_id, subaccount)
    found = venue.exchange.orders(
        call.user_id, **call.filters("ticker", "event_ticker", "status", "min_ts", "max_ts", "subaccount")
    )
    return paged(call, "orders", found, order_shape)


def get_order(venue: Venue, call: Call) -> Any:
    return {"order": order_shape(venue.exchange.get_order(call.user_id, call.path_params["order_id"]))}
