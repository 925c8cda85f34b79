# generated from fix-dictionary.json and kalshi-fix-dictionary.xml v1.03 by tools/codegen — do not edit
"""The enumerated values of Kalshi's FIX fields (dictionary v1.03): one class per field,
named as the field. Members compare equal to their wire values (`Side.BUY_YES == "1"`,
`PartyRole.CUSTOMER_ACCOUNT == 24`); a message received with a value not listed here keeps the
plain value, so a new value never breaks a session.
"""

from __future__ import annotations

import enum

__all__ = [
    "AcceptQuoteStatus",
    "AggressorSide",
    "ApplVerID",
    "BusinessRejectReason",
    "CollateralAmountType",
    "CxlRejReason",
    "CxlRejResponseTo",
    "DefaultApplVerID",
    "EncryptMethod",
    "EventResendRejectReason",
    "ExecInst",
    "ExecType",
    "MDEntryType",
    "MDReqRejReason",
    "MDUpdateAction",
    "MarketResult",
    "MarketSettlementPartyRole",
    "MassCancelRequestType",
    "MassCancelResponse",
    "MiscFeeBasis",
    "MiscFeeType",
    "MsgType",
    "MultivariateSelectedSide",
    "OrdRejReason",
    "OrdStatus",
    "OrdType",
    "OrderGroupAction",
    "PartyRole",
    "QuoteCancelStatus",
    "QuoteConfirmStatus",
    "QuoteRequestRejectReason",
    "QuoteRequestType",
    "QuoteStatus",
    "RFQCancelStatus",
    "SecurityTradingStatus",
    "SelfTradePreventionType",
    "SessionRejectReason",
    "Side",
    "SubscriptionRequestType",
    "TimeInForce",
]


class AcceptQuoteStatus(enum.IntEnum):
    """AcceptQuoteStatus(21025)."""

    ACCEPTED = 0
    REJECTED = 1


class AggressorSide(str, enum.Enum):
    """AggressorSide(2446)."""

    BUY = "1"
    SELL = "2"


class ApplVerID(str, enum.Enum):
    """ApplVerID(1128)."""

    FIX50SP2 = "9"


class BusinessRejectReason(enum.IntEnum):
    """BusinessRejectReason(380)."""

    OTHER = 0
    UNKNOWN_ID = 1
    UNKNOWN_SECURITY = 2
    UNSUPPORTED_MESSAGE_TYPE = 3
    APPLICATION_NOT_AVAILABLE = 4
    CONDITIONALLY_REQUIRED_FIELD_MISSING = 5
    NOT_AUTHORIZED = 6
    RATE_LIMIT_EXCEEDED = 8


class CollateralAmountType(str, enum.Enum):
    """CollateralAmountType(1705)."""

    BALANCE = "BALANCE"
    PAYOUT = "PAYOUT"


class CxlRejReason(enum.IntEnum):
    """CxlRejReason(102)."""

    TOO_LATE_TO_CANCEL = 0
    UNKNOWN_ORDER = 1
    BROKER = 2
    INVALID_PRICE_INCREMENT = 18
    OTHER = 99


class CxlRejResponseTo(str, enum.Enum):
    """CxlRejResponseTo(434)."""

    ORDER_CANCEL_REQUEST = "1"
    ORDER_CANCEL_REPLACE_REQUEST = "2"


class DefaultApplVerID(str, enum.Enum):
    """DefaultApplVerID(1137)."""

    FIX50SP2 = "9"


class EncryptMethod(enum.IntEnum):
    """EncryptMethod(98)."""

    NONE = 0


class EventResendRejectReason(enum.IntEnum):
    """EventResendRejectReason(21004)."""

    RATE_LIMITED = 1
    SERVER_ERROR = 2
    BEGIN_EXECID_TOO_SMALL = 3
    END_EXECID_TOO_LARGE = 4


class ExecInst(str, enum.Enum):
    """ExecInst(18)."""

    POST_ONLY = "6"


class ExecType(str, enum.Enum):
    """ExecType(150)."""

    NEW = "0"
    CANCELED = "4"
    REPLACED = "5"
    PENDING_CANCEL = "6"
    REJECTED = "8"
    PENDING_NEW = "A"
    EXPIRED = "C"
    PENDING_REPLACE = "E"
    TRADE = "F"


