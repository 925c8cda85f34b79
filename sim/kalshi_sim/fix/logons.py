"""Who may log on: the checks of a Logon, in the order Kalshi's gateway makes them, each refusal
with a reason the Logout's Text carries.

1. SenderCompID(49) is an API key of this gateway's product (a key of the other product is
   refused as such: Kalshi keeps event-contract and margin keys apart);
2. TargetCompID(56) is one of the gateway's session types (event contracts: KalshiNR, KalshiRT,
   KalshiDC, KalshiMD, KalshiRFQ, KalshiPT; margin: KalshiNR, KalshiRT, KalshiDC, KalshiMD);
3. EncryptMethod(98) is 0;
4. SendingTime(52) is within 30 seconds of the exchange clock, and RawData(96) is the signature of
   the Logon's header made with that key (`kalshi_py.fix.logon.verify_logon`);
5. the session type's rules for the Logon's flags (ResetSeqNumFlag where there is no
   retransmission, ListenerSession only on order entry, ...);
6. the key has no other live session: one connection per API key.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass

from kalshi_py.fix.logon import verify_logon
from kalshi_py.fix.messages import Logon
from kalshi_py.fix.session_types import SESSION_TYPES, SessionType, SessionTypeSpec, session_type

from ..auth import ApiKey, KeyRing

__all__ = ["TARGET_COMP_IDS", "Product", "logon_refusal"]

TARGET_COMP_IDS = {spec.session_type.value: spec.target_comp_id for spec in SESSION_TYPES.values()}
"""Every session type's TargetCompID, by session type ("order_entry": "KalshiNR", ...)."""


@dataclass(frozen=True)
class Product:
    """What a gateway serves: its product's name, API keys and session types, and the other
    product's keys (to say so when one of those logs on here)."""

    name: str
    keys: KeyRing
    session_types: Collection[SessionType] = tuple(SESSION_TYPES)
    other_name: str = ""
    other_keys: KeyRing | None = None


def logon_refusal(
    logon: Logon, product: Product, connected: Callable[[str], bool], now: float | None = None
) -> tuple[ApiKey, SessionTypeSpec] | str:
    """The key and session type of an acceptable Logon, or why it is refused. `connected(key_id)`
    says whether the key already has a live session."""
    key_id = logon.sender_comp_id
    api_key = product.keys.get(key_id)
    if api_key is None:
        if product.other_keys is not None and product.other_keys.get(key_id) is not None:
            return (
                f"API key {key_id} is an API key of the {product.other_name} exchange: the "
                f"{product.name} gateway takes {product.name} API keys only (Kalshi keeps them apart)"
            )
        return f"unknown API key {key_id}: SenderCompID(49) must be your FIX API key id"
    expected = ", ".join(SESSION_TYPES[kind].target_comp_id for kind in product.session_types)
    try:
        spec = session_type(logon.target_comp_id)
    except ValueError:
        spec = None
    if spec is None:
        return f"wrong TargetCompID(56) {logon.target_comp_id}: the {product.name} gateway serves {expected}"
    if spec.session_type not in product.session_types:
        return f"{spec.target_comp_id} is not served by the {product.name} gateway: it serves {expected}"
    if logon.encrypt_method != 0:
        return f"EncryptMethod(98) must be 0, got {logon.encrypt_method}"
    problem = verify_logon(api_key.public_key, logon, now=time.time() if now is None else now)
    problem = problem or spec.logon_problem(logon)
    if problem is not None:
        return problem
    if connected(api_key.api_key_id):
        return f"a session for API key {api_key.api_key_id} already exists: one connection per API key"
    return api_key, spec
