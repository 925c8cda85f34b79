"""The consumer's commands, without I/O: each checks its arguments (a mistake is a `ValueError`
naming it, from either client), becomes a `Pending` command, and says what it returns once its
replies arrive."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from . import _arguments as arguments
from ._commands import Pending
from ._dialect import Dialect
from ._healing import Healing, unsubscribe_command, update_command
from ._subscription import Subscription, Subscriptions
from .messages import Command, Message, Ok, SubscriptionInfo

__all__ = ["Requests"]


class Requests:
    """subscribe, unsubscribe, update_subscription, list_subscriptions and resync."""

    def __init__(
        self,
        subscriptions: Subscriptions,
        healing: Healing,
        *,
        dialect: Dialect,
        submit: Callable[[Pending], None],
        clock: Callable[[], float],
        command_timeout: float,
    ) -> None:
        self._subs = subscriptions
        self._healing = healing
        self._dialect = dialect
        self._submit = submit
        self._clock = clock
        self._timeout = command_timeout

    def subscribe(
        self,
        channels: str | Sequence[str],
        market_tickers: str | Sequence[str] | None,
        params: dict[str, Any],
        timeout: float | None = None,
    ) -> Pending:
        names = arguments.channel_names(channels)
        params = dict(params)
        tickers = arguments.market_tickers(market_tickers, params.pop("market_ticker", None))
        for key in ("channels", "market_tickers"):
            params.pop(key, None)
        dialect = self._dialect
        arguments.check_subscribe_params(dialect.subscribe_params, names, params)
        subs = [Subscription(channel, tickers, dict(params)) for channel in names]
        message = dialect.subscribe_params(channels=names, market_tickers=tickers, **params)

        def build(cid: int) -> Command:
            return dialect.subscribe_command(id=cid, params=message)  # type: ignore[no-any-return]

        return self._command(
            "subscribe", build, len(names), timeout, subscriptions=subs, result=self._subscribed
        )

    def _subscribed(self, replies: list[Message]) -> list[Subscription]:
        found: list[Subscription] = []
        for reply in replies:
            sid = reply.msg.sid if isinstance(reply, self._dialect.subscribed) else reply.sid
            sub = self._subs.by_sid.get(sid) if sid is not None else None
            if sub is not None and sub not in found:
                found.append(sub)
        return found

    def unsubscribe(
        self, sids: int | Subscription | Iterable[int | Subscription], timeout: float | None = None
    ) -> Pending:
        subs = self._subs.resolve(sids)
        if not subs:
            raise ValueError("unsubscribe needs at least one subscription or sid")
        for sub in subs:
            sub.active = False
        return self._command(
            "unsubscribe", unsubscribe_command(self._dialect, subs), len(subs), timeout, result=lambda _: None
        )

    def update_subscription(
        self,
        sid: int | Subscription,
        action: str,
        market_tickers: str | Sequence[str] | None,
        params: dict[str, Any],
        timeout: float | None = None,
    ) -> Pending:
        (sub,) = self._subs.resolve(sid)
        params = dict(params)
        tickers = arguments.market_tickers(market_tickers, params.pop("market_ticker", None))
        dialect = self._dialect
        arguments.check_update_params(dialect.update_params, dialect.market_actions, action, tickers, params)
        if action == "add_markets" and tickers and sub.is_orderbook:
            sub.awaiting.update(tickers)
            sub.known_markets.update(tickers)

        def result(replies: list[Message]) -> Ok:
            if action == "add_markets" and tickers:
                sub.add_markets(tickers, hold=False)  # held when sent: the snapshot may be in
            elif action == "delete_markets" and tickers:
                sub.delete_markets(tickers)
            reply = replies[0]
            if isinstance(reply, dialect.ok):
                return reply  # type: ignore[no-any-return]
            return dialect.ok(id=reply.id, sid=reply.sid, msg=dialect.ok_msg())  # type: ignore[no-any-return]

        build = update_command(dialect, sub, action, tickers, params)
        return self._command("update_subscription", build, 1, timeout, result=result)

    def list_subscriptions(self, timeout: float | None = None) -> Pending:
        def result(replies: list[Message]) -> list[SubscriptionInfo]:
            reply = replies[0]
            msg = reply.msg if isinstance(reply, self._dialect.ok) else None
            return msg if isinstance(msg, list) else []

        build = self._dialect.list_command
        return self._command("list_subscriptions", lambda cid: build(id=cid), 1, timeout, result=result)

    def resync(self, market_ticker: str) -> None:
        """Hold back `market_ticker`'s deltas and ask for a fresh snapshot."""
        for sub in self._subs.active:
            if sub.is_orderbook and market_ticker in sub.known_markets:
                self._healing.heal(sub, {market_ticker})
                return
        raise ValueError(f"no active orderbook_delta subscription covers {market_ticker!r}")

    def _command(
        self,
        command: str,
        build: Callable[[int], Command],
        expected: int,
        timeout: float | None,
        *,
        subscriptions: list[Subscription] | None = None,
        result: Callable[[list[Message]], object],
    ) -> Pending:
        seconds = timeout or self._timeout
        pending = Pending(
            command,
            build,
            expected,
            self._clock() + seconds,
            seconds,
            list(subscriptions or ()),
            result=result,
        )
        self._submit(pending)
        return pending
