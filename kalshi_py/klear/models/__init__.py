# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""The models of Klear, Kalshi's clearing member API, one msgspec Struct per schema of klear_openapi.yaml
0.0.1.

Answers decode leniently: every field may be absent (`UNSET`), unknown fields are ignored, and
enum-valued fields are plain `str` (the enum classes below name the values known today).
Request bodies are strict: required fields must be given and enum fields take the listed values.
Amounts are exact integers in the unit their names give: `*_centicents` (1 USD = 10,000
centicents), `*_centicount` (1 contract = 100); `kalshi_py.klear.centicents_to_dollars` converts.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, UnsetType

from ..._model import Model


class AssetClass(str, enum.Enum):
    CRYPTO = "Crypto"


class EstimatePortfolioMaintenanceMarginRequestClearingType(str, enum.Enum):
    FCM = "FCM"
    SELFCLEARING = "SelfClearing"


class GetSettlementBalanceWithdrawalResponseStatus(str, enum.Enum):
    PENDING = "pending"
    PROCESSING = "processing"
    PROCESSED = "processed"
    FAILED = "failed"


class MarginReportReportType(str, enum.Enum):
    TRADE_AUDIT = "trade_audit"
    POSITION_SNAPSHOT = "position_snapshot"
    MARKET_PRICE_SNAPSHOT = "market_price_snapshot"
    FUNDING_PERIODS = "funding_periods"
    SETTLEMENT_PERIODS = "settlement_periods"
    MAINTENANCE_MARGIN = "maintenance_margin"
    MAINTENANCE_MARGIN_AGGREGATE = "maintenance_margin_aggregate"


class AssetClassSettlementEstimate(Model, kw_only=True):
    user_breakdown: SettlementEstimate | UnsetType = UNSET
    subtrader_breakdowns: dict[str, SettlementEstimate] | UnsetType = UNSET
    group_breakdowns: dict[str, SettlementEstimate] | UnsetType = UNSET
    omitted_subtrader_count: int | UnsetType = UNSET
    omitted_group_count: int | UnsetType = UNSET
    prev_settlement_prices: dict[str, int] | UnsetType = UNSET
    next_runtime: datetime | UnsetType = UNSET


class CreateMarginFcmApiKeyRequest(Model, kw_only=True):
    name: str
    public_key: str
    fcm_subtrader_id: str


class CreateMarginFcmApiKeyResponse(Model, kw_only=True):
    api_key_id: str | UnsetType = UNSET
    warning: str | UnsetType | None = UNSET


class CreateMarginSubtraderGroupRequest(Model, kw_only=True):
    subtrader_ids: list[Annotated[str, msgspec.Meta(min_length=1)]]


class CreateMarginSubtraderGroupResponse(Model, kw_only=True):
    group_id: str | UnsetType = UNSET


class Error(Model, kw_only=True):
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    details: str | UnsetType = UNSET
    service: str | UnsetType = UNSET


class EstimatePortfolioMaintenanceMarginPosition(Model, kw_only=True):
    market_ticker: str
    quantity: int
    price: str


class EstimatePortfolioMaintenanceMarginRequest(Model, kw_only=True):
    asset_class: Literal["Crypto"]
    date: str | UnsetType = UNSET
    clearing_type: Literal["FCM", "SelfClearing"] | UnsetType = UNSET
    positions: list[EstimatePortfolioMaintenanceMarginPosition]


class EstimatePortfolioMaintenanceMarginResponse(Model, kw_only=True):
    maintenance_margin_fp: str | UnsetType = UNSET
    base_margin_fp: str | UnsetType = UNSET
    hvar_fp: str | UnsetType = UNSET
    apc_fp: str | UnsetType = UNSET
    funding_addon_fp: str | UnsetType = UNSET
    liquidation_addon_fp: str | UnsetType = UNSET


class FundingPaymentDetail(Model, kw_only=True):
    id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    subtrader_id: str | UnsetType = UNSET
    funding_time: datetime | UnsetType = UNSET
    position_quantity_fp: str | UnsetType = UNSET
    notional_value_centicents: int | UnsetType = UNSET
    funding_amount_centicents: int | UnsetType = UNSET


class GenerateMarginFcmApiKeyRequest(Model, kw_only=True):
    name: str
    fcm_subtrader_id: str


class GenerateMarginFcmApiKeyResponse(Model, kw_only=True):
    api_key_id: str | UnsetType = UNSET
    private_key: str | UnsetType = UNSET
    warning: str | UnsetType | None = UNSET


class GetActiveMarginObligationsResponse(Model, kw_only=True):
    obligations: list[ObligationEntry] | UnsetType = UNSET


class GetGuarantyFundBalanceResponse(Model, kw_only=True):
    user_id: str | UnsetType = UNSET
    amount_centicents: int | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET


