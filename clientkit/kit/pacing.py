"""Client-side pacing: at most N requests per second and/or M requests in flight, sync and async.

Pass requests_per_second= and/or max_concurrency= to connect() or Allomancy(); both count every HTTP try,
retries included, across all threads (sync) or tasks (async) that share the client. Pacing keeps a burst
of calls under a key's rate limit instead of collecting 429s; RetryTransport still waits out any 429.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
import weakref
from collections.abc import Awaitable, Callable

import httpx

from .transports import LoopLocalAsyncTransport


class Pacer:
    """Spaces requests at least 1/requests_per_second apart and caps how many are in flight at once."""

    def __init__(
        self,
        requests_per_second: float | None = None,
        max_concurrency: int | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if requests_per_second is not None and not requests_per_second > 0:
            raise ValueError("requests_per_second must be a positive number (or None for no limit)")
        if max_concurrency is not None and max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1 (or None for no limit)")
        self.requests_per_second = requests_per_second
        self.max_concurrency = max_concurrency
        self._interval = 1.0 / requests_per_second if requests_per_second else 0.0
        self._next_at = 0.0
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_concurrency) if max_concurrency else None
        # asyncio semaphores belong to one event loop: one per loop, dropped with the loop.
        self._async_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )
        self._sleep = sleep
        self._async_sleep = async_sleep

    def _reserve(self) -> float:
        """Book the next free start time; the seconds to wait for it."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_at)
            self._next_at = start + self._interval
        return start - now

    def wait_turn(self) -> None:
        if self._interval:
            wait = self._reserve()
            if wait > 0:
                self._sleep(wait)

    async def await_turn(self) -> None:
        if self._interval:
            wait = self._reserve()
            if wait > 0:
                await self._async_sleep(wait)

    def _async_semaphore(self) -> asyncio.Semaphore | None:
        if not self.max_concurrency:
            return None
        loop = asyncio.get_running_loop()
        semaphore = self._async_slots.get(loop)
        if semaphore is None:
            semaphore = self._async_slots[loop] = asyncio.Semaphore(self.max_concurrency)
        return semaphore


class PacedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Applies a Pacer to every request; one instance serves httpx.Client and httpx.AsyncClient.

    The response body is read while the slot is held, so max_concurrency counts whole exchanges.
    """

    def __init__(
        self,
        pacer: Pacer,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str | ssl.SSLContext = True,
    ) -> None:
        self.pacer = pacer
        self._transport = transport or httpx.HTTPTransport(verify=verify)
        self._async_transport = async_transport or LoopLocalAsyncTransport(verify=verify)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        slots = self.pacer._slots
        if slots is not None:
            slots.acquire()
        try:
            self.pacer.wait_turn()
            response = self._transport.handle_request(request)
            if slots is not None:
                try:
                    response.read()
                finally:
                    response.close()
            return response
        finally:
            if slots is not None:
                slots.release()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        semaphore = self.pacer._async_semaphore()
        if semaphore is None:
            await self.pacer.await_turn()
            return await self._async_transport.handle_async_request(request)
        async with semaphore:
            await self.pacer.await_turn()
            response = await self._async_transport.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
            return response

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._async_transport.aclose()
