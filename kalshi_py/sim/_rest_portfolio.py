"""The REST handlers of a signed-in account, backed by the engine: balance, positions, fills,
settlements, V2 orders (create, batch, cancel, amend, decrease, queue positions), order groups,
account limits and API keys."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._objects import count_fp
from ._rest import Call, endpoint_costs, handles, page, paged, tickers_query
from ._wire import ApiError, bad_request, now_ms
from .auth import ApiKey
from .faults import DEFAULT_COST, TIERS

if TYPE_CHECKING:
    from .server import SimServer


@handles("GetBalance")
def _balance(server: SimServer, call: Call) -> Any:
    exchange = server.exchange
    account = exchange.account(call.user_id)
    return account.to_api_balance(exchange.portfolio_value(call.user_id))


@handles("GetPositions")
def _positions(server: SimServer, call: Call) -> Any:
    q = call.query
    include_closed = q.get("count_filter") is None and q.get("settlement_status") == "all"
    markets = server.exchange.positions(
        call.user_id, **call.filters("ticker", "event_ticker"), include_closed=include_closed
    )
    events = server.exchange.event_positions(
        call.user_id, event_ticker=q.get("event_ticker"), include_closed=include_closed
    )
    chunk, cursor = page(call, markets)
    return {
        "market_positions": [p.to_api() for p in chunk],
        "event_positions": [e.to_api() for e in events],
        "cursor": cursor,
    }


@handles("GetFills")
def _fills(server: SimServer, call: Call) -> Any:
    found = server.exchange.fills(call.user_id, **call.filters("ticker", "order_id", "min_ts", "max_ts"))
    return paged(call, "fills", found)


@handles("GetSettlements")
def _settlements(server: SimServer, call: Call) -> Any:
    found = server.exchange.settlements(call.user_id, ticker=call.query.get("ticker"))
    event_ticker = call.query.get("event_ticker")
    if event_ticker:
        found = [s for s in found if s.event_ticker == event_ticker]
    return paged(call, "settlements", found)


@handles("GetOrders")
def _orders(server: SimServer, call: Call) -> Any:
    found = server.exchange.orders(
        call.user_id, **call.filters("ticker", "event_ticker", "status", "min_ts", "max_ts", "subaccount")
    )
    return paged(call, "orders", found)


@handles("GetOrder")
def _order(server: SimServer, call: Call) -> Any:
    return {"order": server.exchange.get_order(call.user_id, call.path_params["order_id"]).to_api()}


ORDER_FIELDS = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
    "client_order_id",
    "post_only",
    "reduce_only",
    "expiration_time",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount",
    "exchange_index",
)


def _order_kwargs(body: Mapping[str, Any]) -> dict[str, Any]:
    return {name: body[name] for name in ORDER_FIELDS if name in body and body[name] is not None}


@handles("CreateOrderV2")
def _create_order(server: SimServer, call: Call) -> Any:
    return server.exchange.create_order(call.user_id, **_order_kwargs(call.body)).to_api()


@handles("BatchCreateOrdersV2")
def _batch_create(server: SimServer, call: Call) -> Any:
    orders = call.body["orders"]
    items = server.exchange.batch_create(call.user_id, [_order_kwargs(o) for o in orders])
    answer = []
    for request_item, item in zip(orders, items, strict=True):
        if item.error is not None:
            answer.append(
                {"client_order_id": request_item.get("client_order_id"), "error": item.error.to_api()}
            )
        else:
            answer.append(item.result.to_api())
    return {"orders": answer}


def _cancel_answer(order: Any, reduced: Decimal) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": count_fp(reduced),
        "ts_ms": now_ms(),
    }


@handles("CancelOrderV2")
def _cancel_order(server: SimServer, call: Call) -> Any:
    order, reduced = server.exchange.cancel_order(call.user_id, call.path_params["order_id"])
    return _cancel_answer(order, reduced)


@handles("BatchCancelOrdersV2")
def _batch_cancel(server: SimServer, call: Call) -> Any:
    ids = [str(item["order_id"]) for item in call.body["orders"]]
    items = server.exchange.batch_cancel(call.user_id, ids)
    answer = []
    for order_id, item in zip(ids, items, strict=True):
        if item.error is not None:
            answer.append({"order_id": order_id, "reduced_by": "0.00", "error": item.error.to_api()})
        else:
            order, reduced = item.result
            answer.append(_cancel_answer(order, reduced))
    return {"orders": answer}


@handles("CancelAllOrders")
def _cancel_all(server: SimServer, call: Call) -> Any:
    server.exchange.cancel_all_orders(call.user_id, subaccount=call.query.get("subaccount"))
    return None


@handles("AmendOrderV2")
def _amend_order(server: SimServer, call: Call) -> Any:
    body = call.body
    kwargs = {
        name: body[name]
        for name in (
            "ticker",
            "side",
            "price",
            "count",
            "client_order_id",
            "updated_client_order_id",
            "expiration_time",
        )
        if name in body
    }
    result = server.exchange.amend_order(call.user_id, call.path_params["order_id"], **kwargs)
    answer = result.to_api()
    return {
        key: answer[key]
        for key in (
            "order_id",
            "client_order_id",
            "remaining_count",
            "fill_count",
            "average_fill_price",
            "average_fee_paid",
            "ts_ms",
        )
        if key in answer
    }


@handles("DecreaseOrderV2")
def _decrease_order(server: SimServer, call: Call) -> Any:
    body = call.body or {}
    order = server.exchange.decrease_order(
        call.user_id,
        call.path_params["order_id"],
        reduce_by=body.get("reduce_by"),
        reduce_to=body.get("reduce_to"),
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": count_fp(order.remaining_count),
        "ts_ms": now_ms(),
    }


@handles("GetOrderQueuePosition")
def _queue_position(server: SimServer, call: Call) -> Any:
    ahead = server.exchange.queue_position(call.user_id, call.path_params["order_id"])
    return {"queue_position_fp": count_fp(ahead)}


@handles("GetOrderQueuePositions")
def _queue_positions(server: SimServer, call: Call) -> Any:
    tickers = tickers_query(call.query.get("market_tickers"))
    event_ticker = call.query.get("event_ticker")
    positions = []
    for order in server.exchange.orders(
        call.user_id, status="resting", event_ticker=event_ticker, subaccount=call.query.get("subaccount")
    ):
        if tickers is not None and order.ticker not in tickers:
            continue
        ahead = server.exchange.queue_position(call.user_id, order.order_id)
        positions.append(
            {"order_id": order.order_id, "market_ticker": order.ticker, "queue_position_fp": count_fp(ahead)}
        )
    return {"queue_positions": positions}


def _contracts_limit(body: Mapping[str, Any] | None) -> Any:
    body = body or {}
    if body.get("contracts_limit_fp") is not None:
        return body["contracts_limit_fp"]
    if body.get("contracts_limit") is not None:
        return int(body["contracts_limit"])
    raise bad_request("give contracts_limit_fp (or contracts_limit)")


@handles("GetOrderGroups")
def _order_groups(server: SimServer, call: Call) -> Any:
    return {"order_groups": [g.to_api() for g in server.exchange.order_groups_of(call.user_id)]}


@handles("CreateOrderGroup")
def _create_order_group(server: SimServer, call: Call) -> Any:
    subaccount = int((call.body or {}).get("subaccount") or 0)
    group = server.exchange.create_order_group(
        call.user_id, _contracts_limit(call.body), subaccount=subaccount
    )
    return {"order_group_id": group.order_group_id, "subaccount": group.subaccount, "exchange_index": 0}


@handles("GetOrderGroup")
def _order_group(server: SimServer, call: Call) -> Any:
    group_id = call.path_params["order_group_id"]
    group = server.exchange.get_order_group(call.user_id, group_id)
    orders = server.exchange.order_group_orders(call.user_id, group_id)
    return {
        "is_auto_cancel_enabled": True,
        "contracts_limit_fp": count_fp(group.contracts_limit),
        "orders": [o.order_id for o in orders],
        "exchange_index": 0,
    }


@handles("DeleteOrderGroup")
def _delete_order_group(server: SimServer, call: Call) -> Any:
    server.exchange.delete_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


@handles("ResetOrderGroup")
def _reset_order_group(server: SimServer, call: Call) -> Any:
    server.exchange.reset_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


@handles("TriggerOrderGroup")
def _trigger_order_group(server: SimServer, call: Call) -> Any:
    server.exchange.trigger_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


@handles("UpdateOrderGroupLimit")
def _update_order_group_limit(server: SimServer, call: Call) -> Any:
    server.exchange.update_order_group_limit(
        call.user_id, call.path_params["order_group_id"], _contracts_limit(call.body)
    )
    return {}


@handles("GetAccountApiLimits")
def _account_limits(server: SimServer, call: Call) -> Any:
    tier = server.faults.tier if server.faults.rate_limit else server.tier
    budget = TIERS[tier]
    return {
        "usage_tier": tier,
        "read": {"refill_rate": budget.read_rate, "bucket_capacity": budget.read_capacity},
        "write": {"refill_rate": budget.write_rate, "bucket_capacity": budget.write_capacity},
        "grants": [],
    }


@handles("GetAccountEndpointCosts")
def _endpoint_costs(server: SimServer, call: Call) -> Any:
    return {"default_cost": DEFAULT_COST, "endpoint_costs": endpoint_costs()}


def _api_key_answer(api_key: ApiKey) -> dict[str, Any]:
    return {"api_key_id": api_key.api_key_id, "name": api_key.name, "scopes": list(api_key.scopes)}


@handles("GetApiKeys")
def _api_keys(server: SimServer, call: Call) -> Any:
    return {"api_keys": [_api_key_answer(k) for k in server.keys.for_user(call.user_id)]}


def _scopes(body: Mapping[str, Any]) -> tuple[str, ...]:
    scopes = body.get("scopes")
    return tuple(scopes) if scopes else ("read", "write")


@handles("CreateApiKey")
def _create_api_key(server: SimServer, call: Call) -> Any:
    from .auth import load_public_key

    try:
        public_key = load_public_key(call.body["public_key"])
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    api_key = server.keys.add(
        ApiKey(str(uuid.uuid4()), call.user_id, public_key, call.body["name"], _scopes(call.body))
    )
    return {"api_key_id": api_key.api_key_id}


@handles("GenerateApiKey")
def _generate_api_key(server: SimServer, call: Call) -> Any:
    from .local import generate_private_key_pem

    key_type = call.body.get("key_type") or "rsa"
    pem, public_key = generate_private_key_pem(key_type)
    api_key = server.keys.add(
        ApiKey(str(uuid.uuid4()), call.user_id, public_key, call.body["name"], _scopes(call.body))
    )
    return {"api_key_id": api_key.api_key_id, "key_type": key_type, "private_key": pem}


@handles("DeleteApiKey")
def _delete_api_key(server: SimServer, call: Call) -> Any:
    key_id = call.path_params["api_key"]
    found = server.keys.get(key_id)
    if found is None or found.user_id != call.user_id:
        raise ApiError(404, "not_found", "API key not found", key_id)
    server.keys.remove(key_id)
    return None
