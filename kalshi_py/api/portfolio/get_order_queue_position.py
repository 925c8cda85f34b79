# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.portfolio.get_order_queue_position` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.orders.get_order_queue_position`.
"""

from ...api.orders.get_order_queue_position import OPERATION, asyncio, asyncio_detailed, sync, sync_detailed

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
