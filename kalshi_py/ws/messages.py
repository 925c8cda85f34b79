"""Typed WebSocket messages: every message of Kalshi's asyncapi.yaml as a msgspec Struct (generated
into `_asyncapi.messages` by tools/codegen), and their decoding.

Server messages form one tagged union on `type` (`ServerMessage`) and are decoded straight from
frame bytes by `decode_message`. Prices (`*_dollars`, `fee_cost`, ...) and contract counts
(`*_fp`) are `Decimal`. Decoding is lenient: unknown fields are ignored, enum values stay plain
strings, a field a message can do without may be absent, and a frame whose `type` is unknown (or
that does not fit its type) comes back as a `GenericMessage` carrying the decoded JSON, never an
exception. `orderbook_delta`, the bulk of a live feed, is read through a hand-tuned layout
(`_wire`) so that equal prices share one `Decimal` object: a book keyed by price then hashes each
price once, not once per message.

Commands (client to server) are Structs tagged on `cmd` (`Command`), encoded by `encode_command`.
Several spec messages share one wire `type` and therefore one Struct: `okResponse`,
`listSubscriptionsResponse`, `subscribedIndicesResponse` and `subscribedUnderlyingsResponse` are
all `Ok` (its `msg` is an `OkMsg` or a list of `SubscriptionInfo`); `marketLifecycleV2` and
`marketMetadataUpdated` are both `MarketLifecycleV2`. `SPEC_MESSAGES` maps every message name of
`components/messages` to the Struct that carries it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, Union

import msgspec

from .._levels import twin_of
from .._model import shared_decimal
from ._asyncapi.messages import *  # noqa: F403
from ._asyncapi.messages import Command, OrderbookDelta, OrderbookDeltaMsg, ServerMessage
from ._asyncapi.messages import __all__ as _GENERATED
from ._wire import OrderbookDeltaFrame

__all__ = [  # noqa: PLE0604
    *_GENERATED,
    "GenericMessage",
    "CommandCodec",
    "Message",
    "MessageDecoder",
    "decode_command",
    "decode_message",
    "encode_command",
]


class GenericMessage(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A server message of a `type` this client does not know, or one that did not fit its
    Struct (`error` says why); `msg` holds the decoded JSON as sent."""

    type: str = ""
    sid: int | None = None
    seq: int | None = None
    id: int | None = None
    sending_ts_ms: int | None = None
    msg: Any = None
    error: str | None = None


Message = ServerMessage | GenericMessage
_Struct = TypeVar("_Struct")
Reader = tuple[type[Any], Callable[[Any], Any]]
"""A faster layout of a message and the function turning it into the message."""

_generic_decoder = msgspec.json.Decoder(GenericMessage)


class MessageDecoder(Generic[_Struct]):
    """Frames into the Structs of one tagged union of server messages (`ServerMessage` here, the
    margin one in `kalshi_py.margin.ws`), leniently: a frame of an unknown `type`, or one that
    does not fit its Struct, becomes a `GenericMessage` (with `error` saying why it did not fit).
    Raises `msgspec.DecodeError` only for a frame that is not a JSON object.

    Some messages are first read into a faster layout of their own and then turned into their
    Struct: those of `readers` (message Struct -> layout Struct and the function turning one into
    the other), and every message holding price levels (`kalshi_py._levels`). A layout that
    cannot be turned into its message (the function raises `ArithmeticError` or
    `msgspec.DecodeError`) leaves the frame to the Structs alone, so the result is always what
    `typed` makes of the frame."""

    def __init__(self, union: Any, readers: Mapping[type[Any], Reader] | None = None) -> None:
        members: tuple[type[Any], ...] = union.__args__
        self._decoder: msgspec.json.Decoder[_Struct] = msgspec.json.Decoder(union)
        self._known = frozenset(msgspec.inspect.type_info(t).tag for t in members)  # type: ignore[attr-defined]
        fast = dict(readers or {})
        for member in members:
            twin = twin_of(member)
            if member not in fast and twin is not None:
                fast[member] = (twin.wire, twin.rebuild)
        self._convert: dict[type[Any], Callable[[Any], Any]] = dict(fast.values())
        layouts = tuple(fast[t][0] if t in fast else t for t in members)
        self._fast: msgspec.json.Decoder[Any] | None = (
            msgspec.json.Decoder(Union[layouts]) if fast else None  # noqa: UP007 - built from a tuple
        )

    def __call__(self, frame: bytes | str) -> _Struct | GenericMessage:
        if self._fast is None:
            return self.typed(frame)
        try:
            message = self._fast.decode(frame)
        except msgspec.ValidationError:
            return self.typed(frame)
        convert = self._convert.get(type(message))
        if convert is None:
            return message  # type: ignore[no-any-return]
        try:
            return convert(message)  # type: ignore[no-any-return]
        except (ArithmeticError, msgspec.DecodeError):
            return self.typed(frame)

    def typed(self, frame: bytes | str) -> _Struct | GenericMessage:
        """The frame through the public Structs alone."""
        try:
            return self._decoder.decode(frame)
        except msgspec.ValidationError as exc:
            generic = _lenient_generic(frame)
            if generic.type in self._known:
                generic.error = str(exc)
            return generic


