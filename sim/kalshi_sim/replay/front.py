"""The replay's WebSocket front: recorded frames to the subscriptions that want them, under each
subscription's own `sid` and `seq`, and only your account's events from the engine.

Public channels (`orderbook_delta`, `trade`, `ticker`, `market_lifecycle_v2`, ...) carry the
recording, never the engine's own book: what the house accounts do to mirror it stays out of the
stream. A subscription made once the tape has played a market's first snapshot gets a snapshot of
the recorded book at that instant; before that, the recorded snapshot arrives in its turn.
Private channels (`fill`, `user_orders`, `market_positions`, `order_group_updates`) come from the
engine as on the local exchange.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ..engine import FillEvent, OrderGroupUpdate, OrderUpdate, PositionUpdate
from ..venue import Venue
from ..wire import market_id, orderbook_levels
from ..ws import WsFront
from ..ws.commands import Commands
from ..ws.messages import Fanout
from ..ws.registry import Registry
from ..ws.session import Session, Subscription
from .player import Replay
from .tape import Frame

__all__ = ["ReplayWsFront"]

_PRIVATE_EVENTS = (FillEvent, OrderUpdate, PositionUpdate, OrderGroupUpdate)


class _RecordedFanout(Fanout):
    """The engine's events of accounts only; snapshots of the recorded books."""

    def __init__(self, venue: Venue, registry: Registry, replay: Replay) -> None:
        super().__init__(venue, registry)
        self.replay = replay

    def send(self, event: object) -> None:
        if isinstance(event, _PRIVATE_EVENTS):
            super().send(event)

    def orderbook_snapshot(self, ticker: str) -> dict[str, Any]:
        book = self.replay.liquidity.books.get(ticker, {"yes": {}, "no": {}})
        msg: dict[str, Any] = {"market_ticker": ticker, "market_id": market_id(ticker), "clock": 0}
        for side in ("yes", "no"):
            levels: dict[Decimal, Decimal] = book[side]
            if levels:
                msg[f"{side}_dollars_fp"] = orderbook_levels(sorted(levels.items()))
        return msg

    def ticker_message(self, ticker: str) -> dict[str, Any] | None:
        return None  # tickers are the recording's


class _RecordedCommands(Commands):
    def __init__(
        self, venue: Venue, registry: Registry, fanout: _RecordedFanout, on_subscribe: Callable[[], None]
    ) -> None:
        super().__init__(venue, registry, fanout)
        self.replay = fanout.replay
        self.on_subscribe = on_subscribe

    def subscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        super().subscribe(session, command_id, params)
        self.on_subscribe()

    def send_snapshot(self, session: Session, sub: Subscription, ticker: str) -> None:
        if ticker in self.replay.liquidity.books:
            super().send_snapshot(session, sub, ticker)


class ReplayWsFront(WsFront):
    """Kalshi's WebSocket, fed by `replay`; `on_subscribe` is called after each subscribe."""

    def __init__(self, venue: Venue, replay: Replay, on_subscribe: Callable[[], None]) -> None:
        super().__init__(venue)
        self.fanout = _RecordedFanout(venue, self.registry, replay)
        self.commands = _RecordedCommands(venue, self.registry, self.fanout, on_subscribe)
        self.delivered = 0
        """Frames put on connections' queues."""
        replay.deliver = self.deliver

    def deliver(self, frame: Frame) -> None:
        """Send one recorded frame to every subscription of its channel that wants its market."""
        for session, sub in self.registry.subscribers(frame.channel):
            if session.closed or session.silent or not sub.wants(frame.market_ticker):
                continue
            if frame.sequenced:
                sub.seq += 1
                session.queue.put_nowait(frame.encode(sub.sid, sub.seq))
            else:
                session.queue.put_nowait(frame.encode(sub.sid, None))
            self.delivered += 1

    def backlog(self) -> int:
        """Messages waiting to be written, on the busiest connection."""
        return max((session.queue.qsize() for session in self.sessions), default=0)
