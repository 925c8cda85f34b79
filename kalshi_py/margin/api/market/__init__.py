# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `market`:

- `get_margin_market`
- `get_margin_market_candlesticks`
- `get_margin_market_orderbook`
- `get_margin_markets`
- `get_margin_trades`
"""
