# generated from asyncapi.yaml 2.0.0 by tools/codegen — do not edit
"""The WebSocket message Structs and error codes of Kalshi's asyncapi.yaml 2.0.0."""
