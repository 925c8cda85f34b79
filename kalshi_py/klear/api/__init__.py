# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""One module per operation of Klear, Kalshi's clearing member API, grouped by tag:
`kalshi_py.klear.api.<tag>.<operation>`."""
