"""What differs between Kalshi's WebSocket APIs: the event-contract one (`/trade-api/ws/v2`) and
the margin one (`/trade-api/ws/v2/margin`) speak the same protocol (subscribe, `sid`, `seq`,
snapshots then deltas, `ok` and `error` replies) with messages of their own.

A `Dialect` names one API's message Structs (generated from its asyncapi document), how a frame
decodes, its hosts, and how a book is healed: with `update_subscription` `get_snapshot` where
the API has it, else by subscribing again (margin). The machinery of `kalshi_py.ws` (`Protocol`
and both drivers) runs either dialect unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..environments import (
    PRODUCTION,
    Environment,
    resolve_environment,
    ws_url_for,
)
from . import messages
from ._subscription import TYPE_CHANNEL

__all__ = ["EVENT_CONTRACTS", "Dialect"]


@dataclass(frozen=True)
class Dialect:
    """One WebSocket API's messages, hosts and ways.

    The Struct types are the API's own; the client acts on the snapshots and deltas of
    `orderbook_delta`, on `fill` and `user_order` (backfilled over REST where `backfill`), and on
    the replies to its commands.
    """

    name: str
    decode: Callable[[bytes | str], Any]
    """A frame's typed message; a frame that fits no Struct gives a `GenericMessage`, one that
    is not a JSON object raises `msgspec.DecodeError`."""
    orderbook_snapshot: type[Any]
    orderbook_delta: type[Any]
    fill: type[Any]
    user_order: type[Any]
    subscribed: type[Any]
    ok: type[Any]
    ok_msg: type[Any]
    error_reply: type[Any]
    unsubscribed: type[Any]
    subscribe_command: type[Any]
    subscribe_params: type[Any]
    unsubscribe_command: type[Any]
    unsubscribe_params: type[Any]
    update_command: type[Any]
    update_params: type[Any]
    list_command: type[Any]
    type_channel: Mapping[str, str]
    """The channel of each message `type`, for a message whose sid names no subscription."""
    snapshot_action: str | None
    """The `update_subscription` action that sends a fresh snapshot; None: subscribe again."""
    market_actions: tuple[str, ...]
    """The `update_subscription` actions that need market tickers."""
    production: Environment
    resolve_environment: Callable[[str], Environment]
    ws_url_for: Callable[[str], str]
    """The WebSocket URL that goes with a REST base URL."""
    backfill: bool
    """Whether `fill` and `user_orders` missed in an outage can be fetched over REST."""

    @classmethod
    def of(cls, structs: ModuleType, **facts: Any) -> Dialect:
        """The dialect whose Structs and `decode_message` are those of the module `structs`, by
        the names the generator gives both APIs' Structs; `facts` are the rest."""
        return cls(
            decode=structs.decode_message,
            orderbook_snapshot=structs.OrderbookSnapshot,
            orderbook_delta=structs.OrderbookDelta,
            fill=structs.Fill,
            user_order=structs.UserOrder,
            subscribed=structs.Subscribed,
            ok=structs.Ok,
            ok_msg=structs.OkMsg,
            error_reply=structs.ErrorReply,
            unsubscribed=structs.Unsubscribed,
            subscribe_command=structs.SubscribeCommand,
            subscribe_params=structs.SubscribeParams,
            unsubscribe_command=structs.UnsubscribeCommand,
            unsubscribe_params=structs.UnsubscribeParams,
            update_command=structs.UpdateSubscriptionCommand,
            update_params=structs.UpdateSubscriptionParams,
            list_command=structs.ListSubscriptionsCommand,
            **facts,
        )

    @property
    def replies(self) -> tuple[type[Any], ...]:
        """The messages that answer a command."""
        return (self.subscribed, self.ok, self.error_reply, self.unsubscribed)

    def __repr__(self) -> str:
        return f"<Dialect {self.name}>"


EVENT_CONTRACTS = Dialect.of(
    messages,
    name="event contracts",
    type_channel=TYPE_CHANNEL,
    snapshot_action="get_snapshot",
    market_actions=("add_markets", "delete_markets", "get_snapshot"),
    production=PRODUCTION,
    resolve_environment=resolve_environment,
    ws_url_for=ws_url_for,
    backfill=True,
)
