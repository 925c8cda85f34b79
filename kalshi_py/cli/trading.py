"""Order commands: `buy`, `sell`, `cancel`.

Kalshi's V2 orders are priced on the YES leg: `bid` buys YES, `ask` sells YES. Buying NO at P is
selling YES at 1 - P, and selling NO at P is buying YES at 1 - P.

Orders that would go to Kalshi production are refused unless `--env prod` is on the command line,
and then sent only after a confirmation (or `--yes`).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

import typer

from ..api.orders import cancel_all_orders, cancel_order_v2, create_order_v2, get_orders
from ..auth import KalshiAuthenticatedClient
from .command import kalshi_command
from .config import Settings, is_production_url
from .errors import CliError, UsageProblem
from .listing import collect
from .session import Session
from .table import contracts, dollars, plural

__all__ = ["OrderTicket", "V2Order", "check_production", "parse_count", "parse_price", "v2_order"]

_ONE = Decimal(1)
TIME_IN_FORCE: dict[str, Literal["good_till_canceled", "immediate_or_cancel", "fill_or_kill"]] = {
    "gtc": "good_till_canceled",
    "ioc": "immediate_or_cancel",
    "fok": "fill_or_kill",
}
STP: dict[str, Literal["taker_at_cross", "maker"]] = {"taker_at_cross": "taker_at_cross", "maker": "maker"}


class Outcome(str, enum.Enum):
    """The contract side: YES or NO."""

    yes = "yes"
    no = "no"


class TimeInForce(str, enum.Enum):
    """How long an order may rest."""

    gtc = "gtc"
    ioc = "ioc"
    fok = "fok"


class SelfTradePrevention(str, enum.Enum):
    """What happens when an order would trade against your own resting order."""

    taker_at_cross = "taker_at_cross"
    maker = "maker"


@dataclass(frozen=True)
class V2Order:
    """An order as the V2 endpoint takes it: a side of the YES book and a YES price."""

    side: Literal["bid", "ask"]
    price: Decimal


def v2_order(action: Literal["buy", "sell"], outcome: Literal["yes", "no"], price: Decimal) -> V2Order:
    """Map buy/sell YES/NO at `price` (of that outcome) onto the YES book."""
    if outcome == "yes":
        return V2Order("bid" if action == "buy" else "ask", price)
    return V2Order("ask" if action == "buy" else "bid", _ONE - price)


def parse_price(text: str) -> Decimal:
    """A price in dollars strictly between 0 and 1, with at most 4 decimals."""
    try:
        price = Decimal(text.strip())
    except InvalidOperation:
        raise UsageProblem(f"--price must be a price in dollars such as 0.56, got {text!r}") from None
    if not price.is_finite() or not Decimal(0) < price < _ONE:
        raise UsageProblem(f"--price must be between 0 and 1 dollars (exclusive), got {text!r}")
    if price != price.quantize(Decimal("0.0001")):
        raise UsageProblem(f"--price takes at most 4 decimals, got {text!r}")
    return price


def parse_count(text: str) -> Decimal:
    """A number of contracts: positive, at most 2 decimals (fractional contracts are allowed)."""
    try:
        count = Decimal(text.strip())
    except InvalidOperation:
        raise UsageProblem(f"--count must be a number of contracts such as 10, got {text!r}") from None
    if not count.is_finite() or count <= 0:
        raise UsageProblem(f"--count must be positive, got {text!r}")
    if count != count.quantize(Decimal("0.01")):
        raise UsageProblem(f"--count takes at most 2 decimals, got {text!r}")
    return count


def check_production(settings: Settings, action: str, *, assume_yes: bool, url: str | None = None) -> None:
    """Refuse `action` against production unless `--env prod` was given, and confirm it then.
    `url` is where it goes when that is not the settings' REST URL (the margin host)."""
    url = settings.rest_url if url is None else url
    if not is_production_url(url):
        return
    if settings.env_flag != "prod":
        raise UsageProblem(
            f"refusing to {action} on Kalshi PRODUCTION ({url}) without an explicit "
            "--env prod on the command line; use --env demo or --env local to practise"
        )
    if assume_yes:
        return
    try:
        confirmed = typer.confirm(f"{action} on Kalshi PRODUCTION with real money?", default=False, err=True)
    except typer.Abort:
        confirmed = False
    if not confirmed:
        raise CliError("not confirmed: nothing was sent (pass --yes to skip the question)")


@dataclass(frozen=True)
class OrderTicket:
    """What the user asked for, before it is mapped onto the V2 order."""

    action: Literal["buy", "sell"]
    outcome: Literal["yes", "no"]
    ticker: str
    count: Decimal
    price: Decimal

    def describe(self) -> str:
        amount = f"{contracts(self.count)} {self.outcome.upper()}"
        return f"{self.action} {amount} of {self.ticker} at ${dollars(self.price)}"


