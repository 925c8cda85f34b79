# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `events`:

- `get_event`
- `get_event_fee_changes`
- `get_event_forecast_percentiles_history`
- `get_event_metadata`
- `get_events`
- `get_market_candlesticks_by_event`
- `get_multivariate_events`
"""
