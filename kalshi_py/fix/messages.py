# generated from fix-dictionary.json and kalshi-fix-dictionary.xml v1.03 by tools/codegen — do not edit
"""Kalshi's FIX messages (dictionary v1.03): one msgspec Struct per MsgType.

Attributes are the FIX field names in snake_case (`cl_ord_id`, `order_qty`,
`cancel_orders_on_disconnect`); each repeating group is a list of entries (`party_ids`,
`md_entries`). Prices and quantities are `Decimal` (prices in dollars), UTCTimestamps are aware
`datetime`s, Y/N flags are `bool`. Enumerated fields hold the wire value (`str` or `int`), which
compares equal to the members of `kalshi_py.fix.enums` (`report.exec_type == ExecType.TRADE`); a
value the dictionary does not list is kept as it came.

Reading is lenient: a field is required only where every source Kalshi publishes requires it,
and unknown tags are kept in `unknown_fields`. Writing is strict: the fields Kalshi's pages or
dictionary require, the types and the enum values are checked before anything is sent. A field
marked "event contracts only" is one the margin (Perps) pages leave out of a message they
document: the event-contract gateways take or send it, the margin gateways never do
(MDEntryDate and MDEntryTime on market-data entries, ExDestination on orders, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, ClassVar

import msgspec
from msgspec import convert

from . import enums as E
from ._message import Group, GroupSpec, Message, check_entries, masked_repr, read_group
from ._values import (
    UTCTimestamp,
    decode_hook,
    enum_writer,
    read_bool,
    read_decimal,
    write_bool,
    write_date,
    write_decimal,
    write_enum,
    write_int,
    write_str,
    write_time,
    write_timestamp,
)
from .fields import FIELD_KINDS, FIELD_NAMES

__all__ = [
    "ADMIN_MSG_TYPES",
    "FIELD_KINDS",
    "FIELD_NAMES",
    "FIELD_TAGS",
    "GROUPS",
    "KNOWN_TAGS",
    "MARGIN_ABSENT_MSG_TYPES",
    "MARGIN_REFUSED_TAGS",
    "MESSAGES",
    "READERS",
    "REQUIRED_TAGS",
    "WRITERS",
    "AcceptQuote",
    "AcceptQuoteStatus",
    "BusinessMessageReject",
    "CollateralAmountChange",
    "EventResendComplete",
    "EventResendReject",
    "EventResendRequest",
    "ExecutionReport",
    "Heartbeat",
    "Logon",
    "Logout",
    "MDEntry",
    "MVEOffendingLeg",
    "MarketDataIncrementalRefresh",
    "MarketDataIncrementalRefreshMDEntry",
    "MarketDataRequest",
    "MarketDataRequestReject",
    "MarketDataSnapshotFullRefresh",
    "MarketSettlementPartyID",
    "MarketSettlementReport",
    "MiscFee",
    "MultivariateSelectedLeg",
    "NewOrderSingle",
    "OrderCancelReject",
    "OrderCancelReplaceRequest",
    "OrderCancelRequest",
    "OrderGroupRequest",
    "OrderGroupResponse",
    "OrderMassCancelReport",
    "OrderMassCancelRequest",
    "PartyID",
    "Quote",
    "QuoteCancel",
    "QuoteCancelStatus",
    "QuoteConfirm",
    "QuoteConfirmStatus",
    "QuoteRequest",
    "QuoteRequestAck",
    "QuoteRequestReject",
    "QuoteStatusReport",
    "RFQCancel",
    "RFQCancelStatus",
    "Reject",
    "RelatedSym",
    "ResendRequest",
    "SecurityStatus",
    "SecurityStatusRequest",
    "SequenceReset",
    "TestRequest",
]

PriceReader = Callable[[str], Decimal]
PriceWriter = Callable[[object, int], str]
_ACCEPT_QUOTE_STATUS_OUT = enum_writer(E.AcceptQuoteStatus)
_AGGRESSOR_SIDE_OUT = enum_writer(E.AggressorSide)
_APPL_VER_ID_OUT = enum_writer(E.ApplVerID)
_BUSINESS_REJECT_REASON_OUT = enum_writer(E.BusinessRejectReason)
_COLLATERAL_AMOUNT_TYPE_OUT = enum_writer(E.CollateralAmountType)
_CXL_REJ_REASON_OUT = enum_writer(E.CxlRejReason)
_CXL_REJ_RESPONSE_TO_OUT = enum_writer(E.CxlRejResponseTo)
_DEFAULT_APPL_VER_ID_OUT = enum_writer(E.DefaultApplVerID)
_ENCRYPT_METHOD_OUT = enum_writer(E.EncryptMethod)
_EVENT_RESEND_REJECT_REASON_OUT = enum_writer(E.EventResendRejectReason)
_EXEC_INST_OUT = enum_writer(E.ExecInst)
_EXEC_TYPE_OUT = enum_writer(E.ExecType)
_MD_ENTRY_TYPE_OUT = enum_writer(E.MDEntryType)
_MD_REQ_REJ_REASON_OUT = enum_writer(E.MDReqRejReason)
_MD_UPDATE_ACTION_OUT = enum_writer(E.MDUpdateAction)
_MARKET_RESULT_OUT = enum_writer(E.MarketResult)
_MARKET_SETTLEMENT_PARTY_ROLE_OUT = enum_writer(E.MarketSettlementPartyRole)
_MASS_CANCEL_REQUEST_TYPE_OUT = enum_writer(E.MassCancelRequestType)
_MASS_CANCEL_RESPONSE_OUT = enum_writer(E.MassCancelResponse)
_MISC_FEE_BASIS_OUT = enum_writer(E.MiscFeeBasis)
_MISC_FEE_TYPE_OUT = enum_writer(E.MiscFeeType)
_MSG_TYPE_OUT = enum_writer(E.MsgType)
_MULTIVARIATE_SELECTED_SIDE_OUT = enum_writer(E.MultivariateSelectedSide)
_ORD_REJ_REASON_OUT = enum_writer(E.OrdRejReason)
_ORD_STATUS_OUT = enum_writer(E.OrdStatus)
_ORD_TYPE_OUT = enum_writer(E.OrdType)
_ORDER_GROUP_ACTION_OUT = enum_writer(E.OrderGroupAction)
_PARTY_ROLE_OUT = enum_writer(E.PartyRole)
_QUOTE_CANCEL_STATUS_OUT = enum_writer(E.QuoteCancelStatus)
_QUOTE_CONFIRM_STATUS_OUT = enum_writer(E.QuoteConfirmStatus)
_QUOTE_REQUEST_REJECT_REASON_OUT = enum_writer(E.QuoteRequestRejectReason)
_QUOTE_REQUEST_TYPE_OUT = enum_writer(E.QuoteRequestType)
_QUOTE_STATUS_OUT = enum_writer(E.QuoteStatus)
_RFQ_CANCEL_STATUS_OUT = enum_writer(E.RFQCancelStatus)
_SECURITY_TRADING_STATUS_OUT = enum_writer(E.SecurityTradingStatus)
_SELF_TRADE_PREVENTION_TYPE_OUT = enum_writer(E.SelfTradePreventionType)
_SESSION_REJECT_REASON_OUT = enum_writer(E.SessionRejectReason)
_SIDE_OUT = enum_writer(E.Side)
_SUBSCRIPTION_REQUEST_TYPE_OUT = enum_writer(E.SubscriptionRequestType)
_TIME_IN_FORCE_OUT = enum_writer(E.TimeInForce)


class PartyID(Group, kw_only=True, gc=False):
    """An entry of NoPartyIDs(453)."""

    party_id: str | None = msgspec.field(default=None, name="448")
    """PartyID(448)."""
    party_role: int | None = msgspec.field(default=None, name="452")
    """PartyRole(452), values in `enums.PartyRole`."""


class MiscFee(Group, kw_only=True, gc=False):
    """An entry of NoMiscFees(136)."""

    misc_fee_amt: Decimal | None = msgspec.field(default=None, name="137")
    """MiscFeeAmt(137)."""
    misc_fee_curr: str | None = msgspec.field(default=None, name="138")
    """MiscFeeCurr(138)."""
    misc_fee_type: str | None = msgspec.field(default=None, name="139")
    """MiscFeeType(139), values in `enums.MiscFeeType`."""
    misc_fee_basis: int | None = msgspec.field(default=None, name="891")
    """MiscFeeBasis(891), values in `enums.MiscFeeBasis`."""


class CollateralAmountChange(Group, kw_only=True, gc=False):
    """An entry of NoCollateralAmountChanges(1703)."""

    collateral_amount_change: Decimal | None = msgspec.field(default=None, name="1704")
    """CollateralAmountChange(1704)."""
    collateral_amount_type: str | None = msgspec.field(default=None, name="1705")
    """CollateralAmountType(1705), values in `enums.CollateralAmountType`."""


class MultivariateSelectedLeg(Group, kw_only=True, gc=False):
    """An entry of NoMultivariateSelectedLegs(20181)."""

    multivariate_selected_event_ticker: str | None = msgspec.field(default=None, name="20182")
    """MultivariateSelectedEventTicker(20182)."""
    multivariate_selected_market_ticker: str | None = msgspec.field(default=None, name="20183")
    """MultivariateSelectedMarketTicker(20183)."""
    multivariate_selected_side: str | None = msgspec.field(default=None, name="20184")
    """MultivariateSelectedSide(20184), values in `enums.MultivariateSelectedSide`."""


class MVEOffendingLeg(Group, kw_only=True, gc=False):
    """An entry of NoMVEOffendingLegs(20185)."""

    mve_offending_market_ticker: str | None = msgspec.field(default=None, name="20186")
    """MVEOffendingMarketTicker(20186)."""


class MarketSettlementPartyID(Group, kw_only=True, gc=False):
    """An entry of NoMarketSettlementPartyIDs(20108)."""

    market_settlement_party_id: str | None = msgspec.field(default=None, name="20109")
    """MarketSettlementPartyID(20109)."""
    market_settlement_party_role: int | None = msgspec.field(default=None, name="20110")
    """MarketSettlementPartyRole(20110), values in `enums.MarketSettlementPartyRole`."""
    long_qty: Decimal | None = msgspec.field(default=None, name="704")
    """LongQty(704)."""
    short_qty: Decimal | None = msgspec.field(default=None, name="705")
    """ShortQty(705)."""
    collateral_amount_changes: list[CollateralAmountChange] = msgspec.field(default_factory=list, name="1703")
    """NoCollateralAmountChanges(1703) entries."""
    misc_fees: list[MiscFee] = msgspec.field(default_factory=list, name="136")
    """NoMiscFees(136) entries."""


class RelatedSym(Group, kw_only=True, gc=False):
    """An entry of NoRelatedSym(146)."""

    symbol: str | None = msgspec.field(default=None, name="55")
    """Symbol(55)."""


class MDEntry(Group, kw_only=True, gc=False):
    """An entry of NoMDEntries(268)."""

    md_entry_type: str = msgspec.field(name="269")
    """MDEntryType(269), values in `enums.MDEntryType`."""
    md_entry_px: Decimal = msgspec.field(name="270")
    """MDEntryPx(270)."""
    md_entry_size: Decimal = msgspec.field(name="271")
    """MDEntrySize(271)."""
    md_entry_date: str | None = msgspec.field(default=None, name="272")
    """MDEntryDate(272), event contracts only."""
    md_entry_time: str | None = msgspec.field(default=None, name="273")
    """MDEntryTime(273), event contracts only."""


class MarketDataIncrementalRefreshMDEntry(Group, kw_only=True, gc=False):
    """An entry of NoMDEntries(268)."""

    md_update_action: str = msgspec.field(name="279")
    """MDUpdateAction(279), values in `enums.MDUpdateAction`."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    md_entry_type: str = msgspec.field(name="269")
    """MDEntryType(269), values in `enums.MDEntryType`."""
    md_entry_px: Decimal = msgspec.field(name="270")
    """MDEntryPx(270)."""
    md_entry_size: Decimal = msgspec.field(name="271")
    """MDEntrySize(271)."""
    md_entry_date: str | None = msgspec.field(default=None, name="272")
    """MDEntryDate(272), event contracts only."""
    md_entry_time: str | None = msgspec.field(default=None, name="273")
    """MDEntryTime(273), event contracts only."""
    aggressor_side: str | None = msgspec.field(default=None, name="2446")
    """AggressorSide(2446), values in `enums.AggressorSide`."""


