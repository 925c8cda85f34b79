# generated from perps_asyncapi.yaml 2.0.0 by tools/codegen — do not edit
"""Every message of Kalshi's margin (Perps) WebSocket API (perps_asyncapi.yaml 2.0.0) as a msgspec Struct.

Server messages are tagged on `type` (`ServerMessage`), commands on `cmd` (`Command`). A server
message's fields decode leniently: the fields it cannot do without are required, any other field
is None (or an empty list) when absent, unknown fields are ignored and enum values stay plain
strings. Commands carry the fields the spec requires. Prices and counts are `Decimal`.
`SPEC_MESSAGES` maps every message of the spec to the Struct that carries it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import msgspec

__all__ = [
    "SPEC_MESSAGES",
    "Command",
    "ErrorMsg",
    "ErrorReply",
    "Fill",
    "FillMsg",
    "FundingRate",
    "ListSubscriptionsCommand",
    "Ok",
    "OkMsg",
    "OrderGroupUpdates",
    "OrderGroupUpdatesMsg",
    "OrderbookDelta",
    "OrderbookDeltaMsg",
    "OrderbookSnapshot",
    "OrderbookSnapshotMsg",
    "Ping",
    "Pong",
    "ServerMessage",
    "SubscribeCommand",
    "SubscribeParams",
    "Subscribed",
    "SubscribedMsg",
    "SubscriptionInfo",
    "Ticker",
    "TickerMsg",
    "TickerPrice",
    "Trade",
    "TradeMsg",
    "UnsubscribeCommand",
    "UnsubscribeParams",
    "Unsubscribed",
    "UpdateSubscriptionCommand",
    "UpdateSubscriptionParams",
    "UserOrder",
    "UserOrderMsg",
]


class _Payload(msgspec.Struct, kw_only=True, omit_defaults=True, gc=False):
    """Base of every part of a server message."""


class _Server(msgspec.Struct, tag_field="type", kw_only=True, omit_defaults=True, gc=False):
    """Fields every server message may carry beside `type` and `msg`."""

    sid: int | None = None
    seq: int | None = None
    id: int | None = None
    sending_ts_ms: int | None = None

    @property
    def type(self) -> str:
        """The wire `type` of this message."""
        tag = self.__struct_config__.tag
        return tag if isinstance(tag, str) else ""


class _Params(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Base of every part of a command."""


class _Command(msgspec.Struct, tag_field="cmd", kw_only=True, omit_defaults=True):
    id: int


class SubscribeParams(_Params):
    """Part of a message: `subscribeCommand.params`."""

    channels: list[str]
    market_ticker: str | None = None
    market_tickers: list[str] | None = None
    send_initial_snapshot: bool | None = None
    skip_ticker_ack: bool | None = None


class UnsubscribeParams(_Params):
    """Part of a message: `unsubscribeCommand.params`."""

    sids: list[int]


class UpdateSubscriptionParams(_Params):
    """Parts of a message: `updateSubscriptionCommand.params`, `updateSubscriptionDeleteCommand.params`,
    `updateSubscriptionSingleSidCommand.params`."""

    action: str
    sid: int | None = None
    sids: list[int] | None = None
    market_ticker: str | None = None
    market_tickers: list[str] | None = None
    send_initial_snapshot: bool | None = None


class SubscribedMsg(_Payload):
    """Part of a message: `subscribedResponse.msg`."""

    channel: str
    sid: int


class OkMsg(_Payload):
    """Part of a message: `okResponse.msg`."""

    market_tickers: list[str] = []


class SubscriptionInfo(_Payload):
    """Part of a message: `listSubscriptionsResponse.msg[]`."""

    channel: str
    sid: int


class ErrorMsg(_Payload):
    """Part of a message: `errorResponse.msg`."""

    code: int
    msg: str


class OrderbookSnapshotMsg(_Payload):
    """Part of a message: `orderbookSnapshot.msg`."""

    market_ticker: str
    bid: list[tuple[Decimal, Decimal]] = []
    ask: list[tuple[Decimal, Decimal]] = []


class OrderbookDeltaMsg(_Payload):
    """Part of a message: `orderbookDelta.msg`."""

    market_ticker: str
    price: Decimal
    delta: Decimal
    side: str
    last_update_reason: str | None = None
    client_order_id: str | None = None
    subaccount: int | None = None
    ts_ms: int | None = None


class TickerPrice(_Payload):
    """Parts of a message: `ticker.msg.reference_price`, `ticker.msg.settlement_mark_price`,
    `ticker.msg.liquidation_mark_price`."""

    price: Decimal
    ts_ms: int | None = None


class FundingRate(_Payload):
    """Part of a message: `ticker.msg.funding_rate`."""

    rate: Decimal
    next_funding_time_ms: int | None = None
    ts_ms: int | None = None


class TickerMsg(_Payload):
    """Part of a message: `ticker.msg`."""

    market_ticker: str
    price: Decimal | None = None
    bid: Decimal | None = None
    ask: Decimal | None = None
    bid_size_fp: Decimal | None = None
    ask_size_fp: Decimal | None = None
    last_trade_size_fp: Decimal | None = None
    volume: Decimal | None = None
    volume_notional_value_dollars: Decimal | None = None
    volume_24h: Decimal | None = None
    volume_24h_notional_value_dollars: Decimal | None = None
    open_interest: Decimal | None = None
    open_interest_notional_value_dollars: Decimal | None = None
    reference_price: TickerPrice | None = None
    settlement_mark_price: TickerPrice | None = None
    liquidation_mark_price: TickerPrice | None = None
    funding_rate: FundingRate | None = None
    ts_ms: int | None = None