class MDEntryType(str, enum.Enum):
    """MDEntryType(269)."""

    BID = "0"
    OFFER = "1"
    TRADE = "2"


class MDReqRejReason(str, enum.Enum):
    """MDReqRejReason(281)."""

    INSUFFICIENT_BANDWIDTH = "2"
    UNSUPPORTED_SUBSCRIPTION_REQUEST_TYPE = "4"


class MDUpdateAction(str, enum.Enum):
    """MDUpdateAction(279)."""

    NEW = "0"
    CHANGE = "1"
    DELETE = "2"


class MarketResult(str, enum.Enum):
    """MarketResult(20107)."""

    YES_OUTCOME = "yes"
    NO_OUTCOME = "no"
    SCALAR_VALUE = "scalar"


class MarketSettlementPartyRole(enum.IntEnum):
    """MarketSettlementPartyRole(20110)."""

    CUSTOMER_ACCOUNT = 24


class MassCancelRequestType(str, enum.Enum):
    """MassCancelRequestType(530)."""

    CANCEL_FOR_SESSION = "6"


class MassCancelResponse(str, enum.Enum):
    """MassCancelResponse(531)."""

    REJECTED = "0"
    ALL_ORDERS_CANCELLED = "6"


class MiscFeeBasis(enum.IntEnum):
    """MiscFeeBasis(891)."""

    ABSOLUTE = 0


class MiscFeeType(str, enum.Enum):
    """MiscFeeType(139)."""

    EXCHANGE_FEES = "4"


class MsgType(str, enum.Enum):
    """MsgType(35)."""

    HEARTBEAT = "0"
    TEST_REQUEST = "1"
    RESEND_REQUEST = "2"
    REJECT = "3"
    SEQUENCE_RESET = "4"
    LOGOUT = "5"
    EXECUTION_REPORT = "8"
    ORDER_CANCEL_REJECT = "9"
    LOGON = "A"
    NEW_ORDER_SINGLE = "D"
    ORDER_CANCEL_REQUEST = "F"
    ORDER_CANCEL_REPLACE_REQUEST = "G"
    BUSINESS_MESSAGE_REJECT = "j"
    QUOTE_REQUEST = "R"
    QUOTE = "S"
    QUOTE_CANCEL = "Z"
    QUOTE_REQUEST_ACK = "b"
    ORDER_MASS_CANCEL_REQUEST = "q"
    ORDER_MASS_CANCEL_REPORT = "r"
    QUOTE_STATUS_REPORT = "AI"
    QUOTE_REQUEST_REJECT = "AG"
    EVENT_RESEND_REQUEST = "U1"
    EVENT_RESEND_COMPLETE = "U2"
    EVENT_RESEND_REJECT = "U3"
    QUOTE_CONFIRM = "U7"
    QUOTE_CONFIRM_STATUS = "U8"
    QUOTE_CANCEL_STATUS = "U9"
    ACCEPT_QUOTE = "UA"
    RFQ_CANCEL_STATUS = "UB"
    ACCEPT_QUOTE_STATUS = "UC"
    RFQ_CANCEL = "UE"
    ORDER_GROUP_REQUEST = "UOG"
    ORDER_GROUP_RESPONSE = "UOH"
    MARKET_SETTLEMENT_REPORT = "UMS"


class MultivariateSelectedSide(str, enum.Enum):
    """MultivariateSelectedSide(20184)."""

    YES_LEG = "yes"
    NO_LEG = "no"


class OrdRejReason(enum.IntEnum):
    """OrdRejReason(103)."""

    UNKNOWN_SYMBOL = 1
    EXCHANGE_CLOSED = 2
    ORDER_EXCEEDS_LIMIT = 3
    TOO_LATE_TO_ENTER = 4
    DUPLICATE_ORDER = 6
    STALE_ORDER = 8
    UNSUPPORTED_ORDER_CHARACTERISTIC = 11
    INCORRECT_QUANTITY = 13
    UNKNOWN_ACCOUNT = 15
    OTHER = 99


