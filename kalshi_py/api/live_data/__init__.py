# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `live_data`:

- `get_event_live_data`
- `get_game_stats`
- `get_live_data`
- `get_live_data_by_milestone`
- `get_live_datas`
- `get_weather_index`
- `get_weather_index_calibrations`
"""
