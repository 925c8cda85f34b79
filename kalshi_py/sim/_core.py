"""What every part of the local exchange shares: `ExchangeCore` with the state and the event
plumbing, `ExchangeError`, and the reading of decimal input.

`Exchange` (`engine.py`) is `ExchangeCore` plus its parts, each a mixin over this state:
`_accounts.py`, `_markets.py`, `_orders.py`, `_matching.py` and `_order_groups.py`. What one part
calls in another is declared at the end of `ExchangeCore`, so each part type-checks alone.

A public call runs inside `_transaction()`: events emitted meanwhile are queued and delivered to
the listeners once the outermost call's state is whole.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ._objects import (
    COUNT_STEP,
    ZERO,
    Account,
    Event,
    Fill,
    Market,
    Order,
    OrderGroup,
    OrderResult,
    Series,
    Trade,
)

if TYPE_CHECKING:
    from ._book import BookSide
    from .events import ExchangeEvent

__all__ = [
    "ExchangeCore",
    "ExchangeError",
    "in_window",
    "parse_count",
    "parse_unix_seconds",
    "shown",
    "to_decimal",
]


class ExchangeError(Exception):
    """A request the exchange refuses, with the HTTP status and Kalshi error code it answers."""

    def __init__(self, status: int, code: str, message: str, details: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def to_api(self) -> dict[str, str]:
        """The ErrorResponse body: `{code, message, details}`."""
        return {"code": self.code, "message": self.message, "details": self.details}


MAX_INTEGER_DIGITS = 15
"""Digits a decimal input may have before the point: sums of such amounts stay exact in 28 digits."""
MAX_DECIMAL_PLACES = 12
"""Places a decimal input may have after the point (trailing zeros aside)."""


def shown(value: object, limit: int = 40) -> str:
    """`value` as an error message quotes it, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _decimal_places(number: Decimal) -> int:
    """Places after the point of a finite `number`, trailing zeros not counted."""
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -exponent - trailing) if any(digits) else 0


def to_decimal(value: object, what: str, code: str = "invalid_order") -> Decimal:
    """Read a Decimal, str or int as a finite Decimal of a sane size; floats are refused (they are
    not exact), and so are numbers too large or too finely divided to compute with exactly."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise ExchangeError(400, code, f"{what} must be a decimal string, got {type(value).__name__}")
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ExchangeError(400, code, f"{what} is not a number: {shown(value)}") from None
    if not number.is_finite():
        raise ExchangeError(400, code, f"{what} must be finite, got {shown(value)}")
    if number and number.adjusted() >= MAX_INTEGER_DIGITS:
        limit = f"at most {MAX_INTEGER_DIGITS} digits before the point"
        raise ExchangeError(400, code, f"{what} is out of range: {limit}, got {shown(value)}")
    if _decimal_places(number) > MAX_DECIMAL_PLACES:
        raise ExchangeError(
            400, code, f"{what} has more than {MAX_DECIMAL_PLACES} decimal places: {shown(value)}"
        )
    return number


def parse_count(value: object, what: str = "count", *, allow_zero: bool = False) -> Decimal:
    """A contract count: at least 0.01 (or 0 when allowed), at most 2 decimals."""
    number = to_decimal(value, what, "invalid_order_size")
    if number != number.quantize(COUNT_STEP, rounding=ROUND_DOWN):
        raise ExchangeError(400, "invalid_order_size", f"{what} has more than 2 decimals: {shown(value)}")
    if number < (ZERO if allow_zero else COUNT_STEP):
        low = "0" if allow_zero else "0.01"
        raise ExchangeError(400, "invalid_order_size", f"{what} must be at least {low}, got {shown(value)}")
    return number.quantize(COUNT_STEP)


LAST_UNIX_SECOND = 253402300799
"""9999-12-31T23:59:59Z: the last moment an RFC 3339 timestamp can name."""


def parse_unix_seconds(value: object, what: str, code: str = "invalid_order") -> int:
    """A Unix time in seconds that RFC 3339 can spell (1970 to 9999)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LAST_UNIX_SECOND:
        wanted = f"a Unix time in seconds from 0 to {LAST_UNIX_SECOND}"
        raise ExchangeError(400, code, f"{what} must be {wanted}, got {shown(value)}")
    return value


