"""A member's subaccounts: creating them (numbered from 1, after the primary 0), moving money
between them, and their netting setting.

A transfer moves part of what the source can spend (its balance, not what its resting orders
hold back) and is applied once per client transfer id: sending the same transfer again changes
nothing, and reusing the id for a different transfer is refused.
"""

from __future__ import annotations

from decimal import Decimal

from ..rules import MAX_SUBACCOUNT
from ..wire import dollars
from .clock import Clock
from .errors import ExchangeError
from .ledger import Ledger
from .objects import Subaccount, SubaccountTransfer

__all__ = ["Subaccounts"]

CENT = Decimal("0.01")


class Subaccounts:
    """Creating subaccounts, transfers between them, and their netting setting."""

    def __init__(self, clock: Clock, ledger: Ledger) -> None:
        self._clock = clock
        self._ledger = ledger

    def create_subaccount(self, user_id: str) -> int:
        """Open the member's next numbered subaccount (1 to 63) and return its number."""
        account = self._ledger.account(user_id)
        number = max(account.subaccounts) + 1
        if number > MAX_SUBACCOUNT:
            raise ExchangeError(
                400,
                "invalid_parameters",
                f"a member has at most {MAX_SUBACCOUNT} numbered subaccounts",
                f"subaccount={number}",
            )
        account.subaccounts[number] = Subaccount(number, updated_ts=self._clock.now())
        return number

    def balances(self, user_id: str) -> list[Subaccount]:
        """The member's subaccounts with their money, the primary first."""
        return [held for _, held in sorted(self._ledger.account(user_id).subaccounts.items())]

    def transfer(
        self,
        user_id: str,
        client_transfer_id: str,
        from_subaccount: int,
        to_subaccount: int,
        amount_cents: int,
    ) -> SubaccountTransfer:
        """Move `amount_cents` cents from one of the member's subaccounts to another, once per
        `client_transfer_id`."""
        if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents <= 0:
            raise ExchangeError(
                400, "invalid_parameters", "amount_cents must be a positive whole number of cents"
            )
        account = self._ledger.account(user_id)
        amount = amount_cents * CENT
        done = account.transfers.get(client_transfer_id)
        if done is not None:
            if (done.from_subaccount, done.to_subaccount, done.amount) != (
                from_subaccount,
                to_subaccount,
                amount,
            ):
                raise ExchangeError(
                    409,
                    "transfer_already_exists",
                    "client_transfer_id is already used by a different transfer",
                    f"client_transfer_id={client_transfer_id}",
                )
            return done
        if from_subaccount == to_subaccount:
            raise ExchangeError(
                400,
                "invalid_parameters",
                "a transfer needs two different subaccounts",
                f"from_subaccount={from_subaccount}",
            )
        source = self._ledger.subaccount(user_id, from_subaccount)
        destination = self._ledger.subaccount(user_id, to_subaccount)
        if amount > source.balance:
            raise ExchangeError(
                400,
                "insufficient_balance",
                f"the transfer needs {dollars(amount)} but subaccount {from_subaccount} has "
                f"{dollars(source.balance)} available",
                f"from_subaccount={from_subaccount}",
            )
        now = self._clock.now()
        source.balance -= amount
        destination.balance += amount
        source.updated_ts = destination.updated_ts = now
        done = SubaccountTransfer(
            self._clock.new_id(), client_transfer_id, from_subaccount, to_subaccount, amount, now
        )
        account.transfers[client_transfer_id] = done
        return done

    def transfers(self, user_id: str) -> list[SubaccountTransfer]:
        """The member's transfers between subaccounts, newest first."""
        return list(self._ledger.account(user_id).transfers.values())[::-1]

    def set_netting(self, user_id: str, subaccount: int, enabled: bool) -> None:
        self._ledger.subaccount(user_id, subaccount).netting = enabled
