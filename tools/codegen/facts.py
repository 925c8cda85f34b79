"""Facts about operations that Kalshi states in its documentation rather than in openapi.yaml.

The generator writes them into each operation's `Operation(...)` and docstring, so that the
client's core needs no table of operation ids:

- `WRITE_BUCKET`: operations that draw on the **write** rate-limit bucket (order create, amend,
  cancel and decrease, order groups, the RFQ quote flow, block-trade accepts); all others read.
- `UNIT_COSTS`: tokens per call where it is not the default of 10 (a cancel costs 2).
- `BATCH_ITEMS`: batches, billed per item of this body field.
- `ORDER_WRITES`: order writes and how `kalshi_py._orders` settles them after a lost answer:
  the recovery's class and the operation it looks the order up with.
"""

from __future__ import annotations

DEFAULT_COST = 10

WRITE_BUCKET = frozenset(
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
)

UNIT_COSTS = {"CancelOrderV2": 2, "BatchCancelOrdersV2": 2}

BATCH_ITEMS = {"BatchCreateOrdersV2": "orders", "BatchCancelOrdersV2": "orders"}

# operationId -> (recovery class in kalshi_py._orders, operationId of the lookup)
ORDER_WRITES = {
    "CreateOrderV2": ("OrderCreate", "GetOrders"),
    "BatchCreateOrdersV2": ("OrderBatchCreate", "GetOrders"),
    "CancelOrderV2": ("OrderCancel", "GetOrder"),
    "BatchCancelOrdersV2": ("OrderBatchCancel", "GetOrder"),
    "AmendOrderV2": ("OrderAmend", "GetOrder"),
    "DecreaseOrderV2": ("OrderDecrease", "GetOrder"),
}

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
