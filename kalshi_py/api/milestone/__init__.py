# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `milestone`:

- `get_milestone`
- `get_milestones`
"""
