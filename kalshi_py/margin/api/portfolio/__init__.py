# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `portfolio`:

- `apply_margin_subaccount_transfer`
- `create_margin_subaccount`
- `get_margin_balance`
- `get_margin_fills`
- `get_margin_positions`
- `intra_exchange_instance_transfer`
"""
