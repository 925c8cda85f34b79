"""What the tests against the local exchange's FIX gateway share: a market of their own, accounts
with a REST client beside their FIX sessions, a Logon written by hand, a recording proxy."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sim_server.conftest import TICKER, add_market  # the same fresh market as the REST tests

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import Message, decode, encode
from kalshi_py.fix import messages as M
from kalshi_py.fix.logon import logon_signature
from kalshi_sim import Credentials, LocalExchange

FAST = {"backoff_initial": 0.01, "backoff_max": 0.05, "heartbeat_interval": 5}
"""Session options for tests: quick reconnects."""


@dataclass
class Trader:
    """An account of the local exchange: its first key, a REST client, and FIX sessions (one key
    each, as Kalshi allows one connection per key)."""

    ex: LocalExchange
    credentials: Credentials
    rest: KalshiAuthenticatedClient
    keys: list[Credentials] = field(default_factory=list)

    @property
    def user_id(self) -> str:
        return self.credentials.user_id

    def session(self, session_type: str = "order_entry", *, new_key: bool = False, **options: Any) -> Any:
        """A FIX session, on the account's first key or (`new_key`) on a key of its own."""
        credentials = self.credentials
        if new_key:
            credentials = self.ex.add_key(self.user_id)
            self.keys.append(credentials)
        return self.ex.fix_session(credentials, session_type, **{**FAST, **options})


def make_trader(ex: LocalExchange, balance: str = "1000") -> Trader:
    credentials = ex.create_account(balance)
    return Trader(ex, credentials, ex.client(credentials))


async def until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "the condition") -> None:
    """Wait until `condition()` holds (generous: the machine may be loaded)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout} s")
        await asyncio.sleep(0.01)


async def raw_logon(
    host: str,
    port: int,
    key_id: str,
    signer: KalshiAuth,
    *,
    target: str = "KalshiNR",
    wall_clock: float | None = None,
    reset: bool = True,
    **fields: Any,
) -> Message:
    """Send one Logon written by hand (SendingTime from `wall_clock`, signed by `signer`'s key)
    and return the gateway's first answer: a Logon, or the Logout refusing it."""
    moment = time.gmtime(time.time() if wall_clock is None else wall_clock)
    stamp = time.strftime("%Y%m%d-%H:%M:%S.000", moment)
    encrypt_method = fields.pop("encrypt_method", 0)
    logon = M.Logon(
        encrypt_method=0,
        heart_bt_int=30,
        default_appl_ver_id="9",
        raw_data=logon_signature(signer, stamp, 1, key_id, target),
        reset_seq_num_flag=True if reset else None,
        use_dollars=True,
        **fields,
    )
    frame = encode(logon, sender_comp_id=key_id, target_comp_id=target, msg_seq_num=1, sending_time=stamp)
    if encrypt_method != 0:  # a value the client's encoder refuses: written into the frame
        from kalshi_py.fix import _framing as framing

        fields_text = (
            framing.open_frame(frame).decode().replace("\x0198=0\x01", f"\x0198={encrypt_method}\x01")
        )
        frame = framing.frame(fields_text)
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(frame)
        await writer.drain()
        data = b""
        while True:
            chunk = await asyncio.wait_for(reader.read(65536), 10)
            if not chunk:
                raise AssertionError(f"the gateway closed without answering (read {data!r})")
            data += chunk
            frames = split_complete(data)
            if frames:
                return decode(frames[0])
    finally:
        writer.close()


def split_complete(data: bytes) -> list[bytes]:
    """The complete frames at the start of `data`."""
    from kalshi_py.fix import _framing as framing

    frames = []
    while data and (end := framing.frame_end(data)):
        frames.append(data[:end])
        data = data[end:]
    return frames


class FrameTap:
    """A proxy between FIX clients and the gateway that keeps every frame either side sends, as
    ("client" | "exchange", frame)."""

    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.frames: list[tuple[str, bytes]] = []
        self.server: asyncio.Server | None = None
        self.port = 0
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.port = int(self.server.sockets[0].getsockname()[1])
        return self.port

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _connection(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        reader, writer = await asyncio.open_connection(*self.upstream)
        pumps = [
            asyncio.ensure_future(self._pump("client", client_reader, writer)),
            asyncio.ensure_future(self._pump("exchange", reader, client_writer)),
        ]
        for task in pumps:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for task in pumps:
            task.cancel()
        for stream in (writer, client_writer):
            stream.close()

    async def _pump(self, side: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        pending = b""
        while chunk := await reader.read(65536):
            writer.write(chunk)
            pending += chunk
            complete = split_complete(pending)
            self.frames.extend((side, frame) for frame in complete)
            pending = pending[sum(len(frame) for frame in complete) :]
        writer.close()


__all__ = [
    "FAST",
    "TICKER",
    "FrameTap",
    "Trader",
    "add_market",
    "make_trader",
    "raw_logon",
    "until",
]
