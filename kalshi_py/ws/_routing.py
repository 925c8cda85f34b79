"""Where each decoded message goes: its seq is checked against its subscription; a delta of a
book awaiting its snapshot is held back; a snapshot ends the wait; a reply completes its command;
a terminal error of a subscription replaces it; `fill` and `user_order` pass through the
backfill; everything else goes to the consumer."""

from __future__ import annotations

from ._backfilling import Backfilling
from .errors import TERMINAL_CODES
from .messages import (
    ErrorReply,
    Fill,
    Message,
    Ok,
    OrderbookDelta,
    OrderbookSnapshot,
    Subscribed,
    Unsubscribed,
    UserOrder,
)
from .status import StatusKind, StreamStatus

__all__ = ["Routing"]

_REPLIES = (Ok, Unsubscribed, ErrorReply)


class Routing(Backfilling):
    """The handling of every message read from the connection."""

    def _on_message(self, message: Message) -> None:
        sid = message.sid
        sub = self._by_sid.get(sid) if sid is not None else None
        if message.sending_ts_ms is not None:
            self._last_server_ms = message.sending_ts_ms
        if sub is not None and message.seq is not None:
            self._check_seq(sub, message.seq, isinstance(message, _REPLIES))

        if isinstance(message, OrderbookDelta):
            if sub is not None and message.msg.market_ticker in sub.awaiting:
                sub.dropped += 1
                return
            self._deliver(message, sub)
            return
        if isinstance(message, OrderbookSnapshot):
            ticker = message.msg.market_ticker
            if sub is not None:
                sub.known_markets.add(ticker)
                sub.awaiting.discard(ticker)
                healed = ticker in sub.healing
                sub.healing.discard(ticker)
                self._deliver(message, sub)
                if healed:
                    self._enqueue(
                        StreamStatus(
                            kind=StatusKind.RESYNCED,
                            sid=sub.sid,
                            channel=sub.channel,
                            market_tickers=(ticker,),
                        )
                    )
                return
            self._deliver(message, sub)
            return

        if self.backfill is not None and isinstance(message, (Fill, UserOrder)):
            if self._holding:
                self._held.append((message, sub))
            else:
                self._deliver_own(message, sub)
            return

        cid = message.id
        if (
            cid is not None
            and cid in self._pending
            and isinstance(message, (Subscribed, Ok, ErrorReply, Unsubscribed))
        ):
            pending = self._pending[cid]
            self._track_reply(pending, message)
            self._acknowledge(pending, message)
            return
        if isinstance(message, ErrorReply) and sub is not None and message.msg.code in TERMINAL_CODES:
            self._deliver(message, sub)
            self._spawn(self._resubscribe(sub, f"server error {message.msg.code}: {message.msg.msg}"))
            return
        self._deliver(message, sub)
