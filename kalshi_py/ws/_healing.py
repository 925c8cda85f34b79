"""Keeping subscriptions whole, without I/O: `seq` checked per subscription; order books healed
after a gap or on request (their deltas held back, a fresh snapshot asked for, or the
subscription made anew when that fails or when the dialect has no snapshot action, as margin
has none); every subscription replayed on a new connection.

The client's own commands are chains: each step sends a command and continues when its outcome
arrives (`Pending.then`), so that nothing here waits."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from ._commands import Commands, ConnectionLost, Outcome, Pending
from ._dialect import Dialect
from ._subscription import Subscription, Subscriptions
from .errors import CommandTimeout, WebSocketClosed, WebSocketCommandError, WebSocketError
from .messages import Command
from .status import StatusKind, StreamStatus

__all__ = ["Healing", "subscribe_command", "unsubscribe_command", "update_command"]

logger = logging.getLogger("kalshi_py.ws")

_GONE = (ConnectionLost, WebSocketClosed)
"""Outcomes that end a chain quietly: the next connection replays everything anyway."""


def subscribe_command(dialect: Dialect, sub: Subscription) -> Callable[[int], Command]:
    params = dialect.subscribe_params
    return lambda cid: dialect.subscribe_command(id=cid, params=sub.subscribe_params(params))


def unsubscribe_command(dialect: Dialect, subs: Sequence[Subscription]) -> Callable[[int], Command]:
    sids = [s.sid or 0 for s in subs]
    return lambda cid: dialect.unsubscribe_command(id=cid, params=dialect.unsubscribe_params(sids=sids))


def update_command(
    dialect: Dialect, sub: Subscription, action: str, tickers: list[str] | None, params: dict[str, object]
) -> Callable[[int], Command]:
    sids = [sub.sid or 0]
    return lambda cid: dialect.update_command(
        id=cid,
        params=dialect.update_params(action=action, sids=sids, market_tickers=tickers, **params),
    )


class Healing:
    """Seq checks, book healing, resubscribing and replaying, for one client."""

    def __init__(
        self,
        subscriptions: Subscriptions,
        commands: Commands,
        *,
        dialect: Dialect,
        status: Callable[[StreamStatus], None],
        send: Callable[[Pending], None],
        close_connection: Callable[[str], None],
        clock: Callable[[], float],
        command_timeout: float,
    ) -> None:
        self._subs = subscriptions
        self._commands = commands
        self._dialect = dialect
        self._status = status
        self._send = send
        self._close_connection = close_connection
        self._clock = clock
        self._timeout = command_timeout

    # --- seq -------------------------------------------------------------------------------------

    def check_seq(self, sub: Subscription, seq: int, is_reply: bool) -> None:
        expected = (sub.last_seq or 0) + 1
        if is_reply and seq < expected:
            # A reply (ok, unsubscribed, error) may carry the subscription's current seq rather
            # than a number of its own (unverified which Kalshi does); either way nothing was lost.
            return
        sub.last_seq = max(seq, sub.last_seq or 0)
        if seq == expected:
            return
        self._status(
            StreamStatus(
                kind=StatusKind.GAP, sid=sub.sid, channel=sub.channel, expected_seq=expected, received_seq=seq
            )
        )
        if sub.is_orderbook:
            self.heal(sub, set(sub.known_markets))

    # --- healing ---------------------------------------------------------------------------------

    def heal(self, sub: Subscription, tickers: set[str]) -> None:
        """Hold back `tickers`' deltas and ask for fresh snapshots of them: with the dialect's
        snapshot action, else by subscribing again (which holds back, and snapshots afresh,
        every market of the subscription)."""
        tickers = {t for t in tickers if t not in sub.healing}
        if not tickers:
            return
        action = self._dialect.snapshot_action
        if action is None:
            tickers |= sub.known_markets - sub.healing
        sub.awaiting |= tickers
        sub.healing |= tickers
        self._status(
            StreamStatus(
                kind=StatusKind.RESYNC_REQUESTED,
                sid=sub.sid,
                channel=sub.channel,
                market_tickers=tuple(sorted(tickers)),
            )
        )

        if action is None:
            self.resubscribe(sub, f"fresh snapshots of {', '.join(sorted(tickers))}")
            return

        def then(outcome: Outcome) -> None:
            if isinstance(outcome, WebSocketError) and not isinstance(outcome, WebSocketClosed):
                logger.warning("%s for %s failed (%s); subscribing again", action, sub, outcome)
                self.resubscribe(sub, f"{action} failed: {outcome}")

        build = update_command(self._dialect, sub, action, sorted(tickers), {})
        self._own("update_subscription", build, then)

    def resubscribe(self, sub: Subscription, reason: str) -> None:
        """Replace `sub` on the server by a fresh subscription (a fresh snapshot per market)."""
        old_sid = sub.sid
        if sub.is_orderbook:
            sub.hold_all()

        def subscribed(outcome: Outcome) -> None:
            if isinstance(outcome, _GONE):
                return
            if isinstance(outcome, Exception):
                self._lose(sub, f"{reason}; subscribing again failed: {outcome}")
                return
            self._resubscribed(sub, old_sid, reason=reason)

        def unsubscribed(outcome: Outcome) -> None:
            self._own("subscribe", subscribe_command(self._dialect, sub), subscribed, subscriptions=[sub])

        self._own("unsubscribe", unsubscribe_command(self._dialect, [sub]), unsubscribed)

    def replay(self, done: Callable[[], None]) -> None:
        """Subscribe every active subscription again on a new connection, one after the other;
        then `done()`. A subscription the server refuses is lost; one it does not acknowledge
        closes the connection (the next one replays again)."""
        self._replay_next(list(self._subs.active), done)

    def _replay_next(self, queue: list[Subscription], done: Callable[[], None]) -> None:
        if not queue:
            done()
            return
        sub = queue.pop(0)
        old_sid = sub.sid

        def then(outcome: Outcome) -> None:
            if isinstance(outcome, WebSocketCommandError):
                self._lose(sub, f"could not be subscribed again after a reconnect: {outcome}")
            elif isinstance(outcome, CommandTimeout):
                self._close_connection("the server did not acknowledge a replayed subscription")
                return
            elif isinstance(outcome, Exception):
                return
            else:
                self._resubscribed(sub, old_sid, market_tickers=tuple(sub.market_tickers or ()))
            self._replay_next(queue, done)

        self._own("subscribe", subscribe_command(self._dialect, sub), then, subscriptions=[sub])

    def _resubscribed(self, sub: Subscription, old_sid: int | None, **details: Any) -> None:
        self._status(
            StreamStatus(
                kind=StatusKind.RESUBSCRIBED, sid=sub.sid, old_sid=old_sid, channel=sub.channel, **details
            )
        )

    def _lose(self, sub: Subscription, reason: str) -> None:
        sub.active = False
        self._status(
            StreamStatus(kind=StatusKind.SUBSCRIPTION_LOST, sid=sub.sid, channel=sub.channel, reason=reason)
        )

    def _own(
        self,
        command: str,
        build: Callable[[int], Command],
        then: Callable[[Outcome], None],
        subscriptions: list[Subscription] | None = None,
    ) -> None:
        deadline = self._clock() + self._timeout
        pending = Pending(command, build, 1, deadline, self._timeout, list(subscriptions or ()), then=then)
        self._send(pending)
