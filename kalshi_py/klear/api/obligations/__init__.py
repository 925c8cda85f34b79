# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `obligations`:

- `get_active_margin_obligations`
- `get_obligation_funding_payments`
- `get_obligation_history`
- `get_obligation_maintenance_margin_details`
- `get_obligation_settlement_details`
"""
