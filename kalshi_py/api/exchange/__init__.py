# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `exchange`:

- `get_exchange_schedule`
- `get_exchange_status`
- `get_series_fee_changes`
- `get_user_data_timestamp`
"""
