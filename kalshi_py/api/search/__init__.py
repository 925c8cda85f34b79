# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `search`:

- `get_filters_for_sports`
- `get_tags_for_series_categories`
"""
