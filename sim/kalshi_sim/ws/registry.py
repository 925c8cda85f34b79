"""`Registry`: the open connections and every subscription by channel, so an event reaches the
subscriptions that want it without looking at the others."""

from __future__ import annotations

from .session import Session, Subscription

__all__ = ["Registry"]


class Registry:
    """Connections and their subscriptions, indexed by channel."""

    def __init__(self) -> None:
        self.sessions: set[Session] = set()
        self.by_channel: dict[str, dict[tuple[Session, int], Subscription]] = {}

    def add(self, session: Session, sub: Subscription) -> None:
        session.subscriptions[sub.sid] = sub
        self.by_channel.setdefault(sub.channel, {})[(session, sub.sid)] = sub

    def remove(self, session: Session, sid: int) -> Subscription | None:
        sub = session.subscriptions.pop(sid, None)
        if sub is not None:
            self.by_channel.get(sub.channel, {}).pop((session, sid), None)
        return sub

    def close(self, session: Session) -> None:
        """Forget a connection and its subscriptions."""
        for sid in list(session.subscriptions):
            self.remove(session, sid)
        self.sessions.discard(session)

    def subscribers(self, channel: str) -> list[tuple[Session, Subscription]]:
        found = self.by_channel.get(channel)
        if not found:
            return []
        return [(session, sub) for (session, _), sub in found.items()]
