"""The margin model: what a subaccount is worth, what it must hold, and where it would be
liquidated. Pure functions of one subaccount (`Portfolio`), its resting orders and the markets.

Each subaccount is margined on its own (cross margin within it). For a position of `q` contracts
in a market with mark price `M`, maintenance margin rate `m` and initial margin multiplier `k`:

    notional            |q| * M
    maintenance margin  m * |q| * M
    initial margin      k * m * |q| * M
    unrealized PnL      q * M - cost          (cost: the signed sum of count * price paid)

The subaccount's equity is its cash plus the unrealized PnL of its positions. Resting orders hold
order margin: per market, the initial margin of the contracts by which the orders could grow the
position (the larger of `|q + bids|` and `|q - asks|`, less `|q|`), plus the loss an order would
take at once when filled beyond the mark, plus the taker fee of every resting contract. The
available balance is equity less initial margin less order margin; an order that could grow a
position is accepted only while it stays at or above zero, so closing a position is always
possible (`perps.py`).

A subaccount is liquidated when its equity falls below `LIQUIDATION_MARGIN_RATIO` times its
maintenance margin (`liquidation.py`). A position's liquidation price is the mark price at which
that would happen, the other marks held where they are; its leverage is notional over
maintenance margin, `1 / m`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from ...rules import LIQUIDATION_MARGIN_RATIO
from .objects import MarginOrder, PerpMarket, PerpPosition, Portfolio

__all__ = ["PortfolioRisk", "PositionRisk", "assess", "order_margin"]

ZERO = Decimal(0)
SIX_PLACES = Decimal("0.000001")


@dataclass(frozen=True)
class PositionRisk:
    """One position's numbers at the current mark price."""

    ticker: str
    subaccount: int
    position: Decimal
    mark_price: Decimal
    notional: Decimal
    maintenance_margin: Decimal
    initial_margin: Decimal
    unrealized_pnl: Decimal
    liquidation_price: Decimal | None

    @property
    def leverage(self) -> Decimal | None:
        return None if not self.maintenance_margin else self.notional / self.maintenance_margin


@dataclass(frozen=True)
class PortfolioRisk:
    """One subaccount's numbers at the current mark prices."""

    user_id: str
    subaccount: int
    cash: Decimal
    unrealized_pnl: Decimal
    maintenance_margin: Decimal
    initial_margin: Decimal
    order_margin: Decimal
    growth_margin: Decimal
    notional: Decimal
    positions: tuple[PositionRisk, ...]

    @property
    def equity(self) -> Decimal:
        return self.cash + self.unrealized_pnl

    @property
    def available(self) -> Decimal:
        """Equity not held by positions or resting orders (negative when short of margin)."""
        return self.equity - self.initial_margin - self.order_margin

    @property
    def requirement(self) -> Decimal:
        """Initial margin of the positions and resting orders together."""
        return self.initial_margin + self.order_margin

    @property
    def leverage(self) -> Decimal | None:
        return None if not self.maintenance_margin else self.notional / self.maintenance_margin

    @property
    def below_maintenance(self) -> bool:
        """Whether it is to be liquidated: it holds positions and its equity is below
        LIQUIDATION_MARGIN_RATIO times their maintenance margin."""
        return bool(self.positions) and self.equity < LIQUIDATION_MARGIN_RATIO * self.maintenance_margin


def _position_margins(held: PerpPosition, market: PerpMarket) -> tuple[Decimal, Decimal, Decimal]:
    """(notional, maintenance margin, initial margin) of one position."""
    notional = abs(held.position) * market.mark_price
    return notional, market.maintenance_margin_rate * notional, market.initial_margin_rate * notional


def order_margin(
    portfolio: Portfolio,
    markets: Mapping[str, PerpMarket],
    resting: Iterable[MarginOrder],
    taker_rate: Decimal,
) -> tuple[Decimal, Decimal]:
    """What the subaccount's resting orders hold (see the module docstring), as (the initial
    margin of the contracts by which they could grow positions, all of it)."""
    by_market: dict[str, list[MarginOrder]] = {}
    for order in resting:
        if order.is_resting and order.subaccount == portfolio.subaccount:
            by_market.setdefault(order.ticker, []).append(order)
    growth_margin = total = ZERO
    for ticker, orders in by_market.items():
        market = markets[ticker]
        mark = market.mark_price
        held = portfolio.position(ticker)
        bids = sum((o.remaining_count for o in orders if o.side == "bid"), ZERO)
        asks = sum((o.remaining_count for o in orders if o.side == "ask"), ZERO)
        growth = max(abs(held + bids), abs(held - asks)) - abs(held)
        growth_margin += market.initial_margin_rate * mark * growth
        for order in orders:
            beyond = order.price - mark if order.side == "bid" else mark - order.price
            total += order.remaining_count * (max(beyond, ZERO) + order.price * taker_rate)
    return growth_margin, growth_margin + total


def _liquidation_price(
    held: PerpPosition, market: PerpMarket, other_equity: Decimal, other_maintenance: Decimal
) -> Decimal | None:
    """The mark price of `held`'s market at which the subaccount would be liquidated, the other
    positions' marks fixed: solve `other_equity + q * P - cost = R * (m * |q| * P + other_mm)`."""
    q = held.position
    ratio = LIQUIDATION_MARGIN_RATIO
    slope = q - ratio * market.maintenance_margin_rate * abs(q)
    if not slope:
        return None
    price = (ratio * other_maintenance - other_equity + held.cost) / slope
    if price <= 0:
        return None
    return price.quantize(SIX_PLACES, rounding=ROUND_HALF_EVEN)


def assess(
    portfolio: Portfolio,
    markets: Mapping[str, PerpMarket],
    resting: Iterable[MarginOrder],
    taker_rate: Decimal,
) -> PortfolioRisk:
    """The subaccount's equity, margins and per-position numbers at the current mark prices."""
    held = portfolio.open_positions()
    numbers = [(p, markets[p.ticker], *_position_margins(p, markets[p.ticker])) for p in held]
    unrealized = sum((p.unrealized_pnl(market.mark_price) for p, market, *_ in numbers), ZERO)
    maintenance = sum((mm for *_, mm, _ in numbers), ZERO)
    positions = []
    for p, market, notional, mm, im in numbers:
        upnl = p.unrealized_pnl(market.mark_price)
        other_equity = portfolio.cash + unrealized - upnl
        positions.append(
            PositionRisk(
                ticker=p.ticker,
                subaccount=portfolio.subaccount,
                position=p.position,
                mark_price=market.mark_price,
                notional=notional,
                maintenance_margin=mm,
                initial_margin=im,
                unrealized_pnl=upnl,
                liquidation_price=_liquidation_price(p, market, other_equity, maintenance - mm),
            )
        )
    growth, orders = order_margin(portfolio, markets, resting, taker_rate)
    return PortfolioRisk(
        user_id=portfolio.user_id,
        subaccount=portfolio.subaccount,
        cash=portfolio.cash,
        unrealized_pnl=unrealized,
        maintenance_margin=maintenance,
        initial_margin=sum((im for *_, im in numbers), ZERO),
        order_margin=orders,
        growth_margin=growth,
        notional=sum((n for _, _, n, _, _ in numbers), ZERO),
        positions=tuple(positions),
    )
