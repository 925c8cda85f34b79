# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `fees`:

- `get_margin_fee_tier_rates`
- `get_margin_fee_tiers`
"""
