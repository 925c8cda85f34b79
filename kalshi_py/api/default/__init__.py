# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `default`:

- `get_exchange_schedule`
- `get_exchange_status`
- `get_user_data_timestamp`
"""
