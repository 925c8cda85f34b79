# generated from perps_asyncapi.yaml 2.0.0 by tools/codegen — do not edit
"""The WebSocket message Structs of Kalshi's perps_asyncapi.yaml 2.0.0."""
