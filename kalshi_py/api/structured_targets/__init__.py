# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `structured_targets`:

- `get_structured_target`
- `get_structured_targets`
"""
