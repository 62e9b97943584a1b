"""In-process token buckets for rate limits per client and per route group.

Each worker process keeps its own buckets: with N workers a client may get up to N times the configured
rate. That is the documented trade-off of an in-process limiter (no shared store on the hot path); put a
shared limiter (Cloud Armor, an API gateway) in front when that matters. Lockout after failed sign-ins is
not this: it lives in the database and is shared by every worker.
"""

from __future__ import annotations

import time
from collections import OrderedDict


class TokenBuckets:
    """``rate_per_minute`` tokens per minute per key, bursts up to ``burst`` (default: one minute's worth).

    At most ``max_keys`` buckets are kept (least recently used dropped), so a flood of addresses cannot
    grow memory without bound.
    """

    def __init__(self, rate_per_minute: float, *, burst: float | None = None, max_keys: int = 50_000) -> None:
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst if burst is not None else max(1.0, rate_per_minute))
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def take(self, key: str, now: float | None = None) -> float:
        """Take one token; 0.0 when allowed, else the seconds until one is available."""
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            allowed = 0.0
        else:
            self._buckets[key] = (tokens, now)
            allowed = (1.0 - tokens) / self.rate if self.rate > 0 else 60.0
        if len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return allowed
