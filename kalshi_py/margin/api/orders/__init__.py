# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""Operations of `orders`:

- `amend_margin_order`
- `cancel_all_margin_orders`
- `cancel_margin_order`
- `create_margin_order`
- `decrease_margin_order`
- `get_margin_order`
- `get_margin_orders`
"""
