"""The WebSocket front of the local exchange: Kalshi's WebSocket at `/trade-api/ws/v2`.

hub.py       connections, the writer, engine events in       commands.py  the commands
session.py   one connection, its subscriptions and seq        registry.py  subscriptions by channel
messages.py  the messages, in asyncapi.yaml's shapes          heartbeat.py uvicorn's protocol, Kalshi's ping
"""

from .hub import WsFront

__all__ = ["WsFront"]
