"""An async transport that keeps one connection pool per event loop.

An httpx connection pool belongs to the event loop that opened its connections: reusing it from a later
asyncio.run() fails with "Event loop is closed". LoopLocalAsyncTransport opens a fresh pool in each loop
that uses it, so one client can serve several asyncio.run() calls (or loops in several threads).
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from typing import Any

import httpx


class LoopLocalAsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, **transport_args: Any) -> None:
        self._args = transport_args
        self._pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncHTTPTransport] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()

    def _pool(self) -> httpx.AsyncHTTPTransport:
        loop = asyncio.get_running_loop()
        pool = self._pools.get(loop)
        if pool is None:
            with self._lock:
                pool = self._pools.get(loop)
                if pool is None:
                    pool = self._pools[loop] = httpx.AsyncHTTPTransport(**self._args)
        return pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool().handle_async_request(request)

    async def aclose(self) -> None:
        """Close this loop's pool; the next request in this loop opens a new one."""
        loop = asyncio.get_running_loop()
        pool = self._pools.pop(loop, None)
        if pool is not None:
            await pool.aclose()
