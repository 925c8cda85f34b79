# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `fcm`:

- `create_fcm_position_transfer`
- `create_fcm_subtrader`
- `delete_fcm_event_contract_daily_cap`
- `get_fcm_event_contract_daily_cap`
- `get_fcm_fills`
- `get_fcm_orders`
- `get_fcm_positions`
- `get_fcm_subtrader_blocked_categories`
- `list_fcm_subtraders`
- `update_fcm_event_contract_daily_cap`
- `update_fcm_subtrader_blocked_categories`
"""
