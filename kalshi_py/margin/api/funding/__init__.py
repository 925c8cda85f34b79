# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `funding`:

- `get_margin_funding_history`
- `get_margin_funding_rate_estimate`
- `get_margin_historical_funding_rates`
- `get_margin_premium_index`
"""
