# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `reports`:

- `get_large_trader_positions`
- `get_margin_reports`
"""
