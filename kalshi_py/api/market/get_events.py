# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.market.get_events` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.events.get_events`.
"""

from ...api.events.get_events import OPERATION, asyncio, asyncio_detailed, sync, sync_detailed

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
