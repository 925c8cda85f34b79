# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.collection.get_multivariate_event_collections` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.multivariate.get_multivariate_event_collections`.
"""

from ...api.multivariate.get_multivariate_event_collections import (
    OPERATION,
    asyncio,
    asyncio_detailed,
    sync,
    sync_detailed,
)

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
