# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `portfolio`:

- `amend_order`
- `apply_subaccount_transfer`
- `batch_cancel_orders`
- `batch_create_orders`
- `cancel_order`
- `create_order`
- `create_order_group`
- `create_subaccount`
- `decrease_order`
- `delete_order_group`
- `get_balance`
- `get_deposits`
- `get_fills`
- `get_intra_exchange_instance_transfer`
- `get_intra_exchange_instance_transfers`
- `get_order`
- `get_order_group`
- `get_order_groups`
- `get_order_queue_position`
- `get_order_queue_positions`
- `get_orders`
- `get_portfolio_resting_order_total_value`
- `get_positions`
- `get_settlements`
- `get_subaccount_balances`
- `get_subaccount_netting`
- `get_subaccount_transfers`
- `get_target_balance_allocation`
- `get_withdrawals`
- `intra_exchange_instance_transfer`
- `reset_order_group`
- `set_target_balance_allocation`
- `update_subaccount_netting`
"""
