# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `fcm`:

- `create_fcm_subtrader`
- `create_margin_fcm_subtrader`
- `delete_fcm_notional_risk_limit`
- `delete_fcm_subtrader_risk_controls`
- `get_fcm_subtrader_risk_controls`
- `get_margin_fcm_orders`
- `update_fcm_notional_risk_limit`
- `update_fcm_subtrader_risk_controls`
"""
