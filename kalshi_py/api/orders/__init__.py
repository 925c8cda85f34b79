# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `orders`:

- `amend_order_v2`
- `batch_cancel_orders_v2`
- `batch_create_orders_v2`
- `cancel_all_orders`
- `cancel_order_v2`
- `create_order_v2`
- `decrease_order_v2`
- `get_order`
- `get_order_queue_position`
- `get_order_queue_positions`
- `get_orders`
"""
