"""The layout of a dataset and the schema of its `messages` table (documented in docs/data.md).

    ROOT/messages/date=2026-12-01/channel=orderbook_delta/part-<session>-<segment>.parquet
    ROOT/<history table>/...            (see `kalshi_py.data.history`)
    ROOT/_journal/                      open segments of running recorders (not part of the data)

One row per record. A record is a WebSocket frame exactly as received (`kind="message"`), a REST
order book fetched when a book was (re)synced (`"rest_orderbook"`), a status event of the stream
(`"status"`: gap, resync, disconnect...) or the start and stop of a recorder session
(`"session"`). `(session, record)` is unique; `record` counts up from 1 within a session.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from . import _extras

__all__ = [
    "CHANNEL_CONTROL",
    "CHANNEL_RECORDER",
    "DECIMAL_PRECISION",
    "DECIMAL_SCALE",
    "FILE_COLUMNS",
    "JOURNAL_DIR",
    "KIND_MESSAGE",
    "KIND_REST_ORDERBOOK",
    "KIND_SESSION",
    "KIND_STATUS",
    "MESSAGES",
    "PARTITION_COLUMNS",
    "TYPE_CHANNEL",
    "channel_for_type",
    "date_of",
    "decimal_type",
    "file_schema",
    "journal_schema",
    "safe_channel",
]

MESSAGES = "messages"
JOURNAL_DIR = "_journal"

KIND_MESSAGE = "message"
KIND_REST_ORDERBOOK = "rest_orderbook"
KIND_STATUS = "status"
KIND_SESSION = "session"

CHANNEL_RECORDER = "recorder"
"""The partition of status and session records."""
CHANNEL_CONTROL = "control"
"""The partition of frames that belong to no subscription (an error to a command, ...)."""

DECIMAL_PRECISION = 18
DECIMAL_SCALE = 6
"""Money and counts: exact decimals with 6 places (Kalshi sends at most 4 for prices, 2 for counts)."""

FILE_COLUMNS = (
    "recv_ns",
    "session",
    "record",
    "kind",
    "type",
    "sid",
    "seq",
    "market_ticker",
    "exchange_ns",
    "clock",
    "side",
    "price_dollars",
    "delta_fp",
    "payload",
)
PARTITION_COLUMNS = ("date", "channel")

TYPE_CHANNEL = {
    "orderbook_snapshot": "orderbook_delta",
    "market_position": "market_positions",
    "user_order": "user_orders",
    "event_lifecycle": "market_lifecycle_v2",
    "event_fee_update": "market_lifecycle_v2",
    "cfbenchmarks_value_indexlist": "cfbenchmarks_value",
    "cfbenchmarks_value_5hz_indexlist": "cfbenchmarks_value_5hz",
    "pyth_value_underlying_list": "pyth_value",
}
"""The channel of the message types not named after their channel, for a frame whose sid names
no known subscription (every other type is its channel's name)."""

_SAFE_CHANNEL = re.compile(r"[a-z0-9_]{1,64}")
_REPLIES = frozenset({"subscribed", "ok", "error", "unsubscribed", "invalid"})


def channel_for_type(message_type: str) -> str:
    """The partition of a frame of `message_type` whose subscription is unknown."""
    channel = TYPE_CHANNEL.get(message_type)
    if channel is not None:
        return channel
    if message_type in _REPLIES:
        return CHANNEL_CONTROL
    return safe_channel(message_type)


def safe_channel(channel: str) -> str:
    """`channel` if it can name a partition folder, else the control partition."""
    return channel if _SAFE_CHANNEL.fullmatch(channel) else CHANNEL_CONTROL


def date_of(recv_ns: int) -> str:
    """The UTC date (YYYY-MM-DD) of a time in nanoseconds since the Unix epoch."""
    return datetime.fromtimestamp(recv_ns // 1_000_000_000, tz=timezone.utc).strftime("%Y-%m-%d")


def decimal_type() -> Any:
    return _extras.pyarrow().decimal128(DECIMAL_PRECISION, DECIMAL_SCALE)


def file_schema() -> Any:
    """The columns stored in each Parquet file of the messages table."""
    pa = _extras.pyarrow()
    dec = decimal_type()
    return pa.schema(
        [
            pa.field("recv_ns", pa.int64(), nullable=False),
            pa.field("session", pa.string(), nullable=False),
            pa.field("record", pa.int64(), nullable=False),
            pa.field("kind", pa.string(), nullable=False),
            pa.field("type", pa.string(), nullable=False),
            pa.field("sid", pa.int64()),
            pa.field("seq", pa.int64()),
            pa.field("market_ticker", pa.string()),
            pa.field("exchange_ns", pa.int64()),
            pa.field("clock", pa.int64()),
            pa.field("side", pa.string()),
            pa.field("price_dollars", dec),
            pa.field("delta_fp", dec),
            pa.field("payload", pa.string(), nullable=False),
        ]
    )


def journal_schema() -> Any:
    """The file columns plus the partition columns: what an open segment's journal holds."""
    pa = _extras.pyarrow()
    schema = file_schema()
    return schema.append(pa.field("date", pa.string(), nullable=False)).append(
        pa.field("channel", pa.string(), nullable=False)
    )
