# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.collection.create_market_in_multivariate_event_collection` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.multivariate.create_market_in_multivariate_event_collection`.
"""

from ...api.multivariate.create_market_in_multivariate_event_collection import (
    OPERATION,
    asyncio,
    asyncio_detailed,
    sync,
    sync_detailed,
)

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
