# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `order_groups`:

- `create_margin_order_group`
- `delete_margin_order_group`
- `get_margin_order_group`
- `get_margin_order_groups`
- `reset_margin_order_group`
- `trigger_margin_order_group`
- `update_margin_order_group_limit`
"""
