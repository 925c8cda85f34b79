"""Post-trade (KalshiPT, and KalshiRT with ReceiveSettlementReports=Y): a MarketSettlementReport
for each account that held a market when it settled, in one fragment: the result, the settlement
price (the YES payout), and one party entry with the YES (LongQty) and NO (ShortQty) contracts
settled, the payout as a collateral change and the fees paid in the market."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from kalshi_py.fix import messages as M

from ..engine import Settlement

__all__ = ["settlement_report"]


def settlement_report(user_id: str, settlement: Settlement) -> M.MarketSettlementReport:
    """The MarketSettlementReport of one account's settlement."""
    day = datetime.fromtimestamp(settlement.settled_time, timezone.utc).strftime("%Y%m%d")
    party = M.MarketSettlementPartyID(
        market_settlement_party_id=user_id,
        market_settlement_party_role=24,
        long_qty=settlement.yes_count,
        short_qty=settlement.no_count,
        collateral_amount_changes=[
            M.CollateralAmountChange(
                collateral_amount_change=settlement.revenue, collateral_amount_type="PAYOUT"
            )
        ],
        misc_fees=[
            M.MiscFee(
                misc_fee_amt=settlement.fee_cost, misc_fee_curr="USD", misc_fee_type="4", misc_fee_basis=0
            )
        ],
    )
    return M.MarketSettlementReport(
        market_settlement_report_id=str(uuid.uuid4()),
        symbol=settlement.ticker,
        clearing_business_date=day,
        tot_num_market_settlement_reports=1,
        market_result=settlement.market_result,
        settlement_price=settlement.value if settlement.value is not None else settlement.revenue,
        last_fragment=True,
        market_settlement_party_ids=[party],
    )
