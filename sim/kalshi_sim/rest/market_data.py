"""The REST handlers of Kalshi's public market data: exchange status, series, events, markets,
order books, trades and candlesticks."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..engine import Event, ExchangeError, Market, Trade
from ..venue import Venue
from ..wire import count_fp, dollars, orderbook_levels
from .calls import Call, tickers_query
from .pages import page, paged
from .shapes import event_shape, market_shape, series_shape, trade_shape

MARKET_STATUS_FILTER: dict[str, tuple[str, ...]] = {
    "unopened": ("initialized",),
    "open": ("active",),
    "paused": ("inactive",),
    "closed": ("closed", "determined", "disputed", "amended"),
    "settled": ("finalized",),
}


def get_exchange_status(venue: Venue, call: Call) -> Any:
    return {"exchange_active": True, "trading_active": True, "intra_exchange_transfers_active": True}


def get_series_list(venue: Venue, call: Call) -> Any:
    category = call.query.get("category")
    tags = set(tickers_query(call.query.get("tags")) or [])
    found = [
        series_shape(s)
        for s in venue.exchange.series.values()
        if (category is None or s.category == category) and (not tags or tags & set(s.tags))
    ]
    return {"series": found}


def get_series(venue: Venue, call: Call) -> Any:
    series = venue.exchange.series.get(call.path_params["series_ticker"])
    if series is None:
        raise ExchangeError(404, "not_found", "series not found", call.path_params["series_ticker"])
    return {"series": series_shape(series)}


def _markets_of(venue: Venue, event: Event) -> list[Market]:
    markets = venue.exchange.markets
    return [markets[t] for t in event.market_tickers if t in markets]


def _event_status(venue: Venue, event: Event) -> str:
    statuses = {m.status for m in _markets_of(venue, event)}
    if "active" in statuses or "inactive" in statuses:
        return "open"
    if statuses and statuses <= {"initialized"}:
        return "unopened"
    if statuses and statuses <= {"finalized"}:
        return "settled"
    return "closed"


def get_events(venue: Venue, call: Call) -> Any:
    q = call.query
    tickers = tickers_query(q.get("tickers"))
    nested = bool(q.get("with_nested_markets"))
    found = []
    for event in venue.exchange.events.values():
        if q.get("series_ticker") and event.series_ticker != q["series_ticker"]:
            continue
        if tickers is not None and event.event_ticker not in tickers:
            continue
        if q.get("status") and _event_status(venue, event) != q["status"]:
            continue
        if q.get("min_close_ts") is not None:
            closes = [m.close_time for m in _markets_of(venue, event)]
            if not closes or max(closes) < q["min_close_ts"]:
                continue
        found.append(event)
    chunk, cursor = page(call, found)
    return {
        "events": [event_shape(e, _markets_of(venue, e) if nested else None) for e in chunk],
        "cursor": cursor,
    }


def get_event(venue: Venue, call: Call) -> Any:
    ticker = call.path_params["event_ticker"]
    event = venue.exchange.events.get(ticker)
    if event is None:
        raise ExchangeError(404, "not_found", "event not found", ticker)
    markets = _markets_of(venue, event)
    nested = bool(call.query.get("with_nested_markets"))
    exclude = bool(call.query.get("exclude_markets"))
    return {
        "event": event_shape(event, markets if nested else None),
        "markets": [] if exclude or nested else [market_shape(m) for m in markets],
    }


def _market_matches(market: Market, q: Mapping[str, Any], tickers: list[str] | None) -> bool:
    if tickers is not None and market.ticker not in tickers:
        return False
    if q.get("event_ticker") and market.event_ticker not in str(q["event_ticker"]).split(","):
        return False
    if q.get("series_ticker") and market.series_ticker != q["series_ticker"]:
        return False
    if q.get("status") and market.status not in MARKET_STATUS_FILTER.get(q["status"], ()):
        return False
    bounds = (
        ("min_close_ts", "close_time", 1),
        ("max_close_ts", "close_time", -1),
        ("min_created_ts", "created_time", 1),
        ("max_created_ts", "created_time", -1),
        ("min_updated_ts", "updated_time", 1),
        ("max_updated_ts", "updated_time", -1),
    )
    for name, attribute, direction in bounds:
        limit = q.get(name)
        if limit is not None:
            value = getattr(market, attribute)
            if (direction > 0 and value < limit) or (direction < 0 and value > limit):
                return False
    return True


def get_markets(venue: Venue, call: Call) -> Any:
    tickers = tickers_query(call.query.get("tickers"))
    found = [m for m in venue.exchange.markets.values() if _market_matches(m, call.query, tickers)]
    return paged(call, "markets", found, market_shape)


def get_market(venue: Venue, call: Call) -> Any:
    return {"market": market_shape(venue.exchange.market(call.path_params["ticker"]))}


def _orderbook_fp(venue: Venue, ticker: str, depth: int = 0) -> dict[str, Any]:
    yes, no = venue.exchange.orderbook(ticker, depth)
    return {"yes_dollars": orderbook_levels(yes), "no_dollars": orderbook_levels(no)}


def get_market_orderbook(venue: Venue, call: Call) -> Any:
    return {
        "orderbook_fp": _orderbook_fp(venue, call.path_params["ticker"], int(call.query.get("depth") or 0))
    }


def get_market_orderbooks(venue: Venue, call: Call) -> Any:
    tickers = tickers_query(call.query.get("tickers")) or []
    return {"orderbooks": [{"ticker": t, "orderbook_fp": _orderbook_fp(venue, t)} for t in tickers]}


def get_trades(venue: Venue, call: Call) -> Any:
    q = call.query
    found = venue.exchange.trades(q.get("ticker"), min_ts=q.get("min_ts"), max_ts=q.get("max_ts"))
    return paged(call, "trades", found, trade_shape)


def get_market_candlesticks(venue: Venue, call: Call) -> Any:
    """Candles of the market's trades per `period_interval` minutes. The engine keeps no quote
    history, so each candle's yes_bid / yes_ask distribution is the quote at the time of asking."""
    ticker = call.path_params["ticker"]
    market = venue.exchange.market(ticker)
    start, end = int(call.query["start_ts"]), int(call.query["end_ts"])
    period = int(call.query["period_interval"]) * 60
    buckets: dict[int, list[Trade]] = {}
    for trade in reversed(venue.exchange.trades(ticker, min_ts=start, max_ts=end)):
        closes = (int(trade.created_time) // period + 1) * period
        buckets.setdefault(closes, []).append(trade)
    yes_bid, _ = market.yes_bid()
    yes_ask, _ = market.yes_ask()

    def flat(price: Decimal) -> dict[str, str]:
        text = dollars(price)
        return {"open_dollars": text, "low_dollars": text, "high_dollars": text, "close_dollars": text}

    candles = []
    for closes, trades in sorted(buckets.items()):
        prices = [t.yes_price for t in trades]
        volume = sum((t.count for t in trades), Decimal(0))
        mean = sum((t.yes_price * t.count for t in trades), Decimal(0)) / volume
        candles.append(
            {
                "end_period_ts": closes,
                "yes_bid": flat(yes_bid),
                "yes_ask": flat(yes_ask),
                "price": {
                    "open_dollars": dollars(prices[0]),
                    "low_dollars": dollars(min(prices)),
                    "high_dollars": dollars(max(prices)),
                    "close_dollars": dollars(prices[-1]),
                    "mean_dollars": dollars(mean.quantize(Decimal("0.000001"))),
                },
                "volume_fp": count_fp(volume),
                "open_interest_fp": count_fp(market.open_interest),
            }
        )
    return {"ticker": ticker, "candlesticks": candles}
