"""A per-member sliding-window cooldown, shared by /ask and channel questions."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class Cooldown:
    """At most `rate` questions per `per` seconds for each member; `rate` 0 turns the cooldown off."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._asked: dict[int, deque[float]] = {}

    def retry_after(self, user_id: int) -> float:
        """Take one question from the member's allowance: 0 if allowed, else seconds until the next one is."""
        if self.rate <= 0:
            return 0.0
        now = self._clock()
        times = self._asked.setdefault(user_id, deque())
        while times and now - times[0] >= self.per:
            times.popleft()
        if len(times) >= self.rate:
            return max(self.per - (now - times[0]), 0.01)
        times.append(now)
        self._forget_idle(now)
        return 0.0

    def give_back(self, user_id: int) -> None:
        """Return the member's last question to their allowance (it was refused, not answered)."""
        times = self._asked.get(user_id)
        if times:
            times.pop()

    def _forget_idle(self, now: float) -> None:
        # Bounded memory on a busy server: drop members whose window has passed.
        if len(self._asked) > 10_000:
            for user_id in [u for u, t in self._asked.items() if not t or now - t[-1] >= self.per]:
                del self._asked[user_id]
