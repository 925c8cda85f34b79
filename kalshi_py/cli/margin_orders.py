"""`kalshi margin buy`, `sell` and `cancel`: Perps orders from the terminal, with the margin key.

    kalshi margin buy KXBTCPERP --count 2 --price 64250.50 --env demo     # a bid
    kalshi margin sell KXBTCPERP --count 2 --price 64300 --env demo       # an ask
    kalshi margin cancel ORDER_ID --env demo

A perpetual's price is in dollars with no 1-dollar ceiling and its counts are whole contracts
unless the market allows fractions. As for event contracts, an order bound for Kalshi production
needs `--env prod` on the command line and a confirmation (or `--yes`); the order carries a
`client_order_id` chosen once, so a lost answer never places it twice.
"""

from __future__ import annotations

import uuid
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

import typer

from ..margin.api.orders import cancel_margin_order, create_margin_order
from .command import kalshi_command
from .errors import UsageProblem
from .margin import margin_app, margin_rest_url, signed_margin_client
from .session import Session
from .table import contracts, dollars
from .trading import STP, TIME_IN_FORCE, SelfTradePrevention, TimeInForce, check_production, parse_count

__all__ = ["parse_margin_price"]


def parse_margin_price(text: str) -> Decimal:
    """A perpetual's limit price: positive dollars, at most 4 decimals, no ceiling."""
    try:
        price = Decimal(text.strip())
    except InvalidOperation:
        raise UsageProblem(f"--price must be a price in dollars such as 64250.50, got {text!r}") from None
    if not price.is_finite() or price <= 0:
        raise UsageProblem(f"--price must be positive, got {text!r}")
    if price != price.quantize(Decimal("0.0001")):
        raise UsageProblem(f"--price takes at most 4 decimals, got {text!r}")
    return price


CountOption = Annotated[str, typer.Option("--count", help="contracts, e.g. 2", show_default=False)]
PriceOption = Annotated[
    str, typer.Option("--price", help="limit price in dollars, e.g. 64250.50", show_default=False)
]
TifOption = Annotated[
    TimeInForce, typer.Option("--tif", help="good till canceled, immediate or cancel, fill or kill")
]
ReduceOnlyOption = Annotated[bool, typer.Option("--reduce-only", help="only reduce a position")]
StpOption = Annotated[SelfTradePrevention, typer.Option("--stp", help="self-trade prevention")]
SubaccountOption = Annotated[int, typer.Option(help="the subaccount (0: the primary)")]
YesOption = Annotated[bool, typer.Option("--yes", help="skip the confirmation on production")]


def _place(
    session: Session,
    side: Literal["bid", "ask"],
    ticker: str,
    count_text: str,
    price_text: str,
    *,
    tif: TimeInForce,
    reduce_only: bool,
    stp: SelfTradePrevention,
    subaccount: int,
    assume_yes: bool,
) -> None:
    count, price = parse_count(count_text), parse_margin_price(price_text)
    action = "buy" if side == "bid" else "sell"
    title = f"{action} {contracts(count)} of {ticker} at ${dollars(price)}"
    check_production(session.settings, title, assume_yes=assume_yes, url=margin_rest_url(session))
    with signed_margin_client(session, f"margin {action}") as client:
        sent = create_margin_order.sync(
            client=client,
            ticker=ticker,
            client_order_id=str(uuid.uuid4()),
            side=side,
            count=count,
            price=price,
            time_in_force=TIME_IN_FORCE[tif.value],
            self_trade_prevention_type=STP[stp.value],
            reduce_only=reduce_only,
            subaccount=subaccount,
        )
    session.output.record(
        [
            ("order id", sent.order_id),
            ("client order id", sent.client_order_id),
            ("filled", contracts(sent.fill_count)),
            ("remaining", contracts(sent.remaining_count)),
            ("average fill price", dollars(sent.average_fill_price)),
            ("average fee", dollars(sent.average_fee_paid)),
        ],
        title=title,
        document=sent,
    )


def _order_command(name: str, side: Literal["bid", "ask"], summary: str) -> None:
    """Register `kalshi margin NAME`, a limit order on `side` of a perpetual's book."""

    def order(
        session: Session,
        ticker: Annotated[str, typer.Argument(help="perpetual market ticker")],
        *,
        count: CountOption,
        price: PriceOption,
        tif: TifOption = TimeInForce.gtc,
        reduce_only: ReduceOnlyOption = False,
        stp: StpOption = SelfTradePrevention.maker,
        subaccount: SubaccountOption = 0,
        yes: YesOption = False,
    ) -> None:
        _place(session, side, ticker, count, price, tif=tif, reduce_only=reduce_only, stp=stp,
               subaccount=subaccount, assume_yes=yes)  # fmt: skip

    order.__name__ = order.__qualname__ = name
    order.__doc__ = summary
    kalshi_command(name, group=margin_app)(order)


_order_command("buy", "bid", "Place a limit bid on a perpetual (go long, or reduce a short).")
_order_command("sell", "ask", "Place a limit ask on a perpetual (go short, or reduce a long).")


@kalshi_command("cancel", group=margin_app)
def cancel(
    session: Session,
    order_id: Annotated[str, typer.Argument(help="the margin order's id")],
    *,
    yes: YesOption = False,
) -> None:
    """Cancel one margin order."""
    check_production(
        session.settings, f"cancel margin order {order_id}", assume_yes=yes, url=margin_rest_url(session)
    )
    with signed_margin_client(session, "margin cancel") as client:
        canceled = cancel_margin_order.sync(client=client, order_id=order_id)
    session.output.record([("canceled", order_id)], title="margin order canceled", document=canceled)
