# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.portfolio.get_order_queue_positions` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.orders.get_order_queue_positions`.
"""

from ...api.orders.get_order_queue_positions import OPERATION, asyncio, asyncio_detailed, sync, sync_detailed

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
