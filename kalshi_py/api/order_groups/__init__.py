# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `order_groups`:

- `create_order_group`
- `delete_order_group`
- `get_order_group`
- `get_order_groups`
- `reset_order_group`
- `trigger_order_group`
- `update_order_group_limit`
"""
