"""`Replay`: a recording played back on the local exchange's engine, one frame at a time.

    replay = Replay(Tape.load("recording/"), seed=1)
    user = replay.exchange.create_account(balance=1000).user_id
    replay.run_until(replay.tape.start_ns + 5_000_000_000)
    replay.exchange.create_order(user, ticker=..., side="bid", count=10, price="0.40", ...)
    replay.run()
    print(replay.report(user).summary())

The engine lists every market of the recording (an active market of a series named after the
first part of its ticker, Kalshi's default fee schedule, a price grid as fine as the recorded
prices) and keeps its time: the receive time of the last frame played. Each frame updates the
recorded books (`Liquidity`, where the fill model lives), applies the recorded lifecycle
(determination, settlement, pauses) to the engine, and is handed to `deliver`, the WebSocket
front when the replay is served. Your orders go through the engine's own order entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from ..engine import Exchange, ExchangeError, ExchangeEvent, FillEvent, OrderResult
from .liquidity import Liquidity
from .recorded import BookDelta, BookSnapshot, Lifecycle, Print, RecordedEvent, decode_events
from .report import BacktestReport, EquitySample, build_report
from .tape import Frame, Tape

__all__ = ["HOUSE_BALANCE", "SAMPLE_NS", "Replay"]

HOUSE_BALANCE = Decimal(10) ** 12
SAMPLE_NS = 1_000_000_000
"""How often (recording time) the equity curve is sampled while you hold positions."""


def _grid_step(prices: Iterable[Decimal]) -> str:
    """The coarsest of Kalshi's steps (1, 0.1 or 0.01 cent) that holds every recorded price."""
    step = "0.01"
    for price in prices:
        exponent = price.normalize().as_tuple().exponent
        if isinstance(exponent, int) and exponent < -3:
            return "0.0001"
        if isinstance(exponent, int) and exponent < -2:
            step = "0.001"
    return step


