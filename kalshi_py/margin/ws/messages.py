"""Typed margin WebSocket messages: every message of Kalshi's perps_asyncapi.yaml as a msgspec
Struct (generated into `_asyncapi.messages` by tools/codegen), and their decoding.

Server messages form one tagged union on `type` (`ServerMessage`), decoded straight from frame
bytes by `decode_message`, as leniently as the event-contract ones: unknown fields are ignored,
enum values stay plain strings, a field a message can do without may be absent, and a frame of
an unknown `type` (or one that does not fit its Struct) comes back as a `GenericMessage`.
Prices, amounts and contract counts (`price`, `delta`, `count`, `fee_cost`, `*_fp`, ...) are
`Decimal`. Commands are Structs tagged on `cmd` (`Command`). `okResponse` and
`listSubscriptionsResponse` share the wire `type` `ok` and so one Struct, `Ok`.
"""

from __future__ import annotations

from ...ws.messages import CommandCodec, GenericMessage, MessageDecoder
from ._asyncapi.messages import *  # noqa: F403
from ._asyncapi.messages import Command, ServerMessage
from ._asyncapi.messages import __all__ as _GENERATED

__all__ = [  # noqa: PLE0604
    *_GENERATED,
    "GenericMessage",
    "Message",
    "decode_command",
    "decode_message",
    "encode_command",
]

Message = ServerMessage | GenericMessage

decode_message: MessageDecoder[ServerMessage] = MessageDecoder(ServerMessage)
"""Decode one margin WebSocket frame into its typed message; never raises for a well-formed
JSON object (unknown or ill-fitting messages become `GenericMessage`), and raises
`msgspec.DecodeError` only when the frame is not a JSON object at all."""

_commands: CommandCodec[Command] = CommandCodec(Command)
encode_command = _commands.encode
"""The JSON frame of a command."""
decode_command = _commands.decode
"""Decode a command frame (what a server receives); raises `msgspec.ValidationError`."""