def in_window(ts: float, min_ts: int | None, max_ts: int | None) -> bool:
    """Whether `ts` lies within the optional bounds `min_ts`..`max_ts` (seconds, inclusive)."""
    return (min_ts is None or ts >= min_ts) and (max_ts is None or ts <= max_ts)


class ExchangeCore:
    """The state of one exchange, its ids, clock and event delivery, and the lookups all parts use."""

    def __init__(self, seed: int, clock: Callable[[], float]) -> None:
        self.seed = seed
        self.time = clock
        self.clock = 0
        self.series: dict[str, Series] = {}
        self.events: dict[str, Event] = {}
        self.markets: dict[str, Market] = {}
        self.accounts: dict[str, Account] = {}
        self.order_groups: dict[str, OrderGroup] = {}
        self.trade_log: list[Trade] = []
        self.fees_collected = ZERO
        self.deposited = ZERO
        self.house_accounts: list[str] = []
        self._rng = random.Random(seed)  # noqa: S311 - deterministic ids, not secrets
        self._orders: dict[str, Order] = {}
        self._expiries: list[tuple[int, int, str]] = []
        self._priority = 0
        self._listeners: list[Callable[[ExchangeEvent], None]] = []
        self._pending: list[ExchangeEvent] = []
        self._depth = 0

    def _new_id(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _now(self) -> float:
        return float(self.time())

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Collect events during one public call and deliver them when its state is whole."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    def _flush(self) -> None:
        first_error: BaseException | None = None
        while self._pending:
            batch, self._pending = self._pending, []
            for event in batch:
                for listener in list(self._listeners):
                    try:
                        listener(event)
                    except Exception as error:  # a faulty listener must not starve the others
                        first_error = first_error or error
        if first_error is not None:
            raise first_error

    def _emit(self, event: ExchangeEvent) -> None:
        self._pending.append(event)

    def subscribe(self, listener: Callable[[ExchangeEvent], None]) -> Callable[[], None]:
        """Call `listener` with every event from now on; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def account(self, user_id: str) -> Account:
        try:
            return self.accounts[user_id]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no account {user_id}") from None

    def market(self, ticker: str) -> Market:
        try:
            return self.markets[ticker]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no market {ticker}") from None

    def _own_order(self, user_id: str, order_id: str) -> Order:
        account = self.account(user_id)
        order = account.orders.get(order_id)
        if order is None:
            raise ExchangeError(404, "not_found", f"no order {order_id}")
        return order

    if TYPE_CHECKING:
        # what one part calls in another, defined in:
        # _accounts.py
        def _reservation(self, order: Order) -> Decimal: ...
        def _closable(
            self, account: Account, ticker: str, side: BookSide, *, exclude: Order | None = None
        ) -> Decimal: ...
        def _note_claim(self, account: Account, order: Order) -> None: ...
        def _rereserve(self, account: Account, order: Order) -> None: ...
        def _rebalance_claims(self, account: Account, ticker: str, side: BookSide) -> None: ...

        # _orders.py
        def expire_orders(self) -> list[Order]: ...
        def _resting_orders(self, ticker: str | None = None) -> list[Order]: ...

        # _matching.py
        def _trade(self, market: Market, order: Order, now: float, *, rest: bool) -> OrderResult: ...
        def _cancel(self, order: Order, reason: str | None) -> Decimal: ...
        def _retire(self, order: Order) -> None: ...
        def _emit_order(self, order: Order) -> None: ...
        def _emit_book_delta(self, order: Order, delta: Decimal, now: float | None = None) -> None: ...

        # _order_groups.py
        def _note_group_fill(self, order: Order, quantity: Decimal, now: float) -> None: ...
        def _check_groups_after_fills(self, fills: Sequence[Fill]) -> None: ...
