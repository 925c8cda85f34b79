"""The REST handlers of Kalshi's public market data, backed by the engine: exchange status,
series, events, markets, order books, trades and candlesticks."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._objects import count_fp, dollars
from ._rest import Call, handles, page, paged, tickers_query
from ._wire import ApiError, orderbook_levels

if TYPE_CHECKING:
    from .server import SimServer

MARKET_STATUS_FILTER: dict[str, tuple[str, ...]] = {
    "unopened": ("initialized",),
    "open": ("active",),
    "paused": ("inactive",),
    "closed": ("closed", "determined", "disputed", "amended"),
    "settled": ("finalized",),
}


@handles("GetExchangeStatus")
def _exchange_status(server: SimServer, call: Call) -> Any:
    return {"exchange_active": True, "trading_active": True, "intra_exchange_transfers_active": True}


@handles("GetSeriesList")
def _series_list(server: SimServer, call: Call) -> Any:
    category = call.query.get("category")
    tags = set(tickers_query(call.query.get("tags")) or [])
    found = [
        s.to_api()
        for s in server.exchange.series.values()
        if (category is None or s.category == category) and (not tags or tags & set(s.tags))
    ]
    return {"series": found}


@handles("GetSeries")
def _series(server: SimServer, call: Call) -> Any:
    series = server.exchange.series.get(call.path_params["series_ticker"])
    if series is None:
        raise ApiError(404, "not_found", "series not found", call.path_params["series_ticker"])
    return {"series": series.to_api()}


def _markets_of(server: SimServer, event: Any) -> list[Any]:
    markets = server.exchange.markets
    return [markets[t] for t in event.market_tickers if t in markets]


def _event_status(server: SimServer, event: Any) -> str:
    statuses = {m.status for m in _markets_of(server, event)}
    if "active" in statuses or "inactive" in statuses:
        return "open"
    if statuses and statuses <= {"initialized"}:
        return "unopened"
    if statuses and statuses <= {"finalized"}:
        return "settled"
    return "closed"


@handles("GetEvents")
def _events(server: SimServer, call: Call) -> Any:
    q = call.query
    tickers = tickers_query(q.get("tickers"))
    nested = bool(q.get("with_nested_markets"))
    found = []
    for event in server.exchange.events.values():
        if q.get("series_ticker") and event.series_ticker != q["series_ticker"]:
            continue
        if tickers is not None and event.event_ticker not in tickers:
            continue
        if q.get("status") and _event_status(server, event) != q["status"]:
            continue
        if q.get("min_close_ts") is not None:
            closes = [m.close_time for m in _markets_of(server, event)]
            if not closes or max(closes) < q["min_close_ts"]:
                continue
        found.append(event)
    chunk, cursor = page(call, found)
    return {"events": [e.to_api(_markets_of(server, e) if nested else None) for e in chunk], "cursor": cursor}


@handles("GetEvent")
def _event(server: SimServer, call: Call) -> Any:
    ticker = call.path_params["event_ticker"]
    event = server.exchange.events.get(ticker)
    if event is None:
        raise ApiError(404, "not_found", "event not found", ticker)
    markets = _markets_of(server, event)
    nested = bool(call.query.get("with_nested_markets"))
    exclude = bool(call.query.get("exclude_markets"))
    return {
        "event": event.to_api(markets if nested else None),
        "markets": [] if exclude or nested else [m.to_api() for m in markets],
    }


def _market_matches(market: Any, q: Mapping[str, Any], tickers: list[str] | None) -> bool:
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


@handles("GetMarkets")
def _markets(server: SimServer, call: Call) -> Any:
    tickers = tickers_query(call.query.get("tickers"))
    found = [m for m in server.exchange.markets.values() if _market_matches(m, call.query, tickers)]
    return paged(call, "markets", found)


@handles("GetMarket")
def _market(server: SimServer, call: Call) -> Any:
    return {"market": server.exchange.market(call.path_params["ticker"]).to_api()}


def _orderbook_fp(server: SimServer, ticker: str, depth: int = 0) -> dict[str, Any]:
    yes, no = server.exchange.orderbook(ticker, depth)
    return {"yes_dollars": orderbook_levels(yes), "no_dollars": orderbook_levels(no)}


@handles("GetMarketOrderbook")
def _orderbook(server: SimServer, call: Call) -> Any:
    return {
        "orderbook_fp": _orderbook_fp(server, call.path_params["ticker"], int(call.query.get("depth") or 0))
    }


@handles("GetMarketOrderbooks")
def _orderbooks(server: SimServer, call: Call) -> Any:
    tickers = tickers_query(call.query.get("tickers")) or []
    return {"orderbooks": [{"ticker": t, "orderbook_fp": _orderbook_fp(server, t)} for t in tickers]}


@handles("GetTrades")
def _trades(server: SimServer, call: Call) -> Any:
    q = call.query
    found = server.exchange.trades(q.get("ticker"), min_ts=q.get("min_ts"), max_ts=q.get("max_ts"))
    return paged(call, "trades", found)


@handles("GetMarketCandlesticks")
def _candlesticks(server: SimServer, call: Call) -> Any:
    """Candles of the market's trades per `period_interval` minutes. The engine keeps no quote
    history, so each candle's yes_bid / yes_ask distribution is the quote at the time of asking."""
    ticker = call.path_params["ticker"]
    market = server.exchange.market(ticker)
    start, end = int(call.query["start_ts"]), int(call.query["end_ts"])
    period = int(call.query["period_interval"]) * 60
    buckets: dict[int, list[Any]] = {}
    for trade in reversed(server.exchange.trades(ticker, min_ts=start, max_ts=end)):
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
