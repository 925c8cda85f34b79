# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""`kalshi_py.api.structured_target.get_structured_targets` of kalshi-py 2.0.6.6.

The same call as `kalshi_py.api.structured_targets.get_structured_targets`.
"""

from ...api.structured_targets.get_structured_targets import (
    OPERATION,
    asyncio,
    asyncio_detailed,
    sync,
    sync_detailed,
)

__all__ = ["OPERATION", "asyncio", "asyncio_detailed", "sync", "sync_detailed"]
