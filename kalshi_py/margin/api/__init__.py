# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""One module per operation of Kalshi's margin (Perps) API, grouped by tag:
`kalshi_py.margin.api.<tag>.<operation>`."""
