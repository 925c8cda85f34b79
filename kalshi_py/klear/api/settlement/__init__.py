# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `settlement`:

- `get_guaranty_fund_balance`
- `get_settlement_balance`
- `get_settlement_balance_history`
- `get_settlement_balance_withdrawal`
- `get_settlement_estimate_by_asset_class`
- `get_settlement_prices`
- `withdraw_settlement_balance`
"""