def _typed_delta(frame: OrderbookDeltaFrame) -> OrderbookDelta:
    """The `OrderbookDelta` the public Structs would decode from the same frame, with shared
    prices; raises `ArithmeticError` for a price or delta that is no number."""
    msg = frame.msg
    return OrderbookDelta(
        sid=frame.sid,
        seq=frame.seq,
        id=frame.id,
        sending_ts_ms=frame.sending_ts_ms,
        msg=OrderbookDeltaMsg(
            market_ticker=msg.market_ticker,
            price_dollars=shared_decimal(msg.price_dollars),
            delta_fp=shared_decimal(msg.delta_fp),
            side=msg.side,
            market_id=msg.market_id,
            clock=msg.clock,
            client_order_id=msg.client_order_id,
            subaccount=msg.subaccount,
            ts=msg.ts,
            ts_ms=msg.ts_ms,
        ),
    )


def _lenient_generic(frame: bytes | str) -> GenericMessage:
    try:
        return _generic_decoder.decode(frame)
    except msgspec.ValidationError as exc:
        raw = msgspec.json.decode(frame)
        if not isinstance(raw, dict):
            raise msgspec.DecodeError("a Kalshi WebSocket message must be a JSON object") from None
        kind = raw.get("type")
        return GenericMessage(type=kind if isinstance(kind, str) else "", msg=raw.get("msg"), error=str(exc))


_messages: MessageDecoder[ServerMessage] = MessageDecoder(
    ServerMessage, {OrderbookDelta: (OrderbookDeltaFrame, _typed_delta)}
)
decode_message = _messages
"""Decode one WebSocket frame into its typed message; never raises for a well-formed JSON
object (unknown or ill-fitting messages become `GenericMessage`), and raises
`msgspec.DecodeError` only when the frame is not a JSON object at all."""
_decode_typed = _messages.typed
"""The frame through the public Structs alone (what `decode_message` always equals)."""


# --- commands ------------------------------------------------------------------------------------


class CommandCodec(Generic[_Struct]):
    """The JSON frames of one API's commands (`Command` here, the margin one in
    `kalshi_py.margin.ws`)."""

    def __init__(self, union: Any) -> None:
        self._decoder: msgspec.json.Decoder[_Struct] = msgspec.json.Decoder(union)
        self._encoder = msgspec.json.Encoder()

    def encode(self, command: _Struct) -> bytes:
        """The JSON frame of a command."""
        return self._encoder.encode(command)

    def decode(self, frame: bytes | str) -> _Struct:
        """Decode a command frame (what a server receives); raises `msgspec.ValidationError`."""
        return self._decoder.decode(frame)


_commands: CommandCodec[Command] = CommandCodec(Command)
encode_command = _commands.encode
decode_command = _commands.decode
