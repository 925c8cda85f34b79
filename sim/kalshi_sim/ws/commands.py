"""The WebSocket commands: subscribe, unsubscribe, update_subscription and list_subscriptions,
answered per asyncapi.yaml. A command the exchange refuses gets an `error` message with Kalshi's
code; a malformed one (not JSON, not an object, nested too deeply) gets error 1, never a dropped
connection."""

from __future__ import annotations

import logging
from collections.abc import Container, Iterable, Mapping
from typing import Any

import msgspec

from ..venue import Venue
from ..wire import MAX_NESTING, nesting_depth
from .messages import Fanout
from .registry import Registry
from .session import Session, Subscription, WsError

__all__ = ["CHANNELS_WITH_DATA", "QUIET_CHANNELS", "Commands"]

LOG = logging.getLogger("kalshi_sim")

CHANNELS_WITH_DATA = (
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "market_positions",
    "user_orders",
    "order_group_updates",
    "market_lifecycle_v2",
)
QUIET_CHANNELS = (
    "multivariate_market_lifecycle",
    "communications",
    "cfbenchmarks_value",
    "cfbenchmarks_value_5hz",
    "pyth_value",
)
PRIVATE_CHANNELS = frozenset(
    {"fill", "market_positions", "user_orders", "order_group_updates", "communications"}
)
MARKET_FILTER_IGNORED = frozenset(
    {"order_group_updates", "communications", "market_lifecycle_v2", "multivariate_market_lifecycle"}
)


def _tickers_param(params: Mapping[str, Any]) -> list[str] | None:
    """`market_ticker` / `market_tickers` of a command, or None when neither is given."""
    found: list[str] = []
    single = params.get("market_ticker")
    many = params.get("market_tickers")
    if single is not None:
        if not isinstance(single, str) or not single:
            raise WsError(11, "market_ticker must be a non-empty string")
        found.append(single)
    if many is not None:
        if not isinstance(many, list) or not all(isinstance(t, str) and t for t in many):
            raise WsError(11, "market_tickers must be a list of non-empty strings")
        found.extend(many)
    if single is None and many is None:
        return None
    return list(dict.fromkeys(found))


def _command_id(raw: Any) -> int | None:
    """The command's `id` to echo: None when absent, null or 0 (Kalshi's "no id"); a `WsError`
    when it is not a non-negative integer, which no reply could carry."""
    if raw is None or raw == 0:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0:
        return raw
    raise WsError(11, "id must be a non-negative integer")


