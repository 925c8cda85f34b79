"""API keys a local exchange hands out: `Credentials` (an account's key id, private key and where
it is written), drawn from a per-process pool of keys (RSA key generation is slow, so the exchanges
one test suite starts one after another reuse keys; within one exchange no two keys are the same)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..auth import PublicKey, generate_private_key_pem

__all__ = ["Credentials", "pooled_private_key_pem"]


@dataclass(frozen=True)
class Credentials:
    """An account's API key on the local exchange. The private key never shows in the repr."""

    api_key_id: str
    private_key_pem: str = field(repr=False)
    private_key_path: Path
    user_id: str


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