class Replay:
    """A recording (`tape`) played back on a fresh engine seeded with `seed`."""

    def __init__(self, tape: Tape, *, seed: int = 1) -> None:
        self.tape = tape
        self.events: list[RecordedEvent | None] = decode_events(tape.frames)
        self.position = 0
        """How many frames were played."""
        self.now_ns = tape.start_ns
        self.exchange = Exchange(seed, clock=lambda: self.now_ns / 1e9)
        self._list_markets()
        maker = self.exchange.create_account(balance=HOUSE_BALANCE).user_id
        taker = self.exchange.create_account(balance=HOUSE_BALANCE).user_id
        self.exchange.house_accounts.extend([maker, taker])
        self.liquidity = Liquidity(self.exchange, maker, taker)
        self.deliver: Callable[[Frame], None] | None = None
        self.samples: list[EquitySample] = []
        self._watched: set[str] = set()
        self._last_sample_ns = 0
        self._enter_orders()
        self.exchange.subscribe(self._on_event)

    # --- playing ---------------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.position >= len(self.tape.frames)

    def step(self) -> Frame | None:
        """Play the next frame; None at the end of the tape."""
        if self.position >= len(self.tape.frames):
            return None
        index = self.position
        frame = self.tape.frames[index]
        self.position = index + 1
        self.now_ns = frame.recv_ns
        event = self.events[index]
        if event is not None:
            self._apply(event)
        if self.deliver is not None:
            self.deliver(frame)
        if self._watched and frame.recv_ns - self._last_sample_ns >= SAMPLE_NS:
            self._sample()
        return frame

    def run_until(self, until_ns: int) -> None:
        """Play every frame received at or before `until_ns`."""
        frames = self.tape.frames
        while self.position < len(frames) and frames[self.position].recv_ns <= until_ns:
            self.step()

    def run(self) -> None:
        """Play the rest of the tape."""
        while self.step() is not None:
            pass

    def report(self, user_id: str) -> BacktestReport:
        """The backtest report of the account `user_id` as the replay stands."""
        if not self.samples or self.samples[-1].ts_ns != self.now_ns:
            self._sample()
        return build_report(
            self.exchange.account(user_id),
            self.samples,
            start_ns=self.tape.start_ns,
            end_ns=self.now_ns,
            frames=self.position,
        )

    # --- the engine ------------------------------------------------------------------------------

    def _apply(self, event: RecordedEvent) -> None:
        liquidity = self.liquidity
        if isinstance(event, BookDelta):
            liquidity.apply_delta(event, sync=not event.awaits_trade)
        elif isinstance(event, Print):
            liquidity.apply_print(event)
        elif isinstance(event, BookSnapshot):
            liquidity.apply_snapshot(event)
        else:
            self._lifecycle(event)

    def _lifecycle(self, event: Lifecycle) -> None:
        exchange = self.exchange
        ticker = event.market_ticker
        market = exchange.markets.get(ticker)
        if market is None:
            return
        try:
            if event.event_type == "determined" and event.result in ("yes", "no", "scalar"):
                exchange.determine_market(ticker, event.result, event.settlement_value)
            elif event.event_type == "settled" and market.status == "determined":
                exchange.settle_market(ticker)
            elif event.event_type == "deactivated" and market.status == "active":
                exchange.pause_market(ticker)
            elif event.event_type == "activated" and market.status in ("initialized", "inactive"):
                exchange.open_market(ticker)
        except ExchangeError:
            return
        if ticker in self._watched:
            self._sample()

    def _list_markets(self) -> None:
        prices: dict[str, set[Decimal]] = {ticker: set() for ticker in self.tape.market_tickers}
        for event in self.events:
            if isinstance(event, BookSnapshot):
                prices[event.market_ticker].update(event.yes, event.no)
            elif isinstance(event, BookDelta):
                prices[event.market_ticker].add(event.price)
            elif isinstance(event, Print):
                prices[event.market_ticker].add(event.yes_price)
        exchange = self.exchange
        for ticker, seen in prices.items():
            series, _, rest = ticker.partition("-")
            event_ticker = ticker.rsplit("-", 1)[0] if rest else ticker
            if series not in exchange.series:
                exchange.add_series(series)
            if event_ticker not in exchange.events:
                exchange.add_event(event_ticker, series)
            step = _grid_step(seen)
            exchange.add_market(
                ticker,
                event_ticker,
                price_ranges=[(step, str(1 - Decimal(step)), step)],
                close_time=self.tape.end_ns / 1e9 + 86400,
            )

    def _enter_orders(self) -> None:
        """Your order entry mirrors the recorded book of a market before an order enters it,
        and so does reading its book over REST."""
        exchange = self.exchange
        liquidity = self.liquidity
        create, batch, amend = exchange.create_order, exchange.batch_create, exchange.amend_order
        orderbook = exchange.orderbook

        def create_order(user_id: str, **kwargs: Any) -> OrderResult:
            liquidity.enter([str(kwargs.get("ticker"))])
            result = create(user_id, **kwargs)
            liquidity.took(result)
            return result

        def batch_create(
            user_id: str, orders: Iterable[Mapping[str, Any]]
        ) -> list[OrderResult | ExchangeError]:
            orders = list(orders)
            liquidity.enter(str(o.get("ticker")) for o in orders)
            items = batch(user_id, orders)
            for item in items:
                if isinstance(item, OrderResult):
                    liquidity.took(item)
            return items

        def amend_order(user_id: str, order_id: str, **kwargs: Any) -> OrderResult:
            liquidity.enter([str(kwargs.get("ticker"))])
            result = amend(user_id, order_id, **kwargs)
            liquidity.took(result)
            return result

        def read_orderbook(ticker: str, *args: Any, **kwargs: Any) -> Any:
            liquidity.enter([ticker])  # the REST book: the recorded one, with your orders in it
            return orderbook(ticker, *args, **kwargs)

        exchange.create_order = create_order
        exchange.batch_create = batch_create
        exchange.amend_order = amend_order
        exchange.orderbook = read_orderbook

    def _on_event(self, event: ExchangeEvent) -> None:
        if isinstance(event, FillEvent) and event.user_id not in self.exchange.house_accounts:
            self._watched.add(event.fill.ticker)
            self._sample()

    def _sample(self) -> None:
        self._last_sample_ns = self.now_ns
        marks: dict[str, Decimal] = {}
        for ticker in sorted(self._watched):
            mark = self.liquidity.mark(ticker)
            if mark is not None:
                marks[ticker] = mark
        self.samples.append(EquitySample(self.now_ns, marks))
