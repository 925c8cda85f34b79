# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.default.get_exchange_status` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.exchange.get_exchange_status`.
"""

from ...api.exchange.get_exchange_status import OPERATION, asyncio, asyncio_detailed, sync, sync_detailed

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
