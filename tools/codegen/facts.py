"""Facts about operations that Kalshi states in its documentation rather than in its specs.

The generator writes them into each operation's `Operation(...)` and docstring, so that the
client's core needs no table of operation ids. One `Facts` per product:

- `write_bucket`: operations that draw on the **write** rate-limit bucket (order create, amend,
  cancel and decrease, order groups, the RFQ quote flow, block-trade accepts); all others read.
- `unit_costs`: tokens per call where it is not the default of 10 (an event-contract cancel
  costs 2, a margin balance 5).
- `batch_items`: batches, billed per item of this body field.
- `order_writes`: order writes and how they are settled after a lost answer: the recovery's
  class (in `kalshi_py._orders`, or the product's own `_orders`) and the operation it looks the
  order up with.
- `chosen_by_client`: request fields the client fills in when the caller gives none (a margin
  order's `client_order_id`, chosen once before the first attempt), so the model lets them be
  left out although the spec requires them on the wire.
- `tags`: the tag of operations the spec leaves untagged, by the start of their path.
- `price_ceiling`: the highest price a request may carry (1 dollar for an event contract; a
  perpetual future's price has no ceiling).
- `costlier_when`: operations that cost more with a parameter at a value: (parameter, value,
  tokens).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_COST = 10


@dataclass(frozen=True)
class Facts:
    write_bucket: frozenset[str] = frozenset()
    unit_costs: Mapping[str, int] = field(default_factory=dict)
    batch_items: Mapping[str, str] = field(default_factory=dict)
    order_writes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    chosen_by_client: frozenset[tuple[str, str]] = frozenset()
    tags: Mapping[str, str] = field(default_factory=dict)
    rate_limited: bool = True
    price_ceiling: str | None = "1"
    costlier_when: Mapping[str, tuple[str, object, int]] = field(default_factory=dict)

    def bucket(self, operation_id: str) -> str:
        return "write" if operation_id in self.write_bucket else "read"

    def cost(self, operation_id: str) -> int:
        return self.unit_costs.get(operation_id, DEFAULT_COST)

    def tag_of(self, path: str) -> str | None:
        """The tag of an untagged operation on `path` (the longest matching start)."""
        starts = sorted((s for s in self.tags if path.startswith(s)), key=len, reverse=True)
        return self.tags[starts[0]] if starts else None


EVENT_CONTRACTS = Facts(
    write_bucket=frozenset(
        {
            "CreateOrderV2",
            "BatchCreateOrdersV2",
            "CancelOrderV2",
            "BatchCancelOrdersV2",
            "CancelAllOrders",
            "AmendOrderV2",
            "DecreaseOrderV2",
            "CreateOrderGroup",
            "DeleteOrderGroup",
            "ResetOrderGroup",
            "TriggerOrderGroup",
            "UpdateOrderGroupLimit",
            "CreateRFQ",
            "DeleteRFQ",
            "CreateQuote",
            "DeleteQuote",
            "AcceptQuote",
            "ConfirmQuote",
            "DeleteRFQQuote",
            "AcceptRFQQuote",
            "ConfirmRFQQuote",
            "AcceptBlockTradeProposal",
        }
    ),
    unit_costs={"CancelOrderV2": 2, "BatchCancelOrdersV2": 2},
    batch_items={"BatchCreateOrdersV2": "orders", "BatchCancelOrdersV2": "orders"},
    order_writes={
        "CreateOrderV2": ("OrderCreate", "GetOrders"),
        "BatchCreateOrdersV2": ("OrderBatchCreate", "GetOrders"),
        "CancelOrderV2": ("OrderCancel", "GetOrder"),
        "BatchCancelOrdersV2": ("OrderBatchCancel", "GetOrder"),
        "AmendOrderV2": ("OrderAmend", "GetOrder"),
        "DecreaseOrderV2": ("OrderDecrease", "GetOrder"),
    },
)

# Perps: Kalshi's margin pages state a cancel of one margin order and a cancel-all at 10 tokens
# and a balance at 5 (50 with `compute_available_balance=true`); order writes, order groups and
# exit triggers are writes.
MARGIN = Facts(
    write_bucket=frozenset(
        {
            "CreateMarginOrder",
            "CancelMarginOrder",
            "CancelAllMarginOrders",
            "AmendMarginOrder",
            "DecreaseMarginOrder",
            "CreateMarginOrderGroup",
            "DeleteMarginOrderGroup",
            "ResetMarginOrderGroup",
            "TriggerMarginOrderGroup",
            "UpdateMarginOrderGroupLimit",
            "SetIsolatedMarginExitTrigger",
            "DeleteIsolatedMarginExitTrigger",
            "SetCrossMarginExitTrigger",
            "UpdateCrossMarginExitTrigger",
            "DeleteCrossMarginExitTrigger",
            "DeleteCrossMarginExitTriggerById",
        }
    ),
    unit_costs={"GetMarginBalance": 5},
    costlier_when={"GetMarginBalance": ("compute_available_balance", True, 50)},
    order_writes={
        "CreateMarginOrder": ("MarginOrderCreate", "GetMarginOrders"),
        "CancelMarginOrder": ("MarginOrderCancel", "GetMarginOrder"),
        "AmendMarginOrder": ("MarginOrderAmend", "GetMarginOrder"),
        "DecreaseMarginOrder": ("MarginOrderDecrease", "GetMarginOrder"),
    },
    chosen_by_client=frozenset({("CreateMarginOrderRequest", "client_order_id")}),
    price_ceiling=None,
)

# Klear leaves its operations untagged and states no rate limits.
KLEAR = Facts(
    tags={
        "/margin/reports": "reports",
        "/margin/large_trader_positions": "reports",
        "/margin/active_obligations": "obligations",
        "/margin/obligation": "obligations",
        "/margin/funding_payments": "funding",
        "/margin/estimate_maintenance_margin": "margin",
        "/margin/settlement": "settlement",
        "/margin/guaranty_fund_balance": "settlement",
        "/margin/withdraw_settlement_balance": "settlement",
        "/fcm/margin/subtrader_groups": "subtrader_groups",
        "/fcm/margin/api_keys": "api_keys",
    },
    rate_limited=False,
)

# what each recovery promises, for the operation's docstring
ORDER_SAFETY = {
    "OrderCreate": "a `client_order_id` is chosen once, before the first attempt, when none is given; "
    "retried after a lost answer; a lost answer is settled by looking the order up by that id",
    "OrderBatchCreate": "each order gets a `client_order_id` once, before the first attempt; retried "
    "after a lost answer; a lost answer is settled order by order by looking each one up",
    "OrderCancel": "retried after a lost answer; settled by reading the order back",
    "OrderBatchCancel": "retried after a lost answer; settled by reading each order back",
    "OrderAmend": "retried after a lost answer; settled by reading the order back",
    "OrderDecrease": "with `reduce_to`, retried after a lost answer and settled by reading the order "
    "back; with `reduce_by`, never retried after a lost answer",
}
ORDER_SAFETY.update({"Margin" + name: text for name, text in ORDER_SAFETY.items() if "Batch" not in name})