class GetLargeTraderPositionsResponse(Model, kw_only=True):
    user_id: str | UnsetType = UNSET
    report_date: str | UnsetType = UNSET
    positions: list[GetLargeTraderPositionsResponsePositionsItem] | UnsetType = UNSET


class GetLargeTraderPositionsResponsePositionsItem(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    position: int | UnsetType = UNSET
    exit_day: bool | UnsetType = UNSET


class GetMarginReportsResponse(Model, kw_only=True):
    reports: list[MarginReport] | UnsetType = UNSET


class GetMarginSubtraderGroupsResponse(Model, kw_only=True):
    groups: list[MarginSubtraderGroup] | UnsetType = UNSET


class GetMemberFundingPaymentsResponse(Model, kw_only=True):
    payments: list[MemberFundingPayment] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetObligationFundingPaymentsResponse(Model, kw_only=True):
    funding_payments: list[FundingPaymentDetail] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetObligationHistoryResponse(Model, kw_only=True):
    obligations: list[ObligationEntry] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetObligationMaintenanceMarginDetailsResponse(Model, kw_only=True):
    maintenance_margin_details: list[MaintenanceMarginDetail] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetObligationSettlementDetailsResponse(Model, kw_only=True):
    settlement_details: list[SettlementDetail] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetSettlementBalanceHistoryResponse(Model, kw_only=True):
    entries: list[SettlementBalanceHistoryEntry] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetSettlementBalanceResponse(Model, kw_only=True):
    user_id: str | UnsetType = UNSET
    balance_available_centicents: int | UnsetType = UNSET
    locked_balance_centicents: int | UnsetType = UNSET


class GetSettlementBalanceWithdrawalResponse(Model, kw_only=True):
    id: str | UnsetType = UNSET
    amount: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET


class GetSettlementEstimateByAssetClassResponse(Model, kw_only=True):
    estimates: dict[str, AssetClassSettlementEstimate] | UnsetType = UNSET
    settlement_balance_centicents: int | UnsetType = UNSET


class GetSettlementPricesResponse(Model, kw_only=True):
    settlement_prices: dict[str, int] | UnsetType = UNSET


class ListMarginFcmApiKeysResponse(Model, kw_only=True):
    api_keys: list[MarginFcmApiKey] | UnsetType = UNSET


class MaintenanceMarginDetail(Model, kw_only=True):
    id: str | UnsetType = UNSET
    subtrader_id: str | UnsetType = UNSET
    margin_group_id: str | UnsetType = UNSET
    maintenance_margin_centicents: int | UnsetType = UNSET
    maintenance_margin_delta_centicents: int | UnsetType = UNSET


class MarginFcmApiKey(Model, kw_only=True):
    api_key_id: str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    fcm_subtrader_id: str | UnsetType = UNSET


class MarginReport(Model, kw_only=True):
    report_type: str | UnsetType = UNSET
    url: str | UnsetType = UNSET
    date: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET
    is_end_of_day: bool | UnsetType = UNSET
    snapshot_ts: datetime | UnsetType = UNSET


class MarginSubtraderGroup(Model, kw_only=True):
    group_id: str | UnsetType = UNSET
    member_subtrader_ids: list[str] | UnsetType = UNSET


class MarketSettlementEstimate(Model, kw_only=True):
    quantity_centicount: int | UnsetType = UNSET
    variation_margin_centicents: int | UnsetType = UNSET
    notional_value_centicents: int | UnsetType = UNSET
    session_avg_price_fp: str | UnsetType = UNSET


class MemberFundingPayment(Model, kw_only=True):
    id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    subtrader_id: str | UnsetType = UNSET
    funding_time: datetime | UnsetType = UNSET
    position_quantity_fp: str | UnsetType = UNSET
    notional_value_centicents: int | UnsetType = UNSET
    funding_amount_centicents: int | UnsetType = UNSET
    settlement_execution_time: datetime | UnsetType = UNSET


class ObligationEntry(Model, kw_only=True):
    id: str | UnsetType = UNSET
    user_id: str | UnsetType = UNSET
    amount_centicents: int | UnsetType = UNSET
    fees_centicents: int | UnsetType = UNSET
    maintenance_margin_centicents: int | UnsetType = UNSET
    pnl_centicents: int | UnsetType = UNSET
    execution_time: datetime | UnsetType = UNSET
    last_updated_ts: datetime | UnsetType = UNSET
    asset_class: str | UnsetType = UNSET
    receives: list[ObligationReceiveInfo] | UnsetType = UNSET
    settlement_details: list[SettlementDetail] | UnsetType = UNSET
    maintenance_margin_details: list[MaintenanceMarginDetail] | UnsetType = UNSET
    funding_payments: list[FundingPaymentDetail] | UnsetType = UNSET
    settlement_details_truncated: bool | UnsetType = UNSET
    maintenance_margin_details_truncated: bool | UnsetType = UNSET
    funding_payments_truncated: bool | UnsetType = UNSET


class ObligationInfo(Model, kw_only=True):
    id: str | UnsetType = UNSET
    user_id: str | UnsetType = UNSET
    amount_centicents: int | UnsetType = UNSET
    fees_centicents: int | UnsetType = UNSET
    maintenance_margin_centicents: int | UnsetType = UNSET
    pnl_centicents: int | UnsetType = UNSET
    execution_time: datetime | UnsetType = UNSET
    last_updated_ts: datetime | UnsetType = UNSET
    asset_class: str | UnsetType = UNSET


class ObligationReceiveInfo(Model, kw_only=True):
    id: str | UnsetType = UNSET
    type: str | UnsetType = UNSET
    amount_centicents: int | UnsetType = UNSET
    external_reference: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET


class SettlementBalanceHistoryEntry(Model, kw_only=True):
    balance_delta_centicents: int | UnsetType = UNSET
    locked_balance_delta_centicents: int | UnsetType = UNSET
    reason: str | UnsetType = UNSET
    business_transaction_id: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET


class SettlementDetail(Model, kw_only=True):
    id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    subtrader_id: str | UnsetType = UNSET
    position_quantity_fp: str | UnsetType = UNSET
    pnl_centicents: int | UnsetType = UNSET
    total_fees_centicents: int | UnsetType = UNSET
    total_amount_centicents: int | UnsetType = UNSET


class SettlementEstimate(Model, kw_only=True):
    variation_margin_centicents: int | UnsetType = UNSET
    total_fees_centicents: int | UnsetType = UNSET
    maintenance_margin_delta_centicents: int | UnsetType = UNSET
    maintenance_margin_required_centicents: int | UnsetType = UNSET
    total_amount_centicents: int | UnsetType = UNSET
    positions: dict[str, MarketSettlementEstimate] | UnsetType = UNSET


class UpdateMarginSubtraderGroupRequest(Model, kw_only=True):
    subtrader_ids: list[Annotated[str, msgspec.Meta(min_length=1)]]


class WithdrawSettlementBalanceRequest(Model, kw_only=True):
    amount: str


class WithdrawSettlementBalanceResponse(Model, kw_only=True):
    id: str | UnsetType = UNSET


__all__ = [
    "AssetClass",
    "AssetClassSettlementEstimate",
    "CreateMarginFcmApiKeyRequest",
    "CreateMarginFcmApiKeyResponse",
    "CreateMarginSubtraderGroupRequest",
    "CreateMarginSubtraderGroupResponse",
    "Error",
    "EstimatePortfolioMaintenanceMarginPosition",
    "EstimatePortfolioMaintenanceMarginRequest",
    "EstimatePortfolioMaintenanceMarginRequestClearingType",
    "EstimatePortfolioMaintenanceMarginResponse",
    "FundingPaymentDetail",
    "GenerateMarginFcmApiKeyRequest",
    "GenerateMarginFcmApiKeyResponse",
    "GetActiveMarginObligationsResponse",
    "GetGuarantyFundBalanceResponse",
    "GetLargeTraderPositionsResponse",
    "GetLargeTraderPositionsResponsePositionsItem",
    "GetMarginReportsResponse",
    "GetMarginSubtraderGroupsResponse",
    "GetMemberFundingPaymentsResponse",
    "GetObligationFundingPaymentsResponse",
    "GetObligationHistoryResponse",
    "GetObligationMaintenanceMarginDetailsResponse",
    "GetObligationSettlementDetailsResponse",
    "GetSettlementBalanceHistoryResponse",
    "GetSettlementBalanceResponse",
    "GetSettlementBalanceWithdrawalResponse",
    "GetSettlementBalanceWithdrawalResponseStatus",
    "GetSettlementEstimateByAssetClassResponse",
    "GetSettlementPricesResponse",
    "ListMarginFcmApiKeysResponse",
    "MaintenanceMarginDetail",
    "MarginFcmApiKey",
    "MarginReport",
    "MarginReportReportType",
    "MarginSubtraderGroup",
    "MarketSettlementEstimate",
    "MemberFundingPayment",
    "ObligationEntry",
    "ObligationInfo",
    "ObligationReceiveInfo",
    "SettlementBalanceHistoryEntry",
    "SettlementDetail",
    "SettlementEstimate",
    "UpdateMarginSubtraderGroupRequest",
    "WithdrawSettlementBalanceRequest",
    "WithdrawSettlementBalanceResponse",
]
