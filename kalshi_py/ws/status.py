"""Status events: what happened to the connection or a subscription, delivered in the message
stream beside Kalshi's messages so that no reconnect, gap or overflow goes unnoticed."""

from __future__ import annotations

import msgspec

__all__ = ["StatusKind", "StreamStatus"]


class StatusKind:
    """The values of `StreamStatus.kind`."""

    CONNECTED = "connected"
    """The first connection is up."""
    DISCONNECTED = "disconnected"
    """The connection was lost; every order book is stale until its fresh snapshot."""
    RECONNECTED = "reconnected"
    """A new connection is up and every subscription has been replayed."""
    RESUBSCRIBED = "resubscribed"
    """One subscription was replayed: `old_sid` is now `sid`."""
    SUBSCRIPTION_LOST = "subscription_lost"
    """A subscription could not be replayed or was ended by the server (`reason`)."""
    GAP = "gap"
    """A `seq` was skipped on `sid` (`expected_seq`, `received_seq`)."""
    RESYNC_REQUESTED = "resync_requested"
    """Fresh snapshots were requested for `market_tickers`; their books are stale until then."""
    RESYNCED = "resynced"
    """The stale book of `market_tickers` was replaced by a fresh snapshot."""
    OVERFLOW = "overflow"
    """The consumer fell behind and `dropped` messages were dropped (`overflow="resync"`)."""
    BACKFILLED = "backfilled"
    """After a reconnect, `backfilled` messages of `channel` (fill, user_orders) missed while
    disconnected were fetched over REST and delivered; the channel's live messages follow."""
    BACKFILL_FAILED = "backfill_failed"
    """Fetching what `channel` missed while disconnected failed (`reason`): messages may be lost."""


class StreamStatus(msgspec.Struct, kw_only=True, frozen=True):
    """One status event of the stream (see `StatusKind` for `kind`)."""

    kind: str
    sid: int | None = None
    channel: str | None = None
    market_tickers: tuple[str, ...] = ()
    old_sid: int | None = None
    expected_seq: int | None = None
    received_seq: int | None = None
    attempt: int | None = None
    dropped: int = 0
    backfilled: int = 0
    reason: str | None = None
