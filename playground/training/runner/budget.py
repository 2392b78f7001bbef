"""A server-wide budget of live updates: many students share it smoothly instead of all collapsing.

Why: every live update costs the app server a little (a snapshot request to a
worker, a JSON answer) and each worker a little (copying the weights out).
One student can have ten a second; thirty at ten a second would spend the
server on redraws instead of on their clicks. So the server hands out at most
``updates_per_s`` updates a second in total: with few live sessions each gets
its ``fastest`` interval, with many each waits ``live / updates_per_s``
seconds, and the page says "busy server, N updates a second". The browser
keeps animating what it has between updates, so a slower rate looks smooth.

No livelock by construction: the browser asks for the next update only
after the previous answer arrived and the interval named in it has passed,
so a slow answer delays the next request instead of being cut short by it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

UPDATES_PER_S = 180.0  # the whole server's live updates; 30 students still get 6 a second each
FASTEST_S = 0.1  # ten updates a second is plenty: the browser interpolates nothing, it redraws exact states
SLOWEST_S = 2.0  # even a packed server shows a student their model at least every two seconds
LIVE_WINDOW_S = 3.0  # a feed polled within this window counts as live


@dataclass
class RedrawBudget:
    """Which interval each live feed gets, from how many feeds asked recently (thread-safe)."""

    updates_per_s: float = UPDATES_PER_S
    fastest_s: float = FASTEST_S
    slowest_s: float = SLOWEST_S
    window_s: float = LIVE_WINDOW_S
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def interval_for(self, feed: str) -> float:
        """Record that ``feed`` asked now and return how long it should wait before asking again."""
        now = self.clock()
        with self._lock:
            self._seen[feed] = now
            cutoff = now - self.window_s
            for name in [name for name, seen in self._seen.items() if seen < cutoff]:
                del self._seen[name]
            live = len(self._seen)
        return min(self.slowest_s, max(self.fastest_s, live / self.updates_per_s))

    def live_feeds(self) -> int:
        now = self.clock()
        with self._lock:
            return sum(1 for seen in self._seen.values() if seen >= now - self.window_s)

    def busy(self, interval_s: float) -> bool:
        """Whether an interval is the budget's doing (the page then says so)."""
        return interval_s > self.fastest_s * 1.05

    def forget(self, feed: str) -> None:
        with self._lock:
            self._seen.pop(feed, None)
