"""The REST handlers of the margin exchange's public data: exchange status, risk parameters,
markets, order books, trades, candlesticks and funding rates."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from ...engine import ExchangeError
from ...engine.inputs import to_decimal
from ...engine.margin import MarginTrade
from ...rules import LIQUIDATION_MARGIN_RATIO, QUEUE_ENTRY_MARGIN_RATIO
from ...venue import Venue
from ...wire import count_fp, dollars, json_number, orderbook_levels, rfc3339
from ..calls import Call
from ..pages import paged
from .shapes import funding_rate_shape, market_shape, trade_shape

__all__ = [
    "get_candlesticks",
    "get_exchange_status",
    "get_funding_rate_estimate",
    "get_historical_funding_rates",
    "get_market",
    "get_markets",
    "get_orderbook",
    "get_risk_parameters",
    "get_trades",
]

ZERO = Decimal(0)
SIX_PLACES = Decimal("0.000001")


def get_exchange_status(venue: Venue, call: Call) -> Any:
    return {"exchange_active": True, "trading_active": True}


def get_risk_parameters(venue: Venue, call: Call) -> Any:
    return {
        "liquidation_margin_ratio_threshold": json_number(LIQUIDATION_MARGIN_RATIO),
        "queue_entry_margin_ratio_threshold": json_number(QUEUE_ENTRY_MARGIN_RATIO),
        "initial_margin_multiplier": {
            m.ticker: json_number(m.initial_margin_multiplier) for m in venue.margin.markets.values()
        },
    }


def get_markets(venue: Venue, call: Call) -> Any:
    status = call.query.get("status")
    markets = venue.margin.markets.values()
    return {"markets": [market_shape(m) for m in markets if status is None or m.status == status]}


def get_market(venue: Venue, call: Call) -> Any:
    return {"market": market_shape(venue.margin.market(call.path_params["ticker"]))}


def _aggregate(
    levels: Iterable[tuple[Decimal, Decimal]], tick: Decimal, rounding: str
) -> list[tuple[Decimal, Decimal]]:
    """Levels summed into buckets of `tick` dollars, each priced at its edge away from the spread."""
    buckets: dict[Decimal, Decimal] = {}
    for price, size in levels:
        edge = (price / tick).to_integral_value(rounding=rounding) * tick
        buckets[edge] = buckets.get(edge, ZERO) + size
    return list(buckets.items())


def get_orderbook(venue: Venue, call: Call) -> Any:
    ticker = call.path_params["ticker"]
    bids, asks = venue.margin.orderbook(ticker)
    tick_text = call.query.get("aggregation_tick_size")
    if tick_text:
        tick = to_decimal(tick_text, "aggregation_tick_size", "bad_request")
        if tick <= 0 or tick % venue.margin.market(ticker).tick_size:
            raise ExchangeError(
                400, "bad_request", f"aggregation_tick_size must be a positive multiple of {ticker}'s tick"
            )
        bids, asks = _aggregate(bids, tick, ROUND_FLOOR), _aggregate(asks, tick, ROUND_CEILING)
    depth = int(call.query.get("depth") or 0)
    if depth > 0:
        bids, asks = bids[:depth], asks[:depth]
    return {"orderbook": {"bids": orderbook_levels(bids), "asks": orderbook_levels(asks)}}


def get_trades(venue: Venue, call: Call) -> Any:
    q = call.query
    ticker = q["ticker"]
    venue.margin.market(ticker)
    found = venue.margin.trades(ticker, min_ts=q.get("min_ts"), max_ts=q.get("max_ts"))
    return paged(call, "trades", found, trade_shape)


def _ohlc(prices: list[Decimal]) -> dict[str, str]:
    return {
        "open": dollars(prices[0]),
        "low": dollars(min(prices)),
        "high": dollars(max(prices)),
        "close": dollars(prices[-1]),
    }


def get_candlesticks(venue: Venue, call: Call) -> Any:
    """Candles of the market's trades per `period_interval` minutes. The engine keeps no quote
    history, so each candle's bid and ask are the quotes at the time of asking."""
    ticker = call.path_params["ticker"]
    market = venue.margin.market(ticker)
    start, end = int(call.query["start_ts"]), int(call.query["end_ts"])
    period = int(call.query["period_interval"]) * 60
    buckets: dict[int, list[MarginTrade]] = {}
    for trade in reversed(venue.margin.trades(ticker, min_ts=start, max_ts=end)):
        buckets.setdefault((int(trade.created_time) // period + 1) * period, []).append(trade)
    bid = _ohlc([market.best("bid")[0]])
    ask = _ohlc([market.best("ask")[0]])
    candles = []
    previous: Decimal | None = None
    for closes, trades in sorted(buckets.items()):
        prices = [t.price for t in trades]
        volume = sum((t.count for t in trades), ZERO)
        notional = sum((t.count * t.price for t in trades), ZERO)
        candles.append(
            {
                "end_period_ts": closes,
                "bid": dict(bid),
                "ask": dict(ask),
                "price": {
                    **_ohlc(prices),
                    "mean": dollars((notional / volume).quantize(SIX_PLACES)),
                    "previous": None if previous is None else dollars(previous),
                },
                "volume": count_fp(volume),
                "volume_notional_value_dollars": dollars(notional),
                "open_interest": count_fp(market.open_interest),
                "open_interest_notional_value_dollars": dollars(market.open_interest * market.mark_price),
            }
        )
        previous = prices[-1]
    return {"ticker": ticker, "candlesticks": candles}


def get_historical_funding_rates(venue: Venue, call: Call) -> Any:
    q = call.query
    ticker = q.get("ticker") or None
    if ticker is not None:
        venue.margin.market(ticker)
    rates = venue.margin.funding_rates(ticker, start_ts=q.get("start_ts"), end_ts=q.get("end_ts"))
    return {"funding_rates": [funding_rate_shape(r) for r in rates]}


def get_funding_rate_estimate(venue: Venue, call: Call) -> Any:
    ticker = call.query["ticker"]
    market = venue.margin.market(ticker)
    rate, next_time = venue.margin.funding_estimate(ticker)
    return {
        "market_ticker": ticker,
        "computed_time": rfc3339(venue.margin.time()),
        "funding_rate": json_number(rate),
        "mark_price": dollars(market.mark_price),
        "next_funding_time": rfc3339(next_time),
    }
