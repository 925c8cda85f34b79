"""Reads of an account's orders, the same for both products: one by id or by client order id, a
filtered list, and an order's place in its price level's queue.

Every read first brings the exchange up to its clock (`catch_up`: expired orders canceled; for
Perps also due funding paid and the margin check run), so what it reports is as of now.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Generic

from .desk import DeskLedger
from .errors import ExchangeError
from .inputs import in_window
from .product import MarketT, OrderT

__all__ = ["OrderQueries"]


class OrderQueries(Generic[OrderT, MarketT]):
    """An account's orders, as the exchange reports them."""

    def __init__(
        self,
        ledger: DeskLedger[OrderT],
        markets: Mapping[str, MarketT],
        *,
        catch_up: Callable[[], object],
        event_of: Callable[[MarketT], str] | None = None,
    ) -> None:
        """`event_of` names the event a market belongs to, for a product whose markets have one."""
        self._ledger = ledger
        self._markets = markets
        self._catch_up = catch_up
        self._event_of = event_of

    def get_order(self, user_id: str, order_id: str) -> OrderT:
        """One of this account's orders; another account's id is 404 not_found."""
        self._catch_up()
        return self._ledger.own_order(user_id, order_id)

    def order_by_client_id(self, user_id: str, client_order_id: str) -> OrderT:
        """The account's order with this client order id (its latest, after an amend renamed it)."""
        self._catch_up()
        account = self._ledger.account(user_id)
        order_id = account.client_order_ids.get(client_order_id)
        if order_id is None:
            raise ExchangeError(404, "not_found", f"no order with client_order_id {client_order_id}")
        return account.orders[order_id]

    def orders(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        status: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        subaccount: int | None = None,
    ) -> list[OrderT]:
        """This account's orders, newest first."""
        if event_ticker is not None and self._event_of is None:
            raise ExchangeError(400, "invalid_parameters", "these markets belong to no event_ticker")
        self._catch_up()
        account = self._ledger.account(user_id)
        found = [
            o
            for o in account.orders.values()
            if (ticker is None or o.ticker == ticker)
            and (event_ticker is None or self._event_ticker(o) == event_ticker)
            and (status is None or o.status == status)
            and in_window(o.created_time, min_ts, max_ts)
            and (subaccount is None or o.subaccount == subaccount)
        ]
        return sorted(found, key=lambda o: o.priority, reverse=True)

    def _event_ticker(self, order: OrderT) -> str | None:
        return None if self._event_of is None else self._event_of(self._markets[order.ticker])

    def queue_position(self, user_id: str, order_id: str) -> Decimal:
        """Contracts resting ahead of this order at its price."""
        self._catch_up()
        order = self._ledger.own_order(user_id, order_id)
        if not order.is_resting:
            raise ExchangeError(400, "invalid_order", f"order {order_id} is {order.status}, not resting")
        return self._markets[order.ticker].book.ahead_of(order)