def _place(
    session: Session,
    ticket: OrderTicket,
    *,
    tif: TimeInForce,
    post_only: bool,
    reduce_only: bool,
    stp: SelfTradePrevention,
    client_order_id: str | None,
    assume_yes: bool,
) -> None:
    if reduce_only and tif is not TimeInForce.ioc:
        raise UsageProblem("--reduce-only needs --tif ioc")
    if post_only and tif is not TimeInForce.gtc:
        raise UsageProblem("--post-only needs --tif gtc (a post-only order must be able to rest)")
    order = v2_order(ticket.action, ticket.outcome, ticket.price)
    check_production(session.settings, ticket.describe(), assume_yes=assume_yes)
    client = session.signed_client(ticket.action)
    sent = create_order_v2.sync(
        client=client,
        ticker=ticket.ticker,
        client_order_id=client_order_id or str(uuid.uuid4()),
        side=order.side,
        count=ticket.count,
        price=order.price,
        time_in_force=TIME_IN_FORCE[tif.value],
        self_trade_prevention_type=STP[stp.value],
        post_only=post_only,
        reduce_only=reduce_only,
    )
    session.output.record(
        [
            ("order id", sent.order_id),
            ("client order id", sent.client_order_id),
            ("sent as", f"{order.side} {contracts(ticket.count)} @ {dollars(order.price)} on the YES book"),
            ("filled", contracts(sent.fill_count)),
            ("remaining", contracts(sent.remaining_count)),
            ("average fill price", dollars(sent.average_fill_price)),
            ("average fee", dollars(sent.average_fee_paid)),
        ],
        title=ticket.describe(),
        document=sent,
    )


SideOption = Annotated[Outcome, typer.Option("--side", help="the contract: yes or no", show_default=False)]
CountOption = Annotated[str, typer.Option("--count", help="contracts, e.g. 10 or 2.5", show_default=False)]
PriceOption = Annotated[
    str,
    typer.Option(
        "--price", help="limit price in dollars of the --side contract, e.g. 0.56", show_default=False
    ),
]
TifOption = Annotated[
    TimeInForce, typer.Option("--tif", help="good till canceled, immediate or cancel, fill or kill")
]
PostOnlyOption = Annotated[bool, typer.Option("--post-only", help="cancel rather than take liquidity")]
ReduceOnlyOption = Annotated[
    bool, typer.Option("--reduce-only", help="only reduce a position (needs --tif ioc)")
]
StpOption = Annotated[SelfTradePrevention, typer.Option("--stp", help="self-trade prevention")]
ClientIdOption = Annotated[
    str | None, typer.Option("--client-order-id", help="your id for the order (default: a new UUID)")
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="do not ask for confirmation on production")]
TickerArgument = Annotated[str, typer.Argument(help="market ticker")]


def _order_command(action: Literal["buy", "sell"]) -> Callable[..., None]:
    """The `buy` or `sell` command: one limit order, mapped onto the V2 book side of the YES leg."""

    def place(
        session: Session,
        ticker: TickerArgument,
        *,
        side: SideOption,
        count: CountOption,
        price: PriceOption,
        tif: TifOption = TimeInForce.gtc,
        post_only: PostOnlyOption = False,
        reduce_only: ReduceOnlyOption = False,
        stp: StpOption = SelfTradePrevention.taker_at_cross,
        client_order_id: ClientIdOption = None,
        yes: YesOption = False,
    ) -> None:
        ticket = OrderTicket(action, side.value, ticker, parse_count(count), parse_price(price))
        _place(
            session,
            ticket,
            tif=tif,
            post_only=post_only,
            reduce_only=reduce_only,
            stp=stp,
            client_order_id=client_order_id,
            assume_yes=yes,
        )

    place.__name__ = place.__qualname__ = action
    place.__doc__ = f"{action.capitalize()} YES or NO contracts with a limit order."
    return place


buy = kalshi_command("buy")(_order_command("buy"))
sell = kalshi_command("sell")(_order_command("sell"))


def _resting_order_ids(session: Session) -> set[str]:
    return {o.order_id for o in collect(session, get_orders, "orders", None, status="resting")}


def _cancel_all(session: Session, client: KalshiAuthenticatedClient) -> None:
    """Cancel every resting order and say how many were canceled: those resting before that are
    resting no more (Kalshi's cancel-all answers without a count)."""
    before = _resting_order_ids(session)
    cancel_all_orders.sync(client=client)
    left = _resting_order_ids(session)
    canceled = sorted(before - left)
    pairs: list[tuple[str, str]] = [("canceled", plural(len(canceled), "resting order"))]
    if left:
        pairs.append(("still resting", plural(len(left), "order")))
    session.output.record(
        pairs, document={"canceled": len(canceled), "order_ids": canceled, "still_resting": sorted(left)}
    )


@kalshi_command("cancel")
def cancel(
    session: Session,
    order_id: Annotated[str | None, typer.Argument(help="the order to cancel", show_default=False)] = None,
    *,
    every: Annotated[bool, typer.Option("--all", help="cancel all your resting orders")] = False,
    yes: YesOption = False,
) -> None:
    """Cancel one order, or all resting orders with --all."""
    if (order_id is None) == (not every):
        raise UsageProblem("give an ORDER_ID or --all" + ("" if order_id is None else ", not both"))
    check_production(
        session.settings, "cancel all orders" if every else f"cancel order {order_id}", assume_yes=yes
    )
    client = session.signed_client("cancel")
    if every:
        _cancel_all(session, client)
        return
    assert order_id is not None
    done = cancel_order_v2.sync(client=client, order_id=order_id)
    session.output.record(
        [
            ("order id", done.order_id),
            ("client order id", done.client_order_id),
            ("reduced by", contracts(done.reduced_by)),
        ],
        title="canceled",
        document=done,
    )