_PARTY_ID_GROUP = GroupSpec(
    "NoPartyIDs(453)",
    PartyID,
    "448",
    {
        "448": ("party_id", str),
        "452": ("party_role", int),
    },
    {},
)


def _write_party_id_group(entries: list[PartyID], required: bool) -> str:
    out = f"453={len(entries)}\x01"
    for entry in check_entries(entries, PartyID, 453):
        if entry.party_id is not None:
            out += f"448={write_str(entry.party_id, 448)}\x01"
        if entry.party_role is not None:
            out += f"452={write_enum(_PARTY_ROLE_OUT, entry.party_role, 452)}\x01"
    return out


_MISC_FEE_GROUP = GroupSpec(
    "NoMiscFees(136)",
    MiscFee,
    "137",
    {
        "137": ("misc_fee_amt", read_decimal),
        "138": ("misc_fee_curr", str),
        "139": ("misc_fee_type", str),
        "891": ("misc_fee_basis", int),
    },
    {},
)


def _write_misc_fee_group(entries: list[MiscFee], required: bool) -> str:
    out = f"136={len(entries)}\x01"
    for entry in check_entries(entries, MiscFee, 136):
        out += f"137={write_decimal(entry.misc_fee_amt, 137)}\x01"
        out += f"138={write_str(entry.misc_fee_curr, 138)}\x01"
        out += f"139={write_enum(_MISC_FEE_TYPE_OUT, entry.misc_fee_type, 139)}\x01"
        out += f"891={write_enum(_MISC_FEE_BASIS_OUT, entry.misc_fee_basis, 891)}\x01"
    return out


_COLLATERAL_AMOUNT_CHANGE_GROUP = GroupSpec(
    "NoCollateralAmountChanges(1703)",
    CollateralAmountChange,
    "1704",
    {
        "1704": ("collateral_amount_change", read_decimal),
        "1705": ("collateral_amount_type", str),
    },
    {},
)


def _write_collateral_amount_change_group(entries: list[CollateralAmountChange], required: bool) -> str:
    out = f"1703={len(entries)}\x01"
    for entry in check_entries(entries, CollateralAmountChange, 1703):
        out += f"1704={write_decimal(entry.collateral_amount_change, 1704)}\x01"
        out += f"1705={write_enum(_COLLATERAL_AMOUNT_TYPE_OUT, entry.collateral_amount_type, 1705)}\x01"
    return out


_MULTIVARIATE_SELECTED_LEG_GROUP = GroupSpec(
    "NoMultivariateSelectedLegs(20181)",
    MultivariateSelectedLeg,
    "20182",
    {
        "20182": ("multivariate_selected_event_ticker", str),
        "20183": ("multivariate_selected_market_ticker", str),
        "20184": ("multivariate_selected_side", str),
    },
    {},
)


def _write_multivariate_selected_leg_group(entries: list[MultivariateSelectedLeg], required: bool) -> str:
    out = f"20181={len(entries)}\x01"
    for entry in check_entries(entries, MultivariateSelectedLeg, 20181):
        out += f"20182={write_str(entry.multivariate_selected_event_ticker, 20182)}\x01"
        out += f"20183={write_str(entry.multivariate_selected_market_ticker, 20183)}\x01"
        text = write_enum(_MULTIVARIATE_SELECTED_SIDE_OUT, entry.multivariate_selected_side, 20184)
        out += f"20184={text}\x01"
    return out


_MVE_OFFENDING_LEG_GROUP = GroupSpec(
    "NoMVEOffendingLegs(20185)",
    MVEOffendingLeg,
    "20186",
    {
        "20186": ("mve_offending_market_ticker", str),
    },
    {},
)


def _write_mve_offending_leg_group(entries: list[MVEOffendingLeg], required: bool) -> str:
    out = f"20185={len(entries)}\x01"
    for entry in check_entries(entries, MVEOffendingLeg, 20185):
        if entry.mve_offending_market_ticker is not None:
            out += f"20186={write_str(entry.mve_offending_market_ticker, 20186)}\x01"
    return out


_MARKET_SETTLEMENT_PARTY_ID_GROUP = GroupSpec(
    "NoMarketSettlementPartyIDs(20108)",
    MarketSettlementPartyID,
    "20109",
    {
        "20109": ("market_settlement_party_id", str),
        "20110": ("market_settlement_party_role", int),
        "704": ("long_qty", read_decimal),
        "705": ("short_qty", read_decimal),
    },
    {
        "1703": ("collateral_amount_changes", _COLLATERAL_AMOUNT_CHANGE_GROUP),
        "136": ("misc_fees", _MISC_FEE_GROUP),
    },
)


def _write_market_settlement_party_id_group(entries: list[MarketSettlementPartyID], required: bool) -> str:
    out = f"20108={len(entries)}\x01"
    for entry in check_entries(entries, MarketSettlementPartyID, 20108):
        out += f"20109={write_str(entry.market_settlement_party_id, 20109)}\x01"
        text = write_enum(_MARKET_SETTLEMENT_PARTY_ROLE_OUT, entry.market_settlement_party_role, 20110)
        out += f"20110={text}\x01"
        if entry.long_qty is not None:
            out += f"704={write_decimal(entry.long_qty, 704)}\x01"
        if entry.short_qty is not None:
            out += f"705={write_decimal(entry.short_qty, 705)}\x01"
        if entry.collateral_amount_changes:
            out += _write_collateral_amount_change_group(entry.collateral_amount_changes, False)
        if entry.misc_fees:
            out += _write_misc_fee_group(entry.misc_fees, False)
    return out


_RELATED_SYM_GROUP = GroupSpec(
    "NoRelatedSym(146)",
    RelatedSym,
    "55",
    {
        "55": ("symbol", str),
    },
    {},
)


def _write_related_sym_group(entries: list[RelatedSym], required: bool) -> str:
    out = f"146={len(entries)}\x01"
    for entry in check_entries(entries, RelatedSym, 146):
        if entry.symbol is not None:
            out += f"55={write_str(entry.symbol, 55)}\x01"
    return out


_MD_ENTRY_GROUP = GroupSpec(
    "NoMDEntries(268)",
    MDEntry,
    "269",
    {
        "269": ("md_entry_type", str),
        "270": ("md_entry_px", read_decimal),
        "271": ("md_entry_size", read_decimal),
        "272": ("md_entry_date", str),
        "273": ("md_entry_time", str),
    },
    {},
)


def _write_md_entry_group(entries: list[MDEntry], required: bool) -> str:
    out = f"268={len(entries)}\x01"
    for entry in check_entries(entries, MDEntry, 268):
        out += f"269={write_enum(_MD_ENTRY_TYPE_OUT, entry.md_entry_type, 269)}\x01"
        out += f"270={write_decimal(entry.md_entry_px, 270)}\x01"
        out += f"271={write_decimal(entry.md_entry_size, 271)}\x01"
        if entry.md_entry_date is not None:
            out += f"272={write_date(entry.md_entry_date, 272)}\x01"
        if entry.md_entry_time is not None:
            out += f"273={write_time(entry.md_entry_time, 273)}\x01"
    return out


_MARKET_DATA_INCREMENTAL_REFRESH_MD_ENTRY_GROUP = GroupSpec(
    "NoMDEntries(268)",
    MarketDataIncrementalRefreshMDEntry,
    "279",
    {
        "279": ("md_update_action", str),
        "55": ("symbol", str),
        "269": ("md_entry_type", str),
        "270": ("md_entry_px", read_decimal),
        "271": ("md_entry_size", read_decimal),
        "272": ("md_entry_date", str),
        "273": ("md_entry_time", str),
        "2446": ("aggressor_side", str),
    },
    {},
)


def _write_market_data_incremental_refresh_md_entry_group(
    entries: list[MarketDataIncrementalRefreshMDEntry], required: bool
) -> str:
    out = f"268={len(entries)}\x01"
    for entry in check_entries(entries, MarketDataIncrementalRefreshMDEntry, 268):
        out += f"279={write_enum(_MD_UPDATE_ACTION_OUT, entry.md_update_action, 279)}\x01"
        out += f"55={write_str(entry.symbol, 55)}\x01"
        out += f"269={write_enum(_MD_ENTRY_TYPE_OUT, entry.md_entry_type, 269)}\x01"
        out += f"270={write_decimal(entry.md_entry_px, 270)}\x01"
        out += f"271={write_decimal(entry.md_entry_size, 271)}\x01"
        if entry.md_entry_date is not None:
            out += f"272={write_date(entry.md_entry_date, 272)}\x01"
        if entry.md_entry_time is not None:
            out += f"273={write_time(entry.md_entry_time, 273)}\x01"
        if entry.aggressor_side is not None:
            out += f"2446={write_enum(_AGGRESSOR_SIDE_OUT, entry.aggressor_side, 2446)}\x01"
    return out


class Heartbeat(Message, kw_only=True, gc=False):
    """Heartbeat (35=0)."""

    MSG_TYPE: ClassVar[str] = "0"
    test_req_id: str | None = msgspec.field(default=None, name="112")
    """TestReqID(112)."""


