# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.portfolio.reset_order_group` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.order_groups.reset_order_group`.
"""

from ...api.order_groups.reset_order_group import OPERATION, asyncio, asyncio_detailed, sync, sync_detailed

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
