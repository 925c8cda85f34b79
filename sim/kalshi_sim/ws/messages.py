"""The WebSocket messages the exchange sends, in Kalshi's shapes (asyncapi.yaml): `Fanout` turns
each engine event (book delta, trade, fill, order, position, lifecycle, order group) into messages
for the subscriptions that want it, and builds the order book snapshot and ticker message sent on
subscribe."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..engine import (
    BookDelta,
    FillEvent,
    MarketLifecycle,
    OrderGroupUpdate,
    OrderUpdate,
    PositionUpdate,
    TradeEvent,
)
from ..venue import Venue
from ..wire import count_fp, dollars, market_id, now_ms, orderbook_levels, rfc3339
from .registry import Registry
from .session import Session, Subscription

__all__ = ["Fanout"]

ONE = Decimal(1)


class Fanout:
    """Engine events in, messages out to each subscription that wants them."""

    def __init__(self, venue: Venue, registry: Registry) -> None:
        self.venue = venue
        self.registry = registry
        self.last_trade_size: dict[str, Decimal] = {}
        self.last_ticker_state: dict[str, Any] = {}
        self._routes: dict[type, Callable[[Any], None]] = {
            BookDelta: self._fan_book_delta,
            TradeEvent: self._fan_trade,
            FillEvent: self._fan_fill,
            OrderUpdate: self._fan_order,
            PositionUpdate: self._fan_position,
            MarketLifecycle: self._fan_lifecycle,
            OrderGroupUpdate: self._fan_order_group,
        }

    def send(self, event: object) -> None:
        """The messages `event` makes, to the subscriptions that want them."""
        route = self._routes.get(type(event))
        if route is not None:
            route(event)

    def snapshot(self, ticker: str) -> tuple[dict[str, Any], int]:
        """The orderbook_snapshot message of a market and the book clock it stands at."""
        msg = self.orderbook_snapshot(ticker)
        return msg, int(msg["clock"])

    def orderbook_snapshot(self, ticker: str) -> dict[str, Any]:
        exchange = self.venue.exchange
        yes, no = exchange.orderbook(ticker)
        msg: dict[str, Any] = {
            "market_ticker": ticker,
            "market_id": market_id(ticker),
            "clock": int(exchange.clock),
        }
        if yes:
            msg["yes_dollars_fp"] = orderbook_levels(yes)
        if no:
            msg["no_dollars_fp"] = orderbook_levels(no)
        return msg

    def ticker_message(self, ticker: str) -> dict[str, Any] | None:
        market = self.venue.exchange.markets.get(ticker)
        if market is None:
            return None
        yes_bid, yes_bid_size = market.yes_bid()
        yes_ask, yes_ask_size = market.yes_ask()
        now = now_ms()
        last_size = self.last_trade_size.get(ticker, Decimal(0))
        return {
            "market_id": market_id(ticker),
            "market_ticker": ticker,
            "price_dollars": dollars(market.last_price),
            "yes_bid_dollars": dollars(yes_bid),
            "yes_ask_dollars": dollars(yes_ask),
            "volume_fp": count_fp(market.volume),
            "open_interest_fp": count_fp(market.open_interest),
            "dollar_volume": int(market.volume * market.last_price),
            "dollar_open_interest": int(market.open_interest * market.last_price),
            "yes_bid_size_fp": count_fp(yes_bid_size),
            "yes_ask_size_fp": count_fp(yes_ask_size),
            "last_trade_size_fp": count_fp(last_size),
            "ts": now // 1000,
            "ts_ms": now,
            "time": rfc3339(now / 1000),
        }

    def ticker_state(self, ticker: str) -> object:
        """What a ticker message reports of a market (None for no market): a change sends one."""
        market = self.venue.exchange.markets.get(ticker)
        if market is None:
            return None
        return (market.yes_bid(), market.yes_ask(), market.last_price, market.volume, market.open_interest)

    def _send_tickers(self, ticker: str) -> None:
        """A ticker message to the market's ticker subscribers when its top of book, last price,
        volume or open interest changed since the last one."""
        subscribers = [(s, sub) for s, sub in self.registry.subscribers("ticker") if sub.wants(ticker)]
        if not subscribers:
            return
        state = self.ticker_state(ticker)
        if state is None or self.last_ticker_state.get(ticker) == state:
            return
        self.last_ticker_state[ticker] = state
        msg = self.ticker_message(ticker)
        if msg is None:
            return
        for session, sub in subscribers:
            session.send_plain(sub, "ticker", dict(msg))

    def _fan_book_delta(self, event: BookDelta) -> None:
        ticker = event.market_ticker
        base: dict[str, Any] = {
            "market_ticker": ticker,
            "market_id": market_id(ticker),
            "clock": event.clock,
            "price_dollars": dollars(event.price_dollars),
            "delta_fp": count_fp(event.delta),
            "side": event.side,
            "ts_ms": event.ts_ms,
        }
        own = (
            {"client_order_id": event.client_order_id, "subaccount": event.subaccount}
            if event.client_order_id
            else {}
        )
        self.send_delta(ticker, event.clock, base, event.user_id, own)

    def send_delta(
        self,
        ticker: str,
        clock: int,
        msg: dict[str, Any],
        user_id: str | None,
        own: dict[str, Any],
        *,
        size_field: str = "delta_fp",
    ) -> None:
        """An orderbook_delta `msg` to the market's subscribers whose snapshot is older than
        `clock`, with the `own` fields for `user_id`, whose order changed; then the tickers. The
        `wrong_delta` fault adds one to `msg[size_field]`."""
        for session, sub in self.registry.subscribers("orderbook_delta"):
            if not sub.wants(ticker) or clock <= sub.snapshot_clocks.get(ticker, -1):
                continue
            out = {**msg, **own} if session.user_id == user_id else dict(msg)
            if self.venue.faults.wrong_delta():
                out[size_field] = count_fp(Decimal(out[size_field]) + ONE)
            session.send_sequenced(sub, "orderbook_delta", out)
        self._send_tickers(ticker)

    def _fan_trade(self, event: TradeEvent) -> None:
        trade = event.trade
        ticker = event.market_ticker
        self.last_trade_size[ticker] = trade.count
        ts_ms = int(trade.created_time * 1000)
        base = {
            "trade_id": trade.trade_id,
            "market_ticker": ticker,
            "yes_price_dollars": dollars(trade.yes_price),
            "no_price_dollars": dollars(ONE - trade.yes_price),
            "count_fp": count_fp(trade.count),
            "taker_side": trade.taker_outcome_side,
            "taker_outcome_side": trade.taker_outcome_side,
            "taker_book_side": trade.taker_side,
            "is_block_trade": False,
            "ts": ts_ms // 1000,
            "ts_ms": ts_ms,
        }
        for session, sub in self.registry.subscribers("trade"):
            if sub.wants(ticker):
                session.send_sequenced(sub, "trade", dict(base))
        self._send_tickers(ticker)

    def _own(self, channel: str, user_id: str, ticker: str | None) -> list[tuple[Session, Subscription]]:
        return [
            (s, sub)
            for s, sub in self.registry.subscribers(channel)
            if s.user_id == user_id and sub.wants(ticker)
        ]

    def _fan_fill(self, event: FillEvent) -> None:
        fill = event.fill
        targets = self._own("fill", event.user_id, fill.ticker)
        if not targets:
            return
        ts_ms = int(fill.created_time * 1000)
        msg = {
            "trade_id": fill.trade_id,
            "order_id": fill.order_id,
            "client_order_id": event.client_order_id,
            "market_ticker": fill.ticker,
            "exchange_index": 0,
            "is_taker": fill.is_taker,
            "side": fill.outcome_side,
            "action": "buy",
            "outcome_side": fill.outcome_side,
            "book_side": fill.side,
            "purchased_side": fill.outcome_side,
            "yes_price_dollars": dollars(fill.yes_price),
            "count_fp": count_fp(fill.count),
            "fee_cost": dollars(fill.fee_cost),
            "post_position_fp": count_fp(event.post_position),
            "subaccount": fill.subaccount,
            "ts": ts_ms // 1000,
            "ts_ms": ts_ms,
        }
        for session, sub in targets:
            session.send_plain(sub, "fill", dict(msg))

    def _fan_order(self, event: OrderUpdate) -> None:
        order = event.order
        targets = self._own("user_orders", event.user_id, order.ticker)
        if not targets:
            return
        created_ms = int(order.created_time * 1000)
        updated_ms = int((order.last_update_time or order.created_time) * 1000)
        msg: dict[str, Any] = {
            "order_id": order.order_id,
            "user_id": order.user_id,
            "ticker": order.ticker,
            "exchange_index": 0,
            "status": order.status,
            "side": order.outcome_side,
            "is_yes": order.side == "bid",
            "outcome_side": order.outcome_side,
            "book_side": order.side,
            "yes_price_dollars": dollars(order.price),
            "fill_count_fp": count_fp(order.fill_count),
            "remaining_count_fp": count_fp(order.remaining_count),
            "initial_count_fp": count_fp(order.initial_count),
            "taker_fill_cost_dollars": dollars(order.taker_fill_cost),
            "maker_fill_cost_dollars": dollars(order.maker_fill_cost),
            "taker_fees_dollars": dollars(order.taker_fees),
            "maker_fees_dollars": dollars(order.maker_fees),
            "client_order_id": order.client_order_id,
            "self_trade_prevention_type": order.self_trade_prevention_type,
            "created_time": rfc3339(order.created_time),
            "created_ts_ms": created_ms,
            "last_update_time": rfc3339(updated_ms / 1000),
            "last_updated_ts_ms": updated_ms,
            "subaccount_number": order.subaccount,
        }
        if order.order_group_id:
            msg["order_group_id"] = order.order_group_id
        if order.expiration_time is not None:
            msg["expiration_time"] = rfc3339(order.expiration_time)
            msg["expiration_ts_ms"] = int(order.expiration_time) * 1000
        if order.last_update_reason:
            msg["last_update_reason"] = order.last_update_reason
        for session, sub in targets:
            session.send_plain(sub, "user_order", dict(msg))

    def _fan_position(self, event: PositionUpdate) -> None:
        position = event.position
        targets = self._own("market_positions", event.user_id, position.ticker)
        if not targets:
            return
        msg = {
            "user_id": event.user_id,
            "market_ticker": position.ticker,
            "position_fp": count_fp(position.position),
            "position_cost_dollars": dollars(position.cost_basis),
            "realized_pnl_dollars": dollars(position.realized_pnl),
            "fees_paid_dollars": dollars(position.fees_paid),
            "position_fee_cost_dollars": dollars(position.fees_paid),
            "volume_fp": count_fp(position.volume),
            "subaccount": position.subaccount,
        }
        for session, sub in targets:
            session.send_plain(sub, "market_position", dict(msg))

    def _fan_lifecycle(self, event: MarketLifecycle) -> None:
        msg: dict[str, Any] = {
            "market_ticker": event.market_ticker,
            "event_type": event.event_type,
            "exchange_index": 0,
        }
        for name in ("open_ts", "close_ts", "result", "is_deactivated"):
            value = getattr(event, name)
            if value is not None:
                msg[name] = value
        if event.settlement_value is not None:
            msg["settlement_value"] = dollars(event.settlement_value)
        if event.event_type == "determined":
            msg["determination_ts"] = event.ts
        if event.event_type == "settled":
            msg["settled_ts"] = event.ts
        for session, sub in self.registry.subscribers("market_lifecycle_v2"):
            session.send_sequenced(sub, "market_lifecycle_v2", dict(msg))

    def _fan_order_group(self, event: OrderGroupUpdate) -> None:
        msg: dict[str, Any] = {
            "event_type": event.event_type,
            "order_group_id": event.order_group_id,
            "ts_ms": event.ts_ms,
        }
        if event.contracts_limit is not None:
            msg["contracts_limit_fp"] = count_fp(event.contracts_limit)
        for session, sub in self._own("order_group_updates", event.user_id, None):
            session.send_sequenced(sub, "order_group_updates", dict(msg))
