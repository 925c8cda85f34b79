"""Subscriptions across connections: binding each `subscribed` reply to its `Subscription`,
checking `seq` per subscription, and healing order books (hold their deltas back, ask for a fresh
snapshot, or subscribe again) after a gap, a reconnect, a resync request or a terminal error."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Sequence
from typing import Any

from ._acks import Acks, ConnectionLost, Pending, Reply
from ._subscription import Subscription
from .errors import CommandTimeout, WebSocketClosed, WebSocketCommandError, WebSocketError
from .messages import (
    Ok,
    OkMsg,
    SubscribeCommand,
    Subscribed,
    UnsubscribeCommand,
    Unsubscribed,
    UnsubscribeParams,
    UpdateSubscriptionCommand,
    UpdateSubscriptionParams,
)
from .status import StatusKind, StreamStatus

__all__ = ["Subscriptions"]

logger = logging.getLogger("kalshi_py.ws")


class Subscriptions(Acks):
    """The client's subscriptions, their sids, seq numbers and book healing."""

    # --- commands on existing subscriptions ------------------------------------------------------

    async def _subscribe_existing(self, sub: Subscription, *, on_current_connection: bool = False) -> None:
        await self._call(
            "subscribe",
            lambda cid: SubscribeCommand(id=cid, params=sub.subscribe_params()),
            expected=1,
            subscriptions=[sub],
            on_current_connection=on_current_connection,
        )

    async def _unsubscribe(self, subs: list[Subscription], *, timeout: float | None = None) -> None:
        await self._call(
            "unsubscribe",
            lambda cid: UnsubscribeCommand(id=cid, params=UnsubscribeParams(sids=[s.sid or 0 for s in subs])),
            expected=len(subs),
            timeout=timeout,
        )

    async def _update(
        self,
        sub: Subscription,
        action: str,
        tickers: list[str] | None,
        *,
        timeout: float | None = None,
        **params: Any,
    ) -> Ok:
        if action == "add_markets" and tickers and sub.is_orderbook:
            sub.awaiting.update(tickers)
            sub.known_markets.update(tickers)
        replies = await self._call(
            "update_subscription",
            lambda cid: UpdateSubscriptionCommand(
                id=cid,
                params=UpdateSubscriptionParams(
                    action=action, sids=[sub.sid or 0], market_tickers=tickers, **params
                ),
            ),
            expected=1,
            timeout=timeout,
        )
        reply = replies[0]
        return reply if isinstance(reply, Ok) else Ok(id=reply.id, sid=reply.sid, msg=OkMsg())

    # --- replies ---------------------------------------------------------------------------------

    def _track_reply(self, pending: Pending, reply: Reply) -> None:
        """What a reply to `pending` changes in the subscriptions (before it is acknowledged)."""
        if isinstance(reply, Subscribed):
            if pending.command == "subscribe":
                self._bind(pending, reply)
        elif isinstance(reply, Unsubscribed) and reply.sid is not None:
            sub = self._by_sid.pop(reply.sid, None)
            if sub is not None:
                sub.active = False
        elif (
            isinstance(reply, Ok)
            and pending.command == "subscribe"
            and reply.sid is not None
            and reply.sid in self._by_sid
        ):
            # A repeated subscribe on a channel adds its markets to the existing subscription.
            existing = self._by_sid[reply.sid]
            for sub in pending.subscriptions:
                if sub.channel == existing.channel and sub.market_tickers:
                    existing.add_markets(sub.market_tickers)
                    pending.subscriptions.remove(sub)
                    break

    def _bind(self, pending: Pending, reply: Subscribed) -> None:
        """Give the subscription this `subscribed` reply is for its sid, at once, so that the
        messages that follow it on the wire find their subscription."""
        channel, sid = reply.msg.channel, reply.msg.sid
        for sub in pending.subscriptions:
            if sub.channel == channel:
                pending.subscriptions.remove(sub)
                break
        else:
            sub = Subscription(channel, None, {})
        if sub.sid != sid:
            self._retire_sid(sub)
        sub.sid = sid
        sub.active = True
        sub.last_seq = None
        if sub.is_orderbook:
            sub.awaiting |= sub.known_markets
        self._by_sid[sid] = sub
        if sub not in self._subscriptions:
            self._subscriptions.append(sub)

    # --- seq and healing -------------------------------------------------------------------------

    def _check_seq(self, sub: Subscription, seq: int, is_reply: bool) -> None:
        expected = (sub.last_seq or 0) + 1
        if is_reply and seq < expected:
            # A reply (ok, unsubscribed, error) may carry the subscription's current seq rather
            # than a number of its own (unverified which Kalshi does); either way nothing was lost.
            return
        sub.last_seq = max(seq, sub.last_seq or 0)
        if seq == expected:
            return
        self._enqueue(
            StreamStatus(
                kind=StatusKind.GAP, sid=sub.sid, channel=sub.channel, expected_seq=expected, received_seq=seq
            )
        )
        if sub.is_orderbook:
            self._heal(sub, set(sub.known_markets))

    def _heal(self, sub: Subscription, tickers: set[str]) -> None:
        """Hold back `tickers`' deltas and ask for fresh snapshots of them."""
        tickers = {t for t in tickers if t not in sub.healing}
        if not tickers:
            return
        sub.awaiting |= tickers
        sub.healing |= tickers
        self._enqueue(
            StreamStatus(
                kind=StatusKind.RESYNC_REQUESTED,
                sid=sub.sid,
                channel=sub.channel,
                market_tickers=tuple(sorted(tickers)),
            )
        )
        self._spawn(self._request_snapshots(sub, sorted(tickers)))

    async def _request_snapshots(self, sub: Subscription, tickers: list[str]) -> None:
        try:
            await self._update(sub, "get_snapshot", tickers)
        except (ConnectionLost, WebSocketClosed):
            return
        except WebSocketError as exc:
            logger.warning("get_snapshot for %s failed (%s); subscribing again", sub, exc)
            await self._resubscribe(sub, f"get_snapshot failed: {exc}")

    async def _resubscribe(self, sub: Subscription, reason: str) -> None:
        """Replace `sub` on the server by a fresh subscription (a fresh snapshot per market)."""
        old_sid = sub.sid
        if sub.is_orderbook:
            sub.hold_all()
        with contextlib.suppress(WebSocketError, ConnectionLost):
            await self._unsubscribe([sub])
        try:
            await self._subscribe_existing(sub)
        except (ConnectionLost, WebSocketClosed):
            return
        except WebSocketError as exc:
            self._lose(sub, f"{reason}; subscribing again failed: {exc}")
            return
        self._enqueue(
            StreamStatus(
                kind=StatusKind.RESUBSCRIBED, sid=sub.sid, old_sid=old_sid, channel=sub.channel, reason=reason
            )
        )

    async def _replay(self) -> None:
        """Subscribe every active subscription again on a new connection."""
        for sub in list(self._subscriptions):
            if not sub.active:
                continue
            old_sid = sub.sid
            try:
                await self._subscribe_existing(sub, on_current_connection=True)
            except WebSocketCommandError as exc:
                self._lose(sub, f"could not be subscribed again after a reconnect: {exc}")
                continue
            except CommandTimeout:
                raise ConnectionLost("the server did not acknowledge a replayed subscription") from None
            self._enqueue(
                StreamStatus(
                    kind=StatusKind.RESUBSCRIBED,
                    sid=sub.sid,
                    old_sid=old_sid,
                    channel=sub.channel,
                    market_tickers=tuple(sub.market_tickers or ()),
                )
            )

    def _lose(self, sub: Subscription, reason: str) -> None:
        sub.active = False
        self._enqueue(
            StreamStatus(kind=StatusKind.SUBSCRIPTION_LOST, sid=sub.sid, channel=sub.channel, reason=reason)
        )

    # --- arguments -------------------------------------------------------------------------------

    def _subs(self, sids: int | Subscription | Iterable[int | Subscription]) -> list[Subscription]:
        items: Iterable[int | Subscription] = [sids] if isinstance(sids, (int, Subscription)) else sids
        subs: list[Subscription] = []
        for item in items:
            if isinstance(item, Subscription):
                subs.append(item)
                continue
            sub = self._find(item)
            if sub is None:
                raise ValueError(f"unknown subscription id {item}: not a subscription of this client")
            subs.append(sub)
        return subs

    @staticmethod
    def _tickers(market_tickers: str | Sequence[str] | None, market_ticker: str | None) -> list[str] | None:
        tickers: list[str] = []
        if isinstance(market_tickers, str):
            tickers.append(market_tickers)
        elif market_tickers is not None:
            tickers.extend(market_tickers)
        if market_ticker:
            tickers.append(market_ticker)
        if not all(isinstance(t, str) and t for t in tickers):
            raise ValueError("market tickers must be non-empty strings")
        return list(dict.fromkeys(tickers)) or None
