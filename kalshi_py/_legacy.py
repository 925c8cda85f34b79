"""The V1 order calls of kalshi-py 2.0.6.6, translated onto Kalshi's V2 order endpoints.

Kalshi removed `POST /portfolio/orders` and its siblings; their 2.0.6.6 import paths
(`kalshi_py.api.portfolio.create_order`, ...) keep working through `LegacyOperation`, which warns
with `DeprecationWarning` and:

- maps `side` (yes/no) + `action` (buy/sell) onto the V2 book side of the YES leg: buy YES and
  sell NO are a `bid`, buy NO and sell YES an `ask`;
- maps prices onto the YES leg in dollars: `yes_price=56` (cents) is `0.56`, `no_price=44` is a
  YES price of `0.56`; counts onto fixed-point counts;
- calls the V2 endpoint, then reads the order back (`GET /portfolio/orders/{id}`) to answer in the
  2.0.6.6 shape (`{"order": Order, ...}`).

A legacy field with no V2 meaning (`buy_max_cost`, a non-zero `sell_position_floor`) is refused
with `RequestValidationError` rather than silently dropped.

The generated module of each legacy call hands `LegacyOperation` the V2 operations it runs and
the model of its 2.0.6.6 answer; nothing here imports the generated layer.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Generator, Mapping
from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import msgspec

from .errors import RequestValidationError, error_for_response
from .types import UNSET, Response

if TYPE_CHECKING:
    from ._operation import Operation
    from .client import Client

T = TypeVar("T")
_CENTS = Decimal(100)
_ONE = Decimal(1)

# A translation yields (operationId, arguments) for each V2 call and receives its Response.
_Call = tuple[str, dict[str, Any]]
_Translation = Generator[_Call, Response[Any], Any]


def _given(value: Any) -> bool:
    return value is not UNSET and value is not None


def book_side(side: str, action: str) -> str:
    """The V2 book side of a V1 (side, action): buy YES / sell NO bid, buy NO / sell YES ask."""
    if side not in ("yes", "no") or action not in ("buy", "sell"):
        raise RequestValidationError(
            f"side must be yes or no and action buy or sell, got {side!r}/{action!r}"
        )
    return "bid" if (side == "yes") == (action == "buy") else "ask"


def yes_price(order: Any) -> Decimal:
    """The YES-leg price in dollars of a V1 order or amend request."""
    if _given(order.yes_price_dollars):
        return Decimal(order.yes_price_dollars)
    if _given(order.yes_price):
        return Decimal(order.yes_price) / _CENTS
    if _given(order.no_price_dollars):
        return _ONE - Decimal(order.no_price_dollars)
    if _given(order.no_price):
        return _ONE - Decimal(order.no_price) / _CENTS
    raise RequestValidationError(
        "a limit order needs yes_price, no_price, yes_price_dollars or no_price_dollars"
    )


def count(order: Any) -> Decimal:
    if _given(order.count_fp):
        return Decimal(order.count_fp)
    if _given(order.count):
        return Decimal(order.count)
    raise RequestValidationError("the order needs count or count_fp")


def create_order_v2_args(order: Any) -> dict[str, Any]:
    """`CreateOrderV2Request` fields for a V1 `CreateOrderRequest`."""
    if _given(order.buy_max_cost):
        raise RequestValidationError("buy_max_cost has no V2 equivalent: use time_in_force='fill_or_kill'")
    if _given(order.sell_position_floor) and order.sell_position_floor != 0:
        raise RequestValidationError("sell_position_floor other than 0 has no V2 equivalent: use reduce_only")
    args: dict[str, Any] = {
        "ticker": order.ticker,
        "side": book_side(order.side, order.action),
        "count": count(order),
        "price": yes_price(order),
        "time_in_force": order.time_in_force if _given(order.time_in_force) else "good_till_canceled",
        "self_trade_prevention_type": order.self_trade_prevention_type
        if _given(order.self_trade_prevention_type)
        else "taker_at_cross",
    }
    if _given(order.expiration_ts):
        args["expiration_time"] = order.expiration_ts
    for name in (
        "client_order_id",
        "post_only",
        "reduce_only",
        "order_group_id",
        "cancel_order_on_pause",
        "subaccount",
        "exchange_index",
    ):
        value = getattr(order, name)
        if _given(value):
            args[name] = value
    return args


def _present(**fields: Any) -> dict[str, Any]:
    """The fields that were given (UNSET ones left out), for an answer in the 2.0.6.6 shape."""
    return {name: value for name, value in fields.items() if value is not UNSET}


def _read_order(order_id: str) -> Generator[_Call, Response[Any], Any]:
    answer = yield ("GetOrder", {"order_id": order_id})
    return answer.parsed.order if answer.parsed is not None else None


def _create_order(args: Mapping[str, Any]) -> _Translation:
    created = yield ("CreateOrderV2", create_order_v2_args(args["body"]))
    if created.parsed is None:
        return created
    order = yield from _read_order(created.parsed.order_id)
    return {"order": order}


def _cancel_order(args: Mapping[str, Any]) -> _Translation:
    canceled = yield ("CancelOrderV2", {"order_id": args["order_id"]})
    if canceled.parsed is None:
        return canceled
    order = yield from _read_order(args["order_id"])
    reduced = Decimal(canceled.parsed.reduced_by)
    return {"order": order, "reduced_by": int(reduced), "reduced_by_fp": reduced}


def _amend_order(args: Mapping[str, Any]) -> _Translation:
    request = args["body"]
    old = yield from _read_order(args["order_id"])
    v2: dict[str, Any] = {
        "order_id": args["order_id"],
        "ticker": request.ticker,
        "side": book_side(request.side, request.action),
        "price": yes_price(request),
        "count": count(request),
    }
    for name in ("client_order_id", "updated_client_order_id", "exchange_index", "subaccount"):
        if _given(getattr(request, name)):
            v2[name] = getattr(request, name)
    amended = yield ("AmendOrderV2", v2)
    if amended.parsed is None:
        return amended
    order = yield from _read_order(amended.parsed.order_id)
    return {"old_order": old, "order": order}


def _decrease_order(args: Mapping[str, Any]) -> _Translation:
    request = args.get("body")
    v2: dict[str, Any] = {"order_id": args["order_id"]}
    if request is not None and request is not UNSET:
        if _given(request.subaccount):
            v2["subaccount"] = request.subaccount
        for name in ("reduce_by", "reduce_to"):
            fixed, whole = getattr(request, name + "_fp"), getattr(request, name)
            if _given(fixed):
                v2[name] = Decimal(fixed)
            elif _given(whole):
                v2[name] = Decimal(whole)
    if ("reduce_by" in v2) == ("reduce_to" in v2):
        raise RequestValidationError("decrease_order takes exactly one of reduce_by or reduce_to")
    decreased = yield ("DecreaseOrderV2", v2)
    if decreased.parsed is None:
        return decreased
    order = yield from _read_order(args["order_id"])
    return {"order": order}


def _batch_create_orders(args: Mapping[str, Any]) -> _Translation:
    orders = [create_order_v2_args(order) for order in args["body"].orders]
    created = yield ("BatchCreateOrdersV2", {"body": {"orders": orders}})
    if created.parsed is None:
        return created
    items = []
    for item in created.parsed.orders:
        order = (
            (yield from _read_order(item.order_id))
            if _given(item.order_id) and not _given(item.error)
            else None
        )
        items.append(_present(client_order_id=item.client_order_id, order=order, error=item.error))
    return {"orders": items}


def _batch_cancel_orders(args: Mapping[str, Any]) -> _Translation:
    request = args["body"]
    targets = [{"order_id": order_id} for order_id in request.ids] if _given(request.ids) else []
    for order in request.orders if _given(request.orders) else []:
        fields = ("order_id", "subaccount", "exchange_index", "market_ticker")
        targets.append({name: getattr(order, name) for name in fields if _given(getattr(order, name))})
    canceled = yield ("BatchCancelOrdersV2", {"body": {"orders": targets}})
    if canceled.parsed is None:
        return canceled
    items = []
    for item in canceled.parsed.orders:
        order = None if _given(item.error) else (yield from _read_order(item.order_id))
        items.append(
            _present(order_id=item.order_id, order=order, reduced_by_fp=item.reduced_by, error=item.error)
        )
    return {"orders": items}


TRANSLATIONS: dict[str, Callable[[Mapping[str, Any]], _Translation]] = {
    "CreateOrder": _create_order,
    "CancelOrder": _cancel_order,
    "AmendOrder": _amend_order,
    "DecreaseOrder": _decrease_order,
    "BatchCreateOrders": _batch_create_orders,
    "BatchCancelOrders": _batch_cancel_orders,
}


class LegacyOperation(Generic[T]):
    """A 2.0.6.6 order call whose endpoint Kalshi removed, run through its V2 replacement.

    `calls` are the V2 operations the translation runs, by operation id (and `GetOrder`);
    `response` is the model of the 2.0.6.6 answer.
    """

    def __init__(
        self, name: str, replacement: str, *, calls: Mapping[str, Operation[Any]], response: type[T]
    ) -> None:
        self.name = name
        self.replacement = replacement
        self.calls = dict(calls)
        self.response = response

    def _start(self, args: Mapping[str, Any]) -> _Translation:
        # The warning points at the caller of the generated module's function:
        # caller -> module function -> public method here -> _run_* -> _start.
        warnings.warn(
            f"{self.name} calls an endpoint Kalshi removed; kalshi-py translates it onto the V2 order "
            f"endpoints. Use {self.replacement} instead.",
            DeprecationWarning,
            stacklevel=5,
        )
        body = args.get("body", UNSET)
        if isinstance(body, Mapping):
            raise RequestValidationError(f"{self.name}: pass body as a model, e.g. CreateOrderRequest(...)")
        return TRANSLATIONS[self.name](args)

    def _answer(self, result: Any, last: Response[Any] | None) -> Response[T]:
        if isinstance(result, Response):
            return result
        model = msgspec.convert(result, self.response, strict=False)
        headers = last.headers if last is not None else httpx.Headers()
        return Response(HTTPStatus.OK, model.to_json(), headers, model)  # type: ignore[attr-defined]

    def _run_sync(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        flow = self._start(args)
        answer: Response[Any] | None = None
        try:
            while True:
                operation_id, call_args = flow.send(answer)  # type: ignore[arg-type]
                answer = self.calls[operation_id].sync_detailed(client, call_args)
        except StopIteration as stop:
            return self._answer(stop.value, answer)

    async def _run_async(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        flow = self._start(args)
        answer: Response[Any] | None = None
        try:
            while True:
                operation_id, call_args = flow.send(answer)  # type: ignore[arg-type]
                answer = await self.calls[operation_id].asyncio_detailed(client, call_args)
        except StopIteration as stop:
            return self._answer(stop.value, answer)

    def sync_detailed(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        return self._run_sync(client, args)

    async def asyncio_detailed(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        return await self._run_async(client, args)

    def sync(self, client: Client, args: Mapping[str, Any]) -> T:
        return _value(self._run_sync(client, args))

    async def asyncio(self, client: Client, args: Mapping[str, Any]) -> T:
        return _value(await self._run_async(client, args))


def _value(response: Response[T]) -> T:
    if response.parsed is None:
        raw = httpx.Response(int(response.status_code), headers=response.headers, content=response.content)
        raise error_for_response(raw)
    return response.parsed


__all__ = ["LegacyOperation", "book_side", "create_order_v2_args", "yes_price"]