class Commands:
    """Answers the commands of every connection of one venue. The channels and actions it knows
    are class attributes, so the margin WebSocket (`margin/`) answers the same protocol with
    its own."""

    channels_with_data: tuple[str, ...] = CHANNELS_WITH_DATA
    quiet_channels: tuple[str, ...] = QUIET_CHANNELS
    market_filter_ignored: frozenset[str] = MARKET_FILTER_IGNORED
    update_actions: tuple[str, ...] = ("add_markets", "delete_markets", "get_snapshot")

    def __init__(self, venue: Venue, registry: Registry, fanout: Fanout) -> None:
        self.venue = venue
        self.registry = registry
        self.fanout = fanout

    def markets(self) -> Container[str]:
        """The tickers a subscription may name."""
        return self.venue.exchange.markets

    def answer(self, session: Session, text: str) -> None:
        """Answer one command frame. Anything malformed gets an error message, never a dropped
        connection: not JSON, not an object, or nested deeper than any command (error 1)."""
        try:
            parsed = msgspec.json.decode(text)
        except (msgspec.DecodeError, RecursionError):
            parsed = None
        if not isinstance(parsed, dict) or nesting_depth(parsed) > MAX_NESTING:
            session.push({"type": "error", "msg": {"code": 1, "msg": "Unable to process message"}})
            return
        try:
            command_id = _command_id(parsed.get("id"))
        except WsError as exc:
            self.reply_error(session, None, exc)
            return
        try:
            cmd = parsed.get("cmd")
            params = parsed.get("params")
            if cmd == "list_subscriptions":
                self.list_subscriptions(session, command_id)
                return
            if cmd not in ("subscribe", "unsubscribe", "update_subscription"):
                raise WsError(5, "Unknown command")
            if not isinstance(params, dict):
                raise WsError(2, "Params required")
            with self.venue.engine_lock:
                if cmd == "subscribe":
                    self.subscribe(session, command_id, params)
                elif cmd == "unsubscribe":
                    self.unsubscribe(session, command_id, params)
                else:
                    self.update_subscription(session, command_id, params)
        except WsError as exc:
            self.reply_error(session, command_id, exc)
        except Exception:
            LOG.exception("could not answer a WebSocket command")
            self.reply_error(session, command_id, WsError(1, "Unable to process message"))

    def reply_error(self, session: Session, command_id: int | None, exc: WsError) -> None:
        msg: dict[str, Any] = {"code": exc.code, "msg": exc.message}
        if exc.market_ticker is not None:
            msg["market_ticker"] = exc.market_ticker
        session.reply(command_id, {"type": "error", "msg": msg})

    def list_subscriptions(self, session: Session, command_id: int | None) -> None:
        listing = [{"channel": sub.channel, "sid": sub.sid} for sub in session.subscriptions.values()]
        session.reply(command_id, {"type": "ok", "msg": listing})

    def _check_markets(self, tickers: Iterable[str]) -> None:
        for ticker in tickers:
            if ticker not in self.markets():
                raise WsError(11, f"market {ticker} not found", ticker)

    def subscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        channels = params.get("channels")
        if not channels:
            raise WsError(3, "Channels required")
        if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
            raise WsError(11, "channels must be a list of channel names")
        for channel in channels:
            if channel not in self.channels_with_data and channel not in self.quiet_channels:
                raise WsError(8, f"Unknown channel name: {channel}")
        tickers = _tickers_param(params)
        if "orderbook_delta" in channels and not tickers:
            raise WsError(14, "Market Ticker required")
        wants_index = "cfbenchmarks_value" in channels or "cfbenchmarks_value_5hz" in channels
        if wants_index and not params.get("index_ids"):
            raise WsError(24, "Index IDs required")
        if "pyth_value" in channels and not params.get("underlying_tickers"):
            raise WsError(28, "Underlying tickers required")
        if tickers:
            self._check_markets(tickers)
        for channel in channels:
            markets = None if channel in self.market_filter_ignored or not tickers else set(tickers)
            existing = next((s for s in session.subscriptions.values() if s.channel == channel), None)
            if existing is not None:
                added = (
                    []
                    if markets is None or existing.market_tickers is None
                    else [t for t in tickers or [] if t not in existing.market_tickers]
                )
                if markets is None:
                    existing.market_tickers = None
                elif existing.market_tickers is not None:
                    existing.market_tickers.update(added)
                self._reply_subscribed(session, command_id, existing)
                self._initial(session, existing, added, params)
                continue
            sub = Subscription(session.next_sid, channel, markets)
            session.next_sid += 1
            self.registry.add(session, sub)
            self._reply_subscribed(session, command_id, sub)
            self._initial(session, sub, sorted(markets) if markets else [], params)

    def _reply_subscribed(self, session: Session, command_id: int | None, sub: Subscription) -> None:
        session.reply(command_id, {"type": "subscribed", "msg": {"channel": sub.channel, "sid": sub.sid}})

    def _initial(
        self, session: Session, sub: Subscription, tickers: list[str], params: Mapping[str, Any]
    ) -> None:
        if sub.channel == "orderbook_delta":
            for ticker in tickers:
                self.send_snapshot(session, sub, ticker)
        elif sub.channel == "ticker" and params.get("send_initial_snapshot"):
            for ticker in tickers:
                msg = self.fanout.ticker_message(ticker)
                if msg is not None:
                    session.send_plain(sub, "ticker", msg)

    def send_snapshot(self, session: Session, sub: Subscription, ticker: str) -> None:
        msg, clock = self.fanout.snapshot(ticker)
        sub.snapshot_clocks[ticker] = clock
        session.send_sequenced(sub, "orderbook_snapshot", msg)

    def _one_sid(self, params: Mapping[str, Any]) -> int:
        sids: list[Any] = []
        if "sid" in params:
            sids.append(params["sid"])
        if "sids" in params:
            listed = params["sids"]
            if not isinstance(listed, list):
                raise WsError(11, "sids must be a list of integers")
            sids.extend(listed)
        if not sids:
            raise WsError(4, "Subscription IDs required")
        if len(sids) != 1:
            raise WsError(12, "Exactly one subscription ID is required")
        sid = sids[0]
        if not isinstance(sid, int) or isinstance(sid, bool):
            raise WsError(11, "sid must be an integer")
        return sid

    def unsubscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        sids = params.get("sids")
        if not sids:
            raise WsError(4, "Subscription IDs required")
        if not isinstance(sids, list) or not all(
            isinstance(s, int) and not isinstance(s, bool) for s in sids
        ):
            raise WsError(11, "sids must be a list of integers")
        for sid in sids:
            sub = self.registry.remove(session, sid)
            if sub is None:
                self.reply_error(session, command_id, WsError(7, f"Unknown subscription ID: {sid}"))
                continue
            seq = session.next_seq(sub, skippable=False)
            session.reply(command_id, {"type": "unsubscribed", "sid": sid, "seq": seq})

    def update_subscription(
        self, session: Session, command_id: int | None, params: Mapping[str, Any]
    ) -> None:
        sid = self._one_sid(params)
        sub = session.subscriptions.get(sid)
        if sub is None:
            raise WsError(7, f"Unknown subscription ID: {sid}")
        action = params.get("action")
        if not action:
            raise WsError(15, "Action required")
        if action not in self.update_actions:
            raise WsError(13, f"Unsupported action: {action}")
        if action == "get_snapshot" and sub.channel != "orderbook_delta":
            raise WsError(13, "get_snapshot is supported on orderbook_delta only")
        if sub.channel in self.market_filter_ignored:
            raise WsError(13, f"{sub.channel} has no market filter to update")
        tickers = _tickers_param(params)
        if not tickers:
            raise WsError(14, "Market Ticker required")
        if action != "delete_markets":
            self._check_markets(tickers)
        if action == "get_snapshot":
            if sub.market_tickers is not None:
                missing = [t for t in tickers if t not in sub.market_tickers]
                if missing:
                    raise WsError(11, f"market {missing[0]} is not in this subscription", missing[0])
            for ticker in tickers:
                self.send_snapshot(session, sub, ticker)
        elif action == "add_markets":
            added = [t for t in tickers if sub.market_tickers is not None and t not in sub.market_tickers]
            if sub.market_tickers is not None:
                sub.market_tickers.update(added)
            self._initial(session, sub, added, params)
        elif sub.market_tickers is not None:
            for ticker in tickers:
                sub.market_tickers.discard(ticker)
                sub.snapshot_clocks.pop(ticker, None)
        session.reply(
            command_id,
            {
                "type": "ok",
                "sid": sid,
                "seq": session.next_seq(sub, skippable=False),
                "msg": {"market_tickers": sorted(sub.market_tickers or ())},
            },
        )
