"""Request pacing shared by every HTTP call of the suite: a rate ceiling and 429 handling.

`Pacer.wait_turn()` spaces requests to at most `max_rps` per second. `Pacer.retry_delay(status, headers, attempt)`
says how long to sleep before re-sending a request answered 429 (its Retry-After, capped), or None to give up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

import allomancy_spec

MAX_RETRIES = 5
MAX_WAIT = 60.0
DEFAULT_WAIT = 1.0


class Pacer:
    def __init__(self, max_rps: float = 0.0, sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 1.0 / max_rps if max_rps > 0 else 0.0
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_at = 0.0
        self.throttled = 0  # 429 answers seen

    def wait_turn(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            wait = self._next_at - now
            self._next_at = max(now, self._next_at) + self.interval
        if wait > 0:
            self._sleep(wait)

    def retry_delay(self, status: int, headers: Mapping[str, str], attempt: int) -> float | None:
        if status != 429 or attempt >= MAX_RETRIES:
            return None
        self.throttled += 1
        seconds = allomancy_spec.retry_after_seconds(headers.get("retry-after"))
        wait = float(seconds) if seconds is not None else DEFAULT_WAIT
        return min(wait, MAX_WAIT)

    def sleep(self, seconds: float) -> None:
        self._sleep(seconds)


class PacedSession(requests.Session):
    """The requests session Schemathesis sends through: paced, and re-sending on 429 after Retry-After
    (`on_throttle` judges each 429 first)."""

    def __init__(self, pacer: Pacer, on_throttle: Callable[[requests.Response], None] | None = None) -> None:
        super().__init__()
        self.pacer = pacer
        self.on_throttle = on_throttle

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        attempt = 0
        while True:
            self.pacer.wait_turn()
            response = super().send(request, **kwargs)
            if response.status_code == 429 and self.on_throttle is not None:
                self.on_throttle(response)
            delay = self.pacer.retry_delay(response.status_code, response.headers, attempt)
            if delay is None:
                return response
            response.close()
            self.pacer.sleep(delay)
            attempt += 1
