"""The ledger of the margin exchange: members and their subaccounts' cash, every order by id, the
booking of a fill on its owner's position, and the exchange's own money.

Money model. A subaccount's `cash` moves only when money changes hands: a fill that closes
contracts realizes their PnL against the position's cost, every fill pays its fee, every funding
period pays or receives, and a liquidation's deficit is covered by the insurance fund. Opening
contracts moves no cash: the position carries their cost. So at every moment, for any mark prices,

    sum(cash + unrealized PnL for every subaccount) + fees_collected + funding_residue
        + insurance_fund == every dollar ever deposited

because positions net to zero in every market (each contract bought was sold), so their
unrealized PnL sums to minus their costs whatever the mark. `total_money(markets)` computes the
left-hand side. (`funding_residue` is what rounding funding payments to the millionth leaves.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_CEILING, ROUND_HALF_EVEN, Decimal

from ...rules import MARGIN_FEE_TIERS, MARGIN_MONEY_STEP, MAX_SUBACCOUNT
from ..clock import Clock
from ..errors import ExchangeError
from ..inputs import to_decimal
from .objects import MarginAccount, MarginFill, MarginOrder, PerpMarket, PerpPosition, Portfolio
from .risk import PortfolioRisk, assess

__all__ = ["MarginLedger", "fee_rates"]

ZERO = Decimal(0)


def fee_rates(tier: int) -> tuple[Decimal, Decimal]:
    """(maker, taker) fee rates of a fee tier."""
    return MARGIN_FEE_TIERS[tier]


class MarginLedger:
    """Members, their subaccounts' money, every order by id, and the exchange's own money."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.accounts: dict[str, MarginAccount] = {}
        self.orders: dict[str, MarginOrder] = {}
        """Every order of every member, by id."""
        self.deposited = ZERO
        self.fees_collected = ZERO
        self.funding_residue = ZERO
        self.insurance_fund = ZERO

    # ---- members and their money ---------------------------------------------------------------

    def account(self, user_id: str) -> MarginAccount:
        try:
            return self.accounts[user_id]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no margin account {user_id}") from None

    def portfolio(self, user_id: str, subaccount: int = 0) -> Portfolio:
        found = self.account(user_id).portfolios.get(subaccount)
        if found is None:
            raise ExchangeError(400, "invalid_parameters", f"no subaccount {subaccount} of {user_id}")
        return found

    def portfolios(self) -> list[Portfolio]:
        return [p for a in self.accounts.values() for p in a.portfolios.values()]

    def own_order(self, user_id: str, order_id: str) -> MarginOrder:
        """One of this member's orders; another member's id is 404 not_found."""
        order = self.account(user_id).orders.get(order_id)
        if order is None:
            raise ExchangeError(404, "not_found", f"no order {order_id}")
        return order

    def assess(
        self,
        portfolio: Portfolio,
        markets: Mapping[str, PerpMarket],
        resting: Iterable[MarginOrder] | None = None,
    ) -> PortfolioRisk:
        """The subaccount's equity and margins at the current mark prices (`risk.py`), with its
        member's resting orders or the `resting` given instead."""
        account = self.accounts[portfolio.user_id]
        orders = account.resting.values() if resting is None else resting
        return assess(portfolio, markets, orders, fee_rates(account.fee_tier)[1])

    def create_account(
        self, balance: Decimal | str | int = "1000", *, user_id: str | None = None, fee_tier: int = 0
    ) -> MarginAccount:
        """Open a margin account whose primary subaccount holds `balance` dollars."""
        amount = to_decimal(balance, "balance", "invalid_parameters")
        if amount < 0:
            raise ExchangeError(400, "invalid_parameters", "balance must not be negative")
        self._check_tier(fee_tier)
        uid = user_id or self._clock.new_id()
        if uid in self.accounts:
            raise ExchangeError(409, "account_already_exists", f"margin account {uid} already exists")
        account = MarginAccount(uid, fee_tier=fee_tier, updated_ts=self._clock.now())
        account.portfolios[0] = Portfolio(uid, 0, amount)
        self.accounts[uid] = account
        self.deposited += amount
        return account

    def deposit(self, user_id: str, amount: Decimal | str | int, subaccount: int = 0) -> Decimal:
        """Add `amount` dollars to a subaccount's cash; returns the new cash."""
        money = to_decimal(amount, "amount", "invalid_parameters")
        if money <= 0:
            raise ExchangeError(400, "invalid_parameters", "a deposit must be positive")
        portfolio = self.portfolio(user_id, subaccount)
        portfolio.cash += money
        self.deposited += money
        self.accounts[user_id].updated_ts = self._clock.now()
        return portfolio.cash

    def create_subaccount(self, user_id: str) -> int:
        """Open the member's next numbered subaccount (1 to 63) and return its number."""
        account = self.account(user_id)
        number = max(account.portfolios) + 1
        if number > MAX_SUBACCOUNT:
            raise ExchangeError(400, "invalid_parameters", f"at most {MAX_SUBACCOUNT} subaccounts")
        account.portfolios[number] = Portfolio(user_id, number)
        return number

    def transfer(
        self, user_id: str, transfer_id: str, source: int, destination: int, amount: Decimal
    ) -> None:
        """Move cash between two of a member's subaccounts, once per `transfer_id` (how much the
        source can spare is the exchange's to check, with the mark prices)."""
        account = self.account(user_id)
        if transfer_id in account.transfer_ids:
            return
        if amount <= 0:
            raise ExchangeError(400, "invalid_parameters", "a transfer must be positive")
        if source == destination:
            raise ExchangeError(400, "invalid_parameters", "a transfer needs two different subaccounts")
        giver, taker = self.portfolio(user_id, source), self.portfolio(user_id, destination)
        giver.cash -= amount
        taker.cash += amount
        account.transfer_ids.add(transfer_id)

    def set_fee_tier(self, user_id: str, tier: int) -> None:
        self._check_tier(tier)
        self.account(user_id).fee_tier = tier

    @staticmethod
    def _check_tier(tier: int) -> None:
        if not 0 <= tier < len(MARGIN_FEE_TIERS):
            raise ExchangeError(400, "invalid_parameters", f"fee tier must be 0..{len(MARGIN_FEE_TIERS) - 1}")

    def total_money(self, markets: Mapping[str, PerpMarket]) -> Decimal:
        """Every dollar in the exchange at the current mark prices (see the module docstring)."""
        equity = ZERO
        for portfolio in self.portfolios():
            equity += portfolio.cash
            for held in portfolio.positions.values():
                if held.position:
                    equity += held.unrealized_pnl(markets[held.ticker].mark_price)
        return equity + self.fees_collected + self.funding_residue + self.insurance_fund

    # ---- fills ---------------------------------------------------------------------------------

    def book_fill(
        self,
        market: PerpMarket,
        order: MarginOrder,
        quantity: Decimal,
        price: Decimal,
        *,
        is_taker: bool,
        trade_id: str,
        now: float,
    ) -> tuple[MarginFill, Decimal]:
        """Book one side of a trade on its owner: fee, realized PnL, position and cost. Returns
        the fill and how much the owner's long position grew (for open interest)."""
        account = self.accounts[order.user_id]
        portfolio = account.portfolios[order.subaccount]
        held = portfolio.positions.get(market.ticker)
        if held is None:
            held = portfolio.positions[market.ticker] = PerpPosition(market.ticker, order.subaccount)
        maker_rate, taker_rate = fee_rates(account.fee_tier)
        fee = (quantity * price * (taker_rate if is_taker else maker_rate)).quantize(
            MARGIN_MONEY_STEP, rounding=ROUND_CEILING
        )
        long_before = max(held.position, ZERO)
        if not held.position:  # a position opening from flat counts its fees afresh
            held.fees = ZERO
        entry = held.entry_price() if held.position else price
        signed = order.direction * quantity
        realized = ZERO
        if held.position and (held.position > 0) != (signed > 0):  # closes contracts first
            closing = min(quantity, abs(held.position))
            released = (
                held.cost
                if closing == abs(held.position)
                else (held.cost * closing / abs(held.position)).quantize(
                    MARGIN_MONEY_STEP, rounding=ROUND_HALF_EVEN
                )
            )
            closed = order.direction * closing
            realized = -closed * price - released
            held.cost -= released
            held.position += closed
            signed -= closed
        if signed and not held.position and signed != order.direction * quantity:  # it flipped
            held.fees = (fee * abs(signed) / quantity).quantize(MARGIN_MONEY_STEP, rounding=ROUND_HALF_EVEN)
        else:
            held.fees += fee
        if signed:
            held.cost += signed * price
            held.position += signed
        held.realized_pnl += realized
        held.last_updated_ts = now
        portfolio.cash += realized - fee
        self.fees_collected += fee
        order.fees += fee
        order.fill_cost += quantity * price
        order.fill_count += quantity
        order.last_update_time = now
        order.last_update_reason = "Trade"
        if is_taker:
            order.remaining_count -= quantity
        account.updated_ts = now
        fill = MarginFill(
            trade_id=trade_id,
            order_id=order.order_id,
            client_order_id=order.client_order_id,
            user_id=order.user_id,
            subaccount=order.subaccount,
            ticker=market.ticker,
            side=order.side,
            count=quantity,
            price=price,
            is_taker=is_taker,
            fee=fee,
            entry_price=entry,
            realized_pnl=realized,
            post_position=held.position,
            order_source=order.order_source,
            created_time=now,
        )
        account.fills.append(fill)
        return fill, max(held.position, ZERO) - long_before
