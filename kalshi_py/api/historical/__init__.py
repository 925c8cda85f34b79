# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `historical`:

- `get_fills_historical`
- `get_historical_cutoff`
- `get_historical_market`
- `get_historical_markets`
- `get_historical_orders`
- `get_historical_positions`
- `get_market_candlesticks_historical`
- `get_trades_historical`
"""
