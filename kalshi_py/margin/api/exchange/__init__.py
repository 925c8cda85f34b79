# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `exchange`:

- `get_margin_enabled`
- `get_margin_exchange_status`
"""
