"""The ledger of one exchange: accounts, their subaccounts and their money, what their orders
hold back, and what they hold (positions, fills, settlements).

Money, reservations and positions are a subaccount's (0 is the primary): an order is paid from
its own subaccount and its fills land there. An order reserves the cost of the contracts it would
open plus the most fee it could still be charged; contracts it would close instead are its
`closing_claim` on its subaccount's position, and a position is claimed at most once across the
resting orders of that subaccount (`Subaccount.claiming`).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .book import BookSide
from .clock import Clock
from .errors import ExchangeError
from .fees import ceil_cent, worst_fee_factor
from .inputs import in_window, to_decimal
from .listing import Listing
from .objects import Account, EventPosition, Fill, MarketPosition, Order, Settlement, Subaccount

__all__ = ["Ledger", "closable_holding"]

ZERO = Decimal(0)
ONE = Decimal(1)


def closable_holding(position: Decimal, side: BookSide) -> Decimal:
    """Contracts of a signed `position` an order on `side` would close (NO for bids, YES for asks)."""
    return max(-position, ZERO) if side == "bid" else max(position, ZERO)


class Ledger:
    """Accounts, balances, reservations and portfolio queries, and every order by id."""

    def __init__(self, clock: Clock, listing: Listing) -> None:
        self._clock = clock
        self._listing = listing
        self.accounts: dict[str, Account] = {}
        self.orders: dict[str, Order] = {}
        """Every order of every account, by id."""
        self.deposited = ZERO
        self.fees_collected = ZERO

    def account(self, user_id: str) -> Account:
        try:
            return self.accounts[user_id]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no account {user_id}") from None

    def subaccount(self, user_id: str, number: int = 0) -> Subaccount:
        """One of a member's subaccounts; one it has not created is 400 invalid_parameters."""
        found = self.account(user_id).subaccounts.get(number)
        if found is None:
            raise ExchangeError(
                400, "invalid_parameters", f"subaccount {number} does not exist", f"subaccount={number}"
            )
        return found

    def holders(self) -> list[tuple[Account, Subaccount]]:
        """Every subaccount of every member, with its member."""
        return [(a, held) for a in self.accounts.values() for held in a.subaccounts.values()]

    def subaccount_of(self, order: Order) -> Subaccount:
        """The subaccount an order trades for."""
        return self.accounts[order.user_id].subaccounts[order.subaccount]

    def own_order(self, user_id: str, order_id: str) -> Order:
        """One of this account's orders; another account's id is 404 not_found."""
        order = self.account(user_id).orders.get(order_id)
        if order is None:
            raise ExchangeError(404, "not_found", f"no order {order_id}")
        return order

    def create_account(self, balance: Decimal | str | int = "1000", *, user_id: str | None = None) -> Account:
        """Open an account holding `balance` dollars."""
        amount = to_decimal(balance, "balance", "invalid_parameters")
        if amount < 0:
            raise ExchangeError(400, "invalid_parameters", "balance must not be negative")
        uid = user_id or self._clock.new_id()
        if uid in self.accounts:
            raise ExchangeError(409, "account_already_exists", f"account {uid} already exists")
        account = Account(user_id=uid)
        account.subaccounts[0] = Subaccount(0, amount, updated_ts=self._clock.now())
        self.accounts[uid] = account
        self.deposited += amount
        return account

    def deposit(self, user_id: str, amount: Decimal | str | int, subaccount: int = 0) -> Decimal:
        """Add `amount` dollars to a subaccount's balance; returns the new balance."""
        money = to_decimal(amount, "amount", "invalid_parameters")
        if money <= 0:
            raise ExchangeError(400, "invalid_parameters", "a deposit must be positive")
        held = self.subaccount(user_id, subaccount)
        held.balance += money
        held.updated_ts = self._clock.now()
        self.deposited += money
        return held.balance

    def balance(self, user_id: str, subaccount: int = 0) -> Decimal:
        """What a subaccount can spend (the primary unless told)."""
        return self.subaccount(user_id, subaccount).balance

    def portfolio_value(self, user_id: str, subaccount: int = 0) -> Decimal:
        """A subaccount's open positions marked at the last trade price (YES) or 1 - last price (NO)."""
        value = ZERO
        for ticker, held in self.subaccount(user_id, subaccount).positions.items():
            market = self._listing.markets[ticker]
            mark = market.last_price
            value += held.position * mark if held.position > 0 else -held.position * (ONE - mark)
        return value

    def positions(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        include_closed: bool = False,
        subaccount: int = 0,
    ) -> list[MarketPosition]:
        """A subaccount's market positions; those with no contracts are left out unless
        `include_closed`."""
        held = self.subaccount(user_id, subaccount)
        return [
            p
            for p in sorted(held.positions.values(), key=lambda p: p.ticker)
            if (include_closed or p.position != 0)
            and (ticker is None or p.ticker == ticker)
            and (event_ticker is None or p.event_ticker == event_ticker)
        ]

    def event_positions(
        self,
        user_id: str,
        *,
        event_ticker: str | None = None,
        include_closed: bool = False,
        subaccount: int = 0,
    ) -> list[EventPosition]:
        grouped: dict[str, list[MarketPosition]] = {}
        for held in self.subaccount(user_id, subaccount).positions.values():
            if event_ticker is None or held.event_ticker == event_ticker:
                grouped.setdefault(held.event_ticker, []).append(held)
        summary = []
        for event, held_list in sorted(grouped.items()):
            if not include_closed and all(h.position == 0 for h in held_list):
                continue
            summary.append(
                EventPosition(
                    event_ticker=event,
                    total_cost=sum((h.total_traded for h in held_list), ZERO),
                    total_cost_shares=sum((h.volume for h in held_list), ZERO),
                    event_exposure=sum((h.cost_basis for h in held_list), ZERO),
                    realized_pnl=sum((h.realized_pnl for h in held_list), ZERO),
                    fees_paid=sum((h.fees_paid for h in held_list), ZERO),
                )
            )
        return summary

    def fills(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        order_id: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        subaccount: int | None = None,
    ) -> list[Fill]:
        """This account's fills, newest first: of one subaccount, or of all when `subaccount` is None."""
        account = self.account(user_id)
        if subaccount is not None:
            self.subaccount(user_id, subaccount)
        found = [
            f
            for f in account.fills
            if (subaccount is None or f.subaccount == subaccount)
            and (ticker is None or f.ticker == ticker)
            and (order_id is None or f.order_id == order_id)
            and in_window(f.created_time, min_ts, max_ts)
        ]
        return found[::-1]

    def settlements(
        self, user_id: str, *, ticker: str | None = None, subaccount: int | None = None
    ) -> list[Settlement]:
        """This account's settlements, newest first: of one subaccount, or of all when
        `subaccount` is None."""
        account = self.account(user_id)
        if subaccount is not None:
            self.subaccount(user_id, subaccount)
        return [
            s
            for s in account.settlements
            if (ticker is None or s.ticker == ticker) and (subaccount is None or s.subaccount == subaccount)
        ][::-1]

    def reservation(self, order: Order) -> Decimal:
        """What `order` must hold: cost of contracts it may still open plus its worst fee."""
        if order.status != "resting" and order.remaining_count == 0:
            return ZERO
        market = self._listing.markets[order.ticker]
        worst = worst_fee_factor(order.side, order.price)
        fee = ceil_cent(order.fee_accrued + self._listing.fee_rate(market) * order.remaining_count * worst)
        opening = order.remaining_count - order.closing_claim
        return opening * order.leg_price + fee - order.fees_paid

    def closable(
        self, holder: Subaccount, ticker: str, side: BookSide, *, exclude: Order | None = None
    ) -> Decimal:
        """Contracts `side` could close in `ticker` that no resting order has claimed yet."""
        held = holder.position(ticker)
        opposite = closable_holding(held, side)
        if opposite == 0:
            return ZERO
        claimants = holder.claiming.get((ticker, side), {})
        claimed = sum((o.closing_claim for o in claimants.values() if o is not exclude), ZERO)
        return max(opposite - claimed, ZERO)

    def note_claim(self, holder: Subaccount, order: Order) -> None:
        """Index an order that claims contracts of its subaccount's position to close."""
        if order.closing_claim > 0:
            holder.claiming.setdefault((order.ticker, order.side), {})[order.order_id] = order

    def rereserve(self, holder: Subaccount, order: Order) -> None:
        """Move money between balance and reserved so the order holds exactly what it needs."""
        target = self.reservation(order) if order.remaining_count > 0 else ZERO
        change = target - order.reserved
        holder.balance -= change
        holder.reserved -= order.reserved
        holder.reserved += target
        order.reserved = target

    def rebalance_claims(
        self, holder: Subaccount, ticker: str, side: BookSide, cancel: Callable[[Order, str], object]
    ) -> None:
        """Shrink stale closing claims after a position moved; `cancel` what can no longer pay."""
        held = holder.position(ticker)
        available = closable_holding(held, side)
        claimants = holder.claiming.get((ticker, side), {})
        for order_id in [i for i, o in claimants.items() if o.closing_claim == 0 or not o.is_resting]:
            del claimants[order_id]
        for order in list(claimants.values()):
            claim = min(order.closing_claim, order.remaining_count, available)
            available -= claim
            if claim == order.closing_claim:
                continue
            before = order.closing_claim
            order.closing_claim = claim
            if self.reservation(order) - order.reserved > holder.balance:
                order.closing_claim = before
                cancel(order, "MarginCancel")
                available += claim
            else:
                self.rereserve(holder, order)
