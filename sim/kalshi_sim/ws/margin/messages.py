"""The margin WebSocket's messages, in Kalshi's shapes (perps_asyncapi.yaml): `MarginFanout` turns
each margin engine event (book delta, trade, fill, order, mark price, funding, order group) into
messages for the subscriptions that want them, and builds the order book snapshot and ticker
message sent on subscribe. Sides are book sides (bid, ask); prices are dollars per contract."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ...engine import OrderGroupUpdate
from ...engine.margin import (
    FundingApplied,
    MarginBookDelta,
    MarginFillEvent,
    MarginOrderUpdate,
    MarginTradeEvent,
    MarkPriceUpdate,
)
from ...engine.margin.funding import premium_rate
from ...venue import Venue
from ...wire import count_fp, dollars, json_number, now_ms, orderbook_levels
from ..messages import Fanout
from ..registry import Registry

__all__ = ["MarginFanout"]

ZERO = Decimal(0)


class MarginFanout(Fanout):
    """Margin engine events in, messages out; order-group updates and the ticker's change
    detection as on the event-contract WebSocket."""

    def __init__(self, venue: Venue, registry: Registry) -> None:
        super().__init__(venue, registry)
        self._routes: dict[type, Callable[[Any], None]] = {
            MarginBookDelta: self._fan_margin_delta,
            MarginTradeEvent: self._fan_margin_trade,
            MarginFillEvent: self._fan_margin_fill,
            MarginOrderUpdate: self._fan_margin_order,
            MarkPriceUpdate: lambda event: self._send_tickers(event.market_ticker),
            FundingApplied: lambda event: self._send_tickers(event.market_ticker),
            OrderGroupUpdate: self._fan_order_group,
        }

    def snapshot(self, ticker: str) -> tuple[dict[str, Any], int]:
        bids, asks = self.venue.margin.orderbook(ticker)
        msg: dict[str, Any] = {"market_ticker": ticker}
        if bids:
            msg["bid"] = orderbook_levels(bids)
        if asks:
            msg["ask"] = orderbook_levels(asks)
        return msg, self.venue.margin.clock

    def ticker_state(self, ticker: str) -> object:
        market = self.venue.margin.markets.get(ticker)
        if market is None:
            return None
        return (
            market.best("bid"),
            market.best("ask"),
            market.last_price,
            market.volume,
            market.open_interest,
            market.mark_price,
            market.last_funding_time,
        )

    def ticker_message(self, ticker: str) -> dict[str, Any] | None:
        market = self.venue.margin.markets.get(ticker)
        if market is None:
            return None
        bid, bid_size = market.best("bid")
        ask, ask_size = market.best("ask")
        rate = premium_rate(market)  # the estimate, read without running the exchange's upkeep
        mark = {"price": dollars(market.mark_price), "ts_ms": int(market.mark_ts * 1000)}
        now = now_ms()
        return {
            "market_ticker": ticker,
            "price": dollars(market.last_price),
            "bid": dollars(bid),
            "ask": dollars(ask),
            "bid_size_fp": count_fp(bid_size),
            "ask_size_fp": count_fp(ask_size),
            "last_trade_size_fp": count_fp(self.last_trade_size.get(ticker, ZERO)),
            "volume": count_fp(market.volume),
            "volume_notional_value_dollars": dollars(market.volume_notional),
            "volume_24h": count_fp(market.volume),
            "volume_24h_notional_value_dollars": dollars(market.volume_notional),
            "open_interest": count_fp(market.open_interest),
            "open_interest_notional_value_dollars": dollars(market.open_interest * market.mark_price),
            "settlement_mark_price": mark,
            "liquidation_mark_price": dict(mark),
            "funding_rate": {
                "rate": json_number(rate),
                "next_funding_time_ms": market.next_funding_time * 1000,
                "ts_ms": now,
            },
            "ts_ms": now,
        }

    def _fan_margin_delta(self, event: MarginBookDelta) -> None:
        ticker = event.market_ticker
        base: dict[str, Any] = {
            "market_ticker": ticker,
            "price": dollars(event.price),
            "delta": count_fp(event.delta),
            "side": event.side,
            "ts_ms": event.ts_ms,
        }
        own = {
            "client_order_id": event.client_order_id,
            "subaccount": event.subaccount,
            "last_update_reason": event.last_update_reason or "",
        }
        self.send_delta(ticker, event.clock, base, event.user_id, own, size_field="delta")

    def _fan_margin_trade(self, event: MarginTradeEvent) -> None:
        trade = event.trade
        self.last_trade_size[trade.ticker] = trade.count
        msg = {
            "trade_id": trade.trade_id,
            "market_ticker": trade.ticker,
            "price": dollars(trade.price),
            "count": count_fp(trade.count),
            "taker_side": trade.taker_side,
            "ts_ms": int(trade.created_time * 1000),
        }
        for session, sub in self.registry.subscribers("trade"):
            if sub.wants(trade.ticker):
                session.send_sequenced(sub, "trade", dict(msg))
        self._send_tickers(trade.ticker)

    def _fan_margin_fill(self, event: MarginFillEvent) -> None:
        fill = event.fill
        targets = self._own("fill", event.user_id, fill.ticker)
        if not targets:
            return
        msg = {
            "trade_id": fill.trade_id,
            "order_id": fill.order_id,
            "client_order_id": fill.client_order_id,
            "market_ticker": fill.ticker,
            "is_taker": fill.is_taker,
            "side": fill.side,
            "ts_ms": int(fill.created_time * 1000),
            "price": dollars(fill.price),
            "count": count_fp(fill.count),
            "fee_cost": dollars(fill.fee),
            "post_position": count_fp(fill.post_position),
            "subaccount": fill.subaccount,
            "order_source": fill.order_source,
        }
        for session, sub in targets:
            session.send_plain(sub, "fill", dict(msg))

    def _fan_margin_order(self, event: MarginOrderUpdate) -> None:
        order = event.order
        targets = self._own("user_orders", event.user_id, order.ticker)
        if not targets:
            return
        msg: dict[str, Any] = {
            "order_id": order.order_id,
            "user_id": order.user_id,
            "client_order_id": order.client_order_id,
            "ticker": order.ticker,
            "side": order.side,
            "price": dollars(order.price),
            "fill_count": count_fp(order.fill_count),
            "remaining_count": count_fp(order.remaining_count),
            "self_trade_prevention_type": order.self_trade_prevention_type,
            "created_ts_ms": int(order.created_time * 1000),
            "last_updated_ts_ms": int((order.last_update_time or order.created_time) * 1000),
            "subaccount_number": order.subaccount,
            "order_source": order.order_source,
        }
        if order.order_group_id:
            msg["order_group_id"] = order.order_group_id
        if order.expiration_time is not None:
            msg["expiration_ts_ms"] = order.expiration_time * 1000
        for session, sub in targets:
            session.send_plain(sub, "user_order", dict(msg))
