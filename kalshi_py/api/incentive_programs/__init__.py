# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `incentive_programs`:

- `get_incentive_programs`
"""
