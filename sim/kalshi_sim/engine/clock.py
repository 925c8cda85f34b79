"""`Clock`: what every part of one exchange stamps its work with: the time, new ids (repeatable
for a seed), the book clock that orders every order-book change, and time priority."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable

__all__ = ["Clock"]


class Clock:
    """Time, ids and counters shared by the parts of one exchange."""

    def __init__(self, seed: int, time: Callable[[], float]) -> None:
        self.seed = seed
        self.time = time
        self.book = 0
        """The exchange clock of order books: one tick per change of resting size."""
        self.priority = 0
        """The last time priority handed out: later orders queue behind earlier ones."""
        self._rng = random.Random(seed)  # noqa: S311 - repeatable ids, not secrets

    def now(self) -> float:
        return float(self.time())

    def new_id(self) -> str:
        """A UUID drawn from the seed: the same seed gives the same ids."""
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def tick(self) -> int:
        self.book += 1
        return self.book

    def next_priority(self) -> int:
        self.priority += 1
        return self.priority
