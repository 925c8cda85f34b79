"""`Subscription`: one channel subscription as the client keeps it across connections, with the
order book markets it holds back while their fresh snapshot is on its way."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["ORDERBOOK_CHANNEL", "TYPE_CHANNEL", "Subscription"]

ORDERBOOK_CHANNEL = "orderbook_delta"

TYPE_CHANNEL = {
    "orderbook_snapshot": ORDERBOOK_CHANNEL,
    "orderbook_delta": ORDERBOOK_CHANNEL,
    "ticker": "ticker",
    "trade": "trade",
    "fill": "fill",
    "market_position": "market_positions",
    "user_order": "user_orders",
    "order_group_updates": "order_group_updates",
    "market_lifecycle_v2": "market_lifecycle_v2",
    "event_lifecycle": "market_lifecycle_v2",
    "event_fee_update": "market_lifecycle_v2",
    "multivariate_market_lifecycle": "multivariate_market_lifecycle",
    "cfbenchmarks_value": "cfbenchmarks_value",
    "cfbenchmarks_value_indexlist": "cfbenchmarks_value",
    "cfbenchmarks_value_5hz": "cfbenchmarks_value_5hz",
    "cfbenchmarks_value_5hz_indexlist": "cfbenchmarks_value_5hz",
    "pyth_value": "pyth_value",
    "pyth_value_underlying_list": "pyth_value",
}
"""The channel of each message `type`, for a message whose sid names no subscription."""


class Subscription:
    """One channel subscription as the client keeps it across reconnects.

    `sid` is the server's id on the current connection; `market_tickers` the markets it covers
    (None: all markets); `params` the other subscribe parameters.
    """

    def __init__(self, channel: str, market_tickers: Sequence[str] | None, params: dict[str, Any]) -> None:
        self.channel = channel
        self.sid: int | None = None
        self.market_tickers: list[str] | None = (
            list(dict.fromkeys(market_tickers)) if market_tickers else None
        )
        self.params = params
        self.active = True
        self.last_seq: int | None = None
        self.known_markets: set[str] = set(self.market_tickers or ())
        self.awaiting: set[str] = set()
        """Order book markets whose deltas are held back until their snapshot arrives."""
        self.healing: set[str] = set()
        self.dropped = 0

    @property
    def is_orderbook(self) -> bool:
        return self.channel == ORDERBOOK_CHANNEL

    def subscribe_params(self, params_type: type[Any]) -> Any:
        """This subscription's subscribe parameters, as a `params_type` (its dialect's Struct)."""
        return params_type(channels=[self.channel], market_tickers=self.market_tickers, **self.params)

    def hold_all(self) -> None:
        """Hold back every known market until its fresh snapshot arrives."""
        self.awaiting |= self.known_markets
        self.healing |= self.known_markets

    def add_markets(self, tickers: Iterable[str], *, hold: bool = True) -> None:
        """Cover `tickers` too; with `hold`, their deltas wait for their snapshots (without, the
        caller held them when it asked for the markets, and a snapshot may have come already)."""
        tickers = list(tickers)
        if self.market_tickers is not None:
            self.market_tickers = list(dict.fromkeys([*self.market_tickers, *tickers]))
        self.known_markets.update(tickers)
        if self.is_orderbook and hold:
            self.awaiting.update(tickers)

    def delete_markets(self, tickers: Iterable[str]) -> None:
        tickers = list(tickers)
        if self.market_tickers is not None:
            self.market_tickers = [t for t in self.market_tickers if t not in tickers]
        for ticker in tickers:
            self.known_markets.discard(ticker)
            self.awaiting.discard(ticker)
            self.healing.discard(ticker)

    def __repr__(self) -> str:
        markets = len(self.market_tickers) if self.market_tickers is not None else "all"
        return (
            f"Subscription(channel={self.channel!r}, sid={self.sid}, markets={markets}, active={self.active})"
        )


class Subscriptions:
    """Every subscription of a client, found by its current sid or by one it had before."""

    def __init__(self) -> None:
        self.all: list[Subscription] = []
        self.by_sid: dict[int, Subscription] = {}
        self._old_sids: dict[int, Subscription] = {}

    @property
    def active(self) -> list[Subscription]:
        return [s for s in self.all if s.active]

    def find(self, sid: int) -> Subscription | None:
        """The subscription that has, or had on an earlier connection, `sid`."""
        return self.by_sid.get(sid) or self._old_sids.get(sid)

    def retire_sid(self, sub: Subscription) -> None:
        """Forget `sub`'s current sid, keeping it findable as an old one."""
        if sub.sid is not None:
            self._old_sids[sub.sid] = sub
            self.by_sid.pop(sub.sid, None)

    def bind(self, sub: Subscription, sid: int) -> None:
        """`sub` is now `sid` on the current connection; its order books await their snapshots."""
        if sub.sid != sid:
            self.retire_sid(sub)
        sub.sid = sid
        sub.active = True
        sub.last_seq = None
        if sub.is_orderbook:
            sub.awaiting |= sub.known_markets
        self.by_sid[sid] = sub
        if sub not in self.all:
            self.all.append(sub)

    def resolve(self, sids: int | Subscription | Iterable[int | Subscription]) -> list[Subscription]:
        """The subscriptions named by `Subscription` objects or sids (current or earlier)."""
        items: Iterable[int | Subscription] = [sids] if isinstance(sids, (int, Subscription)) else sids
        subs: list[Subscription] = []
        for item in items:
            sub = item if isinstance(item, Subscription) else self.find(item)
            if sub is None:
                raise ValueError(f"unknown subscription id {item}: not a subscription of this client")
            subs.append(sub)
        return subs
