# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `risk`:

- `get_margin_notional_risk_limit`
- `get_margin_risk`
- `get_margin_risk_parameters`
"""
