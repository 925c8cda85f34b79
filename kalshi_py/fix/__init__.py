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
Each class also has a blocking face: `OrderEntrySession.sync(...)`. Given no key, `connect`
takes the one `kalshi_py.create_client` reads (`KALSHI_API_KEY_ID`, ...).

Margin (Perps) has FIX gateways of its own (`MARGIN_PRODUCTION`, `MARGIN_DEMO`) with order entry,
drop copy and market data; `connect_margin` takes its arguments in `connect`'s order (the key,
then the session type) and, given no key, the margin API key from the `KALSHI_MARGIN_*`
variables `kalshi_py.margin` reads:

    async with kalshi_py.fix.connect_margin(environment="demo") as session:
        report = await session.place(market_ticker, "bid", 2, Decimal("0.5200"))
"""

from __future__ import annotations

from typing import Any, Literal, overload

from . import enums, errors, messages
from ._codec import decode, encode
from ._margin import margin_environment
from ._message import Group, Message, UnknownMessage
from ._values import UTCTimestamp
from .client import FixClient
from .drop_copy import DropCopySession
from .logon import api_key_from_environment
from .market_data import MarketDataSession
from .orders import OrderEntrySession
from .post_trade import PostTradeSession
from .rfq import RFQSession
from .session_types import (
    DEMO,
    MARGIN_DEMO,
    MARGIN_PRODUCTION,
    PRODUCTION,
    FixEnvironment,
    SessionType,
)
from .session_types import session_type as session_type_spec
from .store import FileStore, MemoryStore, SessionStore
from .sync import SyncFixClient

__all__ = [
    "DEMO",
    "MARGIN_DEMO",
    "MARGIN_PRODUCTION",
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
    "connect_margin",
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
    auth: Any = ..., session_type: Literal["order_entry", "order_entry_retransmit"] = ..., **kwargs: Any
) -> OrderEntrySession: ...
@overload
def connect(auth: Any = ..., *, session_type: Literal["drop_copy"], **kwargs: Any) -> DropCopySession: ...
@overload
def connect(auth: Any, session_type: Literal["drop_copy"], **kwargs: Any) -> DropCopySession: ...
@overload
def connect(auth: Any = ..., *, session_type: Literal["market_data"], **kwargs: Any) -> MarketDataSession: ...
@overload
def connect(auth: Any, session_type: Literal["market_data"], **kwargs: Any) -> MarketDataSession: ...
@overload
def connect(auth: Any = ..., *, session_type: Literal["rfq"], **kwargs: Any) -> RFQSession: ...
@overload
def connect(auth: Any, session_type: Literal["rfq"], **kwargs: Any) -> RFQSession: ...
@overload
def connect(auth: Any = ..., *, session_type: Literal["post_trade"], **kwargs: Any) -> PostTradeSession: ...
@overload
def connect(auth: Any, session_type: Literal["post_trade"], **kwargs: Any) -> PostTradeSession: ...
@overload
def connect(auth: Any = ..., session_type: SessionType | str = ..., **kwargs: Any) -> FixClient: ...
def connect(
    auth: Any = None,
    session_type: SessionType | str = "order_entry",
    *,
    password: str | bytes | None = None,
    **kwargs: Any,
) -> FixClient:
    """A session of `session_type`, to use with `async with` (which connects and logs on, then
    logs out).

    `auth` is the FIX API key (a `KalshiAuth` or a `KalshiAuthenticatedClient`), else the one
    `kalshi_py.create_client` reads: `KALSHI_API_KEY_ID` and `KALSHI_PY_PRIVATE_KEY_PEM` or
    `KALSHI_PRIVATE_KEY_PATH` (`password` decrypts it). Other keyword arguments are those of
    `FixClient` and of the session type's class."""
    _check_auth("connect", auth)
    spec = session_type_spec(session_type)
    key = auth if auth is not None else api_key_from_environment(password)
    return _CLASSES[spec.session_type](key, session_type=spec.session_type, **kwargs)


@overload
def connect_margin(
    auth: Any = ..., session_type: Literal["order_entry", "order_entry_retransmit"] = ..., **kwargs: Any
) -> OrderEntrySession: ...
@overload
def connect_margin(
    auth: Any = ..., *, session_type: Literal["drop_copy"], **kwargs: Any
) -> DropCopySession: ...
@overload
def connect_margin(auth: Any, session_type: Literal["drop_copy"], **kwargs: Any) -> DropCopySession: ...
@overload
def connect_margin(
    auth: Any = ..., *, session_type: Literal["market_data"], **kwargs: Any
) -> MarketDataSession: ...
@overload
def connect_margin(auth: Any, session_type: Literal["market_data"], **kwargs: Any) -> MarketDataSession: ...
@overload
def connect_margin(auth: Any = ..., session_type: SessionType | str = ..., **kwargs: Any) -> FixClient: ...
def connect_margin(
    auth: Any = None,
    session_type: SessionType | str = "order_entry",
    *,
    environment: FixEnvironment | str | None = None,
    password: str | bytes | None = None,
    **kwargs: Any,
) -> FixClient:
    """A session of Kalshi's margin (Perps) FIX gateways, to use with `async with`.

    `auth` is the margin API key (a `KalshiAuth` or a `kalshi_py.margin.MarginClient`), else the
    one in `KALSHI_MARGIN_API_KEY_ID` and `KALSHI_MARGIN_PRIVATE_KEY_PEM` or `_PATH` (`password`
    decrypts it). `session_type` is "order_entry" (KalshiNR), "order_entry_retransmit"
    (KalshiRT), "drop_copy" (KalshiDC) or "market_data" (KalshiMD). `environment` is "prod" or
    "demo", else `KALSHI_MARGIN_ENV`, else production; `host`/`port` override its host. Other
    keyword arguments are those of `connect`. Orders are placed with `side` "bid" or "ask", whole
    contracts and dollar prices; what the margin gateways do not take (RFQs, quotes, settlement
    reports, ExDestination, MaxExecutionCost, ...) raises `FixValidationError` before it is sent."""
    _check_auth("connect_margin", auth)
    return connect(
        auth if auth is not None else api_key_from_environment(password, margin=True),
        session_type,
        environment=margin_environment(environment),
        **kwargs,
    )


def _check_auth(name: str, auth: Any) -> None:
    """Refuse a session type given where the key goes (`auth` comes first)."""
    if not isinstance(auth, str):
        return
    try:
        named = session_type_spec(auth).session_type.value
    except ValueError:
        return  # not a session type: the session class says what `auth` must be
    raise TypeError(
        f"{name}() takes the API key first and got the session type {auth!r} in its place: "
        f"pass it by name, {name}(session_type={named!r}), or after the key, {name}(auth, {named!r})"
    )
