"""Per-key token-bucket rate limiting (off unless configured). Exhaustion -> 429 with Retry-After."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .errors import ApiError

MAX_RETRY_AFTER = 86400  # seconds; the documented upper bound of Retry-After


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBucketLimiter:
    def __init__(self, rate: float, burst: int | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = float(burst if burst is not None else max(1, math.ceil(rate)))
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        self._lock = threading.Lock()

    def retry_after(self, key_id: str) -> int | None:
        """Take one token for the key; when none is left, the whole seconds until one is."""
        with self._lock:
            now = self._clock()
            bucket = self._buckets.setdefault(key_id, _Bucket(tokens=self.burst, updated=now))
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return None
            return min(MAX_RETRY_AFTER, max(1, math.ceil((1 - bucket.tokens) / self.rate)))

    def check(self, key_id: str) -> None:
        wait = self.retry_after(key_id)
        if wait is not None:
            raise ApiError(
                "rate_limited", f"Rate limit exceeded; retry after {wait} seconds.", headers={"Retry-After": str(wait)}
            )
