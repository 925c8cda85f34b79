"""API keys a local exchange hands out: `Credentials` (an account's key id, private key and where
it is written), issued by a `KeyIssuer` into a folder only its owner reads, drawn from a
per-process pool of keys (RSA key generation is slow, so the exchanges one test suite starts one
after another reuse keys; within one exchange no two keys are the same)."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..auth import ApiKey, KeyRing, PublicKey, generate_private_key_pem
from .files import private_folder, write_new_private_file

__all__ = ["Credentials", "KeyIssuer", "pooled_private_key_pem"]


@dataclass(frozen=True)
class Credentials:
    """An account's API key on the local exchange. The private key never shows in the repr."""

    api_key_id: str
    private_key_pem: str = field(repr=False)
    private_key_path: Path
    user_id: str


class KeyIssuer:
    """Issues a local exchange's API keys: each a key of the pool not yet used by this issuer, its
    private key written 0600 in `folder`, its public key added to a `KeyRing`. `folder` is the
    one given, else a temporary folder made when first needed and removed by `remove_folder()`."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self._own_folder = folder is None
        self._folder = Path(folder) if folder is not None else None
        self._issued: dict[str, int] = {}

    @property
    def folder(self) -> Path:
        """Where private keys are written: a folder only its owner can read (made 0700 when new)."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="kalshi-sim-credentials-"))
        return private_folder(self._folder)

    def issue(self, ring: KeyRing, user_id: str, key_type: str = "rsa", name: str = "local") -> Credentials:
        """A new API key of `key_type` ("rsa" or "ed25519") for `user_id`, registered in `ring`."""
        index = self._issued.get(key_type, 0)
        pem, public_key = pooled_private_key_pem(key_type, index)
        self._issued[key_type] = index + 1
        api_key_id = str(uuid.uuid4())
        path = self.folder / f"{api_key_id}.pem"
        write_new_private_file(path, pem)
        ring.add(ApiKey(api_key_id, user_id, public_key, name=name))
        return Credentials(api_key_id=api_key_id, private_key_pem=pem, private_key_path=path, user_id=user_id)

    def remove_folder(self) -> None:
        """Remove the temporary folder and the keys in it (a folder that was given stays)."""
        if self._own_folder and self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


_KEY_POOL: dict[str, list[tuple[str, PublicKey]]] = {"rsa": [], "ed25519": []}
_KEY_POOL_LOCK = threading.Lock()


def pooled_private_key_pem(key_type: str, index: int) -> tuple[str, PublicKey]:
    """The `index`-th key of the per-process pool of `key_type` keys ("rsa" or "ed25519")."""
    if key_type not in _KEY_POOL:
        raise ValueError(f"unknown key_type {key_type!r}: expected 'rsa' or 'ed25519'")
    with _KEY_POOL_LOCK:
        pool = _KEY_POOL[key_type]
        while len(pool) <= index:
            pool.append(generate_private_key_pem(key_type))
        return pool[index]
