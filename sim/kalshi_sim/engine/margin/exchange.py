"""`MarginExchange`: Kalshi's margin (Perps) exchange in memory, its parts composed with explicit
dependencies, on the same pieces as the event-contract exchange: the `Clock`, an announcer, the
price-time `Book`, the matcher and the order desk, order groups and expiry.

No I/O happens here. It lists perpetual markets, keeps members and their subaccounts, matches
orders, charges fees by fee tier, pays funding on schedule and liquidates subaccounts that fall
below maintenance margin. Money is `Decimal` dollars throughout and is conserved: see
`ledger.py` for the identity `total_money()` checks, `risk.py` for the margin model,
`funding.py` and `liquidation.py` for the rest.

The parts, each depending only on those listed before it:

    ledger.py     members, cash, orders by id, fills booked    risk.py      the margin model
    perps.py      the product: tick prices, margin, fills       markets.py   listing, status, marks
    funding.py    funding periods on schedule                   liquidation.py  the margin check

and the shared matcher (`../matcher.py`) and order desk (`../desk.py`), which ask `perps.py`
what sets Perps apart (the liquidator places its orders through the desk too), and the shared
reads of orders (`../order_queries.py`).

Every public call runs in `_call()`: orders past their expiration canceled and due funding paid
first (reads too, so what they report is as of the clock), the margin check of every subaccount
it touched last.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal

from ..announcer import EventAnnouncer
from ..clock import Clock
from ..desk import OrderDesk
from ..errors import ExchangeError
from ..expiry import Expiry
from ..groups import OrderGroups
from ..inputs import in_window, to_decimal
from ..matcher import Matcher
from ..order_queries import OrderQueries
from .events import MarginEvent
from .funding import Funding, premium_rate
from .ledger import MarginLedger, fee_rates
from .liquidation import Liquidator
from .markets import PerpMarkets
from .objects import (
    FundingPayment,
    FundingRate,
    Liquidation,
    MarginAccount,
    MarginFill,
    MarginOrder,
    PerpMarket,
    Portfolio,
)
from .perps import MarginDesk, MarginMatcher, Perps
from .risk import PortfolioRisk

__all__ = ["MarginExchange"]

ZERO = Decimal(0)


class MarginExchange:
    """Kalshi's margin exchange in memory, deterministic for a given seed and clock. It starts
    empty: `kalshi_sim.harness.perps.populate` lists the seeded perpetual markets."""

    def __init__(self, seed: int = 0, *, clock: Callable[[], float] = time.time) -> None:
        self.seed = seed
        self._clock = Clock(seed, clock)
        self._announcer: EventAnnouncer[MarginEvent] = EventAnnouncer()
        self._markets: dict[str, PerpMarket] = {}
        self.ledger = MarginLedger(self._clock)
        self.perps = Perps(self._clock, self._announcer, self._markets, self.ledger)
        self.matcher: MarginMatcher = Matcher(self._clock, self._announcer, self.perps)
        self.listing = PerpMarkets(self._clock, self._announcer, self.matcher, self._markets)
        self.groups: OrderGroups[MarginOrder] = OrderGroups(
            self._clock, self._announcer, self.ledger, self.matcher
        )
        self.expiry: Expiry[MarginOrder] = Expiry(self._clock, self._announcer, self.ledger, self.matcher)
        self.funding = Funding(self._clock, self._announcer, self._markets, self.ledger)
        self.desk: MarginDesk = OrderDesk(
            self._clock,
            upkeep=self._call,
            product=self.perps,
            ledger=self.ledger,
            matcher=self.matcher,
            groups=self.groups,
            expiry=self.expiry,
        )
        self.liquidator = Liquidator(
            self._clock,
            self._markets,
            self.ledger,
            self.matcher,
            self.desk,
            touched=self.perps.take_touched,
        )
        self.queries: OrderQueries[MarginOrder, PerpMarket] = OrderQueries(
            self.ledger, self._markets, catch_up=self.run_funding
        )
        self.house_accounts: list[str] = []
        """Accounts that provide the catalogue's liquidity and the background activity."""

        # the operations, by the part that performs them
        self.create_account = self.ledger.create_account
        self.deposit = self.ledger.deposit
        self.account = self.ledger.account
        self.portfolio = self.ledger.portfolio
        self.create_subaccount = self.ledger.create_subaccount
        self.set_fee_tier = self.ledger.set_fee_tier
        self.list_market = self.listing.list_market
        self.market = self.listing.market
        self.orderbook = self.listing.orderbook
        self.trades = self.matcher.trades
        self.create_order = self.desk.create_order
        self.cancel_order = self.desk.cancel_order
        self.cancel_all_orders = self.desk.cancel_all_orders
        self.decrease_order = self.desk.decrease_order
        self.amend_order = self.desk.amend_order
        self.get_order = self.queries.get_order
        self.order_by_client_id = self.queries.order_by_client_id
        self.orders = self.queries.orders
        self.queue_position = self.queries.queue_position

    @contextmanager
    def _call(self) -> Iterator[None]:
        """One public call: expiry and due funding first, the margin check of what it touched last."""
        with self._announcer.transaction():
            self.expiry.expire()
            self.liquidator.check(self.funding.pay_due())
            yield
            self.liquidator.check(self.perps.take_touched())

    def subscribe(self, listener: Callable[[MarginEvent], None]) -> Callable[[], None]:
        """Call `listener` with every event from now on (`events.py`); returns the function that
        stops it."""
        return self._announcer.subscribe(listener)

    def time(self) -> float:
        """The exchange's time, in Unix seconds."""
        return self._clock.now()

    @property
    def clock(self) -> int:
        """The book clock: it ticks once per change of resting size, across every market."""
        return self._clock.book

    @property
    def markets(self) -> dict[str, PerpMarket]:
        return self._markets

    @property
    def accounts(self) -> dict[str, MarginAccount]:
        return self.ledger.accounts

    @property
    def liquidations(self) -> list[Liquidation]:
        return self.liquidator.liquidations

    @property
    def deposited(self) -> Decimal:
        return self.ledger.deposited

    def total_money(self) -> Decimal:
        """Every dollar in the exchange at the current mark prices (`ledger.py`)."""
        return self.ledger.total_money(self._markets)

    # ---- what moves the market ------------------------------------------------------------------

    def set_mark_price(self, ticker: str, price: Decimal | str) -> list[Liquidation]:
        """Move a market's mark price, then liquidate every holder that fell below maintenance;
        returns those liquidations."""
        with self._call():
            self.listing.set_mark_price(ticker, price)
            return self.liquidator.check(self.liquidator.holders(ticker))

    def set_funding_rate(self, ticker: str, rate: Decimal | str | None) -> None:
        """Pin the funding rate of the market's coming periods (None: its premium again)."""
        market = self.listing.market(ticker)
        market.funding_rate_pin = None if rate is None else to_decimal(rate, "rate", "invalid_parameters")

    def run_funding(self) -> list[FundingRate]:
        """Pay every funding period whose time has come (and liquidate whom that took below
        maintenance), and cancel expired orders; returns the periods paid. Every call does this
        first; the local exchange's harness also calls it on a timer."""
        before = len(self.funding.history)
        with self._call():
            pass
        return self.funding.history[before:]

    def funding_rates(
        self, ticker: str | None = None, *, start_ts: int | None = None, end_ts: int | None = None
    ) -> list[FundingRate]:
        """Past funding periods, oldest first."""
        self.run_funding()
        return self.funding.rates(ticker, start_ts=start_ts, end_ts=end_ts)

    def set_status(self, ticker: str, status: str) -> PerpMarket:
        """Open (active), pause (inactive) or close a market (`markets.py`)."""
        with self._call():
            return self.listing.set_status(ticker, status)

    def funding_estimate(self, ticker: str) -> tuple[Decimal, int]:
        """The rate the market's current period would pay now, and when it will be paid."""
        self.run_funding()
        market = self.listing.market(ticker)
        return premium_rate(market), market.next_funding_time

    # ---- what a member reads ----------------------------------------------------------------------

    def risk(self, user_id: str, subaccount: int = 0) -> PortfolioRisk:
        """One subaccount's equity, margins, leverage and liquidation prices (`risk.py`)."""
        self.run_funding()
        return self.ledger.assess(self.ledger.portfolio(user_id, subaccount), self._markets)

    def portfolios(self, user_id: str) -> list[Portfolio]:
        """The member's subaccounts, the primary first."""
        self.run_funding()
        return [p for _, p in sorted(self.ledger.account(user_id).portfolios.items())]

    def fee_rates(self, user_id: str) -> tuple[Decimal, Decimal]:
        """The member's (maker, taker) fee rates."""
        return fee_rates(self.ledger.account(user_id).fee_tier)

    def fills(
        self,
        user_id: str,
        *,
        subaccount: int | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
    ) -> list[MarginFill]:
        """This member's fills, newest first."""
        self.run_funding()
        return [
            f
            for f in reversed(self.ledger.account(user_id).fills)
            if (subaccount is None or f.subaccount == subaccount)
            and in_window(f.created_time, min_ts, max_ts)
        ]

    def funding_payments(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        subaccount: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
    ) -> list[FundingPayment]:
        """What this member paid and received in funding, oldest first."""
        self.run_funding()
        return [
            p
            for p in self.ledger.account(user_id).funding_payments
            if (ticker is None or p.ticker == ticker)
            and (subaccount is None or p.subaccount == subaccount)
            and in_window(p.funding_time, start_ts, end_ts)
        ]

    def transfer(
        self, user_id: str, transfer_id: str, source: int, destination: int, amount: Decimal
    ) -> None:
        """Move cash between two of a member's subaccounts, once per `transfer_id`; refused when
        more than the source's available balance."""
        with self._call():
            giver = self.ledger.portfolio(user_id, source)
            available = self.ledger.assess(giver, self._markets).available
            if transfer_id not in self.ledger.account(user_id).transfer_ids and amount > available:
                raise ExchangeError(
                    400,
                    "insufficient_balance",
                    f"subaccount {source} has {max(available, ZERO)} available, less than {amount}",
                )
            self.ledger.transfer(user_id, transfer_id, source, destination, amount)
