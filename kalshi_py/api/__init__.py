# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""One module per operation of the Kalshi Trade API, grouped by tag: `kalshi_py.api.<tag>.<operation>`."""
