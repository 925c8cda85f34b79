"""The dead-man's switch a bot holds: `DeadMan` (blocking) and `AsyncDeadMan` (asyncio).

    with DeadMan(client, timeout=10, heartbeat="bot.heartbeat") as dead_man:
        while running:
            dead_man.alive()                              # at least every 10 s
            dead_man.create_order(ticker=..., side="bid", count=..., price=...,
                                  time_in_force="good_till_canceled",
                                  self_trade_prevention_type="taker_at_cross")

On start it creates an order group it owns; `create_order` places the bot's orders in it, in the
switch's `subaccount`. It cancels everything the bot has resting (it triggers the group, which
cancels its orders and refuses new ones until reset, then cancels any order of the subaccount
left over) when:

- the bot stops calling `alive()` for `timeout` seconds (a watchdog thread notices, even when
  the bot's own thread or event loop is stuck);
- a watched feed goes stale (`watch(monitor)`, a `kalshi_py.ws.FeedMonitor`);
- the process gets SIGTERM or SIGINT (then the signal does what it did before), or the
  interpreter exits with the switch still open;
- the bot calls `trip()`.

Each of those is a `Trip` (in `trips`, and given to `on_trip`); afterwards `create_order`
raises `DeadManTripped` until `reset()`. Leaving the `with` block (`close()`) cancels the same
way and deletes the group. Give each bot a subaccount of its own: every resting order of it is
canceled.

With `heartbeat=PATH` the switch also writes a heartbeat file, so that `kalshi deadman`, another
process, cancels the same orders when the bot is killed (`kill -9`) or hangs.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ..api.order_groups import create_order_group
from ..api.orders import create_order_v2
from ..client import Client
from ..models import CreateOrderGroupResponse, CreateOrderV2Response
from ._switch import Switch, Trip
from .cancels import Cancellation

__all__ = ["DEFAULT_CONTRACTS_LIMIT", "AsyncDeadMan", "DeadMan", "DeadManTripped", "Trip"]

DEFAULT_CONTRACTS_LIMIT = Decimal(1_000_000)
"""The order group's limit on contracts matched in 15 s: high enough not to get in the way."""

JOIN_TIMEOUT = 5.0


class DeadManTripped(RuntimeError):
    """The dead-man's switch tripped: no order is placed until `reset()`."""


class _DeadManBase:
    def __init__(
        self,
        client: Client,
        *,
        timeout: float | None = 10.0,
        subaccount: int = 0,
        heartbeat: str | os.PathLike[str] | None = None,
        contracts_limit: Decimal | int | str = DEFAULT_CONTRACTS_LIMIT,
        signals: bool = True,
        on_trip: Callable[[Trip], object] | None = None,
    ) -> None:
        if not isinstance(subaccount, int) or isinstance(subaccount, bool) or not 0 <= subaccount <= 63:
            raise ValueError(f"subaccount must be 0 (primary) to 63, got {subaccount!r}")
        self.client = client
        self.subaccount = subaccount
        self.contracts_limit = Decimal(str(contracts_limit))
        self.signals = signals
        self._switch = Switch(
            client, timeout=timeout, subaccount=subaccount, heartbeat=heartbeat, on_trip=on_trip
        )

    @property
    def timeout(self) -> float | None:
        return self._switch.timeout

    @property
    def order_group_id(self) -> str | None:
        """The order group the bot's orders go in (None before start): give it to orders placed
        another way (a batch, FIX) so that they are covered too."""
        return self._switch.order_group_id

    @property
    def state(self) -> str:
        """ "new", "armed", "tripped" or "closed"."""
        return self._switch.state

    @property
    def trips(self) -> list[Trip]:
        return list(self._switch.trips)

    def alive(self) -> None:
        """Tell the switch the bot is well: call it at least every `timeout` seconds."""
        self._switch.last_alive = time.monotonic()

    def watch(self, monitor: Any) -> None:
        """Trip when `monitor` (a `kalshi_py.ws.FeedMonitor`) finds its feed stale."""

        def on_problem(problem: Any) -> None:
            if getattr(problem, "kind", None) == "stale_feed" and self._switch.state == "armed":
                self._switch.request("trip", "feed", f"stale feed: {problem}")

        monitor.on_problem(on_problem)

    def metric_samples(self) -> Mapping[str, Mapping[tuple[str, ...], float]]:
        """The trips by kind, for `kalshi_py.safety.Metrics.watch`."""
        counts: dict[tuple[str, ...], float] = {}
        for trip in self._switch.trips:
            counts[(trip.kind,)] = counts.get((trip.kind,), 0) + 1
        return {"kalshi_deadman_trips_total": counts}

    def _order_args(self, order: dict[str, Any]) -> dict[str, Any]:
        if self._switch.state == "tripped":
            raise DeadManTripped(
                f"the dead-man's switch tripped ({self._switch.trips[-1].reason}): "
                "call reset() to trade again"
            )
        if self._switch.state != "armed":
            raise RuntimeError(
                f"the dead-man's switch is {self._switch.state}: start it first (with / start())"
            )
        for name in ("order_group_id", "subaccount"):
            if name in order:
                raise ValueError(f"{name} is the dead-man's switch's own: leave it out")
        return {"order_group_id": self._switch.order_group_id, "subaccount": self.subaccount, **order}

    def _group_args(self) -> dict[str, Any]:
        return {"contracts_limit_fp": self.contracts_limit, "subaccount": self.subaccount}

    def _armed(self, group: CreateOrderGroupResponse) -> None:
        group_id = group.order_group_id
        if not isinstance(group_id, str):
            raise RuntimeError("the exchange created an order group without an order_group_id")
        self._switch.arm(group_id, signals=self.signals)

    def _closed(self) -> None:
        self._switch.unhook()
        self._switch.join(JOIN_TIMEOUT)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(state={self.state!r}, timeout={self.timeout}, "
            f"subaccount={self.subaccount}, order_group_id={self.order_group_id!r})"
        )


