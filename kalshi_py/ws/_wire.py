"""Frames as they come off the wire, before they become the typed messages of `messages`.

`orderbook_delta` is most of a live feed, and a book keyed by price hashes every delta's price: a
`Decimal` computes its hash on first use, which costs more than decoding it. So `decode_message`
reads a delta through `OrderbookDeltaFrame` (price and delta still strings) and turns the strings
into `Decimal`s with `shared_decimal`, which hands out one object per distinct text; its hash is
then computed once per price, not once per message. The typed `OrderbookDelta` is the same in
every field as the one the public Structs decode.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

__all__ = ["OrderbookDeltaFrame", "OrderbookDeltaFrameMsg"]


class OrderbookDeltaFrameMsg(msgspec.Struct, kw_only=True, gc=False):
    """`OrderbookDeltaMsg` as sent, fields in Kalshi's order, price and delta still strings."""

    market_ticker: str
    market_id: str | None = None
    price_dollars: str
    delta_fp: str
    side: str
    ts: datetime | None = None
    ts_ms: int | None = None
    clock: int | None = None
    client_order_id: str | None = None
    subaccount: int | None = None


class OrderbookDeltaFrame(msgspec.Struct, tag_field="type", tag="orderbook_delta", kw_only=True, gc=False):
    """An `orderbook_delta` frame as sent (a JSON number for a price does not fit: such a frame
    takes the public Structs' path)."""

    sid: int | None = None
    seq: int | None = None
    msg: OrderbookDeltaFrameMsg
    id: int | None = None
    sending_ts_ms: int | None = None
