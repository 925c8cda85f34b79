# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `market`:

- `batch_get_market_candlesticks`
- `get_event`
- `get_event_metadata`
- `get_events`
- `get_market`
- `get_market_candlesticks`
- `get_market_orderbook`
- `get_market_orderbooks`
- `get_markets`
- `get_series`
- `get_series_list`
- `get_trades`
"""
