"""Rows of the messages table as they are collected before a flush: `Rows` holds one list per
column, and `Rows.add_frame` reads the few fields a row needs (type, sid, seq, market, times,
and the price level of an `orderbook_delta`) from a frame's bytes without decoding the rest."""

from __future__ import annotations

from typing import Any

import msgspec

from .._times import parse_iso
from ._schema import (
    CHANNEL_CONTROL,
    KIND_MESSAGE,
    channel_for_type,
    date_of,
    safe_channel,
)

__all__ = ["Rows", "exchange_ns"]

_NS_PER_MS = 1_000_000
_NS_PER_S = 1_000_000_000


class _Body(msgspec.Struct):
    market_ticker: str | None = None
    ticker: str | None = None
    ts_ms: int | None = None
    ts: int | str | None = None
    clock: int | None = None
    side: str | None = None
    price_dollars: str | None = None
    delta_fp: str | None = None
    channel: str | None = None
    sid: int | None = None


class _Head(msgspec.Struct):
    type: str = ""
    sid: int | None = None
    seq: int | None = None
    sending_ts_ms: int | None = None
    msg: _Body | list[Any] | None = None


_decode_head = msgspec.json.Decoder(_Head).decode
_decode_any = msgspec.json.Decoder().decode


def _rfc3339_ns(text: str) -> int | None:
    try:
        moment = parse_iso(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return int(moment.timestamp()) * _NS_PER_S + moment.microsecond * 1000


def exchange_ns(ts_ms: Any, ts: Any, sending_ts_ms: Any) -> int | None:
    """The exchange's time of a message in ns: `ts_ms`, else `ts` (Unix seconds or RFC 3339),
    else `sending_ts_ms`; None when it carries none."""
    if isinstance(ts_ms, int) and not isinstance(ts_ms, bool):
        return ts_ms * _NS_PER_MS
    if isinstance(ts, int) and not isinstance(ts, bool):
        return ts * _NS_PER_S
    if isinstance(ts, str):
        found = _rfc3339_ns(ts)
        if found is not None:
            return found
    if isinstance(sending_ts_ms, int) and not isinstance(sending_ts_ms, bool):
        return sending_ts_ms * _NS_PER_MS
    return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _integer(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Rows:
    """Column lists of the rows collected since the last flush (the `session` column is the
    writer's, so it is not kept per row)."""

    __slots__ = (
        "channel",
        "clock",
        "date",
        "delta_fp",
        "exchange_ns",
        "kind",
        "market_ticker",
        "payload",
        "price_dollars",
        "record",
        "recv_ns",
        "seq",
        "sid",
        "side",
        "type",
    )

    def __init__(self) -> None:
        self.recv_ns: list[int] = []
        self.record: list[int] = []
        self.kind: list[str] = []
        self.type: list[str] = []
        self.sid: list[int | None] = []
        self.seq: list[int | None] = []
        self.market_ticker: list[str | None] = []
        self.exchange_ns: list[int | None] = []
        self.clock: list[int | None] = []
        self.side: list[str | None] = []
        self.price_dollars: list[str | None] = []
        self.delta_fp: list[str | None] = []
        self.payload: list[str] = []
        self.date: list[str] = []
        self.channel: list[str] = []

    def __len__(self) -> int:
        return len(self.record)

    def add(
        self,
        recv_ns: int,
        record: int,
        kind: str,
        type_: str,
        *,
        channel: str,
        payload: str,
        sid: int | None = None,
        seq: int | None = None,
        market_ticker: str | None = None,
        exchange_time_ns: int | None = None,
        clock: int | None = None,
        side: str | None = None,
        price_dollars: str | None = None,
        delta_fp: str | None = None,
        date: str | None = None,
    ) -> None:
        self.recv_ns.append(recv_ns)
        self.record.append(record)
        self.kind.append(kind)
        self.type.append(type_)
        self.sid.append(sid)
        self.seq.append(seq)
        self.market_ticker.append(market_ticker)
        self.exchange_ns.append(exchange_time_ns)
        self.clock.append(clock)
        self.side.append(side)
        self.price_dollars.append(price_dollars)
        self.delta_fp.append(delta_fp)
        self.payload.append(payload)
        self.date.append(date if date is not None else date_of(recv_ns))
        self.channel.append(channel)

    def add_frame(
        self, recv_ns: int, record: int, frame: bytes, date: str, sid_channels: dict[int, str]
    ) -> None:
        """One WebSocket frame as received. `sid_channels` maps the sids seen in `subscribed`
        replies to their channel, and is updated by this frame when it is one."""
        try:
            head = _decode_head(frame)
        except (msgspec.ValidationError, msgspec.DecodeError):
            self._add_loose_frame(recv_ns, record, frame, date, sid_channels)
            return
        body = head.msg if type(head.msg) is _Body else None
        type_ = head.type
        sid = head.sid
        if body is None:
            channel = sid_channels.get(sid, "") if sid is not None else ""
            self.add(
                recv_ns,
                record,
                KIND_MESSAGE,
                type_,
                channel=channel or channel_for_type(type_),
                payload=frame.decode("utf-8", "replace"),
                sid=sid,
                seq=head.seq,
                date=date,
                exchange_time_ns=exchange_ns(None, None, head.sending_ts_ms),
            )
            return
        if type_ == "subscribed" and body.sid is not None and body.channel:
            sid_channels[body.sid] = safe_channel(body.channel)
            sid = body.sid if sid is None else sid
            channel = sid_channels[body.sid]
        else:
            channel = (sid_channels.get(sid, "") if sid is not None else "") or channel_for_type(type_)
        is_delta = type_ == "orderbook_delta"
        self.add(
            recv_ns,
            record,
            KIND_MESSAGE,
            type_,
            channel=channel,
            payload=frame.decode("utf-8", "replace"),
            sid=sid,
            seq=head.seq,
            market_ticker=body.market_ticker or body.ticker,
            exchange_time_ns=exchange_ns(body.ts_ms, body.ts, head.sending_ts_ms),
            clock=body.clock,
            side=body.side if is_delta else None,
            price_dollars=body.price_dollars if is_delta else None,
            delta_fp=body.delta_fp if is_delta else None,
            date=date,
        )

    def _add_loose_frame(
        self, recv_ns: int, record: int, frame: bytes, date: str, sid_channels: dict[int, str]
    ) -> None:
        """A frame whose fields do not have the usual types: read what can be read, keep it whole."""
        text = frame.decode("utf-8", "replace")
        try:
            document = _decode_any(frame)
        except msgspec.DecodeError:
            document = None
        if not isinstance(document, dict):
            self.add(
                recv_ns, record, KIND_MESSAGE, "invalid", channel=CHANNEL_CONTROL, payload=text, date=date
            )
            return
        type_ = _text(document.get("type")) or ""
        sid = _integer(document.get("sid"))
        body = document.get("msg")
        body = body if isinstance(body, dict) else {}
        channel = (sid_channels.get(sid, "") if sid is not None else "") or channel_for_type(type_)
        self.add(
            recv_ns,
            record,
            KIND_MESSAGE,
            type_,
            channel=channel,
            payload=text,
            sid=sid,
            seq=_integer(document.get("seq")),
            market_ticker=_text(body.get("market_ticker")) or _text(body.get("ticker")),
            exchange_time_ns=exchange_ns(body.get("ts_ms"), body.get("ts"), document.get("sending_ts_ms")),
            clock=_integer(body.get("clock")),
            date=date,
        )
