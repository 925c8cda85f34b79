"""Who may log on: the checks of a Logon, in the order Kalshi's gateway makes them, each refusal
with a reason the Logout's Text carries.

1. SenderCompID(49) is an API key the exchange knows;
2. TargetCompID(56) is one of the session types (KalshiNR, KalshiRT, KalshiDC, KalshiMD,
   KalshiRFQ, KalshiPT);
3. EncryptMethod(98) is 0;
4. SendingTime(52) is within 30 seconds of the exchange clock, and RawData(96) is the signature of
   the Logon's header made with that key (`kalshi_py.fix.logon.verify_logon`);
5. the session type's rules for the Logon's flags (ResetSeqNumFlag where there is no
   retransmission, ListenerSession only on order entry, ...);
6. the key has no other live session: one connection per API key.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from kalshi_py.fix.logon import verify_logon
from kalshi_py.fix.messages import Logon
from kalshi_py.fix.session_types import SESSION_TYPES, SessionTypeSpec, session_type

from ..auth import ApiKey, KeyRing

__all__ = ["TARGET_COMP_IDS", "logon_refusal"]

TARGET_COMP_IDS = {spec.session_type.value: spec.target_comp_id for spec in SESSION_TYPES.values()}
"""Every session type's TargetCompID, by session type ("order_entry": "KalshiNR", ...)."""


def logon_refusal(
    logon: Logon, keys: KeyRing, connected: Callable[[str], bool], now: float | None = None
) -> tuple[ApiKey, SessionTypeSpec] | str:
    """The key and session type of an acceptable Logon, or why it is refused. `connected(key_id)`
    says whether the key already has a live session."""
    api_key = keys.get(logon.sender_comp_id)
    if api_key is None:
        return f"unknown API key {logon.sender_comp_id}: SenderCompID(49) must be your FIX API key id"
    try:
        spec = session_type(logon.target_comp_id)
    except ValueError:
        expected = ", ".join(TARGET_COMP_IDS.values())
        return f"wrong TargetCompID(56) {logon.target_comp_id}: expected one of {expected}"
    if logon.encrypt_method != 0:
        return f"EncryptMethod(98) must be 0, got {logon.encrypt_method}"
    problem = verify_logon(api_key.public_key, logon, now=time.time() if now is None else now)
    problem = problem or spec.logon_problem(logon)
    if problem is not None:
        return problem
    if connected(api_key.api_key_id):
        return f"a session for API key {api_key.api_key_id} already exists: one connection per API key"
    return api_key, spec
