"""`Exchange`: one Kalshi exchange in memory, its parts composed with explicit dependencies.

No I/O happens in the engine. `Exchange` keeps accounts, lists the catalogue, runs each market's
lifecycle, matches orders in each market's price-time book on the YES leg, charges fees and
settles. Positions are signed (positive YES, negative NO). Money is `Decimal` dollars throughout.

Money model. Each subaccount of an account (0 is the primary) has its own money: `balance` is
what it can spend; `reserved` is what its open orders hold back (the cost of the contracts they
would open plus the most fee they could be charged).
Every contract pair (one YES holder, one NO holder) is backed by $1 of collateral held by the
market, so `open_interest` dollars sit there until settlement pays them out. At every moment

    sum(balance + reserved for every subaccount) + sum(open_interest) + fees_collected
        == every dollar ever deposited

and `Exchange.total_money()` computes the left-hand side.

The parts, each depending only on those listed before it:

    clock.py       time, ids, the book clock and time priority       announcer.py  events out
    listing.py     series, events and markets                        ledger.py     accounts, money
    event_contracts.py  the product: grid prices, reservations, what a fill books
    matcher.py     an order against the book: trade, rest, cancel    groups.py     order groups
    expiry.py      orders past their expiration_time                 desk.py       order entry
    order_queries.py  reads of an account's orders                   markets.py    lifecycle, data
    subaccounts.py    creating subaccounts, transfers between them

The matcher and the desk are the same for both products; `product.py` is the seam through which
they ask a product (`event_contracts.py` here, `margin/perps.py` for Perps) what differs.
`book.py` is one market's price-time book, `objects.py` the things kept, `events.py` what is
announced, `fees.py` and `order_rules.py` the rules applied, `inputs.py` the reading of numbers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal

from .announcer import Announcer, Listener
from .clock import Clock
from .desk import OrderDesk
from .event_contracts import ContractDesk, ContractMatcher, EventContracts
from .expiry import Expiry
from .groups import OrderGroups
from .ledger import Ledger
from .listing import Listing
from .markets import Markets
from .matcher import Matcher
from .objects import Account, Event, Market, Order, OrderGroup, Series, Trade
from .order_queries import OrderQueries
from .subaccounts import Subaccounts

__all__ = ["Exchange"]

ZERO = Decimal(0)


class Exchange:
    """A whole Kalshi exchange in memory, deterministic for a given seed and clock. It starts
    empty: `kalshi_sim.harness.catalogue.populate` lists the seeded catalogue."""

    def __init__(self, seed: int = 0, *, clock: Callable[[], float] = time.time) -> None:
        self.seed = seed
        self._clock = Clock(seed, clock)
        self._announcer = Announcer()
        self.listing = Listing(self._clock, self._announcer)
        self.ledger = Ledger(self._clock, self.listing)
        self.contracts = EventContracts(self._clock, self._announcer, self.listing, self.ledger)
        self.matcher: ContractMatcher = Matcher(self._clock, self._announcer, self.contracts)
        self.groups = OrderGroups(
            self._clock, self._announcer, self.ledger, self.matcher, self.contracts.check_subaccount
        )
        self.expiry = Expiry(self._clock, self._announcer, self.ledger, self.matcher)
        self.desk: ContractDesk = OrderDesk(
            self._clock,
            upkeep=self._call,
            product=self.contracts,
            ledger=self.ledger,
            matcher=self.matcher,
            groups=self.groups,
            expiry=self.expiry,
        )
        self.queries: OrderQueries[Order, Market] = OrderQueries(
            self.ledger,
            self.listing.markets,
            catch_up=self.expiry.expire,
            event_of=lambda market: market.event_ticker,
        )
        self.lifecycle = Markets(
            self._clock,
            self._announcer,
            listing=self.listing,
            ledger=self.ledger,
            matcher=self.matcher,
            expiry=self.expiry,
        )
        self.subaccounts = Subaccounts(self._clock, self.ledger)
        self.house_accounts: list[str] = []
        """Accounts that provide the catalogue's liquidity and the background activity."""

        # the operations, by the part that performs them
        self.create_account = self.ledger.create_account
        self.deposit = self.ledger.deposit
        self.account = self.ledger.account
        self.subaccount = self.ledger.subaccount
        self.create_subaccount = self.subaccounts.create_subaccount
        self.subaccount_balances = self.subaccounts.balances
        self.apply_subaccount_transfer = self.subaccounts.transfer
        self.subaccount_transfers = self.subaccounts.transfers
        self.update_subaccount_netting = self.subaccounts.set_netting
        self.balance = self.ledger.balance
        self.portfolio_value = self.ledger.portfolio_value
        self.positions = self.ledger.positions
        self.event_positions = self.ledger.event_positions
        self.fills = self.ledger.fills
        self.settlements = self.ledger.settlements
        self.add_series = self.listing.add_series
        self.add_event = self.listing.add_event
        self.add_market = self.listing.add_market
        self.market = self.listing.market
        self.open_market = self.lifecycle.open_market
        self.pause_market = self.lifecycle.pause_market
        self.close_market = self.lifecycle.close_market
        self.determine_market = self.lifecycle.determine_market
        self.settle_market = self.lifecycle.settle_market
        self.orderbook = self.lifecycle.orderbook
        self.trades = self.matcher.trades
        self.create_order = self.desk.create_order
        self.cancel_order = self.desk.cancel_order
        self.decrease_order = self.desk.decrease_order
        self.amend_order = self.desk.amend_order
        self.cancel_all_orders = self.desk.cancel_all_orders
        self.batch_create = self.desk.batch_create
        self.batch_cancel = self.desk.batch_cancel
        self.expire_orders = self.expiry.expire
        self.get_order = self.queries.get_order
        self.order_by_client_id = self.queries.order_by_client_id
        self.orders = self.queries.orders
        self.queue_position = self.queries.queue_position
        self.create_order_group = self.groups.create_order_group
        self.get_order_group = self.groups.get_order_group
        self.order_groups_of = self.groups.order_groups_of
        self.order_group_orders = self.groups.order_group_orders
        self.delete_order_group = self.groups.delete_order_group
        self.reset_order_group = self.groups.reset_order_group
        self.trigger_order_group = self.groups.trigger_order_group
        self.update_order_group_limit = self.groups.update_order_group_limit
        self.generate_markets = self.listing.generate_markets

    @contextmanager
    def _call(self) -> Iterator[None]:
        """One public call on orders: its events go out together, expired orders canceled first."""
        with self._announcer.transaction():
            self.expiry.expire()
            yield

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event from now on (see `events.py`); returns the function
        that stops it."""
        return self._announcer.subscribe(listener)

    def time(self) -> float:
        """The exchange's time, in Unix seconds."""
        return self._clock.now()

    @property
    def clock(self) -> int:
        """The book clock: it ticks once per change of resting size, across every market."""
        return self._clock.book

    @property
    def series(self) -> dict[str, Series]:
        return self.listing.series

    @property
    def events(self) -> dict[str, Event]:
        return self.listing.events

    @property
    def markets(self) -> dict[str, Market]:
        return self.listing.markets

    @property
    def accounts(self) -> dict[str, Account]:
        return self.ledger.accounts

    @property
    def order_groups(self) -> dict[str, OrderGroup]:
        return self.groups.order_groups

    @property
    def trade_log(self) -> list[Trade]:
        return self.matcher.trade_log

    @property
    def fees_collected(self) -> Decimal:
        return self.ledger.fees_collected

    @property
    def deposited(self) -> Decimal:
        return self.ledger.deposited

    def total_money(self) -> Decimal:
        """Every dollar in the exchange: cash, reservations, collateral and fees (see module doc)."""
        cash = sum((held.balance + held.reserved for _, held in self.ledger.holders()), ZERO)
        collateral = sum((m.open_interest for m in self.markets.values()), ZERO)
        return cash + collateral + self.fees_collected
