# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `api_keys`:

- `create_margin_fcm_api_key`
- `delete_margin_fcm_api_key`
- `generate_margin_fcm_api_key`
- `list_margin_fcm_api_keys`
"""