def _read_heartbeat(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> Heartbeat:
    return convert(d, Heartbeat, strict=False, dec_hook=decode_hook)


def _write_heartbeat(m: Heartbeat, px: PriceWriter) -> str:
    out = ""
    if m.test_req_id is not None:
        out += f"112={write_str(m.test_req_id, 112)}\x01"
    return out


class TestRequest(Message, kw_only=True, gc=False):
    """TestRequest (35=1)."""

    MSG_TYPE: ClassVar[str] = "1"
    test_req_id: str = msgspec.field(name="112")
    """TestReqID(112)."""


def _read_test_request(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> TestRequest:
    return convert(d, TestRequest, strict=False, dec_hook=decode_hook)


def _write_test_request(m: TestRequest, px: PriceWriter) -> str:
    out = ""
    out += f"112={write_str(m.test_req_id, 112)}\x01"
    return out


class ResendRequest(Message, kw_only=True, gc=False):
    """ResendRequest (35=2), documented at https://docs.kalshi.com/fix/authentication, https://docs.kalshi.com/fix/session-management."""

    MSG_TYPE: ClassVar[str] = "2"
    begin_seq_no: int | None = msgspec.field(default=None, name="7")
    """BeginSeqNo(7)."""
    end_seq_no: int | None = msgspec.field(default=None, name="16")
    """EndSeqNo(16)."""


def _read_resend_request(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> ResendRequest:
    return convert(d, ResendRequest, strict=False, dec_hook=decode_hook)


def _write_resend_request(m: ResendRequest, px: PriceWriter) -> str:
    out = ""
    out += f"7={write_int(m.begin_seq_no, 7)}\x01"
    out += f"16={write_int(m.end_seq_no, 16)}\x01"
    return out


class Reject(Message, kw_only=True, gc=False):
    """Reject (35=3), documented at https://docs.kalshi.com/fix/error-handling, https://docs.kalshi.com/fix/session-management."""

    MSG_TYPE: ClassVar[str] = "3"
    ref_seq_num: int = msgspec.field(name="45")
    """RefSeqNum(45)."""
    ref_tag_id: int | None = msgspec.field(default=None, name="371")
    """RefTagID(371)."""
    ref_msg_type: str | None = msgspec.field(default=None, name="372")
    """RefMsgType(372)."""
    session_reject_reason: int | None = msgspec.field(default=None, name="373")
    """SessionRejectReason(373), values in `enums.SessionRejectReason`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_reject(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> Reject:
    return convert(d, Reject, strict=False, dec_hook=decode_hook)


def _write_reject(m: Reject, px: PriceWriter) -> str:
    out = ""
    out += f"45={write_int(m.ref_seq_num, 45)}\x01"
    if m.ref_tag_id is not None:
        out += f"371={write_int(m.ref_tag_id, 371)}\x01"
    if m.ref_msg_type is not None:
        out += f"372={write_str(m.ref_msg_type, 372)}\x01"
    if m.session_reject_reason is not None:
        out += f"373={write_enum(_SESSION_REJECT_REASON_OUT, m.session_reject_reason, 373)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class SequenceReset(Message, kw_only=True, gc=False):
    """SequenceReset (35=4)."""

    MSG_TYPE: ClassVar[str] = "4"
    new_seq_no: int = msgspec.field(name="36")
    """NewSeqNo(36)."""
    gap_fill_flag: bool | None = msgspec.field(default=None, name="123")
    """GapFillFlag(123)."""


def _read_sequence_reset(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> SequenceReset:
    if (o := d.get("123")) is not None:
        d["123"] = read_bool(o)
    return convert(d, SequenceReset, strict=False, dec_hook=decode_hook)


def _write_sequence_reset(m: SequenceReset, px: PriceWriter) -> str:
    out = ""
    if m.gap_fill_flag is not None:
        out += f"123={write_bool(m.gap_fill_flag, 123)}\x01"
    out += f"36={write_int(m.new_seq_no, 36)}\x01"
    return out


class Logout(Message, kw_only=True, gc=False):
    """Logout (35=5), documented at https://docs.kalshi.com/fix/session-management."""

    MSG_TYPE: ClassVar[str] = "5"
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_logout(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> Logout:
    return convert(d, Logout, strict=False, dec_hook=decode_hook)


def _write_logout(m: Logout, px: PriceWriter) -> str:
    out = ""
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class Logon(Message, kw_only=True, gc=False):
    """Logon (35=A), documented at https://docs.kalshi.com/fix/authentication."""

    MSG_TYPE: ClassVar[str] = "A"
    encrypt_method: int = msgspec.field(name="98")
    """EncryptMethod(98), values in `enums.EncryptMethod`."""
    heart_bt_int: int = msgspec.field(name="108")
    """HeartBtInt(108)."""
    default_appl_ver_id: str = msgspec.field(name="1137")
    """DefaultApplVerID(1137), values in `enums.DefaultApplVerID`."""
    raw_data: str | None = msgspec.field(default=None, name="96")
    """RawData(96)."""
    reset_seq_num_flag: bool | None = msgspec.field(default=None, name="141")
    """ResetSeqNumFlag(141)."""
    next_expected_msg_seq_num: int | None = msgspec.field(default=None, name="789")
    """NextExpectedMsgSeqNum(789)."""
    max_message_size: int | None = msgspec.field(default=None, name="383")
    """MaxMessageSize(383)."""
    test_message_indicator: bool | None = msgspec.field(default=None, name="464")
    """TestMessageIndicator(464)."""
    username: str | None = msgspec.field(default=None, name="553")
    """Username(553)."""
    password: str | None = msgspec.field(default=None, name="554")
    """Password(554)."""
    cancel_orders_on_disconnect: bool | None = msgspec.field(default=None, name="8013")
    """CancelOrdersOnDisconnect(8013)."""
    skip_pending_exec_reports: bool | None = msgspec.field(default=None, name="21011")
    """SkipPendingExecReports(21011)."""
    use_dollars: bool | None = msgspec.field(default=None, name="21005")
    """UseDollars(21005)."""
    cancel_order_on_pause: bool | None = msgspec.field(default=None, name="21006")
    """CancelOrderOnPause(21006)."""
    enable_ioc_cancel_report: bool | None = msgspec.field(default=None, name="21007")
    """EnableIocCancelReport(21007)."""
    listener_session: bool | None = msgspec.field(default=None, name="20126")
    """ListenerSession(20126)."""
    receive_settlement_reports: bool | None = msgspec.field(default=None, name="20127")
    """ReceiveSettlementReports(20127), event contracts only."""
    message_retention_period: int | None = msgspec.field(default=None, name="20200")
    """MessageRetentionPeriod(20200)."""
    preserve_original_order_qty: bool | None = msgspec.field(default=None, name="21008")
    """PreserveOriginalOrderQty(21008)."""
    use_expired_ord_status: bool | None = msgspec.field(default=None, name="21012")
    """UseExpiredOrdStatus(21012)."""
    always_emit_new_before_trade: bool | None = msgspec.field(default=None, name="21026")
    """AlwaysEmitNewBeforeTrade(21026), event contracts only."""
    split_collateral_return: bool | None = msgspec.field(default=None, name="21027")
    """SplitCollateralReturn(21027), event contracts only."""

    def __repr__(self) -> str:
        return masked_repr(self, ("raw_data", "password"))


def _read_logon(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> Logon:
    if (o := d.get("141")) is not None:
        d["141"] = read_bool(o)
    if (o := d.get("464")) is not None:
        d["464"] = read_bool(o)
    if (o := d.get("8013")) is not None:
        d["8013"] = read_bool(o)
    if (o := d.get("21011")) is not None:
        d["21011"] = read_bool(o)
    if (o := d.get("21005")) is not None:
        d["21005"] = read_bool(o)
    if (o := d.get("21006")) is not None:
        d["21006"] = read_bool(o)
    if (o := d.get("21007")) is not None:
        d["21007"] = read_bool(o)
    if (o := d.get("20126")) is not None:
        d["20126"] = read_bool(o)
    if (o := d.get("20127")) is not None:
        d["20127"] = read_bool(o)
    if (o := d.get("21008")) is not None:
        d["21008"] = read_bool(o)
    if (o := d.get("21012")) is not None:
        d["21012"] = read_bool(o)
    if (o := d.get("21026")) is not None:
        d["21026"] = read_bool(o)
    if (o := d.get("21027")) is not None:
        d["21027"] = read_bool(o)
    return convert(d, Logon, strict=False, dec_hook=decode_hook)


def _write_logon(m: Logon, px: PriceWriter) -> str:
    out = ""
    out += f"98={write_enum(_ENCRYPT_METHOD_OUT, m.encrypt_method, 98)}\x01"
    out += f"108={write_int(m.heart_bt_int, 108)}\x01"
    if m.raw_data is not None:
        data = write_str(m.raw_data, 96)
        out += f"95={len(data.encode())}\x0196={data}\x01"
    if m.reset_seq_num_flag is not None:
        out += f"141={write_bool(m.reset_seq_num_flag, 141)}\x01"
    if m.next_expected_msg_seq_num is not None:
        out += f"789={write_int(m.next_expected_msg_seq_num, 789)}\x01"
    if m.max_message_size is not None:
        out += f"383={write_int(m.max_message_size, 383)}\x01"
    if m.test_message_indicator is not None:
        out += f"464={write_bool(m.test_message_indicator, 464)}\x01"
    if m.username is not None:
        out += f"553={write_str(m.username, 553)}\x01"
    if m.password is not None:
        out += f"554={write_str(m.password, 554)}\x01"
    out += f"1137={write_enum(_DEFAULT_APPL_VER_ID_OUT, m.default_appl_ver_id, 1137)}\x01"
    if m.cancel_orders_on_disconnect is not None:
        out += f"8013={write_bool(m.cancel_orders_on_disconnect, 8013)}\x01"
    if m.skip_pending_exec_reports is not None:
        out += f"21011={write_bool(m.skip_pending_exec_reports, 21011)}\x01"
    if m.use_dollars is not None:
        out += f"21005={write_bool(m.use_dollars, 21005)}\x01"
    if m.cancel_order_on_pause is not None:
        out += f"21006={write_bool(m.cancel_order_on_pause, 21006)}\x01"
    if m.enable_ioc_cancel_report is not None:
        out += f"21007={write_bool(m.enable_ioc_cancel_report, 21007)}\x01"
    if m.listener_session is not None:
        out += f"20126={write_bool(m.listener_session, 20126)}\x01"
    if m.receive_settlement_reports is not None:
        out += f"20127={write_bool(m.receive_settlement_reports, 20127)}\x01"
    if m.message_retention_period is not None:
        out += f"20200={write_int(m.message_retention_period, 20200)}\x01"
    if m.preserve_original_order_qty is not None:
        out += f"21008={write_bool(m.preserve_original_order_qty, 21008)}\x01"
    if m.use_expired_ord_status is not None:
        out += f"21012={write_bool(m.use_expired_ord_status, 21012)}\x01"
    if m.always_emit_new_before_trade is not None:
        out += f"21026={write_bool(m.always_emit_new_before_trade, 21026)}\x01"
    if m.split_collateral_return is not None:
        out += f"21027={write_bool(m.split_collateral_return, 21027)}\x01"
    return out


class NewOrderSingle(Message, kw_only=True, gc=False):
    """NewOrderSingle (35=D), documented at https://docs.kalshi.com/fix/order-entry."""

    MSG_TYPE: ClassVar[str] = "D"
    cl_ord_id: str = msgspec.field(name="11")
    """ClOrdID(11)."""
    order_qty: Decimal = msgspec.field(name="38")
    """OrderQty(38)."""
    ord_type: str = msgspec.field(name="40")
    """OrdType(40), values in `enums.OrdType`."""
    price: Decimal = msgspec.field(name="44")
    """Price(44)."""
    side: str = msgspec.field(name="54")
    """Side(54), values in `enums.Side`."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    exec_inst: str | None = msgspec.field(default=None, name="18")
    """ExecInst(18), values in `enums.ExecInst`."""
    time_in_force: str | None = msgspec.field(default=None, name="59")
    """TimeInForce(59), values in `enums.TimeInForce`."""
    expire_time: UTCTimestamp | None = msgspec.field(default=None, name="126")
    """ExpireTime(126)."""
    self_trade_prevention_type: int | None = msgspec.field(default=None, name="2964")
    """SelfTradePreventionType(2964), values in `enums.SelfTradePreventionType`."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""
    secondary_cl_ord_id: str | None = msgspec.field(default=None, name="526")
    """SecondaryClOrdID(526)."""
    order_group_id: str | None = msgspec.field(default=None, name="20130")
    """OrderGroupID(20130)."""
    cancel_order_on_pause: bool | None = msgspec.field(default=None, name="21006")
    """CancelOrderOnPause(21006)."""
    max_execution_cost: Decimal | None = msgspec.field(default=None, name="21009")
    """MaxExecutionCost(21009), event contracts only."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""
    ex_destination: int | None = msgspec.field(default=None, name="100")
    """ExDestination(100), event contracts only."""
    quote_id: str | None = msgspec.field(default=None, name="117")
    """QuoteID(117), event contracts only."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023), event contracts only."""


def _read_new_order_single(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> NewOrderSingle:
    if px is not None:
        for tag in ("44",):
            if (o := d.get(tag)) is not None:
                d[tag] = px(o)
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    if (o := d.get("21006")) is not None:
        d["21006"] = read_bool(o)
    return convert(d, NewOrderSingle, strict=False, dec_hook=decode_hook)


def _write_new_order_single(m: NewOrderSingle, px: PriceWriter) -> str:
    out = ""
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    if m.exec_inst is not None:
        out += f"18={write_enum(_EXEC_INST_OUT, m.exec_inst, 18)}\x01"
    out += f"38={write_decimal(m.order_qty, 38)}\x01"
    out += f"40={write_enum(_ORD_TYPE_OUT, m.ord_type, 40)}\x01"
    out += f"44={px(m.price, 44)}\x01"
    out += f"54={write_enum(_SIDE_OUT, m.side, 54)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    if m.time_in_force is not None:
        out += f"59={write_enum(_TIME_IN_FORCE_OUT, m.time_in_force, 59)}\x01"
    if m.expire_time is not None:
        out += f"126={write_timestamp(m.expire_time, 126)}\x01"
    if m.self_trade_prevention_type is not None:
        out += f"2964={write_enum(_SELF_TRADE_PREVENTION_TYPE_OUT, m.self_trade_prevention_type, 2964)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    if m.secondary_cl_ord_id is not None:
        out += f"526={write_str(m.secondary_cl_ord_id, 526)}\x01"
    if m.order_group_id is not None:
        out += f"20130={write_str(m.order_group_id, 20130)}\x01"
    if m.cancel_order_on_pause is not None:
        out += f"21006={write_bool(m.cancel_order_on_pause, 21006)}\x01"
    if m.max_execution_cost is not None:
        out += f"21009={write_decimal(m.max_execution_cost, 21009)}\x01"
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    if m.ex_destination is not None:
        out += f"100={write_int(m.ex_destination, 100)}\x01"
    if m.quote_id is not None:
        out += f"117={write_str(m.quote_id, 117)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    return out


class OrderCancelReplaceRequest(Message, kw_only=True, gc=False):
    """OrderCancelReplaceRequest (35=G), documented at https://docs.kalshi.com/fix/order-entry."""

    MSG_TYPE: ClassVar[str] = "G"
    cl_ord_id: str = msgspec.field(name="11")
    """ClOrdID(11)."""
    orig_cl_ord_id: str = msgspec.field(name="41")
    """OrigClOrdID(41)."""
    order_qty: Decimal = msgspec.field(name="38")
    """OrderQty(38)."""
    ord_type: str = msgspec.field(name="40")
    """OrdType(40), values in `enums.OrdType`."""
    side: str = msgspec.field(name="54")
    """Side(54), values in `enums.Side`."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    order_id: str | None = msgspec.field(default=None, name="37")
    """OrderID(37)."""
    price: Decimal | None = msgspec.field(default=None, name="44")
    """Price(44)."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""
    order_group_id: str | None = msgspec.field(default=None, name="20130")
    """OrderGroupID(20130)."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""
    ex_destination: int | None = msgspec.field(default=None, name="100")
    """ExDestination(100), event contracts only."""


def _read_order_cancel_replace_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderCancelReplaceRequest:
    if px is not None:
        for tag in ("44",):
            if (o := d.get(tag)) is not None:
                d[tag] = px(o)
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    return convert(d, OrderCancelReplaceRequest, strict=False, dec_hook=decode_hook)


def _write_order_cancel_replace_request(m: OrderCancelReplaceRequest, px: PriceWriter) -> str:
    out = ""
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    if m.order_id is not None:
        out += f"37={write_str(m.order_id, 37)}\x01"
    out += f"41={write_str(m.orig_cl_ord_id, 41)}\x01"
    out += f"38={write_decimal(m.order_qty, 38)}\x01"
    out += f"40={write_enum(_ORD_TYPE_OUT, m.ord_type, 40)}\x01"
    if m.price is not None:
        out += f"44={px(m.price, 44)}\x01"
    out += f"54={write_enum(_SIDE_OUT, m.side, 54)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    if m.order_group_id is not None:
        out += f"20130={write_str(m.order_group_id, 20130)}\x01"
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    if m.ex_destination is not None:
        out += f"100={write_int(m.ex_destination, 100)}\x01"
    return out


class OrderCancelRequest(Message, kw_only=True, gc=False):
    """OrderCancelRequest (35=F), documented at https://docs.kalshi.com/fix/order-entry."""

    MSG_TYPE: ClassVar[str] = "F"
    cl_ord_id: str = msgspec.field(name="11")
    """ClOrdID(11)."""
    orig_cl_ord_id: str = msgspec.field(name="41")
    """OrigClOrdID(41)."""
    side: str = msgspec.field(name="54")
    """Side(54), values in `enums.Side`."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    order_id: str | None = msgspec.field(default=None, name="37")
    """OrderID(37)."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""
    ex_destination: int | None = msgspec.field(default=None, name="100")
    """ExDestination(100), event contracts only."""


def _read_order_cancel_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderCancelRequest:
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    return convert(d, OrderCancelRequest, strict=False, dec_hook=decode_hook)


def _write_order_cancel_request(m: OrderCancelRequest, px: PriceWriter) -> str:
    out = ""
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    if m.order_id is not None:
        out += f"37={write_str(m.order_id, 37)}\x01"
    out += f"41={write_str(m.orig_cl_ord_id, 41)}\x01"
    out += f"54={write_enum(_SIDE_OUT, m.side, 54)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    if m.ex_destination is not None:
        out += f"100={write_int(m.ex_destination, 100)}\x01"
    return out


class ExecutionReport(Message, kw_only=True, gc=False):
    """ExecutionReport (35=8), documented at https://docs.kalshi.com/fix/order-entry."""

    MSG_TYPE: ClassVar[str] = "8"
    order_id: str = msgspec.field(name="37")
    """OrderID(37)."""
    cl_ord_id: str = msgspec.field(name="11")
    """ClOrdID(11)."""
    exec_id: str = msgspec.field(name="17")
    """ExecID(17)."""
    exec_type: str = msgspec.field(name="150")
    """ExecType(150), values in `enums.ExecType`."""
    ord_status: str = msgspec.field(name="39")
    """OrdStatus(39), values in `enums.OrdStatus`."""
    side: str = msgspec.field(name="54")
    """Side(54), values in `enums.Side`."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    leaves_qty: Decimal = msgspec.field(name="151")
    """LeavesQty(151)."""
    cum_qty: Decimal = msgspec.field(name="14")
    """CumQty(14)."""
    avg_px: Decimal = msgspec.field(name="6")
    """AvgPx(6)."""
    order_qty: Decimal = msgspec.field(name="38")
    """OrderQty(38)."""
    last_px: Decimal | None = msgspec.field(default=None, name="31")
    """LastPx(31)."""
    last_qty: Decimal | None = msgspec.field(default=None, name="32")
    """LastQty(32)."""
    ord_rej_reason: int | None = msgspec.field(default=None, name="103")
    """OrdRejReason(103), values in `enums.OrdRejReason`."""
    orig_cl_ord_id: str | None = msgspec.field(default=None, name="41")
    """OrigClOrdID(41)."""
    price: Decimal | None = msgspec.field(default=None, name="44")
    """Price(44)."""
    transact_time: UTCTimestamp | None = msgspec.field(default=None, name="60")
    """TransactTime(60)."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""
    expire_time: UTCTimestamp | None = msgspec.field(default=None, name="126")
    """ExpireTime(126)."""
    exec_restatement_reason: int | None = msgspec.field(default=None, name="378")
    """ExecRestatementReason(378)."""
    misc_fees: list[MiscFee] = msgspec.field(default_factory=list, name="136")
    """NoMiscFees(136) entries."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""
    long_qty: Decimal | None = msgspec.field(default=None, name="704")
    """LongQty(704)."""
    short_qty: Decimal | None = msgspec.field(default=None, name="705")
    """ShortQty(705)."""
    collateral_amount_changes: list[CollateralAmountChange] = msgspec.field(default_factory=list, name="1703")
    """NoCollateralAmountChanges(1703) entries."""
    trd_match_id: str | None = msgspec.field(default=None, name="880")
    """TrdMatchID(880)."""
    aggressor_indicator: bool | None = msgspec.field(default=None, name="1057")
    """AggressorIndicator(1057)."""
    self_trade_prevention_type: int | None = msgspec.field(default=None, name="2964")
    """SelfTradePreventionType(2964), values in `enums.SelfTradePreventionType`."""
    last_mkt: str | None = msgspec.field(default=None, name="30")
    """LastMkt(30)."""
    single_market_collateral_return: Decimal | None = msgspec.field(default=None, name="21030")
    """SingleMarketCollateralReturn(21030), event contracts only."""
    ranged_market_collateral_return: Decimal | None = msgspec.field(default=None, name="21031")
    """RangedMarketCollateralReturn(21031), event contracts only."""


def _read_execution_report(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> ExecutionReport:
    if px is not None:
        for tag in ("6", "31", "44"):
            if (o := d.get(tag)) is not None:
                d[tag] = px(o)
    if "136" in d:
        d["136"] = read_group(flat, "136", _MISC_FEE_GROUP)
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    if "1703" in d:
        d["1703"] = read_group(flat, "1703", _COLLATERAL_AMOUNT_CHANGE_GROUP)
    if (o := d.get("1057")) is not None:
        d["1057"] = read_bool(o)
    return convert(d, ExecutionReport, strict=False, dec_hook=decode_hook)


def _write_execution_report(m: ExecutionReport, px: PriceWriter) -> str:
    out = ""
    out += f"37={write_str(m.order_id, 37)}\x01"
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    out += f"17={write_str(m.exec_id, 17)}\x01"
    out += f"150={write_enum(_EXEC_TYPE_OUT, m.exec_type, 150)}\x01"
    out += f"39={write_enum(_ORD_STATUS_OUT, m.ord_status, 39)}\x01"
    out += f"54={write_enum(_SIDE_OUT, m.side, 54)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    out += f"151={write_decimal(m.leaves_qty, 151)}\x01"
    out += f"14={write_decimal(m.cum_qty, 14)}\x01"
    out += f"6={px(m.avg_px, 6)}\x01"
    out += f"38={write_decimal(m.order_qty, 38)}\x01"
    if m.last_px is not None:
        out += f"31={px(m.last_px, 31)}\x01"
    if m.last_qty is not None:
        out += f"32={write_decimal(m.last_qty, 32)}\x01"
    if m.ord_rej_reason is not None:
        out += f"103={write_enum(_ORD_REJ_REASON_OUT, m.ord_rej_reason, 103)}\x01"
    if m.orig_cl_ord_id is not None:
        out += f"41={write_str(m.orig_cl_ord_id, 41)}\x01"
    if m.price is not None:
        out += f"44={px(m.price, 44)}\x01"
    if m.transact_time is not None:
        out += f"60={write_timestamp(m.transact_time, 60)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    if m.expire_time is not None:
        out += f"126={write_timestamp(m.expire_time, 126)}\x01"
    if m.exec_restatement_reason is not None:
        out += f"378={write_int(m.exec_restatement_reason, 378)}\x01"
    if m.misc_fees:
        out += _write_misc_fee_group(m.misc_fees, False)
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    if m.long_qty is not None:
        out += f"704={write_decimal(m.long_qty, 704)}\x01"
    if m.short_qty is not None:
        out += f"705={write_decimal(m.short_qty, 705)}\x01"
    if m.collateral_amount_changes:
        out += _write_collateral_amount_change_group(m.collateral_amount_changes, False)
    if m.trd_match_id is not None:
        out += f"880={write_str(m.trd_match_id, 880)}\x01"
    if m.aggressor_indicator is not None:
        out += f"1057={write_bool(m.aggressor_indicator, 1057)}\x01"
    if m.self_trade_prevention_type is not None:
        out += f"2964={write_enum(_SELF_TRADE_PREVENTION_TYPE_OUT, m.self_trade_prevention_type, 2964)}\x01"
    if m.last_mkt is not None:
        out += f"30={write_str(m.last_mkt, 30)}\x01"
    if m.single_market_collateral_return is not None:
        out += f"21030={write_decimal(m.single_market_collateral_return, 21030)}\x01"
    if m.ranged_market_collateral_return is not None:
        out += f"21031={write_decimal(m.ranged_market_collateral_return, 21031)}\x01"
    return out


class OrderCancelReject(Message, kw_only=True, gc=False):
    """OrderCancelReject (35=9)."""

    MSG_TYPE: ClassVar[str] = "9"
    order_id: str = msgspec.field(name="37")
    """OrderID(37)."""
    cl_ord_id: str = msgspec.field(name="11")
    """ClOrdID(11)."""
    ord_status: str = msgspec.field(name="39")
    """OrdStatus(39), values in `enums.OrdStatus`."""
    cxl_rej_response_to: str = msgspec.field(name="434")
    """CxlRejResponseTo(434), values in `enums.CxlRejResponseTo`."""
    orig_cl_ord_id: str | None = msgspec.field(default=None, name="41")
    """OrigClOrdID(41)."""
    cxl_rej_reason: int | None = msgspec.field(default=None, name="102")
    """CxlRejReason(102), values in `enums.CxlRejReason`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_order_cancel_reject(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderCancelReject:
    return convert(d, OrderCancelReject, strict=False, dec_hook=decode_hook)


def _write_order_cancel_reject(m: OrderCancelReject, px: PriceWriter) -> str:
    out = ""
    out += f"37={write_str(m.order_id, 37)}\x01"
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    if m.orig_cl_ord_id is not None:
        out += f"41={write_str(m.orig_cl_ord_id, 41)}\x01"
    out += f"39={write_enum(_ORD_STATUS_OUT, m.ord_status, 39)}\x01"
    out += f"434={write_enum(_CXL_REJ_RESPONSE_TO_OUT, m.cxl_rej_response_to, 434)}\x01"
    if m.cxl_rej_reason is not None:
        out += f"102={write_enum(_CXL_REJ_REASON_OUT, m.cxl_rej_reason, 102)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class OrderMassCancelRequest(Message, kw_only=True, gc=False):
    """OrderMassCancelRequest (35=q), documented at https://docs.kalshi.com/fix/order-entry."""

    MSG_TYPE: ClassVar[str] = "q"
    cl_ord_id: str | None = msgspec.field(default=None, name="11")
    """ClOrdID(11)."""
    mass_cancel_request_type: str | None = msgspec.field(default=None, name="530")
    """MassCancelRequestType(530), values in `enums.MassCancelRequestType`."""


def _read_order_mass_cancel_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderMassCancelRequest:
    return convert(d, OrderMassCancelRequest, strict=False, dec_hook=decode_hook)


def _write_order_mass_cancel_request(m: OrderMassCancelRequest, px: PriceWriter) -> str:
    out = ""
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    out += f"530={write_enum(_MASS_CANCEL_REQUEST_TYPE_OUT, m.mass_cancel_request_type, 530)}\x01"
    return out


class OrderMassCancelReport(Message, kw_only=True, gc=False):
    """OrderMassCancelReport (35=r), documented at https://docs.kalshi.com/fix/order-entry."""

    MSG_TYPE: ClassVar[str] = "r"
    cl_ord_id: str | None = msgspec.field(default=None, name="11")
    """ClOrdID(11)."""
    order_id: str | None = msgspec.field(default=None, name="37")
    """OrderID(37)."""
    mass_cancel_response: str | None = msgspec.field(default=None, name="531")
    """MassCancelResponse(531), values in `enums.MassCancelResponse`."""
    mass_cancel_reject_reason: int | None = msgspec.field(default=None, name="532")
    """MassCancelRejectReason(532)."""


def _read_order_mass_cancel_report(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderMassCancelReport:
    return convert(d, OrderMassCancelReport, strict=False, dec_hook=decode_hook)


def _write_order_mass_cancel_report(m: OrderMassCancelReport, px: PriceWriter) -> str:
    out = ""
    out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    out += f"37={write_str(m.order_id, 37)}\x01"
    out += f"531={write_enum(_MASS_CANCEL_RESPONSE_OUT, m.mass_cancel_response, 531)}\x01"
    if m.mass_cancel_reject_reason is not None:
        out += f"532={write_int(m.mass_cancel_reject_reason, 532)}\x01"
    return out


class BusinessMessageReject(Message, kw_only=True, gc=False):
    """BusinessMessageReject (35=j), documented at https://docs.kalshi.com/fix/error-handling, https://docs.kalshi.com/fix/session-management."""

    MSG_TYPE: ClassVar[str] = "j"
    business_reject_reason: int = msgspec.field(name="380")
    """BusinessRejectReason(380), values in `enums.BusinessRejectReason`."""
    ref_seq_num: int | None = msgspec.field(default=None, name="45")
    """RefSeqNum(45)."""
    ref_msg_type: str | None = msgspec.field(default=None, name="372")
    """RefMsgType(372)."""
    business_reject_ref_id: str | None = msgspec.field(default=None, name="379")
    """BusinessRejectRefID(379)."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""
    ref_tag_id: int | None = msgspec.field(default=None, name="371")
    """RefTagID(371), event contracts only."""


def _read_business_message_reject(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> BusinessMessageReject:
    return convert(d, BusinessMessageReject, strict=False, dec_hook=decode_hook)


def _write_business_message_reject(m: BusinessMessageReject, px: PriceWriter) -> str:
    out = ""
    out += f"45={write_int(m.ref_seq_num, 45)}\x01"
    if m.ref_msg_type is not None:
        out += f"372={write_str(m.ref_msg_type, 372)}\x01"
    if m.business_reject_ref_id is not None:
        out += f"379={write_str(m.business_reject_ref_id, 379)}\x01"
    out += f"380={write_enum(_BUSINESS_REJECT_REASON_OUT, m.business_reject_reason, 380)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    if m.ref_tag_id is not None:
        out += f"371={write_int(m.ref_tag_id, 371)}\x01"
    return out


class QuoteRequest(Message, kw_only=True, gc=False):
    """QuoteRequest (35=R), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "R"
    quote_req_id: str = msgspec.field(name="131")
    """QuoteReqID(131)."""
    no_related_sym: int = msgspec.field(name="146")
    """NoRelatedSym(146)."""
    symbol: str | None = msgspec.field(default=None, name="55")
    """Symbol(55)."""
    order_qty: Decimal | None = msgspec.field(default=None, name="38")
    """OrderQty(38)."""
    cash_order_qty: Decimal | None = msgspec.field(default=None, name="152")
    """CashOrderQty(152)."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""
    rest_remainder: bool | None = msgspec.field(default=None, name="21015")
    """RestRemainder(21015)."""
    replace_existing: bool | None = msgspec.field(default=None, name="21016")
    """ReplaceExisting(21016)."""
    multivariate_collection_ticker: str | None = msgspec.field(default=None, name="20180")
    """MultivariateCollectionTicker(20180)."""
    multivariate_selected_legs: list[MultivariateSelectedLeg] = msgspec.field(
        default_factory=list, name="20181"
    )
    """NoMultivariateSelectedLegs(20181) entries."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""


def _read_quote_request(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> QuoteRequest:
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    if (o := d.get("21015")) is not None:
        d["21015"] = read_bool(o)
    if (o := d.get("21016")) is not None:
        d["21016"] = read_bool(o)
    if "20181" in d:
        d["20181"] = read_group(flat, "20181", _MULTIVARIATE_SELECTED_LEG_GROUP)
    return convert(d, QuoteRequest, strict=False, dec_hook=decode_hook)


def _write_quote_request(m: QuoteRequest, px: PriceWriter) -> str:
    out = ""
    out += f"131={write_str(m.quote_req_id, 131)}\x01"
    out += f"146={write_int(m.no_related_sym, 146)}\x01"
    if m.symbol is not None:
        out += f"55={write_str(m.symbol, 55)}\x01"
    if m.order_qty is not None:
        out += f"38={write_decimal(m.order_qty, 38)}\x01"
    if m.cash_order_qty is not None:
        out += f"152={write_decimal(m.cash_order_qty, 152)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    if m.rest_remainder is not None:
        out += f"21015={write_bool(m.rest_remainder, 21015)}\x01"
    if m.replace_existing is not None:
        out += f"21016={write_bool(m.replace_existing, 21016)}\x01"
    if m.multivariate_collection_ticker is not None:
        out += f"20180={write_str(m.multivariate_collection_ticker, 20180)}\x01"
    if m.multivariate_selected_legs:
        out += _write_multivariate_selected_leg_group(m.multivariate_selected_legs, False)
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    return out


class QuoteRequestAck(Message, kw_only=True, gc=False):
    """QuoteRequestAck (35=b), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "b"
    quote_req_id: str = msgspec.field(name="131")
    """QuoteReqID(131)."""
    quote_request_type: int = msgspec.field(name="303")
    """QuoteRequestType(303), values in `enums.QuoteRequestType`."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023)."""
    symbol: str | None = msgspec.field(default=None, name="55")
    """Symbol(55)."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""
    ex_destination: int | None = msgspec.field(default=None, name="100")
    """ExDestination(100)."""


def _read_quote_request_ack(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> QuoteRequestAck:
    return convert(d, QuoteRequestAck, strict=False, dec_hook=decode_hook)


def _write_quote_request_ack(m: QuoteRequestAck, px: PriceWriter) -> str:
    out = ""
    out += f"131={write_str(m.quote_req_id, 131)}\x01"
    out += f"303={write_enum(_QUOTE_REQUEST_TYPE_OUT, m.quote_request_type, 303)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    if m.symbol is not None:
        out += f"55={write_str(m.symbol, 55)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    out += f"100={write_int(m.ex_destination, 100)}\x01"
    return out


class Quote(Message, kw_only=True, gc=False):
    """Quote (35=S), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "S"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    quote_req_id: str = msgspec.field(name="131")
    """QuoteReqID(131)."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    bid_px: Decimal | None = msgspec.field(default=None, name="132")
    """BidPx(132)."""
    offer_px: Decimal | None = msgspec.field(default=None, name="133")
    """OfferPx(133)."""
    order_qty: Decimal | None = msgspec.field(default=None, name="38")
    """OrderQty(38)."""
    bid_size: Decimal | None = msgspec.field(default=None, name="134")
    """BidSize(134)."""
    offer_size: Decimal | None = msgspec.field(default=None, name="135")
    """OfferSize(135)."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""
    rest_remainder: bool | None = msgspec.field(default=None, name="21015")
    """RestRemainder(21015)."""
    exec_inst: str | None = msgspec.field(default=None, name="18")
    """ExecInst(18), values in `enums.ExecInst`."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""


def _read_quote(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> Quote:
    if px is not None:
        for tag in ("132", "133"):
            if (o := d.get(tag)) is not None:
                d[tag] = px(o)
    if (o := d.get("21015")) is not None:
        d["21015"] = read_bool(o)
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    return convert(d, Quote, strict=False, dec_hook=decode_hook)


def _write_quote(m: Quote, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    out += f"131={write_str(m.quote_req_id, 131)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    if m.bid_px is not None:
        out += f"132={px(m.bid_px, 132)}\x01"
    if m.offer_px is not None:
        out += f"133={px(m.offer_px, 133)}\x01"
    if m.order_qty is not None:
        out += f"38={write_decimal(m.order_qty, 38)}\x01"
    if m.bid_size is not None:
        out += f"134={write_decimal(m.bid_size, 134)}\x01"
    if m.offer_size is not None:
        out += f"135={write_decimal(m.offer_size, 135)}\x01"
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    if m.rest_remainder is not None:
        out += f"21015={write_bool(m.rest_remainder, 21015)}\x01"
    if m.exec_inst is not None:
        out += f"18={write_enum(_EXEC_INST_OUT, m.exec_inst, 18)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    return out


class QuoteCancel(Message, kw_only=True, gc=False):
    """QuoteCancel (35=Z), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "Z"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023)."""


def _read_quote_cancel(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> QuoteCancel:
    return convert(d, QuoteCancel, strict=False, dec_hook=decode_hook)


def _write_quote_cancel(m: QuoteCancel, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    return out


class QuoteStatusReport(Message, kw_only=True, gc=False):
    """QuoteStatusReport (35=AI), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "AI"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    quote_req_id: str = msgspec.field(name="131")
    """QuoteReqID(131)."""
    quote_status: int = msgspec.field(name="297")
    """QuoteStatus(297), values in `enums.QuoteStatus`."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79)."""
    order_qty: Decimal | None = msgspec.field(default=None, name="38")
    """OrderQty(38)."""
    bid_px: Decimal | None = msgspec.field(default=None, name="132")
    """BidPx(132)."""
    offer_px: Decimal | None = msgspec.field(default=None, name="133")
    """OfferPx(133)."""
    bid_size: Decimal | None = msgspec.field(default=None, name="134")
    """BidSize(134)."""
    offer_size: Decimal | None = msgspec.field(default=None, name="135")
    """OfferSize(135)."""
    side: str | None = msgspec.field(default=None, name="54")
    """Side(54), values in `enums.Side`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_quote_status_report(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> QuoteStatusReport:
    if px is not None:
        for tag in ("132", "133"):
            if (o := d.get(tag)) is not None:
                d[tag] = px(o)
    return convert(d, QuoteStatusReport, strict=False, dec_hook=decode_hook)


def _write_quote_status_report(m: QuoteStatusReport, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    out += f"131={write_str(m.quote_req_id, 131)}\x01"
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    out += f"297={write_enum(_QUOTE_STATUS_OUT, m.quote_status, 297)}\x01"
    if m.order_qty is not None:
        out += f"38={write_decimal(m.order_qty, 38)}\x01"
    if m.bid_px is not None:
        out += f"132={px(m.bid_px, 132)}\x01"
    if m.offer_px is not None:
        out += f"133={px(m.offer_px, 133)}\x01"
    if m.bid_size is not None:
        out += f"134={write_decimal(m.bid_size, 134)}\x01"
    if m.offer_size is not None:
        out += f"135={write_decimal(m.offer_size, 135)}\x01"
    if m.side is not None:
        out += f"54={write_enum(_SIDE_OUT, m.side, 54)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class QuoteRequestReject(Message, kw_only=True, gc=False):
    """QuoteRequestReject (35=AG), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "AG"
    quote_req_id: str = msgspec.field(name="131")
    """QuoteReqID(131)."""
    quote_request_reject_reason: int = msgspec.field(name="658")
    """QuoteRequestRejectReason(658), values in `enums.QuoteRequestRejectReason`."""
    text: str = msgspec.field(name="58")
    """Text(58)."""
    mve_validation_reason_code: str | None = msgspec.field(default=None, name="20187")
    """MVEValidationReasonCode(20187)."""
    mve_offending_legs: list[MVEOffendingLeg] = msgspec.field(default_factory=list, name="20185")
    """NoMVEOffendingLegs(20185) entries."""


def _read_quote_request_reject(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> QuoteRequestReject:
    if "20185" in d:
        d["20185"] = read_group(flat, "20185", _MVE_OFFENDING_LEG_GROUP)
    return convert(d, QuoteRequestReject, strict=False, dec_hook=decode_hook)


def _write_quote_request_reject(m: QuoteRequestReject, px: PriceWriter) -> str:
    out = ""
    out += f"131={write_str(m.quote_req_id, 131)}\x01"
    out += f"658={write_enum(_QUOTE_REQUEST_REJECT_REASON_OUT, m.quote_request_reject_reason, 658)}\x01"
    out += f"58={write_str(m.text, 58)}\x01"
    if m.mve_validation_reason_code is not None:
        out += f"20187={write_str(m.mve_validation_reason_code, 20187)}\x01"
    if m.mve_offending_legs:
        out += _write_mve_offending_leg_group(m.mve_offending_legs, False)
    return out


class QuoteConfirm(Message, kw_only=True, gc=False):
    """QuoteConfirm (35=U7), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "U7"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023)."""


def _read_quote_confirm(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> QuoteConfirm:
    return convert(d, QuoteConfirm, strict=False, dec_hook=decode_hook)


def _write_quote_confirm(m: QuoteConfirm, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    return out


class QuoteConfirmStatus(Message, kw_only=True, gc=False):
    """QuoteConfirmStatus (35=U8), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "U8"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    quote_confirm_status: int = msgspec.field(name="21010")
    """QuoteConfirmStatus(21010), values in `enums.QuoteConfirmStatus`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_quote_confirm_status(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> QuoteConfirmStatus:
    return convert(d, QuoteConfirmStatus, strict=False, dec_hook=decode_hook)


def _write_quote_confirm_status(m: QuoteConfirmStatus, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    out += f"21010={write_enum(_QUOTE_CONFIRM_STATUS_OUT, m.quote_confirm_status, 21010)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class QuoteCancelStatus(Message, kw_only=True, gc=False):
    """QuoteCancelStatus (35=U9), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "U9"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    quote_cancel_status: int = msgspec.field(name="298")
    """QuoteCancelStatus(298), values in `enums.QuoteCancelStatus`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_quote_cancel_status(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> QuoteCancelStatus:
    return convert(d, QuoteCancelStatus, strict=False, dec_hook=decode_hook)


def _write_quote_cancel_status(m: QuoteCancelStatus, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    out += f"298={write_enum(_QUOTE_CANCEL_STATUS_OUT, m.quote_cancel_status, 298)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class AcceptQuote(Message, kw_only=True, gc=False):
    """AcceptQuote (35=UA), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "UA"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    side: str = msgspec.field(name="54")
    """Side(54), values in `enums.Side`."""
    order_qty: Decimal | None = msgspec.field(default=None, name="38")
    """OrderQty(38)."""
    cl_ord_id: str | None = msgspec.field(default=None, name="11")
    """ClOrdID(11)."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""
    prefer_better_quote: bool | None = msgspec.field(default=None, name="21022")
    """PreferBetterQuote(21022)."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023)."""


def _read_accept_quote(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> AcceptQuote:
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    if (o := d.get("21022")) is not None:
        d["21022"] = read_bool(o)
    return convert(d, AcceptQuote, strict=False, dec_hook=decode_hook)


def _write_accept_quote(m: AcceptQuote, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    out += f"54={write_enum(_SIDE_OUT, m.side, 54)}\x01"
    if m.order_qty is not None:
        out += f"38={write_decimal(m.order_qty, 38)}\x01"
    if m.cl_ord_id is not None:
        out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    if m.prefer_better_quote is not None:
        out += f"21022={write_bool(m.prefer_better_quote, 21022)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    return out


class RFQCancelStatus(Message, kw_only=True, gc=False):
    """RFQCancelStatus (35=UB), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "UB"
    quote_req_id: str = msgspec.field(name="131")
    """QuoteReqID(131)."""
    rfq_cancel_status: int = msgspec.field(name="21013")
    """RFQCancelStatus(21013), values in `enums.RFQCancelStatus`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023)."""


def _read_rfq_cancel_status(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> RFQCancelStatus:
    return convert(d, RFQCancelStatus, strict=False, dec_hook=decode_hook)


def _write_rfq_cancel_status(m: RFQCancelStatus, px: PriceWriter) -> str:
    out = ""
    out += f"131={write_str(m.quote_req_id, 131)}\x01"
    out += f"21013={write_enum(_RFQ_CANCEL_STATUS_OUT, m.rfq_cancel_status, 21013)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    return out


class AcceptQuoteStatus(Message, kw_only=True, gc=False):
    """AcceptQuoteStatus (35=UC), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "UC"
    quote_id: str = msgspec.field(name="117")
    """QuoteID(117)."""
    accept_quote_status: int = msgspec.field(name="21025")
    """AcceptQuoteStatus(21025), values in `enums.AcceptQuoteStatus`."""
    accepted_quote_id: str | None = msgspec.field(default=None, name="21024")
    """AcceptedQuoteId(21024)."""
    cl_ord_id: str | None = msgspec.field(default=None, name="11")
    """ClOrdID(11)."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_accept_quote_status(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> AcceptQuoteStatus:
    return convert(d, AcceptQuoteStatus, strict=False, dec_hook=decode_hook)


def _write_accept_quote_status(m: AcceptQuoteStatus, px: PriceWriter) -> str:
    out = ""
    out += f"117={write_str(m.quote_id, 117)}\x01"
    out += f"21025={write_enum(_ACCEPT_QUOTE_STATUS_OUT, m.accept_quote_status, 21025)}\x01"
    if m.accepted_quote_id is not None:
        out += f"21024={write_str(m.accepted_quote_id, 21024)}\x01"
    if m.cl_ord_id is not None:
        out += f"11={write_str(m.cl_ord_id, 11)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class RFQCancel(Message, kw_only=True, gc=False):
    """RFQCancel (35=UE), documented at https://docs.kalshi.com/fix/rfq-messages."""

    MSG_TYPE: ClassVar[str] = "UE"
    quote_req_id: str | None = msgspec.field(default=None, name="131")
    """QuoteReqID(131)."""
    rfq_id: str | None = msgspec.field(default=None, name="21023")
    """RfqId(21023)."""
    party_ids: list[PartyID] = msgspec.field(default_factory=list, name="453")
    """NoPartyIDs(453) entries."""


def _read_rfq_cancel(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> RFQCancel:
    if "453" in d:
        d["453"] = read_group(flat, "453", _PARTY_ID_GROUP)
    return convert(d, RFQCancel, strict=False, dec_hook=decode_hook)


def _write_rfq_cancel(m: RFQCancel, px: PriceWriter) -> str:
    out = ""
    if m.quote_req_id is not None:
        out += f"131={write_str(m.quote_req_id, 131)}\x01"
    if m.rfq_id is not None:
        out += f"21023={write_str(m.rfq_id, 21023)}\x01"
    if m.party_ids:
        out += _write_party_id_group(m.party_ids, False)
    return out


class MarketSettlementReport(Message, kw_only=True, gc=False):
    """MarketSettlementReport (35=UMS), documented at https://docs.kalshi.com/fix/market-settlement."""

    MSG_TYPE: ClassVar[str] = "UMS"
    market_settlement_report_id: str = msgspec.field(name="20105")
    """MarketSettlementReportID(20105)."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    clearing_business_date: str = msgspec.field(name="715")
    """ClearingBusinessDate(715)."""
    market_result: str = msgspec.field(name="20107")
    """MarketResult(20107), values in `enums.MarketResult`."""
    settlement_price: Decimal = msgspec.field(name="730")
    """SettlementPrice(730)."""
    tot_num_market_settlement_reports: int | None = msgspec.field(default=None, name="20106")
    """TotNumMarketSettlementReports(20106)."""
    last_fragment: bool | None = msgspec.field(default=None, name="893")
    """LastFragment(893)."""
    market_settlement_party_ids: list[MarketSettlementPartyID] = msgspec.field(
        default_factory=list, name="20108"
    )
    """NoMarketSettlementPartyIDs(20108) entries."""


def _read_market_settlement_report(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> MarketSettlementReport:
    if (o := d.get("893")) is not None:
        d["893"] = read_bool(o)
    if "20108" in d:
        d["20108"] = read_group(flat, "20108", _MARKET_SETTLEMENT_PARTY_ID_GROUP)
    return convert(d, MarketSettlementReport, strict=False, dec_hook=decode_hook)


def _write_market_settlement_report(m: MarketSettlementReport, px: PriceWriter) -> str:
    out = ""
    out += f"20105={write_str(m.market_settlement_report_id, 20105)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    out += f"715={write_date(m.clearing_business_date, 715)}\x01"
    if m.tot_num_market_settlement_reports is not None:
        out += f"20106={write_int(m.tot_num_market_settlement_reports, 20106)}\x01"
    out += f"20107={write_enum(_MARKET_RESULT_OUT, m.market_result, 20107)}\x01"
    out += f"730={write_decimal(m.settlement_price, 730)}\x01"
    if m.last_fragment is not None:
        out += f"893={write_bool(m.last_fragment, 893)}\x01"
    if m.market_settlement_party_ids:
        out += _write_market_settlement_party_id_group(m.market_settlement_party_ids, False)
    return out


class OrderGroupRequest(Message, kw_only=True, gc=False):
    """OrderGroupRequest (35=UOG), documented at https://docs.kalshi.com/fix/order-groups."""

    MSG_TYPE: ClassVar[str] = "UOG"
    order_group_action: int = msgspec.field(name="20131")
    """OrderGroupAction(20131), values in `enums.OrderGroupAction`."""
    order_group_contracts_limit: int | None = msgspec.field(default=None, name="20132")
    """OrderGroupContractsLimit(20132)."""
    order_group_id: str | None = msgspec.field(default=None, name="20130")
    """OrderGroupID(20130)."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79), event contracts only."""
    ex_destination: int | None = msgspec.field(default=None, name="100")
    """ExDestination(100), event contracts only."""


def _read_order_group_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderGroupRequest:
    return convert(d, OrderGroupRequest, strict=False, dec_hook=decode_hook)


def _write_order_group_request(m: OrderGroupRequest, px: PriceWriter) -> str:
    out = ""
    out += f"20131={write_enum(_ORDER_GROUP_ACTION_OUT, m.order_group_action, 20131)}\x01"
    if m.order_group_contracts_limit is not None:
        out += f"20132={write_int(m.order_group_contracts_limit, 20132)}\x01"
    if m.order_group_id is not None:
        out += f"20130={write_str(m.order_group_id, 20130)}\x01"
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    if m.ex_destination is not None:
        out += f"100={write_int(m.ex_destination, 100)}\x01"
    return out


class OrderGroupResponse(Message, kw_only=True, gc=False):
    """OrderGroupResponse (35=UOH), documented at https://docs.kalshi.com/fix/order-groups."""

    MSG_TYPE: ClassVar[str] = "UOH"
    order_group_id: str | None = msgspec.field(default=None, name="20130")
    """OrderGroupID(20130)."""
    order_group_contracts_limit: int | None = msgspec.field(default=None, name="20132")
    """OrderGroupContractsLimit(20132), event contracts only."""
    alloc_account: int | None = msgspec.field(default=None, name="79")
    """AllocAccount(79), event contracts only."""


def _read_order_group_response(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> OrderGroupResponse:
    return convert(d, OrderGroupResponse, strict=False, dec_hook=decode_hook)


def _write_order_group_response(m: OrderGroupResponse, px: PriceWriter) -> str:
    out = ""
    out += f"20130={write_str(m.order_group_id, 20130)}\x01"
    if m.order_group_contracts_limit is not None:
        out += f"20132={write_int(m.order_group_contracts_limit, 20132)}\x01"
    if m.alloc_account is not None:
        out += f"79={write_int(m.alloc_account, 79)}\x01"
    return out


class EventResendRequest(Message, kw_only=True, gc=False):
    """EventResendRequest (35=U1), documented at https://docs.kalshi.com/fix/drop-copy."""

    MSG_TYPE: ClassVar[str] = "U1"
    begin_exec_id: str = msgspec.field(name="21001")
    """BeginExecID(21001)."""
    end_exec_id: str | None = msgspec.field(default=None, name="21002")
    """EndExecID(21002)."""


def _read_event_resend_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> EventResendRequest:
    return convert(d, EventResendRequest, strict=False, dec_hook=decode_hook)


def _write_event_resend_request(m: EventResendRequest, px: PriceWriter) -> str:
    out = ""
    out += f"21001={write_str(m.begin_exec_id, 21001)}\x01"
    if m.end_exec_id is not None:
        out += f"21002={write_str(m.end_exec_id, 21002)}\x01"
    return out


class EventResendComplete(Message, kw_only=True, gc=False):
    """EventResendComplete (35=U2), documented at https://docs.kalshi.com/fix/drop-copy."""

    MSG_TYPE: ClassVar[str] = "U2"
    ref_seq_num: int = msgspec.field(name="45")
    """RefSeqNum(45)."""
    resend_event_count: int = msgspec.field(name="21003")
    """ResendEventCount(21003)."""


def _read_event_resend_complete(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> EventResendComplete:
    return convert(d, EventResendComplete, strict=False, dec_hook=decode_hook)


def _write_event_resend_complete(m: EventResendComplete, px: PriceWriter) -> str:
    out = ""
    out += f"45={write_int(m.ref_seq_num, 45)}\x01"
    out += f"21003={write_int(m.resend_event_count, 21003)}\x01"
    return out


class EventResendReject(Message, kw_only=True, gc=False):
    """EventResendReject (35=U3), documented at https://docs.kalshi.com/fix/drop-copy."""

    MSG_TYPE: ClassVar[str] = "U3"
    ref_seq_num: int = msgspec.field(name="45")
    """RefSeqNum(45)."""
    event_resend_reject_reason: int = msgspec.field(name="21004")
    """EventResendRejectReason(21004), values in `enums.EventResendRejectReason`."""


def _read_event_resend_reject(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> EventResendReject:
    return convert(d, EventResendReject, strict=False, dec_hook=decode_hook)


def _write_event_resend_reject(m: EventResendReject, px: PriceWriter) -> str:
    out = ""
    out += f"45={write_int(m.ref_seq_num, 45)}\x01"
    out += f"21004={write_enum(_EVENT_RESEND_REJECT_REASON_OUT, m.event_resend_reject_reason, 21004)}\x01"
    return out


class MarketDataRequest(Message, kw_only=True, gc=False):
    """MarketDataRequest (35=V), documented at https://docs.kalshi.com/fix/market-data."""

    MSG_TYPE: ClassVar[str] = "V"
    subscription_request_type: str = msgspec.field(name="263")
    """SubscriptionRequestType(263), values in `enums.SubscriptionRequestType`."""
    related_sym: list[RelatedSym] = msgspec.field(default_factory=list, name="146")
    """NoRelatedSym(146) entries."""


def _read_market_data_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> MarketDataRequest:
    if "146" in d:
        d["146"] = read_group(flat, "146", _RELATED_SYM_GROUP)
    return convert(d, MarketDataRequest, strict=False, dec_hook=decode_hook)


def _write_market_data_request(m: MarketDataRequest, px: PriceWriter) -> str:
    out = ""
    out += f"263={write_enum(_SUBSCRIPTION_REQUEST_TYPE_OUT, m.subscription_request_type, 263)}\x01"
    if m.related_sym:
        out += _write_related_sym_group(m.related_sym, False)
    return out


class MarketDataSnapshotFullRefresh(Message, kw_only=True, gc=False):
    """MarketDataSnapshotFullRefresh (35=W), documented at https://docs.kalshi.com/fix/market-data."""

    MSG_TYPE: ClassVar[str] = "W"
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    md_entries: list[MDEntry] = msgspec.field(name="268")
    """NoMDEntries(268) entries."""


def _read_market_data_snapshot_full_refresh(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> MarketDataSnapshotFullRefresh:
    if "268" in d:
        d["268"] = read_group(flat, "268", _MD_ENTRY_GROUP)
    return convert(d, MarketDataSnapshotFullRefresh, strict=False, dec_hook=decode_hook)


def _write_market_data_snapshot_full_refresh(m: MarketDataSnapshotFullRefresh, px: PriceWriter) -> str:
    out = ""
    out += f"55={write_str(m.symbol, 55)}\x01"
    out += _write_md_entry_group(m.md_entries, True)
    return out


class MarketDataIncrementalRefresh(Message, kw_only=True, gc=False):
    """MarketDataIncrementalRefresh (35=X), documented at https://docs.kalshi.com/fix/market-data."""

    MSG_TYPE: ClassVar[str] = "X"
    md_entries: list[MarketDataIncrementalRefreshMDEntry] = msgspec.field(name="268")
    """NoMDEntries(268) entries."""


def _read_market_data_incremental_refresh(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> MarketDataIncrementalRefresh:
    if "268" in d:
        d["268"] = read_group(flat, "268", _MARKET_DATA_INCREMENTAL_REFRESH_MD_ENTRY_GROUP)
    return convert(d, MarketDataIncrementalRefresh, strict=False, dec_hook=decode_hook)


def _write_market_data_incremental_refresh(m: MarketDataIncrementalRefresh, px: PriceWriter) -> str:
    out = ""
    out += _write_market_data_incremental_refresh_md_entry_group(m.md_entries, True)
    return out


class MarketDataRequestReject(Message, kw_only=True, gc=False):
    """MarketDataRequestReject (35=Y), documented at https://docs.kalshi.com/fix/market-data."""

    MSG_TYPE: ClassVar[str] = "Y"
    md_req_rej_reason: str | None = msgspec.field(default=None, name="281")
    """MDReqRejReason(281), values in `enums.MDReqRejReason`."""
    text: str | None = msgspec.field(default=None, name="58")
    """Text(58)."""


def _read_market_data_request_reject(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> MarketDataRequestReject:
    return convert(d, MarketDataRequestReject, strict=False, dec_hook=decode_hook)


def _write_market_data_request_reject(m: MarketDataRequestReject, px: PriceWriter) -> str:
    out = ""
    if m.md_req_rej_reason is not None:
        out += f"281={write_enum(_MD_REQ_REJ_REASON_OUT, m.md_req_rej_reason, 281)}\x01"
    if m.text is not None:
        out += f"58={write_str(m.text, 58)}\x01"
    return out


class SecurityStatusRequest(Message, kw_only=True, gc=False):
    """SecurityStatusRequest (35=e), documented at https://docs.kalshi.com/fix/market-data."""

    MSG_TYPE: ClassVar[str] = "e"
    subscription_request_type: str = msgspec.field(name="263")
    """SubscriptionRequestType(263), values in `enums.SubscriptionRequestType`."""
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""


def _read_security_status_request(
    d: dict[str, Any], flat: list[str], px: PriceReader | None
) -> SecurityStatusRequest:
    return convert(d, SecurityStatusRequest, strict=False, dec_hook=decode_hook)


def _write_security_status_request(m: SecurityStatusRequest, px: PriceWriter) -> str:
    out = ""
    out += f"263={write_enum(_SUBSCRIPTION_REQUEST_TYPE_OUT, m.subscription_request_type, 263)}\x01"
    out += f"55={write_str(m.symbol, 55)}\x01"
    return out


class SecurityStatus(Message, kw_only=True, gc=False):
    """SecurityStatus (35=f), documented at https://docs.kalshi.com/fix/market-data."""

    MSG_TYPE: ClassVar[str] = "f"
    symbol: str = msgspec.field(name="55")
    """Symbol(55)."""
    security_trading_status: int = msgspec.field(name="326")
    """SecurityTradingStatus(326), values in `enums.SecurityTradingStatus`."""


def _read_security_status(d: dict[str, Any], flat: list[str], px: PriceReader | None) -> SecurityStatus:
    return convert(d, SecurityStatus, strict=False, dec_hook=decode_hook)


def _write_security_status(m: SecurityStatus, px: PriceWriter) -> str:
    out = ""
    out += f"55={write_str(m.symbol, 55)}\x01"
    out += f"326={write_enum(_SECURITY_TRADING_STATUS_OUT, m.security_trading_status, 326)}\x01"
    return out


MESSAGES: dict[str, type[Message]] = {
    "0": Heartbeat,
    "1": TestRequest,
    "2": ResendRequest,
    "3": Reject,
    "4": SequenceReset,
    "5": Logout,
    "A": Logon,
    "D": NewOrderSingle,
    "G": OrderCancelReplaceRequest,
    "F": OrderCancelRequest,
    "8": ExecutionReport,
    "9": OrderCancelReject,
    "q": OrderMassCancelRequest,
    "r": OrderMassCancelReport,
    "j": BusinessMessageReject,
    "R": QuoteRequest,
    "b": QuoteRequestAck,
    "S": Quote,
    "Z": QuoteCancel,
    "AI": QuoteStatusReport,
    "AG": QuoteRequestReject,
    "U7": QuoteConfirm,
    "U8": QuoteConfirmStatus,
    "U9": QuoteCancelStatus,
    "UA": AcceptQuote,
    "UB": RFQCancelStatus,
    "UC": AcceptQuoteStatus,
    "UE": RFQCancel,
    "UMS": MarketSettlementReport,
    "UOG": OrderGroupRequest,
    "UOH": OrderGroupResponse,
    "U1": EventResendRequest,
    "U2": EventResendComplete,
    "U3": EventResendReject,
    "V": MarketDataRequest,
    "W": MarketDataSnapshotFullRefresh,
    "X": MarketDataIncrementalRefresh,
    "Y": MarketDataRequestReject,
    "e": SecurityStatusRequest,
    "f": SecurityStatus,
}
"""The message class of each MsgType."""
READERS: dict[str, Callable[[dict[str, Any], list[str], PriceReader | None], Message]] = {
    "0": _read_heartbeat,
    "1": _read_test_request,
    "2": _read_resend_request,
    "3": _read_reject,
    "4": _read_sequence_reset,
    "5": _read_logout,
    "A": _read_logon,
    "D": _read_new_order_single,
    "G": _read_order_cancel_replace_request,
    "F": _read_order_cancel_request,
    "8": _read_execution_report,
    "9": _read_order_cancel_reject,
    "q": _read_order_mass_cancel_request,
    "r": _read_order_mass_cancel_report,
    "j": _read_business_message_reject,
    "R": _read_quote_request,
    "b": _read_quote_request_ack,
    "S": _read_quote,
    "Z": _read_quote_cancel,
    "AI": _read_quote_status_report,
    "AG": _read_quote_request_reject,
    "U7": _read_quote_confirm,
    "U8": _read_quote_confirm_status,
    "U9": _read_quote_cancel_status,
    "UA": _read_accept_quote,
    "UB": _read_rfq_cancel_status,
    "UC": _read_accept_quote_status,
    "UE": _read_rfq_cancel,
    "UMS": _read_market_settlement_report,
    "UOG": _read_order_group_request,
    "UOH": _read_order_group_response,
    "U1": _read_event_resend_request,
    "U2": _read_event_resend_complete,
    "U3": _read_event_resend_reject,
    "V": _read_market_data_request,
    "W": _read_market_data_snapshot_full_refresh,
    "X": _read_market_data_incremental_refresh,
    "Y": _read_market_data_request_reject,
    "e": _read_security_status_request,
    "f": _read_security_status,
}
WRITERS: dict[type[Message], Callable[[Any, PriceWriter], str]] = {
    Heartbeat: _write_heartbeat,
    TestRequest: _write_test_request,
    ResendRequest: _write_resend_request,
    Reject: _write_reject,
    SequenceReset: _write_sequence_reset,
    Logout: _write_logout,
    Logon: _write_logon,
    NewOrderSingle: _write_new_order_single,
    OrderCancelReplaceRequest: _write_order_cancel_replace_request,
    OrderCancelRequest: _write_order_cancel_request,
    ExecutionReport: _write_execution_report,
    OrderCancelReject: _write_order_cancel_reject,
    OrderMassCancelRequest: _write_order_mass_cancel_request,
    OrderMassCancelReport: _write_order_mass_cancel_report,
    BusinessMessageReject: _write_business_message_reject,
    QuoteRequest: _write_quote_request,
    QuoteRequestAck: _write_quote_request_ack,
    Quote: _write_quote,
    QuoteCancel: _write_quote_cancel,
    QuoteStatusReport: _write_quote_status_report,
    QuoteRequestReject: _write_quote_request_reject,
    QuoteConfirm: _write_quote_confirm,
    QuoteConfirmStatus: _write_quote_confirm_status,
    QuoteCancelStatus: _write_quote_cancel_status,
    AcceptQuote: _write_accept_quote,
    RFQCancelStatus: _write_rfq_cancel_status,
    AcceptQuoteStatus: _write_accept_quote_status,
    RFQCancel: _write_rfq_cancel,
    MarketSettlementReport: _write_market_settlement_report,
    OrderGroupRequest: _write_order_group_request,
    OrderGroupResponse: _write_order_group_response,
    EventResendRequest: _write_event_resend_request,
    EventResendComplete: _write_event_resend_complete,
    EventResendReject: _write_event_resend_reject,
    MarketDataRequest: _write_market_data_request,
    MarketDataSnapshotFullRefresh: _write_market_data_snapshot_full_refresh,
    MarketDataIncrementalRefresh: _write_market_data_incremental_refresh,
    MarketDataRequestReject: _write_market_data_request_reject,
    SecurityStatusRequest: _write_security_status_request,
    SecurityStatus: _write_security_status,
}
_HEADER_TAGS = "8 9 10 34 35 43 49 50 52 56 57 89 93 97 115 122 128 142 143 1128 1129"


def _tags(text: str) -> frozenset[str]:
    return frozenset((_HEADER_TAGS + " " + text).split())


KNOWN_TAGS: dict[str, frozenset[str]] = {
    "0": _tags("112"),
    "1": _tags("112"),
    "2": _tags("7 16"),
    "3": _tags("45 58 371 372 373"),
    "4": _tags("36 123"),
    "5": _tags("58"),
    "A": _tags(
        "95 96 98 108 141 383 464 553 554 789 1137 8013 20126 20127 20200 21005 21006 21007 21008"
        " 21011 21012 21026 21027"
    ),
    "D": _tags("11 18 38 40 44 54 55 59 79 100 117 126 448 452 453 526 2964 20130 21006 21009 21023"),
    "G": _tags("11 37 38 40 41 44 54 55 79 100 448 452 453 20130"),
    "F": _tags("11 37 41 54 55 79 100 448 452 453"),
    "8": _tags(
        "6 11 14 17 30 31 32 37 38 39 41 44 54 55 58 60 79 103 126 136 137 138 139 150 151 378 448"
        " 452 453 704 705 880 891 1057 1703 1704 1705 2964 21030 21031"
    ),
    "9": _tags("11 37 39 41 58 102 434"),
    "q": _tags("11 530"),
    "r": _tags("11 37 531 532"),
    "j": _tags("45 58 371 372 379 380"),
    "R": _tags("38 55 79 131 146 152 448 452 453 20180 20181 20182 20183 20184 21015 21016"),
    "b": _tags("55 58 100 131 303 21023"),
    "S": _tags("18 38 55 79 117 131 132 133 134 135 448 452 453 21015"),
    "Z": _tags("117 21023"),
    "AI": _tags("38 54 58 79 117 131 132 133 134 135 297"),
    "AG": _tags("58 131 658 20185 20186 20187"),
    "U7": _tags("117 21023"),
    "U8": _tags("58 117 21010"),
    "U9": _tags("58 117 298"),
    "UA": _tags("11 38 54 117 448 452 453 21022 21023"),
    "UB": _tags("58 131 21013 21023"),
    "UC": _tags("11 58 117 21024 21025"),
    "UE": _tags("131 448 452 453 21023"),
    "UMS": _tags(
        "55 136 137 138 139 704 705 715 730 891 893 1703 1704 1705 20105 20106 20107 20108 20109 20110"
    ),
    "UOG": _tags("79 100 20130 20131 20132"),
    "UOH": _tags("79 20130 20132"),
    "U1": _tags("21001 21002"),
    "U2": _tags("45 21003"),
    "U3": _tags("45 21004"),
    "V": _tags("55 146 263"),
    "W": _tags("55 268 269 270 271 272 273"),
    "X": _tags("55 268 269 270 271 272 273 279 2446"),
    "Y": _tags("58 281"),
    "e": _tags("55 263"),
    "f": _tags("55 326"),
}
"""The tags each MsgType may carry, header and trailer included."""
_BASE_TAGS = "34 52 49 56 43 97 122"
FIELD_TAGS: dict[str, frozenset[str]] = {
    "0": frozenset(("112 " + _BASE_TAGS).split()),
    "1": frozenset(("112 " + _BASE_TAGS).split()),
    "2": frozenset(("7 16 " + _BASE_TAGS).split()),
    "3": frozenset(("45 58 371 372 373 " + _BASE_TAGS).split()),
    "4": frozenset(("36 123 " + _BASE_TAGS).split()),
    "5": frozenset(("58 " + _BASE_TAGS).split()),
    "A": frozenset(
        (
            "96 98 108 141 383 464 553 554 789 1137 8013 20126 20127 "
            " 20200 21005 21006 21007 21008 21011 21012 21026 21027 " + _BASE_TAGS
        ).split()
    ),
    "D": frozenset(
        ("11 18 38 40 44 54 55 59 79 100 117 126 453 526 2964 20130  21006 21009 21023 " + _BASE_TAGS).split()
    ),
    "G": frozenset(("11 37 38 40 41 44 54 55 79 100 453 20130 " + _BASE_TAGS).split()),
    "F": frozenset(("11 37 41 54 55 79 100 453 " + _BASE_TAGS).split()),
    "8": frozenset(
        (
            "6 11 14 17 30 31 32 37 38 39 41 44 54 55 58 60 79 103 126 "
            " 136 150 151 378 453 704 705 880 1057 1703 2964 21030 21031 " + _BASE_TAGS
        ).split()
    ),
    "9": frozenset(("11 37 39 41 58 102 434 " + _BASE_TAGS).split()),
    "q": frozenset(("11 530 " + _BASE_TAGS).split()),
    "r": frozenset(("11 37 531 532 " + _BASE_TAGS).split()),
    "j": frozenset(("45 58 371 372 379 380 " + _BASE_TAGS).split()),
    "R": frozenset(("38 55 79 131 146 152 453 20180 20181 21015 21016 " + _BASE_TAGS).split()),
    "b": frozenset(("55 58 100 131 303 21023 " + _BASE_TAGS).split()),
    "S": frozenset(("18 38 55 79 117 131 132 133 134 135 453 21015 " + _BASE_TAGS).split()),
    "Z": frozenset(("117 21023 " + _BASE_TAGS).split()),
    "AI": frozenset(("38 54 58 79 117 131 132 133 134 135 297 " + _BASE_TAGS).split()),
    "AG": frozenset(("58 131 658 20185 20187 " + _BASE_TAGS).split()),
    "U7": frozenset(("117 21023 " + _BASE_TAGS).split()),
    "U8": frozenset(("58 117 21010 " + _BASE_TAGS).split()),
    "U9": frozenset(("58 117 298 " + _BASE_TAGS).split()),
    "UA": frozenset(("11 38 54 117 453 21022 21023 " + _BASE_TAGS).split()),
    "UB": frozenset(("58 131 21013 21023 " + _BASE_TAGS).split()),
    "UC": frozenset(("11 58 117 21024 21025 " + _BASE_TAGS).split()),
    "UE": frozenset(("131 453 21023 " + _BASE_TAGS).split()),
    "UMS": frozenset(("55 715 730 893 20105 20106 20107 20108 " + _BASE_TAGS).split()),
    "UOG": frozenset(("79 100 20130 20131 20132 " + _BASE_TAGS).split()),
    "UOH": frozenset(("79 20130 20132 " + _BASE_TAGS).split()),
    "U1": frozenset(("21001 21002 " + _BASE_TAGS).split()),
    "U2": frozenset(("45 21003 " + _BASE_TAGS).split()),
    "U3": frozenset(("45 21004 " + _BASE_TAGS).split()),
    "V": frozenset(("146 263 " + _BASE_TAGS).split()),
    "W": frozenset(("55 268 " + _BASE_TAGS).split()),
    "X": frozenset(("268 " + _BASE_TAGS).split()),
    "Y": frozenset(("58 281 " + _BASE_TAGS).split()),
    "e": frozenset(("55 263 " + _BASE_TAGS).split()),
    "f": frozenset(("55 326 " + _BASE_TAGS).split()),
}
"""The tags each MsgType's class declares (header fields of `Message` included)."""
GROUPS: dict[str, dict[str, GroupSpec]] = {
    "D": {"453": _PARTY_ID_GROUP},
    "G": {"453": _PARTY_ID_GROUP},
    "F": {"453": _PARTY_ID_GROUP},
    "8": {"136": _MISC_FEE_GROUP, "453": _PARTY_ID_GROUP, "1703": _COLLATERAL_AMOUNT_CHANGE_GROUP},
    "R": {"453": _PARTY_ID_GROUP, "20181": _MULTIVARIATE_SELECTED_LEG_GROUP},
    "S": {"453": _PARTY_ID_GROUP},
    "AG": {"20185": _MVE_OFFENDING_LEG_GROUP},
    "UA": {"453": _PARTY_ID_GROUP},
    "UE": {"453": _PARTY_ID_GROUP},
    "UMS": {"20108": _MARKET_SETTLEMENT_PARTY_ID_GROUP},
    "V": {"146": _RELATED_SYM_GROUP},
    "W": {"268": _MD_ENTRY_GROUP},
    "X": {"268": _MARKET_DATA_INCREMENTAL_REFRESH_MD_ENTRY_GROUP},
}
"""The repeating groups (NumInGroup tag -> how to read it) of the MsgTypes that have some."""
REQUIRED_TAGS: dict[str, tuple[int, ...]] = {
    "0": (),
    "1": (112,),
    "2": (),
    "3": (45,),
    "4": (36,),
    "5": (),
    "A": (98, 108, 1137),
    "D": (11, 38, 40, 44, 54, 55),
    "G": (11, 38, 40, 41, 54, 55),
    "F": (11, 41, 54, 55),
    "8": (6, 11, 14, 17, 37, 38, 39, 54, 55, 150, 151),
    "9": (11, 37, 39, 434),
    "q": (),
    "r": (),
    "j": (380,),
    "R": (131, 146),
    "b": (131, 303),
    "S": (55, 117, 131),
    "Z": (117,),
    "AI": (117, 131, 297),
    "AG": (58, 131, 658),
    "U7": (117,),
    "U8": (117, 21010),
    "U9": (117, 298),
    "UA": (54, 117),
    "UB": (131, 21013),
    "UC": (117, 21025),
    "UE": (),
    "UMS": (55, 715, 730, 20105, 20107),
    "UOG": (20131,),
    "UOH": (),
    "U1": (21001,),
    "U2": (45, 21003),
    "U3": (45, 21004),
    "V": (263,),
    "W": (55, 268),
    "X": (268,),
    "Y": (),
    "e": (55, 263),
    "f": (55, 326),
}
"""The tags (top-level fields and groups) a received message of each MsgType must carry."""
ADMIN_MSG_TYPES = frozenset({"0", "1", "2", "3", "4", "5", "A"})
"""The session-level MsgTypes."""
MARGIN_ABSENT_MSG_TYPES = frozenset(
    {"AG", "AI", "R", "S", "U7", "U8", "U9", "UA", "UB", "UC", "UE", "UMS", "Z", "b", "e", "f"}
)
"""The application MsgTypes Kalshi documents for event contracts and not for margin (Perps)."""
MARGIN_REFUSED_TAGS: dict[str, frozenset[int]] = {
    "8": frozenset({21030, 21031}),
    "A": frozenset({20127, 21026, 21027}),
    "D": frozenset({100, 117, 21009, 21023}),
    "F": frozenset({100}),
    "G": frozenset({100}),
    "UOG": frozenset({79, 100}),
    "UOH": frozenset({79, 20132}),
    "W": frozenset({272, 273}),
    "X": frozenset({272, 273}),
    "j": frozenset({371}),
}
"""Per MsgType, the tags Kalshi documents for event contracts and not for margin (Perps)."""
