# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `account`:

- `get_perps_account_api_limits`
"""
