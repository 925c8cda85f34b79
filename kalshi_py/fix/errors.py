"""Every error the FIX client raises, under kalshi-py's `KalshiError`.

KalshiError
├── OrderStateUnknown            (kalshi_py.errors) an order was sent and its outcome could not
│                                be settled, even after reconnecting; carries client_order_id
└── FixError
    ├── FixValidationError       an outgoing message is invalid; nothing was sent (also a ValueError)
    ├── FixDecodeError           an incoming message cannot be read (reason code, tag, MsgSeqNum)
    │   └── FixFrameError        BeginString, BodyLength or CheckSum is wrong
    ├── FixConnectionError       the connection could not be opened or was lost
    ├── LogonRefused             the counterparty answered our Logon with a Logout (its Text)
    ├── SessionClosed            the session has ended; pending requests fail with this
    ├── SequenceError            MsgSeqNum lower than expected without PossDupFlag (fatal)
    └── RequestRejected          the counterparty refused something we sent; `message` is its
        │                        typed answer
        ├── SessionRejected          Reject (35=3)
        ├── BusinessMessageRejected  BusinessMessageReject (35=j)
        ├── OrderRejected            ExecutionReport with ExecType=8 (Rejected)
        ├── CancelRejected           OrderCancelReject (35=9)
        ├── MarketDataRejected       MarketDataRequestReject (35=Y)
        ├── QuoteRequestRejected     QuoteRequestReject (35=AG)
        └── EventResendRejected      EventResendReject (35=U3), drop copy
"""

from __future__ import annotations

from typing import Any

from ..errors import KalshiError, OrderStateUnknown, RequestValidationError

__all__ = [
    "BusinessMessageRejected",
    "CancelRejected",
    "EventResendRejected",
    "FixConnectionError",
    "FixDecodeError",
    "FixError",
    "FixFrameError",
    "FixValidationError",
    "LogonRefused",
    "MarketDataRejected",
    "OrderRejected",
    "OrderStateUnknown",
    "QuoteRequestRejected",
    "RequestRejected",
    "SequenceError",
    "SessionClosed",
    "SessionRejected",
]


class FixError(KalshiError):
    """Base class of every FIX error."""


class FixValidationError(FixError, RequestValidationError):
    """An outgoing message is invalid (a required field missing, a wrong type, an unknown enum
    value); nothing was sent."""


class FixDecodeError(FixError):
    """An incoming message cannot be read.

    `reason` is the SessionRejectReason(373) code that describes it, `ref_tag` the tag at fault
    (if one is), `msg_type` and `msg_seq_num` the message's own when they could be read.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: int = 99,
        ref_tag: int | None = None,
        msg_type: str | None = None,
        msg_seq_num: int | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.ref_tag = ref_tag
        self.msg_type = msg_type
        self.msg_seq_num = msg_seq_num


class FixFrameError(FixDecodeError):
    """A frame whose BeginString, BodyLength or CheckSum is wrong (a garbled message)."""


class FixConnectionError(FixError):
    """The connection could not be opened, or was lost."""


class LogonRefused(FixError):
    """The counterparty refused the Logon; `text` is the reason it gave (Logout Text)."""

    def __init__(self, message: str, *, text: str | None = None) -> None:
        super().__init__(message)
        self.text = text


class SessionClosed(FixError):
    """The session has ended (Logout, closed by the caller, or reconnecting gave up)."""


class SequenceError(FixError):
    """A MsgSeqNum lower than expected without PossDupFlag=Y: the session cannot continue."""


class RequestRejected(FixError):
    """The counterparty refused something we sent; `message` is its typed answer."""

    def __init__(self, text: str, message: Any = None) -> None:
        super().__init__(text)
        self.message = message


class SessionRejected(RequestRejected):
    """A Reject (35=3): a message we sent broke a session-level rule."""


class BusinessMessageRejected(RequestRejected):
    """A BusinessMessageReject (35=j): an application message we sent was refused."""


class OrderRejected(RequestRejected):
    """An ExecutionReport with ExecType=8 (Rejected): the order was not accepted.
    `message.ord_rej_reason` and `message.text` say why."""


class CancelRejected(RequestRejected):
    """An OrderCancelReject (35=9): a cancel or cancel/replace was refused."""


class MarketDataRejected(RequestRejected):
    """A MarketDataRequestReject (35=Y)."""


class QuoteRequestRejected(RequestRejected):
    """A QuoteRequestReject (35=AG): an RFQ was refused."""


class EventResendRejected(RequestRejected):
    """An EventResendReject (35=U3): a drop-copy replay was refused."""
