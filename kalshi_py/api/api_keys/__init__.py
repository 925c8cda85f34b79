# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `api_keys`:

- `create_api_key`
- `delete_api_key`
- `generate_api_key`
- `get_api_keys`
"""
