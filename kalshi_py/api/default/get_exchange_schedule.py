# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.default.get_exchange_schedule` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.exchange.get_exchange_schedule`.
"""

from ...api.exchange.get_exchange_schedule import OPERATION, asyncio, asyncio_detailed, sync, sync_detailed

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