class TradeMsg(_Payload):
    """Part of a message: `trade.msg`."""

    trade_id: str
    market_ticker: str
    price: Decimal
    count: Decimal
    taker_side: str | None = None
    ts_ms: int | None = None


class FillMsg(_Payload):
    """Part of a message: `fill.msg`."""

    trade_id: str
    order_id: str
    market_ticker: str
    price: Decimal
    count: Decimal
    client_order_id: str | None = None
    is_taker: bool | None = None
    side: str | None = None
    ts_ms: int | None = None
    fee_cost: Decimal | None = None
    post_position: Decimal | None = None
    subaccount: int | None = None
    order_source: str | None = None


class UserOrderMsg(_Payload):
    """Part of a message: `userOrder.msg`."""

    order_id: str
    ticker: str
    price: Decimal
    fill_count: Decimal
    remaining_count: Decimal
    user_id: str | None = None
    client_order_id: str | None = None
    side: str | None = None
    self_trade_prevention_type: str | None = None
    order_group_id: str | None = None
    expiration_ts_ms: int | None = None
    created_ts_ms: int | None = None
    last_updated_ts_ms: int | None = None
    subaccount_number: int | None = None
    order_source: str | None = None


class OrderGroupUpdatesMsg(_Payload):
    """Part of a message: `orderGroupUpdates.msg`."""

    event_type: str
    order_group_id: str
    contracts_limit_fp: Decimal | None = None
    ts_ms: int | None = None


class Subscribed(_Server, tag="subscribed"):
    """The `subscribed` message: `subscribedResponse`."""

    msg: SubscribedMsg


class Unsubscribed(_Server, tag="unsubscribed"):
    """The `unsubscribed` message: `unsubscribedResponse`."""


class Ok(_Server, tag="ok"):
    """The `ok` message: `okResponse`, `listSubscriptionsResponse`."""

    msg: OkMsg | list[SubscriptionInfo] | None = None


class ErrorReply(_Server, tag="error"):
    """The `error` message: `errorResponse`."""

    msg: ErrorMsg


class OrderbookSnapshot(_Server, tag="orderbook_snapshot"):
    """The `orderbook_snapshot` message: `orderbookSnapshot`."""

    msg: OrderbookSnapshotMsg


class OrderbookDelta(_Server, tag="orderbook_delta"):
    """The `orderbook_delta` message: `orderbookDelta`."""

    msg: OrderbookDeltaMsg


class Ticker(_Server, tag="ticker"):
    """The `ticker` message: `ticker`."""

    msg: TickerMsg


class Trade(_Server, tag="trade"):
    """The `trade` message: `trade`."""

    msg: TradeMsg


class Fill(_Server, tag="fill"):
    """The `fill` message: `fill`."""

    msg: FillMsg


class UserOrder(_Server, tag="user_order"):
    """The `user_order` message: `userOrder`."""

    msg: UserOrderMsg


class OrderGroupUpdates(_Server, tag="order_group_updates"):
    """The `order_group_updates` message: `orderGroupUpdates`."""

    msg: OrderGroupUpdatesMsg


class SubscribeCommand(_Command, tag="subscribe"):
    """The `subscribe` command: `subscribeCommand`."""

    params: SubscribeParams


class UnsubscribeCommand(_Command, tag="unsubscribe"):
    """The `unsubscribe` command: `unsubscribeCommand`."""

    params: UnsubscribeParams


class ListSubscriptionsCommand(_Command, tag="list_subscriptions"):
    """The `list_subscriptions` command: `listSubscriptionsCommand`."""


class UpdateSubscriptionCommand(_Command, tag="update_subscription"):
    """The `update_subscription` command: `updateSubscriptionCommand`, `updateSubscriptionDeleteCommand`,
    `updateSubscriptionSingleSidCommand`."""

    params: UpdateSubscriptionParams


class Ping(msgspec.Struct, frozen=True):
    """A WebSocket Ping control frame; `data` is its payload. The websockets library handles
    these; they never reach the message stream."""

    data: str = ""


class Pong(msgspec.Struct, frozen=True):
    """A WebSocket Pong control frame; `data` is its payload. The websockets library handles
    these; they never reach the message stream."""

    data: str = ""


ServerMessage = (
    Subscribed
    | Unsubscribed
    | Ok
    | ErrorReply
    | OrderbookSnapshot
    | OrderbookDelta
    | Ticker
    | Trade
    | Fill
    | UserOrder
    | OrderGroupUpdates
)

Command = SubscribeCommand | UnsubscribeCommand | ListSubscriptionsCommand | UpdateSubscriptionCommand

SPEC_MESSAGES: dict[str, type[Any]] = {
    "incomingPing": Ping,
    "incomingPong": Pong,
    "outgoingPing": Ping,
    "outgoingPong": Pong,
    "subscribeCommand": SubscribeCommand,
    "unsubscribeCommand": UnsubscribeCommand,
    "listSubscriptionsCommand": ListSubscriptionsCommand,
    "updateSubscriptionCommand": UpdateSubscriptionCommand,
    "updateSubscriptionDeleteCommand": UpdateSubscriptionCommand,
    "updateSubscriptionSingleSidCommand": UpdateSubscriptionCommand,
    "subscribedResponse": Subscribed,
    "unsubscribedResponse": Unsubscribed,
    "okResponse": Ok,
    "listSubscriptionsResponse": Ok,
    "errorResponse": ErrorReply,
    "orderbookSnapshot": OrderbookSnapshot,
    "orderbookDelta": OrderbookDelta,
    "ticker": Ticker,
    "trade": Trade,
    "fill": Fill,
    "userOrder": UserOrder,
    "orderGroupUpdates": OrderGroupUpdates,
}
