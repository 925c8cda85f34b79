# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `funding`:

- `get_member_funding_payments`
"""
