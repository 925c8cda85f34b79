# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `subtrader_groups`:

- `create_margin_subtrader_group`
- `delete_margin_subtrader_group`
- `get_margin_subtrader_groups`
- `update_margin_subtrader_group`
"""
