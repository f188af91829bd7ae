"""Retries as an httpx transport, so they apply to every generated operation unchanged.

Rules (RetryPolicy):
- 429: retried for every method (the server did nothing), after Retry-After seconds.
- 5xx except 501/505, and connection errors or timeouts: retried for idempotent methods only
  (GET, HEAD, OPTIONS, PUT, DELETE). A POST is never retried on these: it may have taken effect.
- At most `attempts` tries in all, with exponential backoff between them. A Retry-After longer than
  `max_retry_after` is not waited for: that response goes back to the caller.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from .errors import retry_after_seconds
from .transports import LoopLocalAsyncTransport

log = logging.getLogger("allomancy_client.kit.retry")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_NOT_TRANSIENT_5XX = frozenset({501, 505})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 3
    """Tries in all, the first included; 1 switches retries off."""
    backoff: float = 0.5
    """Seconds before the first retry; doubled for each further one."""
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    jitter: bool = True
    """Scale each backoff by a random factor in [0.5, 1) so that clients do not retry in step."""
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")
        if min(self.backoff, self.max_backoff, self.max_retry_after) < 0:
            raise ValueError("delays must not be negative")

    def backoff_delay(self, attempt: int) -> float:
        """The pause after failed try number `attempt` (1-based) when the server gave no Retry-After."""
        delay = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return delay * (0.5 + random.random() / 2) if self.jitter else delay

    def delay_after_response(self, method: str, status: int, retry_after: float | None, attempt: int) -> float | None:
        """Seconds to wait before trying again after this response, or None to hand it to the caller."""
        if attempt >= self.attempts:
            return None
        transient = status >= 500 and status not in _NOT_TRANSIENT_5XX
        if status != 429 and not (transient and method.upper() in self.idempotent_methods):
            return None
        if retry_after is None:
            return self.backoff_delay(attempt)
        return retry_after if retry_after <= self.max_retry_after else None

    def delay_after_error(self, method: str, error: Exception, attempt: int) -> float | None:
        """Seconds to wait before trying again after a transport error, or None to raise it."""
        if attempt >= self.attempts or method.upper() not in self.idempotent_methods:
            return None
        return self.backoff_delay(attempt) if isinstance(error, TRANSIENT_ERRORS) else None


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a sync and an async transport; one instance serves both httpx.Client and httpx.AsyncClient.

    The default async transport keeps one connection pool per event loop, so a client can be reused
    across asyncio.run() calls.

    Pass it as AuthenticatedClient(..., httpx_args={"transport": RetryTransport(RetryPolicy())}).
    """

    def __init__(
        self,
        policy: RetryPolicy | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str | ssl.SSLContext = True,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self._transport = transport or httpx.HTTPTransport(verify=verify)
        self._async_transport = async_transport or LoopLocalAsyncTransport(verify=verify)
        self._sleep = sleep
        self._async_sleep = async_sleep

    def _after_response(self, request: httpx.Request, response: httpx.Response, attempt: int) -> float | None:
        retry_after = retry_after_seconds(response.headers)
        delay = self.policy.delay_after_response(request.method, response.status_code, retry_after, attempt)
        if delay is not None:
            self._log(request, f"status {response.status_code}", delay, attempt)
        return delay

    def _after_error(self, request: httpx.Request, error: Exception, attempt: int) -> float | None:
        delay = self.policy.delay_after_error(request.method, error, attempt)
        if delay is not None:
            self._log(request, type(error).__name__, delay, attempt)
        return delay

    def _log(self, request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
        log.info(
            "retrying %s %s after %s in %.2f s (try %d of %d)",
            request.method, request.url.path, reason, delay, attempt + 1, self.policy.attempts,
        )  # fmt: skip

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = self._transport.handle_request(request)
            except Exception as error:
                delay = self._after_error(request, error, attempt)
                if delay is None:
                    raise
            else:
                delay = self._after_response(request, response, attempt)
                if delay is None:
                    return response
                response.close()
            self._sleep(delay)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt = 1
        while True:
            try:
                response = await self._async_transport.handle_async_request(request)
            except Exception as error:
                delay = self._after_error(request, error, attempt)
                if delay is None:
                    raise
            else:
                delay = self._after_response(request, response, attempt)
                if delay is None:
                    return response
                await response.aclose()
            await self._async_sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._transport.close()

    async def aclose(self) -> None:
        await self._async_transport.aclose()
