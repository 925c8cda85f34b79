"""`Tape`: the market data of a recording, in the order it was received, ready to play back.

A tape holds every frame of a public channel (`orderbook_delta` with its snapshots, `trade`,
`ticker`, `market_lifecycle_v2`, ...) that a `kalshi record` dataset holds, with its receive
time, its channel and market, and its `msg` as the exact bytes recorded. Replies to commands,
the recorder's own account channels (`fill`, `user_orders`, ...) and the recorder's status
records are left out: they were the recorder's, not the market's.

`Frame.encode(sid, seq)` is the frame as a subscriber gets it: the recorded `msg` under the
subscriber's own `sid` and `seq` (a frame recorded without a `seq`, such as `ticker`, gets none).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

import msgspec

from kalshi_py.data import Dataset

__all__ = ["PRIVATE_CHANNELS", "Frame", "Tape", "TapeError"]

PRIVATE_CHANNELS = frozenset(
    {
        "fill",
        "user_orders",
        "market_positions",
        "order_group_updates",
        "communications",
        "control",
        "recorder",
    }
)
"""Partitions not played back: the recorder's own account and bookkeeping."""


class TapeError(ValueError):
    """A dataset that cannot be played back, saying why."""


class _Head(msgspec.Struct):
    type: str
    msg: msgspec.Raw = msgspec.Raw(b"null")
    seq: int | None = None


@dataclass(frozen=True, slots=True)
class Frame:
    """One recorded frame of a public channel."""

    recv_ns: int
    channel: str
    type: str
    market_ticker: str | None
    sequenced: bool
    msg: bytes
    prefix: bytes = field(repr=False, default=b"")

    def encode(self, sid: int, seq: int | None) -> bytes:
        """The frame for a subscription: the recorded `msg` under `sid` (and `seq`)."""
        if seq is None:
            return b'%s,"sid":%d,"msg":%s}' % (self.prefix, sid, self.msg)
        return b'%s,"sid":%d,"seq":%d,"msg":%s}' % (self.prefix, sid, seq, self.msg)


@dataclass
class Tape:
    """Recorded frames in receive order, and what the exchange needs to list their markets."""

    frames: list[Frame]

    @property
    def start_ns(self) -> int:
        return self.frames[0].recv_ns

    @property
    def end_ns(self) -> int:
        return self.frames[-1].recv_ns

    @property
    def market_tickers(self) -> list[str]:
        return sorted({f.market_ticker for f in self.frames if f.market_ticker is not None})

    def __len__(self) -> int:
        return len(self.frames)

    @classmethod
    def load(cls, dataset: Dataset | str | os.PathLike[str]) -> Tape:
        """The tape of the messages table of `dataset` (raises `TapeError` when it holds no
        frame to play back)."""
        ds = dataset if isinstance(dataset, Dataset) else Dataset(dataset)
        try:
            records = ds.messages(kinds=["message"])
            return cls.of((r.recv_ns, r.channel, r.market_ticker, r.payload) for r in records)
        except TapeError:
            raise
        except Exception as exc:
            raise TapeError(f"cannot read the recording {ds.storage.root}: {exc}") from exc

    @classmethod
    def of(cls, records: Iterable[tuple[int, str, str | None, str]]) -> Tape:
        """The tape of `(recv_ns, channel, market_ticker, frame JSON)` records in receive order."""
        decoder = msgspec.json.Decoder(_Head)
        frames: list[Frame] = []
        prefixes: dict[str, bytes] = {}
        for recv_ns, channel, ticker, payload in records:
            if channel in PRIVATE_CHANNELS:
                continue
            try:
                head = decoder.decode(payload)
            except (msgspec.DecodeError, msgspec.ValidationError):
                continue  # an `invalid` frame: recorded as received, nothing to play
            prefix = prefixes.get(head.type)
            if prefix is None:
                prefix = prefixes[head.type] = b'{"type":' + msgspec.json.encode(head.type)
            body = bytes(head.msg)
            frames.append(Frame(recv_ns, channel, head.type, ticker, head.seq is not None, body, prefix))
        if not frames:
            raise TapeError("the recording holds no market data to play back (no public channel frames)")
        return cls(frames)