class DeadMan(_DeadManBase):
    """A dead-man's switch for a blocking bot (see the module docstring).

    `timeout`: seconds the bot may go without `alive()` (None: not watched for that).
    `subaccount`: the bot's subaccount (0, the primary, by default). `heartbeat`: the path of a
    heartbeat file for `kalshi deadman`. `contracts_limit`: the order group's cap on contracts
    matched in 15 s. `signals`: hook SIGTERM and SIGINT (from the main thread). `on_trip`: called
    with each `Trip`, on the switch's watchdog thread.
    """

    def start(self) -> DeadMan:
        """Create the order group and start watching."""
        if self._switch.state != "new":
            raise RuntimeError(f"the dead-man's switch is already {self._switch.state}")
        self._armed(create_order_group.sync(client=self.client, **self._group_args()))
        return self

    def __enter__(self) -> DeadMan:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def create_order(self, **order: Any) -> CreateOrderV2Response:
        """`kalshi_py.api.orders.create_order_v2.sync` in the switch's order group and subaccount."""
        return create_order_v2.sync(client=self.client, **self._order_args(order))

    def trip(self, reason: str = "trip() was called") -> Trip:
        """Cancel everything the bot has resting now; returns what was done."""
        trip: Trip = self._switch.request("trip", "trip", reason).result()
        return trip

    def reset(self) -> None:
        """After a trip: reset the order group and watch again (call `alive()` from now on)."""
        self._switch.request("reset", "trip", "reset").result()

    def close(self) -> Cancellation | None:
        """Cancel the bot's resting orders, delete the group, stop watching."""
        result: Cancellation | None = self._switch.request("close", "exit", "closed").result()
        self._closed()
        return result


class AsyncDeadMan(_DeadManBase):
    """`DeadMan` for an asyncio bot: `async with AsyncDeadMan(client, ...) as dead_man:`, with
    `await dead_man.create_order(...)`, `trip()`, `reset()`, `close()`; `alive()` stays a plain
    call. The watchdog is a thread, so a blocked event loop is noticed too."""

    async def start(self) -> AsyncDeadMan:
        if self._switch.state != "new":
            raise RuntimeError(f"the dead-man's switch is already {self._switch.state}")
        self._armed(await create_order_group.asyncio(client=self.client, **self._group_args()))
        return self

    async def __aenter__(self) -> AsyncDeadMan:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def create_order(self, **order: Any) -> CreateOrderV2Response:
        """`kalshi_py.api.orders.create_order_v2.asyncio` in the switch's order group and subaccount."""
        return await create_order_v2.asyncio(client=self.client, **self._order_args(order))

    async def trip(self, reason: str = "trip() was called") -> Trip:
        trip: Trip = await asyncio.wrap_future(self._switch.request("trip", "trip", reason))
        return trip

    async def reset(self) -> None:
        await asyncio.wrap_future(self._switch.request("reset", "trip", "reset"))

    async def close(self) -> Cancellation | None:
        result: Cancellation | None = await asyncio.wrap_future(
            self._switch.request("close", "exit", "closed")
        )
        self._closed()
        return result
