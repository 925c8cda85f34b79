# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `exit_triggers`:

- `delete_cross_margin_exit_trigger`
- `delete_cross_margin_exit_trigger_by_id`
- `delete_isolated_margin_exit_trigger`
- `get_cross_margin_exit_triggers`
- `get_isolated_margin_exit_triggers`
- `set_cross_margin_exit_trigger`
- `set_isolated_margin_exit_trigger`
- `update_cross_margin_exit_trigger`
"""