class OrdStatus(str, enum.Enum):
    """OrdStatus(39)."""

    NEW = "0"
    PARTIALLY_FILLED = "1"
    FILLED = "2"
    CANCELED = "4"
    PENDING_CANCEL = "6"
    REJECTED = "8"
    PENDING_NEW = "A"
    EXPIRED = "C"
    PENDING_REPLACE = "E"
    REPLACED = "5"


class OrdType(str, enum.Enum):
    """OrdType(40)."""

    LIMIT = "2"


class OrderGroupAction(enum.IntEnum):
    """OrderGroupAction(20131)."""

    CREATE = 1
    RESET = 2
    DELETE = 3
    TRIGGER_CANCEL = 4
    UPDATE = 5


class PartyRole(enum.IntEnum):
    """PartyRole(452)."""

    CUSTOMER_ACCOUNT = 24


class QuoteCancelStatus(enum.IntEnum):
    """QuoteCancelStatus(298)."""

    CANCELLED = 0
    REJECTED = 1


class QuoteConfirmStatus(enum.IntEnum):
    """QuoteConfirmStatus(21010)."""

    ACCEPTED = 0
    REJECTED = 1


class QuoteRequestRejectReason(enum.IntEnum):
    """QuoteRequestRejectReason(658)."""

    UNKNOWN_SYMBOL = 1
    QUOTE_REQUEST_EXCEEDS_LIMIT = 3
    INSUFFICIENT_CREDIT = 11
    OTHER = 99


class QuoteRequestType(enum.IntEnum):
    """QuoteRequestType(303)."""

    MANUAL = 1
    AUTOMATIC = 2


class QuoteStatus(enum.IntEnum):
    """QuoteStatus(297)."""

    ACCEPTED = 0
    REJECTED = 5
    PENDING = 10
    CANCELLED = 17


class RFQCancelStatus(enum.IntEnum):
    """RFQCancelStatus(21013)."""

    CANCELED = 0
    REJECTED = 1


class SecurityTradingStatus(enum.IntEnum):
    """SecurityTradingStatus(326)."""

    RESUME = 3
    TRADING_HALT = 2
    KALSHI_DETERMINED = 100
    KALSHI_SETTLED = 101


class SelfTradePreventionType(enum.IntEnum):
    """SelfTradePreventionType(2964)."""

    UNKNOWN = 0
    TAKER_AT_CROSS = 1
    MAKER = 2


class SessionRejectReason(enum.IntEnum):
    """SessionRejectReason(373)."""

    INVALID_TAG_NUMBER = 0
    REQUIRED_TAG_MISSING = 1
    TAG_NOT_DEFINED_FOR_MESSAGE = 2
    UNDEFINED_TAG = 3
    TAG_SPECIFIED_WITHOUT_VALUE = 4
    VALUE_INCORRECT = 5
    INCORRECT_DATA_FORMAT = 6
    DECRYPTION_PROBLEM = 7
    SIGNATURE_PROBLEM = 8
    COMPID_PROBLEM = 9
    SENDINGTIME_ACCURACY_PROBLEM = 10
    INVALID_MSGTYPE = 11
    XML_VALIDATION_ERROR = 12
    TAG_APPEARS_MORE_THAN_ONCE = 13
    TAG_SPECIFIED_OUT_OF_REQUIRED_ORDER = 14
    REPEATING_GROUP_FIELDS_OUT_OF_ORDER = 15
    INCORRECT_NUMINGROUP_COUNT_FOR_REPEATING_GROUP = 16
    NON_DATA_VALUE_INCLUDES_FIELD_DELIMITER = 17
    INVALID_UNSUPPORTED_APPLICATION_VERSION = 18
    OTHER = 99


class Side(str, enum.Enum):
    """Side(54)."""

    BUY_YES = "1"
    SELL_NO = "2"


class SubscriptionRequestType(str, enum.Enum):
    """SubscriptionRequestType(263)."""

    SNAPSHOT = "0"
    SUBSCRIBE = "1"
    UNSUBSCRIBE = "2"


class TimeInForce(str, enum.Enum):
    """TimeInForce(59)."""

    DAY = "0"
    GTC = "1"
    IOC = "3"
    FOK = "4"
    GTD = "6"
