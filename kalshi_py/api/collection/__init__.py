# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `collection`:

- `create_market_in_multivariate_event_collection`
- `get_multivariate_event_collection`
- `get_multivariate_event_collections`
"""
