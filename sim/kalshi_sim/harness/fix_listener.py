"""The FIX listener of a `LocalExchange`: the gateway (`kalshi_sim.fix`) served on the exchange's
event loop, where it is (`FixAddress`), and the client sessions a test opens on it.

    with LocalExchange() as ex:
        ex.fix.host, ex.fix.port, ex.fix.target_comp_ids
        async with ex.fix_session(ex.create_account(), "order_entry") as session:
            ...
        async with ex.margin_fix.session(ex.create_margin_account(), "market_data") as session:
            ...  # the margin gateway's address opens margin sessions (`connect_margin`)

Plain TCP on loopback by default; with `fix_tls=True` the listener presents a certificate made
at start, which `ex.fix.ssl_context()` trusts (and which `ex.fix.certificate_path` holds, for
other programs).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kalshi_py import KalshiAuth
from kalshi_py.fix import FixClient, connect, connect_margin

from ..fix import TARGET_COMP_IDS, FixFront, FixGateway, MarginFixFront, SelfSignedCertificate
from ..venue import Venue
from .credentials import Credentials
from .files import write_new_private_file

__all__ = ["FixAddress", "FixListener"]

START_TIMEOUT = 10.0


@dataclass(frozen=True)
class FixAddress:
    """Where a local exchange listens for FIX, one port for every session type (the Logon's
    TargetCompID tells them apart)."""

    host: str
    port: int
    target_comp_ids: dict[str, str] = field(default_factory=lambda: dict(TARGET_COMP_IDS))
    """TargetCompID by session type: {"order_entry": "KalshiNR", "drop_copy": "KalshiDC", ...}."""
    certificate: SelfSignedCertificate | None = None
    certificate_path: Path | None = None
    """The certificate's PEM file, when TLS is on."""
    margin: bool = False
    """Whether the margin (Perps) gateway listens here: `session` opens margin sessions."""

    @property
    def tls(self) -> bool:
        return self.certificate is not None

    def ssl_context(self) -> ssl.SSLContext | None:
        """A client TLS context trusting the listener's certificate; None in plain TCP."""
        return None if self.certificate is None else self.certificate.client_context()

    def as_json(self) -> dict[str, Any]:
        """The `"fix"` object of `kalshi sim --ready-file`."""
        found: dict[str, Any] = {
            "host": self.host,
            "port": self.port,
            "target_comp_ids": dict(self.target_comp_ids),
        }
        if self.certificate_path is not None:
            found["tls"] = True
            found["certificate_path"] = str(self.certificate_path)
        return found

    def connect_options(self) -> dict[str, Any]:
        """`host`, `port` and `tls` for `kalshi_py.fix.connect` (`connect_margin` on the margin
        gateway's address) or a session class (its blocking face too:
        `OrderEntrySession.sync(auth, **ex.fix.connect_options())`)."""
        return {"host": self.host, "port": self.port, "tls": self.ssl_context() or False}

    def session(
        self, credentials: Credentials, session_type: str = "order_entry", **options: Any
    ) -> FixClient:
        """A `kalshi_py.fix` session of `session_type` for the key of `credentials`, not yet
        connected: `async with` it. On the margin gateway's address it is a margin session
        (`kalshi_py.fix.connect_margin`: bid/ask sides, whole contracts, margin books), else an
        event-contract one (`kalshi_py.fix.connect`); `options` are those of either."""
        auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
        options = {**self.connect_options(), **options}
        if self.margin:
            return connect_margin(auth, session_type, **options)
        return connect(auth, session_type, **options)


class FixListener:
    """Serves the FIX gateway of `venue` on the venue's loop (which must be running)."""

    def __init__(
        self,
        venue: Venue,
        host: str,
        port: int = 0,
        *,
        tls: bool = False,
        gateway: Callable[[Venue], FixGateway] = FixFront,
        target_comp_ids: dict[str, str] | None = None,
    ) -> None:
        self.venue = venue
        self.host = host
        self.port = port
        self.tls = tls
        self.front = gateway(venue)
        self.target_comp_ids = dict(TARGET_COMP_IDS if target_comp_ids is None else target_comp_ids)
        self.address: FixAddress | None = None

    def start(self, credentials_dir: Path) -> FixAddress:
        """Listen (blocking until it does); returns where."""
        loop = self.venue.loop
        if loop is None:
            raise RuntimeError("the exchange's event loop is not running")
        certificate = SelfSignedCertificate.make(self.host) if self.tls else None
        context = certificate.server_context() if certificate is not None else None
        port = asyncio.run_coroutine_threadsafe(self.front.start(self.host, self.port, context), loop).result(
            START_TIMEOUT
        )
        path = None
        if certificate is not None:
            path = credentials_dir / f"fix-{port}.crt"
            path.unlink(missing_ok=True)
            write_new_private_file(path, certificate.certificate_pem.decode("ascii"))
        self.address = FixAddress(
            self.host,
            port,
            dict(self.target_comp_ids),
            certificate=certificate,
            certificate_path=path,
            margin=isinstance(self.front, MarginFixFront),
        )
        return self.address

    def stop(self) -> None:
        loop = self.venue.loop
        if loop is not None and loop.is_running():
            future = asyncio.run_coroutine_threadsafe(self.front.stop(), loop)
            try:
                future.result(START_TIMEOUT)
            except Exception:  # the loop stopped meanwhile: its connections went with it
                future.cancel()
        self.front.close()
