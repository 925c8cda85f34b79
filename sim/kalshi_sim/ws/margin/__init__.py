"""The margin (Perps) WebSocket of the local exchange, at `/trade-api/ws/v2/margin`: the same
protocol as the event-contract WebSocket (commands, replies, error codes, `seq` per subscription,
snapshots before deltas) on the margin engine's six channels, signed with margin keys.

messages.py   the messages, in perps_asyncapi.yaml's shapes
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from ...asgi import MARGIN_WS_PATH
from ...auth import ApiKey
from ..commands import Commands
from ..hub import WsFront
from .messages import MarginFanout

__all__ = ["MarginCommands", "MarginWsFront"]


class MarginCommands(Commands):
    """The commands of the margin WebSocket: its six channels, `update_subscription` adding and
    deleting markets (no `get_snapshot`)."""

    channels_with_data = ("orderbook_delta", "ticker", "trade", "fill", "user_orders", "order_group_updates")
    quiet_channels = ()
    market_filter_ignored = frozenset({"order_group_updates"})
    update_actions = ("add_markets", "delete_markets")

    def markets(self) -> Container[str]:
        return self.venue.margin.markets


class MarginWsFront(WsFront):
    """The margin WebSocket of one venue."""

    path = MARGIN_WS_PATH

    def make_fanout(self) -> MarginFanout:
        return MarginFanout(self.venue, registry=self.registry)

    def make_commands(self) -> MarginCommands:
        return MarginCommands(self.venue, self.registry, self.fanout)

    def authenticate(self, headers: Mapping[str, str]) -> ApiKey:
        return self.venue.authenticate_margin(headers, "GET", self.path)
