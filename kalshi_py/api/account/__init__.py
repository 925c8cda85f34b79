# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `account`:

- `get_account_api_limits`
- `get_account_api_usage_level_volume_progress`
- `get_account_endpoint_costs`
- `upgrade_account_api_usage_level`
"""
