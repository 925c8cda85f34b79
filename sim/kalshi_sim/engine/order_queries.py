"""Reads of an account's orders: one by id or by client order id, a filtered list, and an
order's place in its price level's queue. Expired orders are canceled first."""

from __future__ import annotations

from decimal import Decimal

from .errors import ExchangeError
from .expiry import Expiry
from .inputs import in_window
from .ledger import Ledger
from .listing import Listing
from .objects import Order

__all__ = ["OrderQueries"]


class OrderQueries:
    """An account's orders, as the exchange reports them."""

    def __init__(self, ledger: Ledger, listing: Listing, expiry: Expiry[Order]) -> None:
        self._ledger = ledger
        self._listing = listing
        self._expiry = expiry

    def get_order(self, user_id: str, order_id: str) -> Order:
        """One of this account's orders; another account's id is 404 not_found."""
        self._expiry.expire()
        return self._ledger.own_order(user_id, order_id)

    def order_by_client_id(self, user_id: str, client_order_id: str) -> Order:
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
    ) -> list[Order]:
        """This account's orders, newest first."""
        self._expiry.expire()
        account = self._ledger.account(user_id)
        found = [
            o
            for o in account.orders.values()
            if (ticker is None or o.ticker == ticker)
            and (event_ticker is None or self._listing.markets[o.ticker].event_ticker == event_ticker)
            and (status is None or o.status == status)
            and in_window(o.created_time, min_ts, max_ts)
            and (subaccount is None or o.subaccount == subaccount)
        ]
        return sorted(found, key=lambda o: o.priority, reverse=True)

    def queue_position(self, user_id: str, order_id: str) -> Decimal:
        """Contracts resting ahead of this order at its price."""
        self._expiry.expire()
        order = self._ledger.own_order(user_id, order_id)
        if not order.is_resting:
            raise ExchangeError(400, "invalid_order", f"order {order_id} is {order.status}, not resting")
        return self._listing.markets[order.ticker].book.ahead_of(order)
