"""`HeartbeatWebSocketProtocol`: uvicorn's WebSocket protocol pinging with Kalshi's `heartbeat`
payload, and sending a batch of text frames in one write (`send_texts`). On a uvicorn without the
websockets sans-I/O protocol it is the name of uvicorn's own protocol, `"websockets"`."""

from __future__ import annotations

try:
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
except ImportError:  # pragma: no cover - uvicorn without the websockets sans-I/O protocol
    WebSocketsSansIOProtocol = None  # type: ignore[assignment,misc]

HEARTBEAT_PAYLOAD = b"heartbeat"


if WebSocketsSansIOProtocol is not None and hasattr(WebSocketsSansIOProtocol, "send_keepalive_ping"):

    class HeartbeatWebSocketProtocol(WebSocketsSansIOProtocol):
        """uvicorn's WebSocket protocol pinging with Kalshi's `heartbeat` payload."""

        async def send_texts(self, messages: list[bytes]) -> None:
            """Send text frames (UTF-8 bytes) in one write: what `websocket.send` does per message,
            once for a batch."""
            await self.writable.wait()
            if self.disconnected or self.close_sent or self.transport.is_closing():
                raise ConnectionError("the WebSocket is closed")
            for message in messages:
                self.conn.send_text(message)
            self.transport.write(b"".join(self.conn.data_to_send()))

        def send_keepalive_ping(self) -> None:
            self.ping_timer = None
            if self.close_sent or self.transport.is_closing():
                return
            self.pending_ping_payload = HEARTBEAT_PAYLOAD
            self.ping_sent_at = self.loop.time()
            self.conn.send_ping(HEARTBEAT_PAYLOAD)
            self.transport.write(b"".join(self.conn.data_to_send()))
            if self.ping_timeout is not None:
                self.pong_timer = self.loop.call_later(self.ping_timeout, self.keepalive_timeout)
            else:
                self.schedule_ping()

else:  # pragma: no cover - older uvicorn: its own keepalive pings, random payload
    HeartbeatWebSocketProtocol = "websockets"  # type: ignore[assignment,misc]
