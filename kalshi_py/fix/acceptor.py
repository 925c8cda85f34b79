"""The accepting side of Kalshi's FIX protocol on asyncio: what an exchange gateway (or a test's
counterparty) is built from.

    server = await serve("127.0.0.1", 0, new_session=..., on_event=...)

Every connection gets a fresh acceptor `Session` from `new_session()`; its Logon goes to the
session's `authenticate` callback (which checks the signature with `logon.verify_logon` and the
flags with `SessionTypeSpec.logon_problem`, and returns the store for the CompIDs, or a refusal).
`on_event(connection, event)` then receives every event of that connection; `connection.send`
answers with application messages. `connection.skip_sequence_numbers(n)`,
`connection.send_duplicate(seq)`, `connection.delay_heartbeats(seconds)` and `connection.abort()`
are the fault switches; `connection.session.keep(message)` records a message for a retransmitting
counterparty that is away, to be sent when it asks after its next Logon.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable

from ._transport import SessionProtocol
from .events import Event
from .session import Session

__all__ = ["AcceptorConnection", "serve"]

AcceptorConnection = SessionProtocol
"""One accepted connection: `.session`, `.peer`, `.send(message)`, `.logout(text)`, `.abort()`,
the fault switches, and the futures `.logged_on` and `.closed`."""


async def serve(
    host: str,
    port: int,
    *,
    new_session: Callable[[], Session],
    on_event: Callable[[AcceptorConnection, Event], None],
    ssl_context: ssl.SSLContext | None = None,
) -> asyncio.Server:
    """Listen for FIX initiators on `host:port` (port 0: any free port, see
    `server.sockets[0].getsockname()`)."""
    loop = asyncio.get_running_loop()

    def protocol_factory() -> SessionProtocol:
        return SessionProtocol(new_session(), on_event)

    return await loop.create_server(protocol_factory, host, port, ssl=ssl_context)
