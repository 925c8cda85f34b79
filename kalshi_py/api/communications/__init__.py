# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""Operations of `communications`:

- `accept_block_trade_proposal`
- `accept_quote`
- `accept_rfq_quote`
- `confirm_quote`
- `confirm_rfq_quote`
- `create_quote`
- `create_rfq`
- `delete_quote`
- `delete_rfq`
- `delete_rfq_quote`
- `get_block_trade_proposals`
- `get_communications_id`
- `get_quote`
- `get_quotes`
- `get_rf_qs`
- `get_rfq`
- `get_rfq_quote`
- `get_rfqs`
- `propose_block_trade`
"""
