"""Kalshi's FIX API (FIXT.1.1, FIX50SP2): sessions for every event-contract session type, typed
messages generated from Kalshi's dictionary, and the codec and session core both roles share.

    from kalshi_py.auth import KalshiAuth
    import kalshi_py.fix

    async with kalshi_py.fix.connect(KalshiAuth(key_id, pem), environment="demo") as session:
        report = await session.place("KXFED-26DEC-T4.00", "buy", 10, Decimal("0.35"))
        async for report in session.executions():
            ...

Session types (`session_type=`): "order_entry" (KalshiNR), "order_entry_retransmit" (KalshiRT),
"drop_copy" (KalshiDC), "market_data" (KalshiMD), "rfq" (KalshiRFQ), "post_trade" (KalshiPT).
Each class also has a blocking face: `OrderEntrySession.sync(...)`.
"""

from __future__ import annotations

from typing import Any, Literal, overload

from . import enums, errors, messages
from ._codec import decode, encode
from ._message import Group, Message, UnknownMessage
from ._values import UTCTimestamp
from .client import FixClient
from .drop_copy import DropCopySession
from .market_data import MarketDataSession
from .orders import OrderEntrySession
from .post_trade import PostTradeSession
from .rfq import RFQSession
from .session_types import DEMO, PRODUCTION, FixEnvironment, SessionType
from .store import FileStore, MemoryStore, SessionStore
from .sync import SyncFixClient

__all__ = [
    "DEMO",
    "PRODUCTION",
    "DropCopySession",
    "FileStore",
    "FixClient",
    "FixEnvironment",
    "Group",
    "MarketDataSession",
    "MemoryStore",
    "Message",
    "OrderEntrySession",
    "PostTradeSession",
    "RFQSession",
    "SessionStore",
    "SessionType",
    "SyncFixClient",
    "UTCTimestamp",
    "UnknownMessage",
    "connect",
    "decode",
    "encode",
    "enums",
    "errors",
    "messages",
]

_CLASSES: dict[SessionType, type[FixClient]] = {
    SessionType.ORDER_ENTRY: OrderEntrySession,
    SessionType.ORDER_ENTRY_RETRANSMIT: OrderEntrySession,
    SessionType.DROP_COPY: DropCopySession,
    SessionType.MARKET_DATA: MarketDataSession,
    SessionType.RFQ: RFQSession,
    SessionType.POST_TRADE: PostTradeSession,
}


@overload
def connect(
    auth: Any, session_type: Literal["order_entry", "order_entry_retransmit"] = ..., **kwargs: Any
) -> OrderEntrySession: ...
@overload
def connect(auth: Any, session_type: Literal["drop_copy"], **kwargs: Any) -> DropCopySession: ...
@overload
def connect(auth: Any, session_type: Literal["market_data"], **kwargs: Any) -> MarketDataSession: ...
@overload
def connect(auth: Any, session_type: Literal["rfq"], **kwargs: Any) -> RFQSession: ...
@overload
def connect(auth: Any, session_type: Literal["post_trade"], **kwargs: Any) -> PostTradeSession: ...
@overload
def connect(auth: Any, session_type: SessionType | str, **kwargs: Any) -> FixClient: ...
def connect(auth: Any, session_type: SessionType | str = "order_entry", **kwargs: Any) -> FixClient:
    """A session of `session_type`, to use with `async with` (which connects and logs on, then
    logs out). Keyword arguments are those of `FixClient` and of the session type's class."""
    from .session_types import session_type as spec_of

    spec = spec_of(session_type)
    return _CLASSES[spec.session_type](auth, session_type=spec.session_type, **kwargs)
